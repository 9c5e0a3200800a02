// The channel module seam, proven with a channel that exists only in tests: the echo module
// (support/echochannelmodule.h) is handed to a real Core::Gateway through
// GatewayOptions::channelModules, next to the built-in modules, with no change to core. Its
// webhook route, its protocol method and its status are served by the gateway; a message it
// receives goes through the shared pipeline and the durable queue to the agent (a fake Anthropic
// server) and the reply comes back through its own send (docs/channels/README.md "Channel modules").
#include "core/gateway.h"
#include "support/echochannelmodule.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderserver.h"
#include "support/httptestclient.h"
#include "support/wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::EchoChannelModule;
using TestSupport::FakeAnthropicProvider;

namespace {
const QString kOperatorToken = u"0123456789abcdef0123456789abcdef0123456789abcdef"_s;

QByteArray post(const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST /webhook/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}
} // namespace

class TestChannelModule : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_transport = std::make_shared<TestSupport::EchoTransport>();
        m_anthropicServer = std::make_unique<TestSupport::FakeProviderServer>();
        QVERIFY(m_anthropicServer->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Core::GatewayOptions options;
        options.dataDir = m_dir->path();
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return kOperatorToken; };
        options.secret = [](const QString &name) {
            return name == u"ANTHROPIC_API_KEY"_s ? u"sk-ant-test"_s : QString();
        };
        // The built-in modules plus the test's own: the only thing a new channel hands over.
        options.channelModules = [transport = m_transport] {
            Channels::ChannelModules modules = Channels::builtinModules();
            modules.push_back(std::make_unique<EchoChannelModule>(transport));
            return modules;
        };
        Config::Settings &s = options.settings;
        s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open;
        s.ai.defaultModel = u"anthropic/claude-test"_s;
        s.ai.fallbackModels.clear();
        s.ai.providers[u"anthropic"_s].baseUrl = m_anthropicServer->baseUrl();

        m_gateway = std::make_unique<Core::Gateway>(options);
        QSignalSpy listening(m_gateway.get(), &Core::Gateway::listening);
        QSignalSpy failed(m_gateway.get(), &Core::Gateway::startFailed);
        m_gateway->start();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(listening.size() == 1 || listening.wait(5000));
        m_port = quint16(QUrl(listening.first().at(0).toString()).port());
    }

    void cleanup()
    {
        m_gateway->stop();
        m_gateway.reset();
        m_anthropicServer.reset();
    }

    void statusIsServedLikeAnyChannel()
    {
        QTRY_COMPARE(echoHealth().value(u"state"_s).toString(), u"running"_s);
        const auto health = TestSupport::HttpTestClient::request(
            m_port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"_ba);
        QCOMPARE(health.status, 200);
        const QJsonObject channels = QJsonDocument::fromJson(health.body).object().value(u"channels"_s).toObject();
        QCOMPARE(channels.value(u"echo"_s).toObject().value(u"state"_s).toString(), u"running"_s);
        // The built-in list is still there: Telegram off, Discord and WhatsApp not in this build.
        QCOMPARE(channels.value(u"telegram"_s).toObject().value(u"state"_s).toString(), u"disabled"_s);
        QCOMPARE(channels.value(u"discord"_s).toObject().value(u"state"_s).toString(), u"disabled"_s);

        TestSupport::WsTestClient ws;
        QVERIFY(ws.connectWithToken(wsUrl(), kOperatorToken));
        const auto status = ws.waitForResponse(ws.sendRequest(u"channels.status"_s));
        QVERIFY(status && status->value(u"ok"_s).toBool());
        QCOMPARE(status->value(u"payload"_s).toObject().value(u"channels"_s).toObject().value(u"echo"_s).toObject().value(
                     u"state"_s).toString(),
                 u"running"_s);
    }

    void messageInReplyOut()
    {
        QTRY_COMPARE(echoHealth().value(u"state"_s).toString(), u"running"_s);
        m_anthropicServer->enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"Echo heard you"_s)}));
        const auto accepted = TestSupport::HttpTestClient::request(
            m_port, post({{u"chat"_s, u"c1"_s}, {u"sender"_s, u"u1"_s}, {u"id"_s, u"m1"_s}, {u"text"_s, u"hello echo"_s}}));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(QJsonDocument::fromJson(accepted.body).object().value(u"outcome"_s).toString(), u"dispatched"_s);

        QTRY_COMPARE_WITH_TIMEOUT(m_transport->sent.size(), 1, 10000);
        QCOMPARE(m_transport->sent.constFirst().chatId, u"c1"_s);
        QCOMPARE(m_transport->sent.constFirst().text, u"Echo heard you"_s);
        QCOMPARE(m_transport->sent.constFirst().replyToMessageId, u"m1"_s);
        // The model saw the user's words, in the echo channel's own session.
        QCOMPARE(m_anthropicServer->requests().size(), 1);
        QVERIFY(m_anthropicServer->requests().constFirst().body.contains("hello echo"));

        TestSupport::WsTestClient ws;
        QVERIFY(ws.connectWithToken(wsUrl(), kOperatorToken));
        const auto sessions = ws.waitForResponse(ws.sendRequest(u"sessions.list"_s));
        QVERIFY(sessions && sessions->value(u"ok"_s).toBool());
        QVERIFY2(QJsonDocument(sessions->value(u"payload"_s).toObject()).toJson().contains("echo:dm:u1"),
                 "the conversation is listed under the echo channel's session key");

        // The module's own method, through the protocol.
        const auto sent = ws.waitForResponse(ws.sendRequest(u"channels.echo.sent"_s, {{u"chat"_s, u"c1"_s}}));
        QVERIFY(sent && sent->value(u"ok"_s).toBool());
        const QJsonArray messages = sent->value(u"payload"_s).toObject().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(u"text"_s).toString(), u"Echo heard you"_s);
        // ... and its refusal in the protocol's words.
        const auto refused = ws.waitForResponse(ws.sendRequest(u"channels.echo.sent"_s, {{u"chat"_s, 7}}));
        QVERIFY(refused && !refused->value(u"ok"_s).toBool());
        QCOMPARE(refused->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        QCOMPARE(refused->value(u"error"_s).toObject().value(u"message"_s).toString(), u"chat must be a string"_s);

        QTRY_COMPARE(echoHealth().value(u"counters"_s).toObject().value(u"sent"_s).toInt(), 1);
        QCOMPARE(echoHealth().value(u"counters"_s).toObject().value(u"dispatched"_s).toInt(), 1);
    }

    void redeliveryIsAnsweredOnce()
    {
        QTRY_COMPARE(echoHealth().value(u"state"_s).toString(), u"running"_s);
        m_anthropicServer->enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"once"_s)}));
        const QJsonObject message{{u"chat"_s, u"c2"_s}, {u"id"_s, u"m7"_s}, {u"text"_s, u"again?"_s}};
        QCOMPARE(TestSupport::HttpTestClient::request(m_port, post(message)).status, 200);
        const auto again = TestSupport::HttpTestClient::request(m_port, post(message));
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value(u"outcome"_s).toString(), u"duplicate"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_transport->sent.size(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(m_transport->sent.size(), 1);
        QCOMPARE(m_anthropicServer->requests().size(), 1);
    }

    void attachmentsArePreparedByTheChannel()
    {
        QTRY_COMPARE(echoHealth().value(u"state"_s).toString(), u"running"_s);
        m_anthropicServer->enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"got the file"_s)}));
        QCOMPARE(TestSupport::HttpTestClient::request(
                     m_port, post({{u"chat"_s, u"c3"_s}, {u"id"_s, u"m1"_s}, {u"text"_s, u"see file"_s},
                                   {u"attachment"_s, u"notes.txt"_s}}))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_transport->sent.size(), 1, 10000);
        QCOMPARE(m_transport->prepared, 1);
        QVERIFY(m_anthropicServer->requests().constFirst().body.contains("[echo attachment notes.txt]"));
    }

    void groupRulesAndBadInputAreTheGatewaysOwn()
    {
        QTRY_COMPARE(echoHealth().value(u"state"_s).toString(), u"running"_s);
        // A group message that does not address the bot is screened out by the shared pipeline.
        const auto ignored = TestSupport::HttpTestClient::request(
            m_port, post({{u"chat"_s, u"g1"_s}, {u"sender"_s, u"u9"_s}, {u"id"_s, u"m1"_s}, {u"text"_s, u"chatter"_s},
                          {u"group"_s, true}}));
        QCOMPARE(ignored.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ignored.body).object().value(u"outcome"_s).toString(), u"ignored"_s);
        // A body the module refuses: the gateway's JSON error shape, and nothing reaches the agent.
        const auto bad = TestSupport::HttpTestClient::request(m_port, post({{u"text"_s, u"no ids"_s}}));
        QCOMPARE(bad.status, 400);
        const QJsonObject error = QJsonDocument::fromJson(bad.body).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"bad_message"_s);
        QCOMPARE(error.value(u"message"_s).toString(), u"chat and id are required"_s);
        QTest::qWait(200);
        QVERIFY(m_anthropicServer->requests().isEmpty());
        QVERIFY(m_transport->sent.isEmpty());
    }

private:
    QJsonObject echoHealth() const
    {
        return m_gateway->health().value(u"channels"_s).toObject().value(u"echo"_s).toObject();
    }
    QUrl wsUrl() const { return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_port)); }

    std::shared_ptr<TestSupport::EchoTransport> m_transport;
    std::unique_ptr<TestSupport::FakeProviderServer> m_anthropicServer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Gateway> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestChannelModule)
#include "tst_channelmodule.moc"
