// Issue 13 items 8, 10 and 13 as attacks on the real `moltdesk --headless` binary:
//  - a page on a rebinding domain (Host: evil.example) reaches /metrics, /ws, /v1 from loopback;
//  - a client trickles a body to hold a connection;
//  - a guesser tries token after token on /v1, /ws, /metrics and the Telegram webhook secret.
// Each test speaks from its own 127.0.0.x address, so the failed-auth counts stay apart.
#include "support/appprocess.h"
#include "support/faketelegramserver.h"
#include "support/httptestclient.h"
#include "support/wstestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppProcess;
using Moltdesk::TestSupport::FakeTelegramServer;
using Moltdesk::TestSupport::HttpTestClient;
using Moltdesk::TestSupport::HttpTestResponse;
using Moltdesk::TestSupport::WsTestClient;

namespace {

const QString kToken = u"exposure-operator-token-0123456789abcdef0123456789abcdef"_s;
const QString kBotToken = u"4343:EXPOSURE-bot_token_abcdef"_s;
const QByteArray kWebhookSecret = "exposureWebhookSecret_0123456789abcdef"_ba;
const QByteArray kUpgrade = "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"_ba;

// One request on a fresh connection from `from` (any 127.0.0.0/8 address is loopback on Linux).
HttpTestResponse sendFrom(const char *from, quint16 port, const QByteArray &raw, int timeoutMs = 5000)
{
    HttpTestClient client;
    if (!client.socket().bind(QHostAddress(QString::fromLatin1(from))) || !client.connectTo(port, timeoutMs))
        return {};
    client.send(raw);
    if (!client.waitForResponses(1, timeoutMs))
        return client.current() ? *client.current() : HttpTestResponse{};
    return client.responses().first();
}

QByteArray errorCode(const HttpTestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject().value(u"code"_s).toString().toUtf8();
}

} // namespace

class TestExposure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void attackRebindingHostOnMetricsNeedsTheToken();
    void attackForeignHostIsRefusedOnWsAndV1();
    void attackSlowBodyGets408();
    void attackTokenGuessingOnV1IsThrottled();
    void attackWebhookSecretGuessingIsThrottled();
    void webSocketSessionIsAdoptedByTheWsServer();
    void attackWsTokenGuessingIsThrottled();

private:
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_app->port()); }
    QByteArray v1(const QByteArray &hostHeader, const QByteArray &token, const QByteArray &body = R"({"messages":[]})") const;

    QTemporaryDir m_dir;
    FakeTelegramServer m_telegram;
    std::unique_ptr<AppProcess> m_app;
};

void TestExposure::initTestCase()
{
    QVERIFY(m_telegram.listen());
    m_telegram.addBot(kBotToken);
    QFile config(QDir(m_dir.path()).filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    const QJsonObject settings{
        {u"gateway"_s, QJsonObject{{u"bodyTimeoutSeconds"_s, 1}, {u"publicUrl"_s, u"https://bot.example.test"_s}}},
        {u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"enabled"_s, true}, {u"mode"_s, u"webhook"_s},
                                                               {u"apiBaseUrl"_s, m_telegram.baseUrl().toString()}}}}},
    };
    config.write(QJsonDocument(settings).toJson());
    config.close();

    m_app = std::make_unique<AppProcess>(QStringLiteral(MOLTDESK_BINARY));
    QProcessEnvironment env = AppProcess::environmentWithToken(kToken);
    env.insert(u"TELEGRAM_BOT_TOKEN"_s, kBotToken);
    env.insert(u"TELEGRAM_WEBHOOK_SECRET"_s, QString::fromLatin1(kWebhookSecret));
    m_app->setEnvironment(env);
    QVERIFY(m_app->start(AppProcess::headlessArguments(m_dir.path())));
    QVERIFY2(!m_app->waitForListening(15000).isEmpty(), m_app->transcript().constData());
    // The webhook route is there once the channel registered it (asked from an address of its own).
    QTRY_VERIFY_WITH_TIMEOUT(sendFrom("127.0.0.99", m_app->port(),
                                      "POST /webhook/telegram HTTP/1.1\r\nHost: " + host() + "\r\nX-Telegram-Bot-Api-Secret-Token: "
                                          + kWebhookSecret + "\r\nContent-Length: 1\r\n\r\n{")
                                     .status == 400,
                             10000);
}

