// secrets.status / secrets.set / secrets.delete on a real Core::Gateway whose SecretVault sits over a
// MemorySecretStore (the keychain's place) and an environment, against the fake Bot API and a fake
// Anthropic server: a token stored with secrets.set reaches the running channel before the answer,
// so "secrets.set, then config.set {changes}" starts Telegram and a user is answered without a
// restart (the panel's one path, docs/panel.md "One path for every change"); the environment wins;
// bad input is refused in words with nothing changed; values never leave the gateway.
#include "config/loader.h"
#include "core/gateway.h"
#include "security/envsecretstore.h"
#include "security/memorysecretstore.h"
#include "security/secretredactor.h"
#include "security/secretvault.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "ws/reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
const QString kToken = u"4242:SECRET-methods_token"_s;
constexpr qint64 kUser = 7007;

struct Answer
{
    bool done = false;
    QJsonObject payload;
    std::optional<Ws::RpcError> error;
};
} // namespace

class TestSecretMethods : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::FakeTelegramServer> m_telegram;
    std::unique_ptr<TestSupport::FakeProviderServer> m_anthropic;
    std::unique_ptr<Security::MemorySecretStore> m_keychain;
    std::unique_ptr<Security::EnvSecretStore> m_environment;
    Security::SecretRedactor m_redactor;
    std::unique_ptr<Security::SecretVault> m_vault;
    std::unique_ptr<Core::Gateway> m_gateway;
    QList<std::pair<QString, QJsonObject>> m_events;

    void startGateway(const QProcessEnvironment &environment = {}, bool telegramEnabled = false)
    {
        m_telegram = std::make_unique<TestSupport::FakeTelegramServer>();
        QVERIFY(m_telegram->listen());
        m_telegram->addBot(kToken);
        m_anthropic = std::make_unique<TestSupport::FakeProviderServer>();
        QVERIFY(m_anthropic->listen());
        m_keychain = std::make_unique<Security::MemorySecretStore>(
            QHash<QString, QString>{{u"ANTHROPIC_API_KEY"_s, u"sk-ant-from-keychain"_s}});
        m_environment = std::make_unique<Security::EnvSecretStore>(QHash<QString, QString>{}, environment);
        m_vault = std::make_unique<Security::SecretVault>(m_keychain.get(), m_environment.get(), &m_redactor);
        bool loaded = false;
        m_vault->load({u"ANTHROPIC_API_KEY"_s, u"TELEGRAM_BOT_TOKEN"_s}, this, [&loaded] { loaded = true; });
        QTRY_VERIFY(loaded);

        Core::GatewayOptions options;
        options.dataDir = m_dir.path();
        options.configPath = m_dir.filePath(u"config.json"_s);
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return u"0123456789abcdef0123456789abcdef0123456789abcdef"_s; };
        Security::SecretVault *vault = m_vault.get();
        options.secret = [vault](const QString &name) { return vault->value(name); };
        options.secretVault = vault;
        Config::Settings &s = options.settings;
        s.channels.telegram.enabled = telegramEnabled;
        s.channels.telegram.apiBaseUrl = m_telegram->baseUrl();
        s.channels.telegram.pollTimeoutSeconds = 1;
        s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open;
        s.ai.defaultModel = u"anthropic/claude-test"_s;
        s.ai.fallbackModels.clear();
        s.ai.providers[u"anthropic"_s].baseUrl = m_anthropic->baseUrl();
        QString error;
        QVERIFY(Config::Loader::save(s, options.configPath, &error));

        m_gateway = std::make_unique<Core::Gateway>(options);
        connect(m_gateway.get(), &Core::Gateway::eventBroadcast, this,
                [this](const QString &name, const QJsonValue &payload) { m_events.append({name, payload.toObject()}); });
        QSignalSpy listening(m_gateway.get(), &Core::Gateway::listening);
        m_gateway->start();
        QVERIFY(!listening.isEmpty() || listening.wait(5000));
    }

    std::shared_ptr<Answer> call(const QString &method, const QJsonObject &params = {})
    {
        auto answer = std::make_shared<Answer>();
        m_gateway->invokeLocal(method, params,
                               Ws::Reply::toCallback(u"t"_s, [answer](const QJsonValue &payload,
                                                                      const std::optional<Ws::RpcError> &error) {
                                   answer->done = true;
                                   answer->payload = payload.toObject();
                                   answer->error = error;
                               }));
        return answer;
    }

    QString telegramState() const
    {
        return m_gateway->health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(u"state"_s)
            .toString();
    }

    QJsonObject statusOf(const QString &name)
    {
        const auto answer = call(u"secrets.status"_s);
        [&] { QVERIFY(answer->done && !answer->error); }();
        for (const QJsonValue &value : answer->payload.value(u"secrets"_s).toArray())
            if (value.toObject().value(u"name"_s).toString() == name)
                return value.toObject();
        return {};
    }

