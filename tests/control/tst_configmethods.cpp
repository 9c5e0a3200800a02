// config.get / config.set / logs.tail on a real Core::Gateway (temporary data dir, fake provider
// and Telegram servers on 127.0.0.1): validation writes nothing, a valid set is saved and applied
// live (model chain, budgets, DM policy, the Telegram channel), restart-only keys are reported.
#include "config/loader.h"
#include "base/eventlog.h"
#include "core/gateway.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeopenaiprovider.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "ws/reply.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::FakeAnthropicProvider;
using TestSupport::FakeOpenAiProvider;

namespace {
const QString kBotToken = u"5151:CONFIG-token_abc"_s;

struct Answer
{
    bool done = false;
    QJsonObject payload;
    std::optional<Ws::RpcError> error;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out << item.toString();
    return out;
}

// A gateway on the test thread with fake Anthropic and OpenAI servers and a fake Bot API.
struct Env
{
    QTemporaryDir dir;
    QString configPath;
    TestSupport::FakeProviderServer anthropic;
    TestSupport::FakeProviderServer openai;
    TestSupport::FakeTelegramServer telegram;
    Base::EventLog log{50};
    std::shared_ptr<QString> botToken = std::make_shared<QString>(kBotToken); // what the keychain holds
    std::unique_ptr<Core::Gateway> gateway;
    std::unique_ptr<QSignalSpy> events;

    bool start(bool withLog = true)
    {
        if (!anthropic.listen() || !openai.listen() || !telegram.listen())
            return false;
        telegram.addBot(kBotToken);
        configPath = dir.filePath(u"config.json"_s);
        Core::GatewayOptions options;
        options.dataDir = dir.path();
        options.configPath = configPath;
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return u"0123456789abcdef0123456789abcdef0123456789abcdef"_s; };
        options.secret = [token = botToken](const QString &name) {
            if (name == u"TELEGRAM_BOT_TOKEN"_s)
                return *token;
            if (name == u"ANTHROPIC_API_KEY"_s)
                return u"sk-ant-test"_s;
            if (name == u"OPENAI_API_KEY"_s)
                return u"sk-openai-test"_s;
            return QString();
        };
        options.eventLog = withLog ? &log : nullptr;
        options.settings = initialSettings();
        // What the gateway started from is on disk, as the app would have it.
        if (!Config::Loader::save(options.settings, configPath, nullptr))
            return false;
        gateway = std::make_unique<Core::Gateway>(options);
        events = std::make_unique<QSignalSpy>(gateway.get(), &Core::Gateway::eventBroadcast);
        QSignalSpy listening(gateway.get(), &Core::Gateway::listening);
        gateway->start();
        return listening.size() == 1 || listening.wait(5000);
    }

    Config::Settings initialSettings() const
    {
        Config::Settings s;
        s.ai.defaultModel = u"anthropic/claude-test"_s;
        s.ai.fallbackModels.clear();
        s.ai.providers[u"anthropic"_s].baseUrl = anthropic.baseUrl();
        s.ai.providers[u"openai"_s].baseUrl = openai.baseUrl();
        s.channels.telegram.enabled = false;
        s.channels.telegram.apiBaseUrl = telegram.baseUrl();
        s.channels.telegram.pollTimeoutSeconds = 1;
        s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open;
        return s;
    }

    std::shared_ptr<Answer> call(const QString &method, const QJsonObject &params = {})
    {
        auto answer = std::make_shared<Answer>();
        gateway->invokeLocal(method, params,
                             Ws::Reply::toCallback(u"t"_s, [answer](const QJsonValue &payload,
                                                                    const std::optional<Ws::RpcError> &error) {
                                 answer->done = true;
                                 answer->payload = payload.toObject();
                                 answer->error = error;
                             }));
        return answer;
    }

    int eventCount(const QString &name) const
    {
        int n = 0;
        for (const auto &args : std::as_const(*events))
            n += args.at(0).toString() == name ? 1 : 0;
        return n;
    }