void TestExposure::cleanupTestCase()
{
    if (m_app) {
        m_app->sendSignal(SIGTERM);
        m_app->waitForExit(10000);
    }
}

QByteArray TestExposure::v1(const QByteArray &hostHeader, const QByteArray &token, const QByteArray &body) const
{
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: Bearer " + token
         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Item 10: evil.example resolves to 127.0.0.1; the browser sends Host: evil.example:PORT.
void TestExposure::attackRebindingHostOnMetricsNeedsTheToken()
{
    const QByteArray port = QByteArray::number(m_app->port());
    const HttpTestResponse rebound = sendFrom("127.0.0.2", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: evil.example:" + port + "\r\n\r\n");
    QCOMPARE(rebound.status, 401);
    QCOMPARE(errorCode(rebound), "unauthorized"_ba);
    QVERIFY(!rebound.body.contains("moltdesk_"));

    const HttpTestResponse lookalike = sendFrom("127.0.0.2", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: bot.example.test.evil.example\r\n\r\n");
    QCOMPARE(lookalike.status, 401);
    // A tunnel on this machine (cloudflared, ngrok) forwards the internet from loopback with the
    // public name: that is not local either.
    const HttpTestResponse tunnel = sendFrom("127.0.0.2", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: bot.example.test\r\n\r\n");
    QCOMPARE(tunnel.status, 401);

    const HttpTestResponse withToken = sendFrom("127.0.0.2", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: evil.example:" + port
                                                                                 + "\r\nAuthorization: Bearer " + kToken.toUtf8() + "\r\n\r\n");
    QCOMPARE(withToken.status, 200);
    for (const QByteArray &local : QList<QByteArray>{"127.0.0.1:"_ba + port, "localhost:"_ba + port, "LOCALHOST"_ba}) {
        const HttpTestResponse own = sendFrom("127.0.0.2", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: " + local + "\r\n\r\n");
        QCOMPARE(own.status, 200);
        QVERIFY(own.body.contains("moltdesk_http_requests_total"));
    }
}

void TestExposure::attackForeignHostIsRefusedOnWsAndV1()
{
    const HttpTestResponse ws = sendFrom("127.0.0.3", m_app->port(), "GET /ws HTTP/1.1\r\nHost: evil.example\r\n" + kUpgrade + "\r\n");
    QCOMPARE(ws.status, 403);
    QCOMPARE(errorCode(ws), "host_not_allowed"_ba);

    // Even with the right token: the page on evil.example must not drive the agent.
    const HttpTestResponse api = sendFrom("127.0.0.3", m_app->port(), v1("evil.example:" + QByteArray::number(m_app->port()), kToken.toUtf8()));
    QCOMPARE(api.status, 403);
    QCOMPARE(errorCode(api), "host_not_allowed"_ba);

    // The gateway's own names pass the check (and reach the handler: empty messages is 400).
    QCOMPARE(sendFrom("127.0.0.3", m_app->port(), v1(host(), kToken.toUtf8())).status, 400);
    QCOMPARE(sendFrom("127.0.0.3", m_app->port(), v1("localhost", kToken.toUtf8())).status, 400);
    QCOMPARE(sendFrom("127.0.0.3", m_app->port(), v1("bot.example.test", kToken.toUtf8())).status, 400);
}

// Item 8: headers complete, then the body trickles; the connection ends with 408.
void TestExposure::attackSlowBodyGets408()
{
    HttpTestClient client;
    QVERIFY(client.socket().bind(QHostAddress(u"127.0.0.4"_s)));
    QVERIFY(client.connectTo(m_app->port()));
    client.send("POST /v1/chat/completions HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: Bearer " + kToken.toUtf8()
                + "\r\nContent-Length: 1000\r\n\r\n{\"messages\":");
    // Keep sending a byte now and then: the deadline is for the whole body, not between bytes.
    QDeadlineTimer deadline(15000);
    while (client.responses().isEmpty() && !deadline.hasExpired()) {
        if (client.isConnected())
            client.send(" ");
        client.waitForResponses(1, 200);
    }
    QCOMPARE(client.responses().size(), 1);
    QCOMPARE(client.responses().first().status, 408);
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(sendFrom("127.0.0.4", m_app->port(), "GET /healthz HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").status, 200);
}

// Item 13 on /v1/*: 10 wrong tokens in a minute, then 429 for everything on the guarded routes
// from that address - even the right token - while other addresses are served.
void TestExposure::attackTokenGuessingOnV1IsThrottled()
{
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sendFrom("127.0.0.5", m_app->port(), v1(host(), "guess-" + QByteArray::number(i))).status, 401);
    const HttpTestResponse blocked = sendFrom("127.0.0.5", m_app->port(), v1(host(), "guess-10"));
    QCOMPARE(blocked.status, 429);
    QCOMPARE(errorCode(blocked), "auth_throttled"_ba);
    const int retryAfter = blocked.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, blocked.header("retry-after").constData());
    QCOMPARE(sendFrom("127.0.0.5", m_app->port(), v1(host(), kToken.toUtf8())).status, 429);
    QCOMPARE(sendFrom("127.0.0.5", m_app->port(), "GET /ws HTTP/1.1\r\nHost: " + host() + "\r\n" + kUpgrade + "\r\n").status, 429);
    QCOMPARE(sendFrom("127.0.0.5", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").status, 429);
    // /healthz is not a guarded route; another address is not affected.
    QCOMPARE(sendFrom("127.0.0.5", m_app->port(), "GET /healthz HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").status, 200);
    QCOMPARE(sendFrom("127.0.0.6", m_app->port(), v1(host(), kToken.toUtf8())).status, 400);
    QCOMPARE(sendFrom("127.0.0.6", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").status, 200);
}

void TestExposure::attackWebhookSecretGuessingIsThrottled()
{
    auto webhook = [](const QByteArray &secret) -> QByteArray {
        return "POST /webhook/telegram HTTP/1.1\r\nHost: bot.example.test\r\nX-Telegram-Bot-Api-Secret-Token: " + secret
             + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    };
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sendFrom("127.0.0.7", m_app->port(), webhook("guess-" + QByteArray::number(i))).status, 401);
    const HttpTestResponse blocked = sendFrom("127.0.0.7", m_app->port(), webhook(kWebhookSecret));
    QCOMPARE(blocked.status, 429);
    QVERIFY(blocked.header("retry-after").toInt() >= 1);
    // Telegram's own address keeps delivering.
    QCOMPARE(sendFrom("127.0.0.8", m_app->port(), webhook(kWebhookSecret)).status, 400);
}

// The hand-off guard of item 7 must let go of a WebSocket that completed its handshake: the HTTP
// server stops counting it at once (else a good session would be closed after the hand-off timeout).
void TestExposure::webSocketSessionIsAdoptedByTheWsServer()
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_app->port());
    url.setPath(u"/ws"_s);
    WsTestClient client;
    const auto hello = client.connectWithToken(url, kToken);
    QVERIFY(hello && hello->value(u"ok"_s).toBool());
    auto openConnections = [this] {
        const HttpTestResponse metrics = sendFrom("127.0.0.10", m_app->port(), "GET /metrics HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith("moltdesk_http_open_connections "))
                return line.mid(31).trimmed().toInt();
        }
        return -1;
    };
    // Only the scrape itself is open on the HTTP side; the WebSocket is the WS server's.
    QTRY_COMPARE(openConnections(), 1);
    const QString id = client.sendRequest(u"health"_s);
    const auto health = client.waitForResponse(id);
    QVERIFY(health && health->value(u"ok"_s).toBool());
}

// Item 13 on /ws: wrong tokens in `connect` count; the next upgrade from that address gets 429.
void TestExposure::attackWsTokenGuessingIsThrottled()
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_app->port());
    url.setPath(u"/ws"_s);
    for (int i = 0; i < 10; ++i) {
        WsTestClient client;
        const auto answer = client.connectWithToken(url, u"guess-%1"_s.arg(i));
        QVERIFY(answer);
        QVERIFY(!answer->value(u"ok"_s).toBool());
        QVERIFY(client.waitForClosed());
    }
    const HttpTestResponse blocked = sendFrom("127.0.0.1", m_app->port(), "GET /ws HTTP/1.1\r\nHost: " + host() + "\r\n" + kUpgrade + "\r\n");
    QCOMPARE(blocked.status, 429);
    QVERIFY(blocked.header("retry-after").toInt() >= 1);
    WsTestClient rightToken;
    QVERIFY(!rightToken.connectWithToken(url, kToken, 3000));
    QCOMPARE(sendFrom("127.0.0.1", m_app->port(), "GET /healthz HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").status, 200);
}

QTEST_GUILESS_MAIN(TestExposure)
#include "tst_exposure.moc"
