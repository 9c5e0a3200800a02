// Method dispatch and events after a successful connect: immediate, async and failing handlers,
// unknown methods, malformed frames, broadcast sequencing, ticks, and replies that outlive
// their client.
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::WsTestClient;
using TestSupport::WsTestHarness;

class TestWsDispatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void immediateMethod();
    void unknownMethod();
    void asyncMethod();
    void asyncFromWorkerThread();
    void failingHandlers_data();
    void failingHandlers();
    void malformedAfterConnect_data();
    void malformedAfterConnect();
    void secondConnectIsRefused();
    void broadcastSequence();
    void sendEventToOneClient();
    void tickArrives();
    void asyncReplyAfterClientLeft();
    void droppedReplyAnswersUnavailable();
    void slowConsumerIsDropped();

private:
    WsTestClient *connectClient();

    std::unique_ptr<WsTestHarness> m_harness;
    std::optional<Ws::Reply> m_parked; // an async reply held until the test completes it
    std::optional<Ws::CallContext> m_lastContext;
    QList<WsTestClient *> m_clients;
};

void TestWsDispatch::init()
{
    Ws::WsServerConfig config;
    config.tickInterval = std::chrono::milliseconds(60'000);
    config.closeGracePeriod = std::chrono::milliseconds(500);
    m_harness = std::make_unique<WsTestHarness>(config);
    Ws::MethodRegistry &registry = m_harness->registry;

    registry.registerSyncMethod(u"test.echo"_s, [this](const QJsonObject &params, const Ws::CallContext &context) {
        m_lastContext = context;
        return QJsonValue(params);
    });
    registry.registerMethod(u"test.later"_s, [](const QJsonObject &params, const Ws::CallContext &, Ws::Reply reply) {
        QTimer::singleShot(20, qApp, [reply, params]() mutable {
            reply.resolve(QJsonObject{{u"late"_s, params.value(u"n"_s)}});
        });
    });
    registry.registerMethod(u"test.park"_s, [this](const QJsonObject &, const Ws::CallContext &, Ws::Reply reply) {
        m_parked = reply;
    });
    registry.registerMethod(u"test.worker"_s, [](const QJsonObject &, const Ws::CallContext &, Ws::Reply reply) {
        // Completes from a pool thread; the reply must hop back to the connection's thread.
        (void)QtConcurrent::run([reply]() mutable { reply.resolve(QJsonObject{{u"from"_s, u"worker"_s}}); });
    });
    registry.registerMethod(u"test.drop"_s, [](const QJsonObject &, const Ws::CallContext &, Ws::Reply) {});
    registry.registerSyncMethod(u"test.rpcError"_s, [](const QJsonObject &params, const Ws::CallContext &) -> QJsonValue {
        if (!params.value(u"name"_s).isString())
            throw Ws::RpcError::invalidRequest(u"name must be a string"_s);
        return QJsonValue(true);
    });
    registry.registerSyncMethod(u"test.throw"_s, [](const QJsonObject &, const Ws::CallContext &) -> QJsonValue {
        throw std::runtime_error("secret detail that must not reach the client");
    });
    registry.registerMethod(u"test.reject"_s, [](const QJsonObject &, const Ws::CallContext &, Ws::Reply reply) {
        reply.reject(Ws::RpcError(Ws::RpcError::kAgentTimeout, u"too slow"_s));
        reply.resolve(QJsonValue(1)); // ignored: exactly one answer
    });
    registry.registerEvent(u"test.news"_s);
    QVERIFY(m_harness->listen());
}

void TestWsDispatch::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_parked.reset();
    m_lastContext.reset();
    m_harness.reset();
}

WsTestClient *TestWsDispatch::connectClient()
{
    auto *client = new WsTestClient;
    m_clients.append(client);
    const auto hello = client->connectWithToken(m_harness->url(), QString::fromUtf8(m_harness->operatorToken));
    if (!hello || !hello->value(u"ok"_s).toBool())
        return nullptr;
    return client;
}

void TestWsDispatch::immediateMethod()
{
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const auto response = client->waitForResponse(client->sendRequest(u"test.echo"_s, {{u"x"_s, 42}}));
    QVERIFY(response);
    QCOMPARE(response->value(u"type"_s).toString(), u"res"_s);
    QCOMPARE(response->value(u"ok"_s).toBool(), true);
    QCOMPARE(response->value(u"payload"_s).toObject().value(u"x"_s).toInt(), 42);
    QVERIFY(m_lastContext);
    QCOMPARE(m_lastContext->client.id, u"test"_s);
    QCOMPARE(m_lastContext->method, u"test.echo"_s);
    QVERIFY(m_harness->server->connectionIds().contains(m_lastContext->connectionId));
}