    QJsonObject lastEvent(const QString &name) const
    {
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            if (it->at(0).toString() == name)
                return it->at(1).toJsonValue().toObject();
        }
        return {};
    }

    // The run's last non-delta `chat` event.
    QJsonObject runEnd(const QString &runId) const
    {
        for (const auto &args : std::as_const(*events)) {
            const QJsonObject payload = args.at(1).toJsonValue().toObject();
            if (args.at(0).toString() == u"chat"_s && payload.value(u"runId"_s).toString() == runId
                && payload.value(u"state"_s).toString() != u"delta"_s)
                return payload;
        }
        return {};
    }

    QJsonObject telegramHealth() const
    {
        return gateway->health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject();
    }
    QString telegramState() const { return telegramHealth().value(u"state"_s).toString(); }
};

#define SET_OK(env, params, answerName)                                                                              \
    const auto answerName = (env).call(u"config.set"_s, params);                                                     \
    QTRY_VERIFY((answerName)->done);                                                                                 \
    QVERIFY2(!(answerName)->error, (answerName)->error ? qPrintable((answerName)->error->message()) : "");           \
    QVERIFY((answerName)->payload.value(u"saved"_s).toBool())

} // namespace

class TestConfigMethods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getShowsTheEffectiveConfig();
    void invalidSetChangesNothing_data();
    void invalidSetChangesNothing();
    void modelSwitchIsLiveAndSaved();
    void wholeDocumentDropsUnknownKeys();
    void budgetsApplyLive();
    void restartOnlyKeysAreReported();
    void telegramAndDmPolicyApplyLive();
    void tokenPastedLaterStartsTelegram();
    void logsTail();
    void logsTailWithoutALog();
};

void TestConfigMethods::getShowsTheEffectiveConfig()
{
    Env env;
    QVERIFY(env.start());
    const auto got = env.call(u"config.get"_s);
    QVERIFY(got->done);
    QVERIFY(!got->error);
    QCOMPARE(got->payload.value(u"path"_s).toString(), env.configPath);
    QCOMPARE(got->payload.value(u"exists"_s).toBool(), true);
    const QJsonObject config = got->payload.value(u"config"_s).toObject();
    QCOMPARE(config.value(u"ai"_s).toObject().value(u"defaultModel"_s).toString(), u"anthropic/claude-test"_s);
    QCOMPARE(config.value(u"gateway"_s).toObject().value(u"maxBodyBytes"_s).toInteger(), 1048576);
    QCOMPARE(config, Config::Loader::toJson(env.initialSettings()));
    QVERIFY(strings(got->payload.value(u"live"_s)).contains(u"ai.defaultModel"_s));
    QVERIFY(strings(got->payload.value(u"live"_s)).contains(u"security"_s));
    QVERIFY(strings(got->payload.value(u"restartRequired"_s)).contains(u"gateway.listen"_s));
    QVERIFY(!strings(got->payload.value(u"live"_s)).contains(u"gateway.listen"_s));
}

void TestConfigMethods::invalidSetChangesNothing_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong type") << QJsonObject{{u"config"_s,
                                                QJsonObject{{u"security"_s,
                                                             QJsonObject{{u"rateLimit"_s,
                                                                          QJsonObject{{u"burstSize"_s, u"ten"_s}}}}}}}}
                                << u"config.json: security.rateLimit.burstSize: expected"_s;
    QTest::newRow("secret-looking key")
        << QJsonObject{{u"changes"_s, QJsonObject{{u"ai.providers.anthropic.apiKey"_s, u"sk-ant-123"_s}}}}
        << u"ai.providers.anthropic.apiKey: looks like a secret"_s;
    QTest::newRow("bad model in changes")
        << QJsonObject{{u"changes"_s, QJsonObject{{u"ai.defaultModel"_s, u"nowhere/model"_s}}}} << u"ai.defaultModel"_s;
    QTest::newRow("empty segment") << QJsonObject{{u"changes"_s, QJsonObject{{u"ai..defaultModel"_s, u"x"_s}}}}
                                   << u"\"ai..defaultModel\""_s;
    QTest::newRow("config not an object") << QJsonObject{{u"config"_s, 5}} << u"\"config\""_s;
    QTest::newRow("neither form") << QJsonObject{} << u"exactly one of"_s;
    QTest::newRow("unknown param") << QJsonObject{{u"cfg"_s, QJsonObject{}}} << u"\"cfg\""_s;
}

