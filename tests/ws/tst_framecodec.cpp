// Pure parts of the WebSocket protocol: frame parsing/encoding, connect params, the token
// compare and the method registry's error handling. No sockets.
#include "ws/connectparams.h"
#include "ws/framecodec.h"
#include "ws/methodregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Ws;

Q_DECLARE_METATYPE(IncomingFrame::Kind)

class TestFrameCodec : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void encode();
    void connectParams_data();
    void connectParams();
    void registryRejectsBadNames();
    void registryUnknownMethodAndThrowingHandlers();
};

void TestFrameCodec::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<IncomingFrame::Kind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("method");

    using K = IncomingFrame::Kind;
    QTest::newRow("good") << R"({"type":"req","id":"1","method":"health","params":{"a":1}})"_ba
                          << K::Request << u"1"_s << u"health"_s;
    QTest::newRow("no params") << R"({"type":"req","id":"x","method":"status"})"_ba << K::Request
                               << u"x"_s << u"status"_s;
    QTest::newRow("null params") << R"({"type":"req","id":"x","method":"m","params":null})"_ba
                                 << K::Request << u"x"_s << u"m"_s;
    QTest::newRow("not json") << "hello"_ba << K::Malformed << QString() << QString();
    QTest::newRow("empty") << ""_ba << K::Malformed << QString() << QString();
    QTest::newRow("array") << "[1,2]"_ba << K::Malformed << QString() << QString();
    QTest::newRow("event") << R"({"type":"event","event":"x"})"_ba << K::NotRequest << QString()
                           << QString();
    QTest::newRow("no type") << R"({"id":"1","method":"m"})"_ba << K::NotRequest << QString()
                             << QString();
    QTest::newRow("numeric id") << R"({"type":"req","id":1,"method":"m"})"_ba << K::InvalidRequest
                                << QString() << QString();
    QTest::newRow("empty id") << R"({"type":"req","id":"","method":"m"})"_ba << K::InvalidRequest
                              << QString() << QString();
    QTest::newRow("no method") << R"({"type":"req","id":"7"})"_ba << K::InvalidRequest << u"7"_s
                               << QString();
    QTest::newRow("array params") << R"({"type":"req","id":"7","method":"m","params":[1]})"_ba
                                  << K::InvalidRequest << u"7"_s << u"m"_s;
}

void TestFrameCodec::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(IncomingFrame::Kind, kind);
    QFETCH(QString, id);
    QFETCH(QString, method);

    const IncomingFrame frame = FrameCodec::parse(input);
    QCOMPARE(frame.kind, kind);
    QCOMPARE(frame.id, id);
    QCOMPARE(frame.method, method);
    QCOMPARE(frame.problem.isEmpty(), kind == IncomingFrame::Kind::Request);
}

void TestFrameCodec::encode()
{
    const QJsonObject ok = QJsonDocument::fromJson(FrameCodec::response(u"a"_s, QJsonObject{{u"x"_s, 1}})).object();
    QCOMPARE(ok.value(u"type"_s).toString(), u"res"_s);
    QCOMPARE(ok.value(u"id"_s).toString(), u"a"_s);
    QCOMPARE(ok.value(u"ok"_s).toBool(), true);
    QCOMPARE(ok.value(u"payload"_s).toObject().value(u"x"_s).toInt(), 1);

    RpcError error = RpcError::unavailable(u"busy"_s);
    error.setRetryable(true, 250);
    const QJsonObject bad = QJsonDocument::fromJson(FrameCodec::errorResponse(u"b"_s, error)).object();
    QCOMPARE(bad.value(u"ok"_s).toBool(true), false);
    QVERIFY(!bad.contains(u"payload"_s));
    const QJsonObject shape = bad.value(u"error"_s).toObject();
    QCOMPARE(shape.value(u"code"_s).toString(), u"UNAVAILABLE"_s);
    QCOMPARE(shape.value(u"message"_s).toString(), u"busy"_s);
    QCOMPARE(shape.value(u"retryable"_s).toBool(), true);
    QCOMPARE(shape.value(u"retryAfterMs"_s).toInteger(), 250);

    const QJsonObject event = QJsonDocument::fromJson(FrameCodec::event(u"tick"_s, QJsonObject{}, 5)).object();
    QCOMPARE(event.value(u"type"_s).toString(), u"event"_s);
    QCOMPARE(event.value(u"seq"_s).toInteger(), 5);
    const QJsonObject noSeq = QJsonDocument::fromJson(FrameCodec::event(u"e"_s, QJsonObject{}, -1)).object();
    QVERIFY(!noSeq.contains(u"seq"_s));
}

