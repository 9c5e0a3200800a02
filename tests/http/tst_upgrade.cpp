#include "http/router.h"
#include "http/server.h"
#include "support/httptestclient.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Http;
using Moltdesk::TestSupport::HttpTestClient;

// The /ws hand-off: the HTTP layer parses the handshake, then gives the socket - with the
// handshake bytes rolled back - to a real QWebSocketServer that never listens itself.
class TestUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void handOffToQWebSocketServerExchangesMessages();
    void preCheckRefusesWith403();
    void plainHttpStillWorksAlongside();

private:
    std::unique_ptr<QWebSocketServer> m_wsServer;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Server> m_server;
    QList<QWebSocket *> m_serverSockets;
};

void TestUpgrade::init()
{
    m_wsServer = std::make_unique<QWebSocketServer>(u"moltdesk-test"_s, QWebSocketServer::NonSecureMode);
    connect(m_wsServer.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_wsServer->nextPendingConnection()) {
            m_serverSockets.append(socket);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &message) { socket->sendTextMessage(u"echo:"_s + message); });
        }
    });
    m_router = std::make_unique<Router>();
    m_router->addRoute(u"GET"_s, u"/hello"_s,
                       [](const Request &, Responder responder) { responder.send(Response::text(200, u"hi"_s)); });
    m_router->addUpgradeRoute(
            u"/ws"_s, [this](QTcpSocket *socket, const Request &) { m_wsServer->handleConnection(socket); },
            [](const Request &request) -> std::optional<Response> {
                const QByteArray origin = request.header("origin");
                if (!origin.isEmpty() && origin != "http://127.0.0.1")
                    return Response::error(HttpError(ErrorCode::Forbidden, u"Origin not allowed."_s));
                return std::nullopt;
            });
    m_server = std::make_unique<Server>(m_router.get(), ServerLimits{});
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestUpgrade::cleanup()
{
    qDeleteAll(m_serverSockets);
    m_serverSockets.clear();
    m_server.reset();
    m_router.reset();
    m_wsServer.reset();
}

void TestUpgrade::handOffToQWebSocketServerExchangesMessages()
{
    QVERIFY(!m_wsServer->isListening());
    QWebSocket client(u"http://127.0.0.1"_s);
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->serverPort())));
    QVERIFY(connected.wait(5000));

    client.sendTextMessage(u"ping"_s);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toString(), u"echo:ping"_s);
    // The HTTP layer let go of the socket: it no longer counts it.
    QTRY_COMPARE(m_server->openConnectionCount(), 0);

    client.sendTextMessage(u"again"_s);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).first().toString(), u"echo:again"_s);
    client.close();
}

void TestUpgrade::preCheckRefusesWith403()
{
    HttpTestClient raw;
    QVERIFY(raw.connectTo(m_server->serverPort()));
    raw.send("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
             "Origin: http://evil.example\r\nSec-WebSocket-Version: 13\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"_ba);
    QVERIFY(raw.waitForResponses(1));
    const auto response = raw.responses().first();
    QCOMPARE(response.status, 403);
    QCOMPARE(response.header("Content-Security-Policy"), "default-src 'self'"_ba);
    QCOMPARE(response.header("X-Frame-Options"), "DENY"_ba);
    QVERIFY(response.body.contains("forbidden"));
    QVERIFY(raw.waitForDisconnect());
    QVERIFY(m_serverSockets.isEmpty());

    // And a real client with that Origin never connects.
    QWebSocket client(u"http://evil.example"_s);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->serverPort())));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(connected.size(), 0);
}

void TestUpgrade::plainHttpStillWorksAlongside()
{
    const auto response = HttpTestClient::request(m_server->serverPort(), "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, "hi"_ba);
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
