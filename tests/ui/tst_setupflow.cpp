// SetupFlow against real HTTP fakes on 127.0.0.1: the Anthropic and OpenAI model lists (good key,
// refused key, rate limit, server trouble, nothing listening), a local server without a key, the
// Telegram getMe check, and finish() writing secrets to the store and the rest to config.json.
#include "config/loader.h"
#include "security/memorysecretstore.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeopenaiprovider.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "support/uifakegatewayclient.h"
#include "wizard/modelchoice.h"
#include "wizard/setupflow.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Flow = Ui::SetupFlow;

Q_DECLARE_METATYPE(Moltdesk::TestSupport::FakeProviderReply)

class TestSetupFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodKeyListsModels_data();
    void goodKeyListsModels();
    void providerErrorsInPlainWords_data();
    void providerErrorsInPlainWords();
    void unreachableServerSaysSo();
    void emptyKeyIsRefusedWithoutACall();
    void localServerWithoutKey();
    void changingTheKeyNeedsANewCheck();
    void telegramTokenShowsTheBot();
    void telegramRefusedToken();
    void finishWritesSecretsAndConfig();
    void finishKeepsOtherSettings();
    void finishGoesThroughTheGateway_data();
    void finishGoesThroughTheGateway();
    void runningAgainStartsFromTheConfig();
    void brokenConfigIsNotReplaced();
    void unavailableKeychainWritesNothing();
    void modelChoiceSortsAndPrefers();
};

namespace {
const QString kTelegramToken = u"123456789:AAtest-token_for_the_wizard"_s;

// Walks the flow to the Connect step for `choice` against `url`.
void toConnect(Flow &flow, Flow::Choice choice, const QUrl &url)
{
    flow.setChoice(choice);
    flow.setBaseUrl(choice, url);
    QVERIFY(flow.next());
    QCOMPARE(flow.step(), Flow::Step::Connect);
}

bool runCheck(Flow &flow)
{
    QSignalSpy checked(&flow, &Flow::keyChecked);
    flow.checkKey();
    // A refusal without a network call is reported at once.
    if (checked.isEmpty() && !checked.wait(10000))
        return false;
    return checked.first().at(0).toBool();
}

QUrl deadUrl()
{
    // A port that was just free: nothing listens there any more.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(port);
    return url;
}
} // namespace

void TestSetupFlow::goodKeyListsModels_data()
{
    QTest::addColumn<Flow::Choice>("choice");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("preselected");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QByteArray>("authValue");

    QTest::newRow("anthropic") << Flow::Choice::Anthropic
                               << QStringList{u"claude-sonnet-4-5-20250929"_s, u"claude-3-5-haiku-20241022"_s,
                                              u"claude-opus-4-1-20250805"_s}
                               << QStringList{u"claude-3-5-haiku-20241022"_s, u"claude-opus-4-1-20250805"_s,
                                              u"claude-sonnet-4-5-20250929"_s}
                               << u"claude-sonnet-4-5-20250929"_s << "x-api-key"_ba << "sk-ant-good"_ba;
    QTest::newRow("openai") << Flow::Choice::OpenAi
                            << QStringList{u"gpt-4o"_s, u"text-embedding-3-small"_s, u"whisper-1"_s,
                                           u"gpt-4.1-mini"_s, u"gpt-4.1"_s, u"dall-e-3"_s}
                            << QStringList{u"gpt-4.1"_s, u"gpt-4.1-mini"_s, u"gpt-4o"_s} << u"gpt-4.1-mini"_s
                            << "authorization"_ba << "Bearer sk-good"_ba;
}

