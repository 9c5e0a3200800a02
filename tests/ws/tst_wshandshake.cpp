// The connect handshake of GET /ws over real sockets: challenge, token check, timeout, wrong
// first frames, message size limits and the client cap.
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::WsTestClient;
using TestSupport::WsTestHarness;

namespace {

Ws::WsServerConfig fastConfig()
{
    Ws::WsServerConfig config;
    config.handshakeTimeout = std::chrono::milliseconds(5000);
    config.tickInterval = std::chrono::milliseconds(60'000);
    config.closeGracePeriod = std::chrono::milliseconds(500);
    return config;
}

QJsonObject connectParams(const QJsonValue &auth)
{
    QJsonObject params{{u"minProtocol"_s, 3}, {u"maxProtocol"_s, 3},
                       {u"client"_s, QJsonObject{{u"id"_s, u"cli"_s}, {u"version"_s, u"1"_s},
                                                 {u"platform"_s, u"linux"_s}, {u"mode"_s, u"cli"_s}}}};
    if (!auth.isUndefined())
        params.insert(u"auth"_s, auth);
    return params;
}

// Qt 6.4's QWebSocket client treats close codes 1012-2999 as invalid and reports 1002 instead,
// so the cap test reads the server's close frame off a raw TCP socket (RFC 6455 §5.2, §5.5.1).
int rawCloseCode(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.port()));
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return -1;
    socket.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"_ba);
    QByteArray data;
    const bool got = QTest::qWaitFor([&] {
        data += socket.readAll();
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        return headerEnd >= 0 && data.size() >= headerEnd + 4 + 4;
    }, 5000);
    if (!got || !data.startsWith("HTTP/1.1 101"))
        return -1;
    const QByteArray frame = data.mid(data.indexOf("\r\n\r\n") + 4);
    if (static_cast<quint8>(frame.at(0)) != 0x88) // FIN + opcode 0x8 (close)
        return -2;
    return (static_cast<quint8>(frame.at(2)) << 8) | static_cast<quint8>(frame.at(3));
}

} // namespace

class TestWsHandshake : public QObject
{
    Q_OBJECT

private slots:
    void challengeThenHelloOk();
    void badToken_data();
    void badToken();
    void tokenChangesAtRuntime();
    void noTokenConfiguredRefusesEveryone();
    void protocolMismatch();
    void handshakeTimeout();
    void wrongFirstFrame_data();
    void wrongFirstFrame();
    void oversizeMessage_data();
    void oversizeMessage();
    void clientCap();
    void originValidator();
};