void TestConfigMethods::invalidSetChangesNothing()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, mentions);
    Env env;
    QVERIFY(env.start());
    const QByteArray before = readFile(env.configPath);
    QVERIFY(!before.isEmpty());

    const auto answer = env.call(u"config.set"_s, params);
    QVERIFY(answer->done);
    QVERIFY(answer->error);
    QCOMPARE(answer->error->code(), Ws::RpcError::kInvalidRequest);
    QVERIFY2(answer->error->message().contains(mentions), qPrintable(answer->error->message()));
    QVERIFY(!answer->error->message().contains(u"sk-ant-123"_s)); // the value is never echoed
    QCOMPARE(readFile(env.configPath), before);
    QCOMPARE(env.eventCount(u"config.changed"_s), 0);
    const auto got = env.call(u"config.get"_s);
    QCOMPARE(got->payload.value(u"config"_s).toObject(), Config::Loader::toJson(env.initialSettings()));
}

void TestConfigMethods::modelSwitchIsLiveAndSaved()
{
    Env env;
    QVERIFY(env.start());
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"ai.defaultModel"_s, u"openai/gpt-test"_s}}}}), set);
    QCOMPARE(strings(set->payload.value(u"applied"_s)), QStringList{u"ai.defaultModel"_s});
    QCOMPARE(strings(set->payload.value(u"restartRequired"_s)), QStringList());
    QCOMPARE(strings(set->payload.value(u"warnings"_s)), QStringList());

    // Saved: the file now loads to the new settings, and config.get / health agree.
    const Config::LoadResult reloaded = Config::Loader::load(env.configPath);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.settings.ai.defaultModel, u"openai/gpt-test"_s);
    QCOMPARE(reloaded.settings.ai.providers.value(u"anthropic"_s).baseUrl, env.anthropic.baseUrl());
    QCOMPARE(env.call(u"config.get"_s)->payload.value(u"config"_s).toObject().value(u"ai"_s).toObject().value(
                 u"defaultModel"_s),
             u"openai/gpt-test"_s);
    QCOMPARE(env.gateway->health()
                 .value(u"providers"_s)
                 .toObject()
                 .value(u"openai"_s)
                 .toObject()
                 .value(u"role"_s)
                 .toString(),
             u"default"_s);
    QCOMPARE(env.eventCount(u"config.changed"_s), 1);
    QCOMPARE(strings(env.lastEvent(u"config.changed"_s).value(u"applied"_s)), QStringList{u"ai.defaultModel"_s});

    // The next run goes to the other provider.
    env.openai.enqueue(FakeOpenAiProvider::completion(u"from openai"_s));
    const auto sent = env.call(u"chat.send"_s, {{u"sessionKey"_s, u"webchat:config"_s}, {u"message"_s, u"hi"_s}});
    QTRY_VERIFY(sent->done);
    QVERIFY(!sent->error);
    const QString runId = sent->payload.value(u"runId"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!env.runEnd(runId).isEmpty(), 10000);
    QCOMPARE(env.runEnd(runId).value(u"state"_s).toString(), u"final"_s);
    QCOMPARE(env.openai.requests().size(), 1);
    QCOMPARE(env.anthropic.requests().size(), 0);
    QCOMPARE(env.openai.requests().constFirst().json().value(u"model"_s).toString(), u"gpt-test"_s);

    // null in the changes form removes the key: back to the documented default.
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"ai.maxOutputTokens"_s, 1234}}}}), raised);
    QCOMPARE(Config::Loader::load(env.configPath).settings.ai.maxOutputTokens, 1234);
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"ai.maxOutputTokens"_s, QJsonValue::Null}}}}), reset);
    QCOMPARE(Config::Loader::load(env.configPath).settings.ai.maxOutputTokens, 4096);
    QCOMPARE(strings(reset->payload.value(u"applied"_s)), QStringList{u"ai.maxOutputTokens"_s});
}