void TestSetupFlow::goodKeyListsModels()
{
    QFETCH(Flow::Choice, choice);
    QFETCH(QStringList, listed);
    QFETCH(QStringList, offered);
    QFETCH(QString, preselected);
    QFETCH(QByteArray, authHeader);
    QFETCH(QByteArray, authValue);

    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(choice == Flow::Choice::Anthropic ? TestSupport::FakeAnthropicProvider::models(listed)
                                                      : TestSupport::FakeOpenAiProvider::models(listed));
    Flow flow(nullptr, {});
    toConnect(flow, choice, server.baseUrl());
    QVERIFY(!flow.canAdvance());
    // A pasted key with a trailing newline still works.
    flow.setApiKey(QString::fromLatin1(authValue.startsWith("Bearer ") ? authValue.mid(7) : authValue) + u"\n"_s);
    QVERIFY(runCheck(flow));

    QCOMPARE(flow.keyCheck(), Flow::Check::Passed);
    QCOMPARE(flow.models(), offered);
    QCOMPARE(flow.model(), preselected);
    QVERIFY(flow.keyMessage().contains(QString::number(offered.size())));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().method, "GET"_ba);
    QCOMPARE(server.requests().first().path(), "/v1/models"_ba);
    QCOMPARE(server.requests().first().header(authHeader), authValue);

    QVERIFY(flow.next());
    QCOMPARE(flow.step(), Flow::Step::Model);
    QVERIFY(!flow.setModel(u"not-listed"_s));
    QVERIFY(flow.setModel(offered.first()));
    QCOMPARE(flow.defaultModelRef(), Flow::providerName(choice) + u'/' + offered.first());
}

void TestSetupFlow::providerErrorsInPlainWords_data()
{
    QTest::addColumn<Flow::Choice>("choice");
    QTest::addColumn<TestSupport::FakeProviderReply>("reply");
    QTest::addColumn<QString>("expected");

    using A = TestSupport::FakeAnthropicProvider;
    using O = TestSupport::FakeOpenAiProvider;
    QTest::newRow("anthropic 401") << Flow::Choice::Anthropic
                                   << A::error(401, u"authentication_error"_s, u"invalid x-api-key"_s)
                                   << u"the key was refused — check you copied all of it"_s;
    QTest::newRow("openai 401") << Flow::Choice::OpenAi
                                << O::error(401, u"Incorrect API key provided"_s, u"invalid_request_error"_s,
                                            u"invalid_api_key"_s)
                                << u"the key was refused — check you copied all of it"_s;
    QTest::newRow("openai 403") << Flow::Choice::OpenAi
                                << O::error(403, u"Project does not have access"_s, u"invalid_request_error"_s,
                                            u"model_not_found"_s)
                                << u"HTTP 403"_s;
    QTest::newRow("openai 429 quota") << Flow::Choice::OpenAi
                                      << O::error(429, u"You exceeded your current quota"_s,
                                                  u"insufficient_quota"_s, u"insufficient_quota"_s)
                                      << u"no credit or quota left"_s;
    QTest::newRow("anthropic 429") << Flow::Choice::Anthropic
                                   << A::error(429, u"rate_limit_error"_s, u"slow down"_s,
                                               {{"retry-after"_ba, "7"_ba}})
                                   << u"wait 7 seconds and check again"_s;
    QTest::newRow("anthropic 529") << Flow::Choice::Anthropic
                                   << A::error(529, u"overloaded_error"_s, u"Overloaded"_s)
                                   << u"problem on its side"_s;
    QTest::newRow("openai 404") << Flow::Choice::OpenAi
                                << TestSupport::FakeProviderReply::json(404, {{u"detail"_s, u"Not Found"_s}})
                                << u"no model list at this address"_s;
}

void TestSetupFlow::providerErrorsInPlainWords()
{
    QFETCH(Flow::Choice, choice);
    QFETCH(TestSupport::FakeProviderReply, reply);
    QFETCH(QString, expected);

    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(reply);
    Flow flow(nullptr, {});
    toConnect(flow, choice, server.baseUrl());
    flow.setApiKey(u"sk-wrong"_s);
    QVERIFY(!runCheck(flow));
    QCOMPARE(flow.keyCheck(), Flow::Check::Failed);
    QVERIFY2(flow.keyMessage().contains(expected, Qt::CaseInsensitive), qPrintable(flow.keyMessage()));
    QVERIFY(!flow.keyMessage().contains(u"sk-wrong"_s));
    QVERIFY(flow.models().isEmpty());
    QVERIFY(!flow.next());
}