void TestWsHandshake::challengeThenHelloOk()
{
    WsTestHarness harness(fastConfig());
    harness.registry.registerSyncMethod(u"health"_s, [](const QJsonObject &, const Ws::CallContext &) {
        return QJsonValue(QJsonObject{{u"ok"_s, true}});
    });
    harness.registry.registerEvent(u"chat"_s);
    harness.server->setSnapshotProvider([] { return QJsonObject{{u"health"_s, u"ok"_s}}; });
    QSignalSpy authenticated(harness.server.get(), &Ws::WsServer::clientAuthenticated);
    QVERIFY(harness.listen());

    WsTestClient client;
    QVERIFY(client.open(harness.url()));
    const auto challenge = client.nextFrame();
    QVERIFY(challenge);
    QCOMPARE(challenge->value(u"type"_s).toString(), u"event"_s);
    QCOMPARE(challenge->value(u"event"_s).toString(), u"connect.challenge"_s);
    const QJsonObject challengePayload = challenge->value(u"payload"_s).toObject();
    const QByteArray nonce = QByteArray::fromBase64(challengePayload.value(u"nonce"_s).toString().toLatin1(),
                                                    QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY2(nonce.size() >= 16, "nonce must carry at least 128 random bits, base64url");
    QVERIFY(qAbs(challengePayload.value(u"ts"_s).toInteger() - QDateTime::currentMSecsSinceEpoch()) < 60'000);

    const QString id = client.sendRequest(u"connect"_s, connectParams(QJsonObject{{u"token"_s, QString::fromUtf8(harness.operatorToken)}}));
    const auto response = client.waitForResponse(id);
    QVERIFY(response);
    QCOMPARE(response->value(u"ok"_s).toBool(), true);
    const QJsonObject hello = response->value(u"payload"_s).toObject();
    QCOMPARE(hello.value(u"type"_s).toString(), u"hello-ok"_s);
    QCOMPARE(hello.value(u"protocol"_s).toInt(), 3);
    QVERIFY(!hello.value(u"server"_s).toObject().value(u"connId"_s).toString().isEmpty());
    QVERIFY(!hello.value(u"server"_s).toObject().value(u"version"_s).toString().isEmpty());
    const QJsonObject features = hello.value(u"features"_s).toObject();
    QVERIFY(features.value(u"methods"_s).toArray().contains(u"health"_s));
    QVERIFY(!features.value(u"methods"_s).toArray().contains(u"connect"_s));
    QVERIFY(features.value(u"events"_s).toArray().contains(u"tick"_s));
    QVERIFY(features.value(u"events"_s).toArray().contains(u"chat"_s));
    const QJsonObject policy = hello.value(u"policy"_s).toObject();
    QCOMPARE(policy.value(u"tickIntervalMs"_s).toInteger(), 60'000);
    QCOMPARE(policy.value(u"maxPayload"_s).toInteger(), 512 * 1024);
    QVERIFY(policy.value(u"maxBufferedBytes"_s).toInteger() > 0);
    QCOMPARE(hello.value(u"snapshot"_s).toObject().value(u"health"_s).toString(), u"ok"_s);
    QVERIFY(hello.value(u"snapshot"_s).toObject().contains(u"uptimeMs"_s));
    QCOMPARE(hello.value(u"auth"_s).toObject().value(u"role"_s).toString(), u"operator"_s);

    QTRY_COMPARE(authenticated.size(), 1);
    QCOMPARE(authenticated.at(0).at(1).value<Ws::ClientInfo>().id, u"cli"_s);
    QCOMPARE(harness.server->authenticatedClientCount(), 1);
    QVERIFY(!client.isClosed());
}

void TestWsHandshake::badToken_data()
{
    QTest::addColumn<QJsonValue>("auth");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong") << QJsonValue(QJsonObject{{u"token"_s, u"not-the-token"_s}}) << u"mismatch"_s;
    QTest::newRow("prefix") << QJsonValue(QJsonObject{{u"token"_s, u"test-operator"_s}}) << u"mismatch"_s;
    QTest::newRow("empty") << QJsonValue(QJsonObject{{u"token"_s, QString()}}) << u"missing"_s;
    QTest::newRow("no auth") << QJsonValue(QJsonValue::Undefined) << u"missing"_s;
    QTest::newRow("token not string") << QJsonValue(QJsonObject{{u"token"_s, 12}}) << u"auth.token"_s;
}

void TestWsHandshake::badToken()
{
    QFETCH(QJsonValue, auth);
    QFETCH(QString, messagePart);
    WsTestHarness harness(fastConfig());
    QVERIFY(harness.listen());

    WsTestClient client;
    QVERIFY(client.open(harness.url()));
    QVERIFY(client.waitForEvent(u"connect.challenge"_s));
    const auto response = client.waitForResponse(client.sendRequest(u"connect"_s, connectParams(auth)));
    QVERIFY(response);
    QCOMPARE(response->value(u"ok"_s).toBool(true), false);
    const QJsonObject error = response->value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(messagePart), qPrintable(error.value(u"message"_s).toString()));
    QVERIFY(!error.value(u"message"_s).toString().contains(QString::fromUtf8(harness.operatorToken)));
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.closeCode(), 1008);
    QVERIFY(!client.closeReason().isEmpty());
    QTRY_COMPARE(harness.server->clientCount(), 0);
}

void TestWsHandshake::tokenChangesAtRuntime()
{
    WsTestHarness harness(fastConfig());
    QVERIFY(harness.listen());
    const QString oldToken = QString::fromUtf8(harness.operatorToken);
    harness.operatorToken = "rotated-token"_ba;

    WsTestClient stale;
    const auto refused = stale.connectWithToken(harness.url(), oldToken);
    QVERIFY(refused);
    QCOMPARE(refused->value(u"ok"_s).toBool(true), false);

    WsTestClient fresh;
    const auto accepted = fresh.connectWithToken(harness.url(), u"rotated-token"_s);
    QVERIFY(accepted);
    QCOMPARE(accepted->value(u"ok"_s).toBool(), true);
}

void TestWsHandshake::noTokenConfiguredRefusesEveryone()
{
    WsTestHarness harness(fastConfig());
    harness.operatorToken.clear();
    QVERIFY(harness.listen());
    WsTestClient client;
    const auto response = client.connectWithToken(harness.url(), QString());
    QVERIFY(response);
    QCOMPARE(response->value(u"ok"_s).toBool(true), false);
    QVERIFY(response->value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"not configured"_s));
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.closeCode(), 1008);
}