void TestConfigMethods::wholeDocumentDropsUnknownKeys()
{
    Env env;
    QVERIFY(env.start());
    QJsonObject document = Config::Loader::toJson(env.initialSettings());
    QJsonObject ai = document.value(u"ai"_s).toObject();
    ai.insert(u"systemPrompt"_s, u"Be brief."_s);
    ai.insert(u"defualtModel"_s, u"openai/gpt-test"_s);
    document.insert(u"ai"_s, ai);
    SET_OK(env, (QJsonObject{{u"config"_s, document}}), set);
    QCOMPARE(strings(set->payload.value(u"applied"_s)), QStringList{u"ai.systemPrompt"_s});
    const QStringList warnings = strings(set->payload.value(u"warnings"_s));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"ai.defualtModel"_s), qPrintable(warnings.constFirst()));
    // The effective settings are written, every key spelt out, the unknown one gone.
    const QJsonObject written = QJsonDocument::fromJson(readFile(env.configPath)).object();
    QVERIFY(!written.value(u"ai"_s).toObject().contains(u"defualtModel"_s));
    QCOMPARE(written.value(u"ai"_s).toObject().value(u"systemPrompt"_s).toString(), u"Be brief."_s);
    QVERIFY(written.value(u"storage"_s).toObject().contains(u"sessionTTL"_s));
}

void TestConfigMethods::budgetsApplyLive()
{
    Env env;
    QVERIFY(env.start());
    // A cap of $0 is reached before anything was spent: the guard refuses the provider call.
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"ai.budgets.dailyUsd"_s, 0}}}}), set);
    QCOMPARE(strings(set->payload.value(u"applied"_s)), QStringList{u"ai.budgets.dailyUsd"_s});
    const auto sent = env.call(u"chat.send"_s, {{u"sessionKey"_s, u"webchat:budget"_s}, {u"message"_s, u"hi"_s}});
    QTRY_VERIFY(sent->done);
    QVERIFY(!sent->error);
    const QString runId = sent->payload.value(u"runId"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!env.runEnd(runId).isEmpty(), 10000);
    QVERIFY(env.runEnd(runId).value(u"state"_s).toString() != u"final"_s
            || QJsonDocument(env.runEnd(runId)).toJson().contains("budget"));
    QCOMPARE(env.anthropic.requests().size(), 0);

    const auto status = env.call(u"usage.status"_s);
    QTRY_VERIFY(status->done);
    const QJsonArray budgets = status->payload.value(u"budgets"_s).toArray();
    QCOMPARE(budgets.size(), 1);
    QCOMPARE(budgets.first().toObject().value(u"configKey"_s).toString(), u"ai.budgets.dailyUsd"_s);

    // Lifted again: the next run reaches the provider.
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"ai.budgets.dailyUsd"_s, QJsonValue::Null}}}}), lifted);
    env.anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"ok"_s)}));
    const auto again = env.call(u"chat.send"_s, {{u"sessionKey"_s, u"webchat:budget"_s}, {u"message"_s, u"hi"_s}});
    QTRY_VERIFY(again->done);
    const QString secondRun = again->payload.value(u"runId"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!env.runEnd(secondRun).isEmpty(), 10000);
    QCOMPARE(env.runEnd(secondRun).value(u"state"_s).toString(), u"final"_s);
    QCOMPARE(env.anthropic.requests().size(), 1);
}