void TestSetupFlow::unreachableServerSaysSo()
{
    const QUrl url = deadUrl();
    for (const Flow::Choice choice : {Flow::Choice::OpenAi, Flow::Choice::Local}) {
        Flow flow(nullptr, {});
        toConnect(flow, choice, url);
        flow.setApiKey(u"sk-anything"_s);
        QVERIFY(!runCheck(flow));
        const QString expected = u"Cannot reach 127.0.0.1:%1: is the server running?"_s.arg(url.port());
        QVERIFY2(flow.keyMessage().startsWith(expected), qPrintable(flow.keyMessage()));
    }
}

void TestSetupFlow::emptyKeyIsRefusedWithoutACall()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    Flow flow(nullptr, {});
    toConnect(flow, Flow::Choice::Anthropic, server.baseUrl());
    flow.setApiKey(u"   "_s);
    QVERIFY(!runCheck(flow));
    QVERIFY(flow.keyMessage().contains(u"Paste your Anthropic API key"_s));
    QCOMPARE(server.requests().size(), 0);
}

void TestSetupFlow::localServerWithoutKey()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(TestSupport::FakeOpenAiProvider::models({u"qwen2.5:7b"_s, u"llama3.2:latest"_s}));
    Flow flow(nullptr, {});
    QCOMPARE(flow.baseUrl(Flow::Choice::Local), QUrl(u"http://127.0.0.1:11434"_s));
    toConnect(flow, Flow::Choice::Local, server.baseUrl());
    QVERIFY(!flow.keyRequired());
    QVERIFY(runCheck(flow));
    QCOMPARE(flow.models(), (QStringList{u"llama3.2:latest"_s, u"qwen2.5:7b"_s}));
    QCOMPARE(flow.model(), u"llama3.2:latest"_s);
    QVERIFY(!server.requests().first().headers.contains("authorization"_ba));

    // A server that lists nothing gets advice, not an empty list.
    server.enqueue(TestSupport::FakeOpenAiProvider::models({}));
    QVERIFY(!runCheck(flow));
    QVERIFY2(flow.keyMessage().contains(u"ollama pull"_s), qPrintable(flow.keyMessage()));
}

void TestSetupFlow::changingTheKeyNeedsANewCheck()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(TestSupport::FakeAnthropicProvider::models({u"claude-sonnet-4-5"_s}));
    Flow flow(nullptr, {});
    toConnect(flow, Flow::Choice::Anthropic, server.baseUrl());
    flow.setApiKey(u"sk-ant-1"_s);
    QVERIFY(runCheck(flow));
    QVERIFY(flow.canAdvance());
    flow.setApiKey(u"sk-ant-2"_s);
    QCOMPARE(flow.keyCheck(), Flow::Check::Idle);
    QVERIFY(!flow.canAdvance());
    QVERIFY(flow.models().isEmpty());
    // Another provider forgets the key typed for the first one.
    flow.setChoice(Flow::Choice::OpenAi);
    QVERIFY(flow.apiKey().isEmpty());
}

void TestSetupFlow::telegramTokenShowsTheBot()
{
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    telegram.addBot(kTelegramToken, u"wizard_test_bot"_s);
    Flow flow(nullptr, {});
    flow.setTelegramApiBaseUrl(telegram.baseUrl());
    flow.setTelegramToken(u" "_s + kTelegramToken + u"\n"_s);
    QSignalSpy checked(&flow, &Flow::telegramChecked);
    flow.checkTelegram();
    QVERIFY(checked.wait(10000));
    QVERIFY(checked.first().at(0).toBool());
    QCOMPARE(flow.telegramCheck(), Flow::Check::Passed);
    QCOMPARE(flow.botUsername(), u"wizard_test_bot"_s);
    QCOMPARE(flow.botName(), u"Moltdesk Test"_s);
    QCOMPARE(flow.botLink(), QUrl(u"https://t.me/wizard_test_bot"_s));
    QCOMPARE(telegram.requestCount(u"getMe"_s), 1);
}