void TestWsDispatch::unknownMethod()
{
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const auto response = client->waitForResponse(client->sendRequest(u"no.such"_s));
    QVERIFY(response);
    QCOMPARE(response->value(u"ok"_s).toBool(true), false);
    const QJsonObject error = response->value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
    QCOMPARE(error.value(u"message"_s).toString(), u"unknown method: no.such"_s);
    QVERIFY(!client->isClosed());
}

void TestWsDispatch::asyncMethod()
{
    WsTestClient *client = connectClient();
    QVERIFY(client);
    // Two in flight: both answered, each under its own id.
    const QString a = client->sendRequest(u"test.later"_s, {{u"n"_s, 1}});
    const QString b = client->sendRequest(u"test.later"_s, {{u"n"_s, 2}});
    const auto rb = client->waitForResponse(b);
    const auto ra = client->waitForResponse(a);
    QVERIFY(ra && rb);
    QCOMPARE(ra->value(u"payload"_s).toObject().value(u"late"_s).toInt(), 1);
    QCOMPARE(rb->value(u"payload"_s).toObject().value(u"late"_s).toInt(), 2);
}

void TestWsDispatch::asyncFromWorkerThread()
{
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const auto response = client->waitForResponse(client->sendRequest(u"test.worker"_s));
    QVERIFY(response);
    QCOMPARE(response->value(u"payload"_s).toObject().value(u"from"_s).toString(), u"worker"_s);
}

void TestWsDispatch::failingHandlers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad params") << u"test.rpcError"_s << u"INVALID_REQUEST"_s << u"name must be a string"_s;
    QTest::newRow("std exception") << u"test.throw"_s << u"UNAVAILABLE"_s << u"internal error in method test.throw"_s;
    QTest::newRow("reject then resolve") << u"test.reject"_s << u"AGENT_TIMEOUT"_s << u"too slow"_s;
}

void TestWsDispatch::failingHandlers()
{
    QFETCH(QString, method);
    QFETCH(QString, code);
    QFETCH(QString, message);
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const QString id = client->sendRequest(method);
    const auto response = client->waitForResponse(id);
    QVERIFY(response);
    QCOMPARE(response->value(u"ok"_s).toBool(true), false);
    QCOMPARE(response->value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QCOMPARE(response->value(u"error"_s).toObject().value(u"message"_s).toString(), message);
    // The connection survives and there is exactly one answer.
    const auto next = client->waitForResponse(client->sendRequest(u"test.echo"_s));
    QVERIFY(next);
    QVERIFY(!client->waitForResponse(id, 0));
}

void TestWsDispatch::malformedAfterConnect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("closes");
    QTest::newRow("params array") << uR"({"type":"req","id":"m1","method":"test.echo","params":[]})"_s << false;
    QTest::newRow("no method") << uR"({"type":"req","id":"m1"})"_s << false;
    QTest::newRow("not json") << u"{oops"_s << true;
    QTest::newRow("no id") << uR"({"type":"req","method":"test.echo"})"_s << true;
    QTest::newRow("res frame") << uR"({"type":"res","id":"m1","ok":true})"_s << true;
}

void TestWsDispatch::malformedAfterConnect()
{
    QFETCH(QString, text);
    QFETCH(bool, closes);
    WsTestClient *client = connectClient();
    QVERIFY(client);
    client->sendText(text);
    if (closes) {
        QVERIFY(client->waitForClosed());
        QCOMPARE(client->closeCode(), 1002);
        return;
    }
    const auto response = client->waitForResponse(u"m1"_s);
    QVERIFY(response);
    QCOMPARE(response->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
    QVERIFY(!client->isClosed());
}

void TestWsDispatch::secondConnectIsRefused()
{
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const auto response = client->waitForResponse(client->sendRequest(u"connect"_s, {}));
    QVERIFY(response);
    QCOMPARE(response->value(u"error"_s).toObject().value(u"message"_s).toString(), u"already connected"_s);
    QVERIFY(!client->isClosed());
}

void TestWsDispatch::broadcastSequence()
{
    WsTestClient *a = connectClient();
    WsTestClient *b = connectClient();
    QVERIFY(a && b);
    WsTestClient pending; // not authenticated: gets no broadcasts
    QVERIFY(pending.open(m_harness->url()));
    QTRY_COMPARE(m_harness->server->clientCount(), 3);

    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_harness->server->broadcast(u"test.news"_s, QJsonObject{{u"i"_s, i}}), 2);
    QCOMPARE(m_harness->server->broadcast(u"not.registered"_s, QJsonObject{}), -1);

    for (WsTestClient *client : {a, b}) {
        qint64 lastSeq = 0;
        for (int i = 0; i < 3; ++i) {
            const auto event = client->waitForEvent(u"test.news"_s);
            QVERIFY(event);
            QCOMPARE(event->value(u"payload"_s).toObject().value(u"i"_s).toInt(), i);
            const qint64 seq = event->value(u"seq"_s).toInteger();
            QVERIFY2(seq > lastSeq, "seq must increase per connection");
            lastSeq = seq;
        }
    }
    QVERIFY(pending.waitForEvent(u"connect.challenge"_s));
    QVERIFY(!pending.waitForEvent(u"test.news"_s, 100));
}