private slots:
    void init()
    {
        m_events.clear();
    }

    void cleanup()
    {
        if (m_gateway)
            m_gateway->stop();
        m_gateway.reset();
        m_vault.reset();
    }

    // The wizard's and the Channels page's order: token stored, then the channel switched on.
    void tokenThenConfigStartsTelegramWithoutRestart()
    {
        startGateway();
        QCOMPARE(telegramState(), u"disabled"_s);
        QCOMPARE(statusOf(u"TELEGRAM_BOT_TOKEN"_s).value(u"set"_s), QJsonValue(false));

        const auto stored = call(u"secrets.set"_s, {{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}, {u"value"_s, kToken}});
        QTRY_VERIFY(stored->done);
        QVERIFY2(!stored->error, qPrintable(stored->error ? stored->error->message() : QString()));
        QCOMPARE(stored->payload.value(u"source"_s).toString(), u"keychain"_s);
        QCOMPARE(stored->payload.value(u"shadowedByEnvironment"_s), QJsonValue(false));
        // In the gateway's hands before the answer came, and in the keychain.
        QCOMPARE(m_vault->value(u"TELEGRAM_BOT_TOKEN"_s), kToken);
        QVERIFY(m_keychain->contains(u"TELEGRAM_BOT_TOKEN"_s));

        const auto set = call(u"config.set"_s, {{u"changes"_s, QJsonObject{{u"channels.telegram.enabled"_s, true}}}});
        QVERIFY(set->done && !set->error);
        QTRY_COMPARE_WITH_TIMEOUT(telegramState(), u"running"_s, 10000);

        m_anthropic->enqueue(TestSupport::FakeAnthropicProvider::stream(
            {TestSupport::FakeAnthropicProvider::textBlock(u"hello from the agent"_s)}));
        m_telegram->pushText(kToken, kUser, kUser, u"hi"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_telegram->sentMessages(kToken).size(), 1, 10000);
        QCOMPARE(m_telegram->sentMessages(kToken).constFirst().text, u"hello from the agent"_s);

        // The event names the secret, never the value; the status says where it comes from.
        bool announced = false;
        for (const auto &[name, payload] : std::as_const(m_events)) {
            QVERIFY(!QJsonDocument(payload).toJson().contains(kToken.toUtf8()));
            if (name == u"secrets.changed"_s && payload.value(u"name"_s).toString() == u"TELEGRAM_BOT_TOKEN"_s)
                announced = true;
        }
        QVERIFY(announced);
        const QJsonObject status = statusOf(u"TELEGRAM_BOT_TOKEN"_s);
        QCOMPARE(status.value(u"set"_s), QJsonValue(true));
        QCOMPARE(status.value(u"source"_s).toString(), u"keychain"_s);
        QVERIFY(!QJsonDocument(call(u"secrets.status"_s)->payload).toJson().contains(kToken.toUtf8()));
        // The redactor knows it, so no log line can carry it.
        QVERIFY(!m_redactor.redact(u"token "_s + kToken).contains(kToken));
    }

    // A token replaced while Telegram runs with a refused one: the channel recovers at once.
    void replacedTokenRebuildsTheRunningChannel()
    {
        startGateway({}, true);
        // No token yet: the channel says what is missing.
        QTRY_COMPARE_WITH_TIMEOUT(telegramState(), u"error"_s, 10000);
        const auto stored = call(u"secrets.set"_s, {{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}, {u"value"_s, kToken}});
        QTRY_VERIFY(stored->done);
        QVERIFY(!stored->error);
        QTRY_COMPARE_WITH_TIMEOUT(telegramState(), u"running"_s, 10000);

        // Deleted: the channel has no token any more.
        const auto removed = call(u"secrets.delete"_s, {{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}});
        QTRY_VERIFY(removed->done);
        QVERIFY(!removed->error);
        QCOMPARE(removed->payload.value(u"stillSetInEnvironment"_s), QJsonValue(false));
        QVERIFY(!m_keychain->contains(u"TELEGRAM_BOT_TOKEN"_s));
        QCOMPARE(m_vault->value(u"TELEGRAM_BOT_TOKEN"_s), QString());
        QTRY_COMPARE_WITH_TIMEOUT(telegramState(), u"error"_s, 10000);
    }

    void environmentWins()
    {
        QProcessEnvironment environment;
        environment.insert(u"TELEGRAM_BOT_TOKEN"_s, kToken);
        startGateway(environment);
        QCOMPARE(statusOf(u"TELEGRAM_BOT_TOKEN"_s).value(u"source"_s).toString(), u"environment"_s);
        QCOMPARE(statusOf(u"ANTHROPIC_API_KEY"_s).value(u"source"_s).toString(), u"keychain"_s);

        const auto stored =
            call(u"secrets.set"_s, {{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}, {u"value"_s, u"999:other-token_xyz"_s}});
        QTRY_VERIFY(stored->done);
        QVERIFY(!stored->error);
        QCOMPARE(stored->payload.value(u"shadowedByEnvironment"_s), QJsonValue(true));
        QVERIFY(m_keychain->contains(u"TELEGRAM_BOT_TOKEN"_s));
        QCOMPARE(m_vault->value(u"TELEGRAM_BOT_TOKEN"_s), kToken);

        const auto removed = call(u"secrets.delete"_s, {{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}});
        QTRY_VERIFY(removed->done);
        QCOMPARE(removed->payload.value(u"stillSetInEnvironment"_s), QJsonValue(true));
        QCOMPARE(m_vault->value(u"TELEGRAM_BOT_TOKEN"_s), kToken);
    }

    void badInputIsRefusedInWords_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QJsonObject{{u"value"_s, u"x"_s}} << u"give \"name\""_s;
        QTest::newRow("unknown name") << QJsonObject{{u"name"_s, u"FOO_TOKEN"_s}, {u"value"_s, u"x"_s}}
                                      << u"FOO_TOKEN is not a secret Moltdesk uses"_s;
        QTest::newRow("operator token") << QJsonObject{{u"name"_s, u"MOLTDESK_TOKEN"_s}, {u"value"_s, u"x"_s}}
                                        << u"operator token"_s;
        QTest::newRow("bad name") << QJsonObject{{u"name"_s, u"A B"_s}, {u"value"_s, u"x"_s}} << u"may only contain"_s;
        // Issue 13: a guessable webhook secret is refused by name, whatever the channel.
        QTest::newRow("short webhook secret")
            << QJsonObject{{u"name"_s, u"TELEGRAM_WEBHOOK_SECRET"_s}, {u"value"_s, u"fifteen_chars_x"_s}}
            << u"TELEGRAM_WEBHOOK_SECRET is too short: 15 characters, at least 16"_s;
        QTest::newRow("short WhatsApp verify token")
            << QJsonObject{{u"name"_s, u"WHATSAPP_VERIFY_TOKEN"_s}, {u"value"_s, u"abc"_s}}
            << u"WHATSAPP_VERIFY_TOKEN is too short"_s;
        QTest::newRow("no value") << QJsonObject{{u"name"_s, u"OPENAI_API_KEY"_s}} << u"give \"value\""_s;
        QTest::newRow("empty value") << QJsonObject{{u"name"_s, u"OPENAI_API_KEY"_s}, {u"value"_s, u"  "_s}}
                                     << u"use secrets.delete"_s;
        QTest::newRow("line break") << QJsonObject{{u"name"_s, u"OPENAI_API_KEY"_s}, {u"value"_s, u"sk-1\nsk-2"_s}}
                                    << u"line break"_s;
        QTest::newRow("spaces around") << QJsonObject{{u"name"_s, u"OPENAI_API_KEY"_s}, {u"value"_s, u" sk-1"_s}}
                                       << u"starts or ends with spaces"_s;
        QTest::newRow("too long") << QJsonObject{{u"name"_s, u"OPENAI_API_KEY"_s},
                                                 {u"value"_s, QString(20000, u'k')}}
                                  << u"longer than"_s;
        QTest::newRow("unknown param") << QJsonObject{{u"name"_s, u"OPENAI_API_KEY"_s}, {u"value"_s, u"sk"_s},
                                                      {u"reveal"_s, true}}
                                       << u"unknown param \"reveal\""_s;
    }

    void badInputIsRefusedInWords()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, message);
        startGateway();
        const auto answer = call(u"secrets.set"_s, params);
        QTRY_VERIFY(answer->done);
        QVERIFY(answer->error);
        QCOMPARE(answer->error->code(), Ws::RpcError::kInvalidRequest);
        QVERIFY2(answer->error->message().contains(message), qPrintable(answer->error->message()));
        QCOMPARE(m_keychain->count(), 1); // only the key it started with
    }

    void unreachableKeychainChangesNothing()
    {
        startGateway();
        m_keychain->setState(Security::SecretResult::Status::Unavailable, u"No keychain (Secret Service) is reachable"_s);
        const auto answer = call(u"secrets.set"_s, {{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}, {u"value"_s, kToken}});
        QTRY_VERIFY(answer->done);
        QVERIFY(answer->error);
        QCOMPARE(answer->error->code(), Ws::RpcError::kUnavailable);
        QVERIFY2(answer->error->message().contains(u"No keychain"_s), qPrintable(answer->error->message()));
        QCOMPARE(m_vault->value(u"TELEGRAM_BOT_TOKEN"_s), QString());
        for (const auto &event : std::as_const(m_events))
            QVERIFY(event.first != u"secrets.changed"_s);
    }

    // A new provider key is used by the very next call (providers rebuilt before the answer).
    void providerKeyAppliesToTheNextCall()
    {
        startGateway();
        const auto stored =
            call(u"secrets.set"_s, {{u"name"_s, u"ANTHROPIC_API_KEY"_s}, {u"value"_s, u"sk-ant-new-key-123"_s}});
        QTRY_VERIFY(stored->done);
        QVERIFY(!stored->error);
        m_anthropic->enqueue(TestSupport::FakeAnthropicProvider::stream(
            {TestSupport::FakeAnthropicProvider::textBlock(u"ok"_s)}));
        const auto sent = call(u"chat.send"_s, {{u"sessionKey"_s, u"webchat:panel"_s},
                                                {u"message"_s, u"hello"_s},
                                                {u"idempotencyKey"_s, u"k1"_s}});
        QTRY_VERIFY(sent->done);
        QVERIFY(!sent->error);
        QTRY_COMPARE_WITH_TIMEOUT(m_anthropic->requests().size(), 1, 10000);
        QCOMPARE(m_anthropic->requests().constFirst().header("x-api-key"), QByteArray("sk-ant-new-key-123"));
    }
};

QTEST_GUILESS_MAIN(TestSecretMethods)
#include "tst_secretmethods.moc"