void TestFrameCodec::connectParams_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("mismatch");
    QTest::addColumn<QString>("token");

    QTest::newRow("full") << R"({"minProtocol":3,"maxProtocol":3,"client":{"id":"cli","version":"1","platform":"linux","mode":"cli"},"role":"operator","scopes":["operator.read"],"auth":{"token":"t"},"caps":[],"device":{"id":"d"}})"_ba
                          << true << false << u"t"_s;
    QTest::newRow("minimal") << R"({"auth":{"token":"t"}})"_ba << true << false << u"t"_s;
    QTest::newRow("range incl 3") << R"({"minProtocol":1,"maxProtocol":4})"_ba << true << false << QString();
    QTest::newRow("too new") << R"({"minProtocol":4,"maxProtocol":5})"_ba << false << true << QString();
    QTest::newRow("too old") << R"({"minProtocol":1,"maxProtocol":2})"_ba << false << true << QString();
    QTest::newRow("inverted") << R"({"minProtocol":3,"maxProtocol":1})"_ba << false << false << QString();
    QTest::newRow("string protocol") << R"({"minProtocol":"3"})"_ba << false << false << QString();
    QTest::newRow("fraction") << R"({"minProtocol":2.5})"_ba << false << false << QString();
    QTest::newRow("client not object") << R"({"client":"cli"})"_ba << false << false << QString();
    QTest::newRow("client id number") << R"({"client":{"id":5}})"_ba << false << false << QString();
    QTest::newRow("scopes not array") << R"({"scopes":"a"})"_ba << false << false << QString();
    QTest::newRow("token number") << R"({"auth":{"token":5}})"_ba << false << false << QString();
    QTest::newRow("auth string") << R"({"auth":"t"})"_ba << false << false << QString();
}

void TestFrameCodec::connectParams()
{
    QFETCH(QByteArray, params);
    QFETCH(bool, valid);
    QFETCH(bool, mismatch);
    QFETCH(QString, token);

    ConnectParams parsed;
    const std::optional<RpcError> error = ConnectParams::parse(QJsonDocument::fromJson(params).object(), &parsed);
    QCOMPARE(!error.has_value(), valid);
    QCOMPARE(parsed.protocolMismatch(), mismatch);
    if (error) {
        QCOMPARE(error->code(), u"INVALID_REQUEST"_s);
        QVERIFY(!error->message().isEmpty());
    } else {
        QCOMPARE(parsed.token().value_or(QString()), token);
        QCOMPARE(parsed.client().protocol, 3);
        QCOMPARE(parsed.client().role, u"operator"_s);
    }
}

void TestFrameCodec::registryRejectsBadNames()
{
    MethodRegistry registry;
    auto noop = [](const QJsonObject &, const CallContext &) { return QJsonValue(); };
    QVERIFY(registry.registerSyncMethod(u"a.b"_s, noop));
    QVERIFY(!registry.registerSyncMethod(u"a.b"_s, noop));
    QVERIFY(!registry.registerSyncMethod(u"connect"_s, noop));
    QVERIFY(!registry.registerSyncMethod(QString(), noop));
    QVERIFY(!registry.registerMethod(u"c"_s, MethodRegistry::Handler()));
    QVERIFY(registry.registerSyncMethod(u"0first"_s, noop));
    QCOMPARE(registry.methods(), (QStringList{u"0first"_s, u"a.b"_s}));
    QVERIFY(registry.registerEvent(u"chat"_s));
    QVERIFY(registry.registerEvent(u"chat"_s));
    QVERIFY(!registry.registerEvent(QString()));
    QCOMPARE(registry.events(), QStringList{u"chat"_s});
    QVERIFY(registry.unregisterMethod(u"a.b"_s));
    QVERIFY(!registry.hasMethod(u"a.b"_s));
}

void TestFrameCodec::registryUnknownMethodAndThrowingHandlers()
{
    // Replies without a connection are inert; the registry must still never let an exception out.
    MethodRegistry registry;
    registry.registerSyncMethod(u"std"_s, [](const QJsonObject &, const CallContext &) -> QJsonValue {
        throw std::runtime_error("boom");
    });
    registry.registerSyncMethod(u"rpc"_s, [](const QJsonObject &, const CallContext &) -> QJsonValue {
        throw RpcError::invalidRequest(u"bad"_s);
    });
    registry.registerMethod(u"int"_s, [](const QJsonObject &, const CallContext &, Reply) { throw 42; });
    for (const QString &method : {u"std"_s, u"rpc"_s, u"int"_s, u"missing"_s}) {
        CallContext context;
        context.method = method;
        Reply reply(nullptr, u"id"_s);
        registry.invoke({}, context, reply);
        QVERIFY2(reply.isDone(), qPrintable(method));
        QVERIFY(!reply.resolve()); // already answered with an error: exactly once
    }
}

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