void TestConfigMethods::restartOnlyKeysAreReported()
{
    Env env;
    QVERIFY(env.start());
    SET_OK(env,
           (QJsonObject{{u"changes"_s, QJsonObject{{u"gateway.listen"_s, u"127.0.0.1:9999"_s},
                                                   {u"storage.sessionTTL"_s, u"2d"_s},
                                                   {u"cron.timezone"_s, u"Europe/Berlin"_s}}}}),
           set);
    QCOMPARE(strings(set->payload.value(u"applied"_s)), QStringList{u"storage.sessionTTL"_s});
    QStringList restart = strings(set->payload.value(u"restartRequired"_s));
    restart.sort();
    QCOMPARE(restart, (QStringList{u"cron.timezone"_s, u"gateway.listen"_s}));
    QCOMPARE(strings(env.lastEvent(u"config.changed"_s).value(u"restartRequired"_s)).size(), 2);
    const Config::LoadResult reloaded = Config::Loader::load(env.configPath);
    QCOMPARE(reloaded.settings.gateway.listen.toString(), u"127.0.0.1:9999"_s);
    QCOMPARE(reloaded.settings.storage.sessionTtlSeconds, 2 * 24 * 3600);
}

void TestConfigMethods::telegramAndDmPolicyApplyLive()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.telegramState(), u"disabled"_s);
    QCOMPARE(env.telegram.requestCount(u"getUpdates"_s), 0);

    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"channels.telegram.enabled"_s, true}}}}), enabled);
    QCOMPARE(strings(enabled->payload.value(u"applied"_s)), QStringList{u"channels.telegram.enabled"_s});
    QTRY_COMPARE_WITH_TIMEOUT(env.telegramState(), u"running"_s, 10000);
    QTRY_VERIFY(env.telegram.requestCount(u"getUpdates"_s) > 0);

    // dmPolicy open: a stranger is answered by the agent.
    env.anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"hello stranger"_s)}));
    env.telegram.pushText(kBotToken, 4001, 4001, u"hi"_s);
    QTRY_COMPARE_WITH_TIMEOUT(env.telegram.sentMessages(kBotToken).size(), 1, 10000);
    QCOMPARE(env.telegram.sentMessages(kBotToken).constFirst().text, u"hello stranger"_s);

    // open -> pairing, live: the next stranger gets a pairing request, not the agent.
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"security.dmPolicy"_s, u"pairing"_s}}}}), pairing);
    QCOMPARE(strings(pairing->payload.value(u"applied"_s)), QStringList{u"security.dmPolicy"_s});
    QCOMPARE(env.telegramState(), u"running"_s); // the channel was not restarted for this
    env.telegram.pushText(kBotToken, 4002, 4002, u"hi"_s);
    QTRY_COMPARE_WITH_TIMEOUT(env.eventCount(u"pairing.requested"_s), 1, 10000);
    QCOMPARE(env.anthropic.requests().size(), 1);

    // Off again: the adapter is stopped and gone, the long poll no longer repeats.
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"channels.telegram.enabled"_s, false}}}}), disabled);
    QCOMPARE(env.telegramState(), u"disabled"_s);
    QTRY_COMPARE(env.telegram.waitingPolls(), 0); // the long poll was cancelled, not left hanging
    QCOMPARE(env.lastEvent(u"health"_s).value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(
                 u"state"_s),
             u"disabled"_s);
}

void TestConfigMethods::tokenPastedLaterStartsTelegram()
{
    Env env;
    env.botToken->clear();
    QVERIFY(env.start());
    // Enabled without a token: the channel's usual "not set" state, no call to the Bot API.
    SET_OK(env, (QJsonObject{{u"changes"_s, QJsonObject{{u"channels.telegram.enabled"_s, true}}}}), enabled);
    QTRY_COMPARE(env.telegramState(), u"error"_s);
    QVERIFY2(env.telegramHealth().value(u"detail"_s).toString().contains(u"TELEGRAM_BOT_TOKEN"_s),
             qPrintable(env.telegramHealth().value(u"detail"_s).toString()));
    QCOMPARE(env.telegram.requestCount(u"getUpdates"_s), 0);

    // The token arrives in the keychain (wizard, Channels page): the adapter is rebuilt with it.
    *env.botToken = kBotToken;
    env.gateway->refreshSecrets();
    QTRY_COMPARE_WITH_TIMEOUT(env.telegramState(), u"running"_s, 10000);
    QTRY_VERIFY(env.telegram.requestCount(u"getUpdates"_s) > 0);
    // Unchanged secrets leave the running adapter alone.
    const int getMe = env.telegram.requestCount(u"getMe"_s);
    env.gateway->refreshSecrets();
    QCOMPARE(env.telegramState(), u"running"_s);
    QCOMPARE(env.telegram.requestCount(u"getMe"_s), getMe);
}

