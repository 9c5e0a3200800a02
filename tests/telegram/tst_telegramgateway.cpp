// A real Core::Gateway with channels.telegram enabled against the fake Bot API and a fake
// Anthropic server: a DM goes in, the agent's reply comes out; /healthz and WS channels.status
// show the channel's state.
#include "core/gateway.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "support/httptestclient.h"
#include "support/wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::FakeAnthropicProvider;

namespace {
const QString kBotToken = u"5151:GATEWAY-token_abc"_s;
const QString kOperatorToken = u"0123456789abcdef0123456789abcdef0123456789abcdef"_s;
constexpr qint64 kUser = 31337;
} // namespace

class TestTelegramGateway : public QObject
{
    Q_OBJECT

private slots:
    void replyGoesOutAndStatusIsVisible()
    {
        TestSupport::FakeTelegramServer telegram;
        QVERIFY(telegram.listen());
        telegram.addBot(kBotToken);
        TestSupport::FakeProviderServer anthropic;
        QVERIFY(anthropic.listen());

        QTemporaryDir dir;
        Core::GatewayOptions options;
        options.dataDir = dir.path();
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return kOperatorToken; };
        options.secret = [](const QString &name) {
            if (name == u"TELEGRAM_BOT_TOKEN"_s)
                return kBotToken;
            if (name == u"ANTHROPIC_API_KEY"_s)
                return u"sk-ant-test"_s;
            return QString();
        };
        Config::Settings &s = options.settings;
        s.channels.telegram.enabled = true;
        s.channels.telegram.apiBaseUrl = telegram.baseUrl();
        s.channels.telegram.pollTimeoutSeconds = 1;
        s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open;
        s.ai.defaultModel = u"anthropic/claude-test"_s;
        s.ai.fallbackModels.clear();
        s.ai.providers[u"anthropic"_s].baseUrl = anthropic.baseUrl();

        Core::Gateway gateway(options);
        QSignalSpy listening(&gateway, &Core::Gateway::listening);
        QSignalSpy failed(&gateway, &Core::Gateway::startFailed);
        gateway.start();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(listening.size() == 1 || listening.wait(5000));
        const QUrl url(listening.first().at(0).toString());

        QTRY_COMPARE(gateway.health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(
                         u"state"_s).toString(),
                     u"running"_s);

        anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"Hello from the gateway"_s)}));
        telegram.pushText(kBotToken, kUser, kUser, u"hi there"_s);
        QTRY_COMPARE_WITH_TIMEOUT(telegram.sentMessages(kBotToken).size(), 1, 10000);
        const auto sent = telegram.sentMessages(kBotToken).constFirst();
        QCOMPARE(sent.chatId, kUser);
        QCOMPARE(sent.text, u"Hello from the gateway"_s);
        QVERIFY(sent.replyToMessageId > 0);
        QCOMPARE(anthropic.requests().constFirst().header("x-api-key"), "sk-ant-test"_ba);

        // /healthz
        const auto health = TestSupport::HttpTestClient::request(
            quint16(url.port()), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"_ba);
        QCOMPARE(health.status, 200);
        const QJsonObject channels = QJsonDocument::fromJson(health.body).object().value(u"channels"_s).toObject();
        const QJsonObject tg = channels.value(u"telegram"_s).toObject();
        QCOMPARE(tg.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(tg.value(u"enabled"_s).toBool(), true);
        QTRY_VERIFY(gateway.health()
                        .value(u"channels"_s)
                        .toObject()
                        .value(u"telegram"_s)
                        .toObject()
                        .value(u"counters"_s)
                        .toObject()
                        .value(u"sent"_s)
                        .toInt()
                    == 1);
        QCOMPARE(channels.value(u"discord"_s).toObject().value(u"state"_s).toString(), u"disabled"_s);

        // WS channels.status
        TestSupport::WsTestClient ws;
        QUrl wsUrl = url;
        wsUrl.setScheme(u"ws"_s);
        wsUrl.setPath(u"/ws"_s);
        QVERIFY(ws.connectWithToken(wsUrl, kOperatorToken));
        const QString id = ws.sendRequest(u"channels.status"_s);
        const auto response = ws.waitForResponse(id);
        QVERIFY(response);
        QVERIFY(response->value(u"ok"_s).toBool());
        const QJsonObject wsTelegram = response->value(u"payload"_s)
                                           .toObject()
                                           .value(u"channels"_s)
                                           .toObject()
                                           .value(u"telegram"_s)
                                           .toObject();
        QCOMPARE(wsTelegram.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(wsTelegram.value(u"counters"_s).toObject().value(u"dispatched"_s).toInt(), 1);

        QSignalSpy stopped(&gateway, &Core::Gateway::stopped);
        gateway.stop();
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(gateway.health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(u"state"_s)
                     .toString(),
                 u"stopped"_s);
    }

    void badTokenIsExplained()
    {
        TestSupport::FakeTelegramServer telegram;
        QVERIFY(telegram.listen());
        telegram.addBot(kBotToken);
        QTemporaryDir dir;
        Core::GatewayOptions options;
        options.dataDir = dir.path();
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return kOperatorToken; };
        options.secret = [](const QString &name) {
            return name == u"TELEGRAM_BOT_TOKEN"_s ? u"9999:not-a-known-token"_s : QString();
        };
        options.settings.channels.telegram.enabled = true;
        options.settings.channels.telegram.apiBaseUrl = telegram.baseUrl();
        Core::Gateway gateway(options);
        QSignalSpy listening(&gateway, &Core::Gateway::listening);
        gateway.start();
        QVERIFY(listening.size() == 1 || listening.wait(5000));
        QTRY_COMPARE(gateway.health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(
                         u"state"_s).toString(),
                     u"error"_s);
        const QJsonObject tg = gateway.health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject();
        QVERIFY(tg.value(u"detail"_s).toString().contains(u"TELEGRAM_BOT_TOKEN"_s));
        QVERIFY(!QJsonDocument(tg).toJson().contains("not-a-known-token"));
        gateway.stop();
    }
};

QTEST_GUILESS_MAIN(TestTelegramGateway)
#include "tst_telegramgateway.moc"