void TestSetupFlow::telegramRefusedToken()
{
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    Flow flow(nullptr, {});
    flow.setTelegramApiBaseUrl(telegram.baseUrl());
    QSignalSpy checked(&flow, &Flow::telegramChecked);

    flow.setTelegramToken(u"987654321:AAunknown"_s); // well-formed, but no such bot
    flow.checkTelegram();
    QVERIFY(checked.wait(10000));
    QCOMPARE(flow.telegramCheck(), Flow::Check::Failed);
    QVERIFY2(flow.telegramMessage().contains(u"refused this token"_s), qPrintable(flow.telegramMessage()));

    flow.setTelegramToken(u"not a token"_s);
    flow.checkTelegram();
    QTRY_COMPARE(checked.size(), 2);
    QVERIFY2(flow.telegramMessage().contains(u"does not look like a bot token"_s), qPrintable(flow.telegramMessage()));
}

namespace {
// Runs the whole flow with Anthropic (and Telegram unless `skipTelegram`) up to Done.
void walkToDone(Flow &flow, TestSupport::FakeProviderServer &server, TestSupport::FakeTelegramServer &telegram,
                bool skipTelegram)
{
    server.enqueue(TestSupport::FakeAnthropicProvider::models({u"claude-sonnet-4-5-20250929"_s, u"claude-opus-4-1"_s}));
    toConnect(flow, Flow::Choice::Anthropic, server.baseUrl());
    flow.setApiKey(u"sk-ant-secret-value"_s);
    QVERIFY(runCheck(flow));
    QVERIFY(flow.next());
    QVERIFY(flow.setModel(u"claude-opus-4-1"_s));
    QVERIFY(flow.next());
    QCOMPARE(flow.step(), Flow::Step::Telegram);
    QVERIFY(!flow.canAdvance());
    if (skipTelegram) {
        flow.skipTelegram();
    } else {
        flow.setTelegramApiBaseUrl(telegram.baseUrl());
        flow.setTelegramToken(kTelegramToken);
        QSignalSpy checked(&flow, &Flow::telegramChecked);
        flow.checkTelegram();
        QVERIFY(checked.wait(10000));
        QVERIFY(flow.next());
    }
    QCOMPARE(flow.step(), Flow::Step::Done);
}

bool runFinish(Flow &flow, QString *message)
{
    QSignalSpy finished(&flow, &Flow::finished);
    flow.finish();
    if (finished.isEmpty() && !finished.wait(10000))
        return false;
    *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}
} // namespace

void TestSetupFlow::finishWritesSecretsAndConfig()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    telegram.addBot(kTelegramToken);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/config.json"_s);
    Security::MemorySecretStore secrets;
    Flow flow(&secrets, path);
    walkToDone(flow, server, telegram, false);

    QString message;
    QVERIFY(runFinish(flow, &message));
    QVERIFY(message.contains(u"anthropic/claude-opus-4-1"_s));
    QVERIFY(secrets.contains(u"ANTHROPIC_API_KEY"_s));
    QVERIFY(secrets.contains(u"TELEGRAM_BOT_TOKEN"_s));
    QCOMPARE(secrets.count(), 2);
    QCOMPARE(flow.writtenSecrets(), (QStringList{u"ANTHROPIC_API_KEY"_s, u"TELEGRAM_BOT_TOKEN"_s}));
    QString stored;
    secrets.read(u"ANTHROPIC_API_KEY"_s, this, [&stored](const Security::SecretResult &r) { stored = r.value(); });
    QTRY_COMPARE(stored, u"sk-ant-secret-value"_s);

    const Config::LoadResult loaded = Config::Loader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QVERIFY(loaded.fileExists);
    QCOMPARE(loaded.settings.ai.defaultModel, u"anthropic/claude-opus-4-1"_s);
    QCOMPARE(loaded.settings.ai.providers.value(u"anthropic"_s).baseUrl, server.baseUrl());
    QVERIFY(loaded.settings.channels.telegram.enabled);
    QCOMPARE(loaded.settings.channels.telegram.apiBaseUrl, telegram.baseUrl());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("sk-ant-secret-value"));
    QVERIFY(!text.contains(kTelegramToken.toUtf8()));
}