void TestWsDispatch::sendEventToOneClient()
{
    QSignalSpy authenticated(m_harness->server.get(), &Ws::WsServer::clientAuthenticated);
    WsTestClient *a = connectClient();
    WsTestClient *b = connectClient();
    QVERIFY(a && b);
    QTRY_COMPARE(authenticated.size(), 2);
    const QString firstId = authenticated.at(0).at(0).toString();
    QVERIFY(m_harness->server->sendEvent(firstId, u"test.news"_s, QJsonObject{{u"only"_s, u"a"_s}}));
    QVERIFY(!m_harness->server->sendEvent(u"nope"_s, u"test.news"_s));
    QVERIFY(!m_harness->server->sendEvent(firstId, u"not.registered"_s));
    const auto event = a->waitForEvent(u"test.news"_s);
    QVERIFY(event);
    QCOMPARE(event->value(u"seq"_s).toInteger(), 1);
    QVERIFY(!b->waitForEvent(u"test.news"_s, 100));
}

void TestWsDispatch::tickArrives()
{
    Ws::WsServerConfig config;
    config.tickInterval = std::chrono::milliseconds(50);
    m_harness = std::make_unique<WsTestHarness>(config);
    QVERIFY(m_harness->listen());
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const auto first = client->waitForEvent(u"tick"_s, 3000);
    const auto second = client->waitForEvent(u"tick"_s, 3000);
    QVERIFY(first && second);
    QVERIFY(first->value(u"payload"_s).toObject().value(u"ts"_s).toInteger() > 0);
    QVERIFY(second->value(u"seq"_s).toInteger() > first->value(u"seq"_s).toInteger());
}

void TestWsDispatch::asyncReplyAfterClientLeft()
{
    QSignalSpy disconnected(m_harness->server.get(), &Ws::WsServer::clientDisconnected);
    WsTestClient *client = connectClient();
    QVERIFY(client);
    client->sendRequest(u"test.park"_s);
    QTRY_VERIFY(m_parked.has_value());
    QVERIFY(m_parked->isClientConnected());
    client->socket().abort();
    QTRY_COMPARE(m_harness->server->clientCount(), 0);
    QCOMPARE(disconnected.size(), 1);
    // Let the deleteLater() of the connection run, then answer into the void.
    QTest::qWait(10);
    QVERIFY(!m_parked->isClientConnected());
    QVERIFY(m_parked->resolve(QJsonObject{{u"too"_s, u"late"_s}}));
    QVERIFY(!m_parked->reject(Ws::RpcError::unavailable(u"twice"_s)));
    QVERIFY(m_parked->isDone());
}

void TestWsDispatch::droppedReplyAnswersUnavailable()
{
    WsTestClient *client = connectClient();
    QVERIFY(client);
    const auto response = client->waitForResponse(client->sendRequest(u"test.drop"_s));
    QVERIFY(response);
    QCOMPARE(response->value(u"ok"_s).toBool(true), false);
    QCOMPARE(response->value(u"error"_s).toObject().value(u"code"_s).toString(), u"UNAVAILABLE"_s);
}

void TestWsDispatch::slowConsumerIsDropped()
{
    Ws::WsServerConfig config;
    config.tickInterval = std::chrono::milliseconds(60'000);
    config.maxPayloadBytes = 4096;
    config.maxPreConnectPayloadBytes = 4096;
    config.maxBufferedBytes = 64 * 1024;
    m_harness = std::make_unique<WsTestHarness>(config);
    m_harness->registry.registerEvent(u"test.news"_s);
    QVERIFY(m_harness->listen());
    WsTestClient *client = connectClient();
    QVERIFY(client);
    // Without returning to the event loop nothing is flushed, as with a peer that stops reading.
    const QJsonObject payload{{u"blob"_s, QString(8 * 1024, u'x')}};
    int delivered = 0;
    for (int i = 0; i < 20; ++i)
        delivered += m_harness->server->broadcast(u"test.news"_s, payload);
    QVERIFY(delivered > 0);
    QVERIFY(delivered < 20);
    QVERIFY(client->waitForClosed());
    QCOMPARE(client->closeCode(), 1008);
    QCOMPARE(client->closeReason(), u"slow consumer"_s);
}

QTEST_GUILESS_MAIN(TestWsDispatch)
#include "tst_wsdispatch.moc"