void TestWsHandshake::protocolMismatch()
{
    WsTestHarness harness(fastConfig());
    QVERIFY(harness.listen());
    WsTestClient client;
    QVERIFY(client.open(harness.url()));
    QJsonObject params = connectParams(QJsonObject{{u"token"_s, QString::fromUtf8(harness.operatorToken)}});
    params.insert(u"minProtocol"_s, 4);
    params.insert(u"maxProtocol"_s, 4);
    const auto response = client.waitForResponse(client.sendRequest(u"connect"_s, params));
    QVERIFY(response);
    const QJsonObject error = response->value(u"error"_s).toObject();
    QCOMPARE(error.value(u"message"_s).toString(), u"protocol mismatch"_s);
    QCOMPARE(error.value(u"details"_s).toObject().value(u"expectedProtocol"_s).toInt(), 3);
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.closeCode(), 1002);
}

void TestWsHandshake::handshakeTimeout()
{
    Ws::WsServerConfig config = fastConfig();
    config.handshakeTimeout = std::chrono::milliseconds(200);
    WsTestHarness harness(config);
    QVERIFY(harness.listen());
    WsTestClient client;
    QVERIFY(client.open(harness.url()));
    QVERIFY(client.waitForEvent(u"connect.challenge"_s));
    QVERIFY(client.waitForClosed(3000));
    QCOMPARE(client.closeCode(), 1008);
    QCOMPARE(client.closeReason(), u"handshake timeout"_s);
    QTRY_COMPARE(harness.server->clientCount(), 0);
}

void TestWsHandshake::wrongFirstFrame_data()
{
    QTest::addColumn<QString>("text");       // empty: send a binary frame instead
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<bool>("expectResponse");
    QTest::newRow("not json") << u"hello"_s << 1002 << false;
    QTest::newRow("json array") << u"[1]"_s << 1002 << false;
    QTest::newRow("binary") << QString() << 1002 << false;
    QTest::newRow("event frame") << uR"({"type":"event","event":"x"})"_s << 1008 << false;
    QTest::newRow("req without id") << uR"({"type":"req","method":"connect"})"_s << 1008 << false;
    QTest::newRow("other method") << uR"({"type":"req","id":"1","method":"health"})"_s << 1008 << true;
}

void TestWsHandshake::wrongFirstFrame()
{
    QFETCH(QString, text);
    QFETCH(int, closeCode);
    QFETCH(bool, expectResponse);
    WsTestHarness harness(fastConfig());
    harness.registry.registerSyncMethod(u"health"_s, [](const QJsonObject &, const Ws::CallContext &) {
        return QJsonValue(true);
    });
    QVERIFY(harness.listen());
    WsTestClient client;
    QVERIFY(client.open(harness.url()));
    QVERIFY(client.waitForEvent(u"connect.challenge"_s));
    if (text.isEmpty())
        client.sendBinary("\x01\x02"_ba);
    else
        client.sendText(text);
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.closeCode(), closeCode);
    QVERIFY(!client.closeReason().isEmpty());
    const auto response = client.waitForResponse(u"1"_s, 0);
    QCOMPARE(response.has_value(), expectResponse);
    if (response) {
        QCOMPARE(response->value(u"ok"_s).toBool(true), false);
        QCOMPARE(response->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
    }
}