void TestSetupFlow::finishGoesThroughTheGateway_data()
{
    QTest::addColumn<QString>("answer"); // how the gateway answers config.set
    QTest::addColumn<bool>("ok");
    QTest::newRow("saved and applied") << u"saved"_s << true;
    QTest::newRow("gateway not running") << u"unavailable"_s << false;
    QTest::newRow("refused") << u"invalid"_s << false;
}

// With a gateway the keys go to secrets.set (in order, before the settings) and only the keys the
// set-up chose go to config.set {changes}; the flow never writes the file itself then.
void TestSetupFlow::finishGoesThroughTheGateway()
{
    QFETCH(QString, answer);
    QFETCH(bool, ok);
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    telegram.addBot(kTelegramToken);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    Security::MemorySecretStore secrets;
    Ui::UiFakeGatewayClient gateway;
    QStringList order;
    gateway.on(u"secrets.set"_s, [&order](const QJsonObject &params) {
        order << params.value(u"name"_s).toString();
        return Ui::UiFakeGatewayClient::Answer{QJsonObject{{u"source"_s, u"keychain"_s}}, std::nullopt};
    });
    gateway.on(u"config.set"_s, [&order, answer](const QJsonObject &) {
        order << u"config.set"_s;
        if (answer == u"unavailable"_s)
            return Ui::UiFakeGatewayClient::Answer{QJsonValue(), Ws::RpcError::unavailable(u"the gateway is not running"_s)};
        if (answer == u"invalid"_s)
            return Ui::UiFakeGatewayClient::Answer{QJsonValue(),
                                                   Ws::RpcError::invalidRequest(u"config.json: ai.defaultModel: nope"_s)};
        return Ui::UiFakeGatewayClient::Answer{QJsonObject{{u"saved"_s, true}}, std::nullopt};
    });
    Flow flow(&secrets, path);
    flow.setGateway(&gateway);
    walkToDone(flow, server, telegram, false);

    QString message;
    QCOMPARE(runFinish(flow, &message), ok);
    QCOMPARE(flow.appliedLive(), ok);
    QCOMPARE(order, (QStringList{u"ANTHROPIC_API_KEY"_s, u"TELEGRAM_BOT_TOKEN"_s, u"config.set"_s}));
    QCOMPARE(secrets.count(), 0); // through the gateway, not around it
    const QJsonObject changes = gateway.lastCall(u"config.set"_s).params.value(u"changes"_s).toObject();
    QCOMPARE(changes, (QJsonObject{{u"ai.defaultModel"_s, u"anthropic/claude-opus-4-1"_s},
                                   {u"ai.providers.anthropic.baseUrl"_s, server.baseUrl().toString()},
                                   {u"channels.telegram.enabled"_s, true},
                                   {u"channels.telegram.apiBaseUrl"_s, telegram.baseUrl().toString()}}));
    QVERIFY(!QJsonDocument(changes).toJson().contains(kTelegramToken.toUtf8()));
    QVERIFY(!QJsonDocument(gateway.lastCall(u"config.set"_s).params).toJson().contains("sk-ant-secret-value"));
    QVERIFY(!QFile::exists(path));
    if (!ok)
        QVERIFY2(message.contains(answer == u"invalid"_s ? u"ai.defaultModel"_s : u"not running"_s), qPrintable(message));
}

