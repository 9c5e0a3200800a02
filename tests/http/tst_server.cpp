#include "http/router.h"
#include "http/server.h"
#include "metrics/registry.h"
#include "support/httptestclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Http;
using Moltdesk::TestSupport::HttpTestClient;
using Moltdesk::TestSupport::HttpTestResponse;

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyResponseCarriesRequiredHeaders_data();
    void everyResponseCarriesRequiredHeaders();
    void methodNotAllowedListsAllow();
    void optionsAnswersAllow();
    void keepAliveServesTwoRequestsOnOneConnection();
    void pipelinedRequestsAnsweredInOrder();
    void connectionCloseIsHonoured();
    void idleConnectionIsClosed();
    void slowHeadersGet408();
    void connectionCapAnswers503();
    void asyncHandlerAnswersLater();
    void answerFromAnotherThread();
    void droppedResponderGives500();
    void clientGoneBeforeAsyncAnswer();
    void chunkedStreamIsReadByClient();
    void serverSentEvents();
    void closeStopsAcceptingAndDropsConnections();

private:
    void start(ServerLimits limits = {});
    quint16 port() const { return m_server->serverPort(); }

    std::unique_ptr<Moltdesk::Metrics::Registry> m_registry;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Server> m_server;
    Responder m_parked;
    int m_handlerCalls = 0;
};

void TestServer::init()
{
    m_registry = std::make_unique<Moltdesk::Metrics::Registry>();
    m_router = std::make_unique<Router>();
    m_parked = Responder();
    m_handlerCalls = 0;
    m_router->addRoute(u"GET"_s, u"/hello"_s, [](const Request &request, Responder responder) {
        responder.send(Response::text(200, u"hello "_s + request.queryValue(u"name"_s, u"world"_s)));
    });
    m_router->addRoute(u"POST"_s, u"/hello"_s, [](const Request &request, Responder responder) {
        responder.send(Response(200, "application/octet-stream"_ba, request.body));
    });
    m_router->addRoute(u"GET"_s, u"/park"_s, [this](const Request &, Responder responder) {
        ++m_handlerCalls;
        m_parked = responder;
    });
    m_router->addUpgradeRoute(u"/ws"_s, [](QTcpSocket *socket, const Request &) { socket->deleteLater(); });
}

void TestServer::cleanup()
{
    m_parked = Responder();
    m_server.reset();
    m_router.reset();
    m_registry.reset();
}

void TestServer::start(ServerLimits limits)
{
    m_server = std::make_unique<Server>(m_router.get(), limits, m_registry.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(port() != 0);
}

void TestServer::everyResponseCarriesRequiredHeaders_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorCode"); // empty for success

    QTest::newRow("200") << "GET /hello?name=moltdesk HTTP/1.1\r\nHost: t\r\n\r\n"_ba << 200 << QByteArray();
    QTest::newRow("404") << "GET /nope HTTP/1.1\r\nHost: t\r\n\r\n"_ba << 404 << "not_found"_ba;
    QTest::newRow("405") << "DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba << 405 << "method_not_allowed"_ba;
    QTest::newRow("400 malformed") << "HELLO THERE\r\n\r\n"_ba << 400 << "bad_request"_ba;
    QTest::newRow("400 bad chunk") << "POST /hello HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n"_ba
                                   << 400 << "bad_request"_ba;
    QTest::newRow("431") << QByteArray("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n")
                         << 431 << "headers_too_large"_ba;
    QTest::newRow("413") << "POST /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n"_ba << 413
                         << "payload_too_large"_ba;
    QTest::newRow("426") << "GET /ws HTTP/1.1\r\nHost: t\r\n\r\n"_ba << 426 << "upgrade_required"_ba;
}

void TestServer::everyResponseCarriesRequiredHeaders()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QByteArray, errorCode);
    start();

    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    client.send(raw);
    QVERIFY(client.waitForResponses(1));
    const HttpTestResponse response = client.responses().first();
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Content-Security-Policy"), "default-src 'self'"_ba);
    QCOMPARE(response.header("X-Frame-Options"), "DENY"_ba);
    QCOMPARE(response.header("X-Content-Type-Options"), "nosniff"_ba);
    QVERIFY(!response.header("Content-Type").isEmpty());
    QCOMPARE(response.header("Content-Length").toLongLong(), response.body.size());
    if (errorCode.isEmpty()) {
        QCOMPARE(response.body, "hello moltdesk"_ba);
        return;
    }
    QCOMPARE(response.header("Content-Type"), "application/json"_ba);
    const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString().toLatin1(), errorCode);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    if (status >= 400 && status != 404 && status != 405 && status != 426) {
        // Transport-level refusals close the connection instead of reading further.
        QCOMPARE(response.header("Connection"), "close"_ba);
        QVERIFY(client.waitForDisconnect());
    }
}