void TestWsHandshake::oversizeMessage_data()
{
    QTest::addColumn<bool>("authenticateFirst");
    QTest::addColumn<int>("bytes");
    QTest::newRow("600 KiB after connect") << true << 600 * 1024;
    QTest::newRow("100 KiB before connect") << false << 100 * 1024;
}

void TestWsHandshake::oversizeMessage()
{
    QFETCH(bool, authenticateFirst);
    QFETCH(int, bytes);
    WsTestHarness harness(fastConfig());
    harness.registry.registerSyncMethod(u"echo"_s, [](const QJsonObject &params, const Ws::CallContext &) {
        return QJsonValue(params);
    });
    QVERIFY(harness.listen());
    WsTestClient client;
    if (authenticateFirst) {
        const auto hello = client.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
        // Just under the limit still works: the limit is the real one, not something smaller.
        const QString fits = client.sendRequest(u"echo"_s, {{u"blob"_s, QString(400 * 1024, u'a')}});
        const auto echoed = client.waitForResponse(fits);
        QVERIFY(echoed);
        QCOMPARE(echoed->value(u"ok"_s).toBool(), true);
    } else {
        QVERIFY(client.open(harness.url()));
    }
    client.sendRequest(u"echo"_s, {{u"blob"_s, QString(bytes, u'a')}});
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.closeCode(), 1009);
    QTRY_COMPARE(harness.server->clientCount(), 0);
}

void TestWsHandshake::clientCap()
{
    Ws::WsServerConfig config = fastConfig();
    config.maxClients = 2;
    WsTestHarness harness(config);
    QSignalSpy counts(harness.server.get(), &Ws::WsServer::clientCountChanged);
    QSignalSpy rejected(harness.server.get(), &Ws::WsServer::connectionRejected);
    QVERIFY(harness.listen());

    WsTestClient first;
    WsTestClient second;
    QVERIFY(first.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken)));
    QVERIFY(second.open(harness.url())); // unauthenticated clients count too
    QTRY_COMPARE(harness.server->clientCount(), 2);

    QCOMPARE(rawCloseCode(harness.url()), 1013); // "Try Again Later"
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(harness.server->rejectedConnectionCount(), 1u);
    QCOMPARE(harness.server->clientCount(), 2);

    // A slot frees up once a client leaves.
    first.socket().close();
    QTRY_COMPARE(harness.server->clientCount(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    WsTestClient fourth;
    const auto hello = fourth.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken));
    QVERIFY(hello);
    QCOMPARE(hello->value(u"ok"_s).toBool(), true);
    QCOMPARE(harness.server->clientCount(), 2);
}

void TestWsHandshake::originValidator()
{
    WsTestHarness harness(fastConfig());
    QStringList seen;
    harness.server->setOriginValidator([&seen](const QString &origin) {
        seen.append(origin);
        return origin == u"http://127.0.0.1:8787"_s;
    });
    QVERIFY(harness.listen());

    WsTestClient evil(u"https://evil.example"_s);
    QVERIFY(evil.open(harness.url()) || evil.isClosed());
    QVERIFY(evil.waitForClosed());
    QCOMPARE(evil.closeCode(), 1008);
    QCOMPARE(evil.closeReason(), u"origin not allowed"_s);
    QVERIFY(!evil.waitForEvent(u"connect.challenge"_s, 0));

    WsTestClient good(u"http://127.0.0.1:8787"_s);
    const auto hello = good.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken));
    QVERIFY(hello);
    QCOMPARE(hello->value(u"ok"_s).toBool(), true);
    QCOMPARE(seen, (QStringList{u"https://evil.example"_s, u"http://127.0.0.1:8787"_s}));
}

QTEST_GUILESS_MAIN(TestWsHandshake)
#include "tst_wshandshake.moc"