void TestSetupFlow::finishKeepsOtherSettings()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    TestSupport::FakeTelegramServer telegram;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"ai": {"systemPrompt": "Be brief.", "maxOutputTokens": 777}, "storage": {"sessionTTL": 3600}})");
    }
    Security::MemorySecretStore secrets;
    Flow flow(&secrets, path);
    walkToDone(flow, server, telegram, true);
    QString message;
    QVERIFY2(runFinish(flow, &message), qPrintable(message));
    QCOMPARE(secrets.count(), 1); // no Telegram token when skipped
    const Config::LoadResult loaded = Config::Loader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded.settings.ai.systemPrompt, u"Be brief."_s);
    QCOMPARE(loaded.settings.ai.maxOutputTokens, 777);
    QCOMPARE(loaded.settings.ai.defaultModel, u"anthropic/claude-opus-4-1"_s);
    QVERIFY(!loaded.settings.channels.telegram.enabled); // skipped: left as it was (off by default)
}

void TestSetupFlow::runningAgainStartsFromTheConfig()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(TestSupport::FakeOpenAiProvider::models({u"gpt-4.1-mini"_s, u"gpt-4o"_s}));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"ai": {"defaultModel": "openai/gpt-4o"}})");
    }
    Flow flow(nullptr, path);
    QCOMPARE(flow.choice(), Flow::Choice::OpenAi);
    toConnect(flow, Flow::Choice::OpenAi, server.baseUrl());
    flow.setApiKey(u"sk-x"_s);
    QVERIFY(runCheck(flow));
    QCOMPARE(flow.model(), u"gpt-4o"_s); // the current model, not the usual default
}

void TestSetupFlow::brokenConfigIsNotReplaced()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    TestSupport::FakeTelegramServer telegram;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    const QByteArray broken = R"({"ai": {"maxOutputTokens": "many"}})";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    Security::MemorySecretStore secrets;
    Flow flow(&secrets, path);
    walkToDone(flow, server, telegram, true);
    QString message;
    QVERIFY(!runFinish(flow, &message));
    QVERIFY2(message.contains(u"maxOutputTokens"_s), qPrintable(message));
    QCOMPARE(secrets.count(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestSetupFlow::unavailableKeychainWritesNothing()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    TestSupport::FakeTelegramServer telegram;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    std::unique_ptr<Security::MemorySecretStore> secrets(
        Security::MemorySecretStore::unavailable(u"No keychain (Secret Service) is reachable"_s));
    Flow flow(secrets.get(), path);
    walkToDone(flow, server, telegram, true);
    QString message;
    QVERIFY(!runFinish(flow, &message));
    QVERIFY2(message.contains(u"ANTHROPIC_API_KEY could not be saved"_s), qPrintable(message));
    QVERIFY2(message.contains(u"No keychain"_s), qPrintable(message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!flow.isFinishing());
}

void TestSetupFlow::modelChoiceSortsAndPrefers()
{
    using M = Ui::ModelChoice;
    QCOMPARE(M::chatModels(M::Family::Local, {u"m10"_s, u"m9"_s, u"M1"_s, u"m9"_s, u" "_s}),
             (QStringList{u"M1"_s, u"m9"_s, u"m10"_s}));
    QCOMPARE(M::preferred(M::Family::OpenAi, {u"gpt-4.1-mini"_s, u"gpt-4.1-mini-2025-04-14"_s}), u"gpt-4.1-mini"_s);
    QCOMPARE(M::preferred(M::Family::Anthropic, {u"claude-3-5-haiku-1"_s, u"claude-sonnet-4-20250514"_s}),
             u"claude-sonnet-4-20250514"_s);
    QCOMPARE(M::preferred(M::Family::Local, {u"phi3"_s, u"zeta"_s}), u"phi3"_s);
    QVERIFY(M::preferred(M::Family::Local, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSetupFlow)
#include "tst_setupflow.moc"