void TestServer::methodNotAllowedListsAllow()
{
    start();
    const auto response = HttpTestClient::request(port(), "PUT /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), "GET, HEAD, OPTIONS, POST"_ba);
    const auto ws = HttpTestClient::request(port(), "POST /ws HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n"_ba);
    QCOMPARE(ws.status, 405);
    QCOMPARE(ws.header("Allow"), "GET, HEAD, OPTIONS"_ba);
}

void TestServer::optionsAnswersAllow()
{
    start();
    const auto response = HttpTestClient::request(port(), "OPTIONS /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(response.status, 204);
    QCOMPARE(response.header("Allow"), "GET, HEAD, OPTIONS, POST"_ba);
    QCOMPARE(response.header("X-Frame-Options"), "DENY"_ba);
}

void TestServer::keepAliveServesTwoRequestsOnOneConnection()
{
    start();
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QVERIFY(client.waitForResponses(1));
    client.send("POST /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nping"_ba);
    QVERIFY(client.waitForResponses(2));
    QVERIFY(client.isConnected());
    QCOMPARE(client.responses().at(1).body, "ping"_ba);
    QCOMPARE(m_server->openConnectionCount(), 1);
}

void TestServer::pipelinedRequestsAnsweredInOrder()
{
    start();
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    // The first request is answered late; the two behind it must wait their turn.
    client.send("GET /park HTTP/1.1\r\nHost: t\r\n\r\n"
                "GET /hello?name=two HTTP/1.1\r\nHost: t\r\n\r\n"
                "POST /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nthree"_ba);
    QTRY_COMPARE(m_handlerCalls, 1);
    QVERIFY(!client.waitForResponses(1, 200));
    QVERIFY(m_parked.send(Response::text(200, u"one"_s)));
    QVERIFY(client.waitForResponses(3));
    QCOMPARE(client.responses().at(0).body, "one"_ba);
    QCOMPARE(client.responses().at(1).body, "hello two"_ba);
    QCOMPARE(client.responses().at(2).body, "three"_ba);
}

void TestServer::connectionCloseIsHonoured()
{
    start();
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    client.send("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"_ba);
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().header("Connection"), "close"_ba);
    QVERIFY(client.waitForDisconnect());
}

void TestServer::idleConnectionIsClosed()
{
    ServerLimits limits;
    limits.idleTimeoutMs = 300;
    start(limits);
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    QTRY_COMPARE(m_server->openConnectionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, 3000);
    QTRY_COMPARE(m_server->openConnectionCount(), 0);
    QVERIFY(client.responses().isEmpty()); // closed quietly: nothing was asked
}

void TestServer::slowHeadersGet408()
{
    ServerLimits limits;
    limits.headersTimeoutMs = 300;
    start(limits);
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    client.send("GET /hello HTTP/1.1\r\nHost: t\r\n"_ba); // never finishes the header block
    QVERIFY(client.waitForResponses(1, 3000));
    QCOMPARE(client.responses().first().status, 408);
    QCOMPARE(client.responses().first().header("X-Content-Type-Options"), "nosniff"_ba);
    QVERIFY(client.waitForDisconnect());
}

void TestServer::connectionCapAnswers503()
{
    ServerLimits limits;
    limits.maxConnections = 2;
    start(limits);
    HttpTestClient a;
    HttpTestClient b;
    QVERIFY(a.connectTo(port()));
    QVERIFY(b.connectTo(port()));
    QTRY_COMPARE(m_server->openConnectionCount(), 2);

    HttpTestClient c;
    QVERIFY(c.connectTo(port()));
    c.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QVERIFY(c.waitForResponses(1));
    QCOMPARE(c.responses().first().status, 503);
    QCOMPARE(c.responses().first().header("Content-Security-Policy"), "default-src 'self'"_ba);
    QVERIFY(QJsonDocument::fromJson(c.responses().first().body).object().contains(u"error"_s));
    QVERIFY(c.waitForDisconnect());
    QCOMPARE(m_registry->value(u"moltdesk_http_connections_rejected_total"_s, {{u"reason"_s, u"max_connections"_s}}),
             1.0);

    // The two admitted connections still work.
    a.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QVERIFY(a.waitForResponses(1));
    QCOMPARE(a.responses().first().status, 200);
}

void TestServer::asyncHandlerAnswersLater()
{
    m_router->addRoute(u"POST"_s, u"/later"_s, [this](const Request &request, Responder responder) {
        QTimer::singleShot(50, this, [responder, body = request.body] {
            responder.send(Response::text(202, u"stored "_s + QString::fromUtf8(body)));
        });
    });
    start();
    const auto response = HttpTestClient::request(port(), "POST /later HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc"_ba);
    QCOMPARE(response.status, 202);
    QCOMPARE(response.body, "stored abc"_ba);
}

void TestServer::answerFromAnotherThread()
{
    m_router->addRoute(u"GET"_s, u"/worker"_s, [](const Request &, Responder responder) {
        (void)QtConcurrent::run([responder] { responder.send(Response::text(200, u"from worker"_s)); });
    });
    start();
    const auto response = HttpTestClient::request(port(), "GET /worker HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, "from worker"_ba);
}

void TestServer::droppedResponderGives500()
{
    m_router->addRoute(u"GET"_s, u"/forgetful"_s, [](const Request &, Responder) {});
    start();
    const auto response = HttpTestClient::request(port(), "GET /forgetful HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(response.status, 500);
    QCOMPARE(response.header("X-Frame-Options"), "DENY"_ba);
}

void TestServer::clientGoneBeforeAsyncAnswer()
{
    start();
    bool goneSeen = false;
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(port()));
        client.send("GET /park HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
        QTRY_COMPARE(m_handlerCalls, 1);
        m_parked.onClientGone(this, [&goneSeen] { goneSeen = true; });
        client.socket().abort();
    }
    QTRY_COMPARE(m_server->openConnectionCount(), 0);
    QTRY_VERIFY(goneSeen);
    QVERIFY(!m_parked.isClientConnected());
    QVERIFY(!m_parked.send(Response::text(200, u"too late"_s))); // no crash, no effect
    // The server still serves others.
    QCOMPARE(HttpTestClient::request(port(), "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba).status, 200);
}

void TestServer::chunkedStreamIsReadByClient()
{
    m_router->addRoute(u"GET"_s, u"/stream"_s, [this](const Request &, Responder responder) {
        responder.startStream(200, "text/plain"_ba);
        responder.write("first,"_ba);
        QTimer::singleShot(20, this, [responder] { responder.write("second,"_ba); });
        QTimer::singleShot(40, this, [responder] {
            responder.write("third"_ba);
            responder.end();
        });
    });
    start();
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    client.send("GET /stream HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QVERIFY(client.waitForResponses(1));
    const auto response = client.responses().first();
    QCOMPARE(response.header("Transfer-Encoding"), "chunked"_ba);
    QVERIFY(!response.headers.contains("content-length"));
    QCOMPARE(response.header("X-Content-Type-Options"), "nosniff"_ba);
    QCOMPARE(response.body, "first,second,third"_ba);
    QVERIFY(response.chunks.size() >= 2);
    // Keep-alive survives a chunked response.
    client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QVERIFY(client.waitForResponses(2));
}

void TestServer::serverSentEvents()
{
    m_router->addRoute(u"GET"_s, u"/events"_s, [](const Request &, Responder responder) {
        responder.startEventStream();
        responder.writeEvent(SseEvent{"{\"n\":1}"_ba, u"tick"_s, u"1"_s});
        responder.writeEvent(SseEvent{"line1\nline2"_ba, {}, {}});
        responder.end();
    });
    start();
    const auto response = HttpTestClient::request(port(), "GET /events HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), "text/event-stream; charset=utf-8"_ba);
    QCOMPARE(response.header("Cache-Control"), "no-cache"_ba);
    QCOMPARE(response.body, "event: tick\nid: 1\ndata: {\"n\":1}\n\ndata: line1\ndata: line2\n\n"_ba);
}

void TestServer::closeStopsAcceptingAndDropsConnections()
{
    start();
    HttpTestClient client;
    QVERIFY(client.connectTo(port()));
    QTRY_COMPARE(m_server->openConnectionCount(), 1);
    const quint16 oldPort = port();
    m_server->close();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->openConnectionCount(), 0);
    QVERIFY(client.waitForDisconnect());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, oldPort);
    QVERIFY(!probe.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