void TestConfigMethods::logsTail()
{
    Env env;
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        env.log.append(i % 2 ? QtWarningMsg : QtInfoMsg, u"moltdesk.test"_s, u"line %1"_s.arg(i));

    const auto all = env.call(u"logs.tail"_s);
    QVERIFY(!all->error);
    const QJsonArray entries = all->payload.value(u"entries"_s).toArray();
    QVERIFY(entries.size() >= 5);
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(u"message"_s).toString(), u"line 4"_s);
    QCOMPARE(last.value(u"level"_s).toString(), u"info"_s);
    QCOMPARE(last.value(u"category"_s).toString(), u"moltdesk.test"_s);
    QVERIFY(QDateTime::fromString(last.value(u"ts"_s).toString(), Qt::ISODateWithMs).isValid());
    const qint64 nextSeq = all->payload.value(u"nextSeq"_s).toInteger();
    QCOMPARE(nextSeq, last.value(u"seq"_s).toInteger());

    const auto two = env.call(u"logs.tail"_s, {{u"limit"_s, 2}});
    QCOMPARE(two->payload.value(u"entries"_s).toArray().size(), 2);
    QCOMPARE(two->payload.value(u"entries"_s).toArray().last().toObject().value(u"message"_s).toString(), u"line 4"_s);

    const auto warnings = env.call(u"logs.tail"_s, {{u"level"_s, u"warning"_s}, {u"afterSeq"_s, nextSeq - 5}});
    QStringList messages;
    for (const QJsonValue &entry : warnings->payload.value(u"entries"_s).toArray())
        messages << entry.toObject().value(u"message"_s).toString();
    QCOMPARE(messages, (QStringList{u"line 1"_s, u"line 3"_s}));
    QCOMPARE(warnings->payload.value(u"nextSeq"_s).toInteger(), nextSeq);

    env.log.append(QtCriticalMsg, u"moltdesk.test"_s, u"later"_s);
    const auto after = env.call(u"logs.tail"_s, {{u"afterSeq"_s, nextSeq}});
    QCOMPARE(after->payload.value(u"entries"_s).toArray().size(), 1);
    QCOMPARE(after->payload.value(u"entries"_s).toArray().first().toObject().value(u"level"_s).toString(), u"error"_s);

    for (const QJsonObject &bad : {QJsonObject{{u"limit"_s, 0}}, QJsonObject{{u"limit"_s, 1001}},
                                   QJsonObject{{u"limit"_s, u"5"_s}}, QJsonObject{{u"level"_s, u"loud"_s}},
                                   QJsonObject{{u"afterSeq"_s, -1}}, QJsonObject{{u"lines"_s, 5}}}) {
        const auto answer = env.call(u"logs.tail"_s, bad);
        QVERIFY(answer->error);
        QCOMPARE(answer->error->code(), Ws::RpcError::kInvalidRequest);
        QVERIFY2(answer->error->message().contains(bad.keys().constFirst()), qPrintable(answer->error->message()));
    }
}

void TestConfigMethods::logsTailWithoutALog()
{
    Env env;
    QVERIFY(env.start(false));
    const auto answer = env.call(u"logs.tail"_s);
    QVERIFY(answer->error);
    QCOMPARE(answer->error->code(), Ws::RpcError::kUnavailable);
    QVERIFY(answer->error->message().contains(u"log"_s));
}

QTEST_GUILESS_MAIN(TestConfigMethods)
#include "tst_configmethods.moc"
