// The gateway object on its own thread, driven the way the app drives it: GatewayThread start,
// real HTTP and WebSocket clients on 127.0.0.1, queued status signals, clean stop.
#include "base/eventlog.h"
#include "core/gateway.h"
#include "host/gatewaythread.h"
#include "core/schemamigrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
const QString kToken = u"0123456789abcdef0123456789abcdef0123456789abcdef"_s;

Core::GatewayOptions optionsFor(const QString &dataDir, quint16 port = 0)
{
    Core::GatewayOptions options;
    options.dataDir = dataDir;
    options.listen = Config::ListenAddress(QHostAddress::LocalHost, port);
    options.operatorToken = [] { return kToken; };
    return options;
}

QJsonObject waitForJson(QWebSocket &socket, QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(5000))
        return {};
    const QString text = spy.takeFirst().at(0).toString();
    Q_UNUSED(socket);
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

class TestGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnItsOwnThreadAndServes();
    void webSocketHandshakeAndMethods();
    void refusesForeignOrigin();
    void destroyedWhileRunning();
    void reportsPortInUse();
    void reportsStorageFailure();
    void inProcessCallsAndEvents();
};

void TestGateway::inProcessCallsAndEvents()
{
    // The panel's path: the same methods as over /ws, called in-process, answers queued back.
    QTemporaryDir dir;
    Host::GatewayThread thread;
    QSignalSpy listening(&thread, &Host::GatewayThread::listening);
    QSignalSpy events(&thread, &Host::GatewayThread::gatewayEvent);
    Core::GatewayOptions options = optionsFor(dir.path());
    options.settings.ai.fallbackModels.clear();
    thread.start(options);
    QVERIFY(listening.wait(10000));

    struct Answer
    {
        bool done = false;
        QJsonValue payload;
        std::optional<Ws::RpcError> error;
    };
    auto call = [&thread](const QString &method, const QJsonObject &params) {
        auto answer = std::make_shared<Answer>();
        thread.call(method, params, &thread, [answer](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
            answer->done = true;
            answer->payload = payload;
            answer->error = error;
        });
        return answer;
    };

    auto health = call(u"health"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(health->done, 5000);
    QVERIFY(!health->error);
    // No provider key here: running, "degraded", and the problem says what fixes it.
    const QJsonObject healthDoc = health->payload.toObject();
    QCOMPARE(healthDoc.value(u"status"_s).toString(), u"degraded"_s);
    const QJsonArray problems = healthDoc.value(u"problems"_s).toArray();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().toObject().value(u"severity"_s).toString(), u"error"_s);
    QVERIFY2(problems.first().toObject().value(u"message"_s).toString().contains(u"ANTHROPIC_API_KEY is not set"_s),
             qPrintable(problems.first().toObject().value(u"message"_s).toString()));

    auto unknown = call(u"no.such.method"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(unknown->done, 5000);
    QVERIFY(unknown->error);

    auto bad = call(u"chat.send"_s, {{u"sessionKey"_s, u"nonsense"_s}, {u"message"_s, u"hi"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(bad->done, 5000);
    QVERIFY(bad->error);
    QCOMPARE(bad->error->code(), Ws::RpcError::kInvalidRequest);

    // No ANTHROPIC_API_KEY: the run ends with an error in words, delivered as a chat event.
    auto sent = call(u"chat.send"_s, {{u"sessionKey"_s, u"webchat:panel"_s}, {u"message"_s, u"hi"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(sent->done, 5000);
    QVERIFY(!sent->error);
    QCOMPARE(sent->payload.toObject().value(u"status"_s).toString(), u"started"_s);
    const QString runId = sent->payload.toObject().value(u"runId"_s).toString();
    auto finalEvent = [&events, &runId]() -> QJsonObject {
        for (const auto &args : std::as_const(events)) {
            const QJsonObject payload = args.at(1).toJsonValue().toObject();
            if (args.at(0).toString() == u"chat"_s && payload.value(u"runId"_s).toString() == runId
                && payload.value(u"state"_s).toString() != u"delta"_s)
                return payload;
        }
        return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!finalEvent().isEmpty(), 10000);
    QCOMPARE(finalEvent().value(u"state"_s).toString(), u"error"_s);
    QVERIFY2(finalEvent().value(u"errorMessage"_s).toString().contains(u"ANTHROPIC_API_KEY"_s)
                 || finalEvent().value(u"errorMessage"_s).toString().contains(u"API key"_s),
             qPrintable(finalEvent().value(u"errorMessage"_s).toString()));

    QSignalSpy stopped(&thread, &Host::GatewayThread::stopped);
    thread.stop();
    QVERIFY(stopped.wait(10000));
    auto late = call(u"health"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(late->done, 5000);
    QVERIFY(late->error);
}

void TestGateway::runsOnItsOwnThreadAndServes()
{
    QTemporaryDir dir;
    Host::GatewayThread thread;
    QSignalSpy listening(&thread, &Host::GatewayThread::listening);
    QSignalSpy status(&thread, &Host::GatewayThread::statusChanged);
    thread.start(optionsFor(dir.path()));
    QVERIFY(listening.wait(10000));
    const QString url = listening.first().at(0).toString();
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(thread.gateway());
    QVERIFY(thread.gateway()->thread() != QThread::currentThread());

    // Status snapshots arrive on this thread as values.
    QTRY_VERIFY(!status.isEmpty());
    const auto last = status.last().at(0).value<Control::GatewayStatus>();
    QCOMPARE(last.state, Control::GatewayStatus::State::Running);
    QCOMPARE(last.url, url);
    QCOMPARE(last.health.value(u"status"_s).toString(), u"degraded"_s); // no provider key here

    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(url + u"/healthz"_s))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("X-Frame-Options"), "DENY"_ba);
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    for (const char *key : {"status", "version", "uptimeSeconds", "storage", "channels", "providers"})
        QVERIFY2(health.contains(QLatin1StringView(key)), key);
    QCOMPARE(health.value(u"storage"_s).toObject().value(u"schemaVersion"_s).toInt(),
             int(Core::SchemaMigrations::all().size()));
    QVERIFY(QFile::exists(dir.filePath(u"moltdesk.db"_s)));

    std::unique_ptr<QNetworkReply> metrics(nam.get(QNetworkRequest(QUrl(url + u"/metrics"_s))));
    QTRY_VERIFY_WITH_TIMEOUT(metrics->isFinished(), 5000);
    const QByteArray text = metrics->readAll();
    QVERIFY(text.contains("moltdesk_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"));
    QVERIFY(text.contains("# TYPE moltdesk_webhook_rejected_total counter"));
    QVERIFY(text.contains("# TYPE moltdesk_queue_depth gauge"));

    QSignalSpy stopped(&thread, &Host::GatewayThread::stopped);
    thread.stop();
    QVERIFY(stopped.wait(10000));
    QVERIFY(!thread.isRunning());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, QUrl(url).port());
    QVERIFY(!probe.waitForConnected(2000));
}

void TestGateway::webSocketHandshakeAndMethods()
{
    QTemporaryDir dir;
    Host::GatewayThread thread;
    QSignalSpy listening(&thread, &Host::GatewayThread::listening);
    thread.start(optionsFor(dir.path()));
    QVERIFY(listening.wait(10000));
    QString wsUrl = listening.first().at(0).toString();
    wsUrl.replace(u"http://"_s, u"ws://"_s);

    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    socket.open(QUrl(wsUrl + u"/ws"_s));
    const QJsonObject challenge = waitForJson(socket, messages);
    QCOMPARE(challenge.value(u"event"_s).toString(), u"connect.challenge"_s);

    const QJsonObject connect{{u"type"_s, u"req"_s}, {u"id"_s, u"1"_s}, {u"method"_s, u"connect"_s},
                              {u"params"_s, QJsonObject{{u"minProtocol"_s, 3}, {u"maxProtocol"_s, 3},
                                                        {u"auth"_s, QJsonObject{{u"token"_s, kToken}}}}}};
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(connect).toJson(QJsonDocument::Compact)));
    const QJsonObject hello = waitForJson(socket, messages);
    QVERIFY2(hello.value(u"ok"_s).toBool(), QJsonDocument(hello).toJson().constData());
    const QJsonObject payload = hello.value(u"payload"_s).toObject();
    QCOMPARE(payload.value(u"type"_s).toString(), u"hello-ok"_s);
    const QJsonArray methods = payload.value(u"features"_s).toObject().value(u"methods"_s).toArray();
    for (const char *method : {"health", "status", "sessions.list", "sessions.delete", "chat.history", "usage.status",
                               "usage.cost", "queue.status", "queue.dead", "queue.retry"})
        QVERIFY2(methods.contains(QLatin1StringView(method)), method);
    QVERIFY(payload.value(u"features"_s).toObject().value(u"events"_s).toArray().contains(u"tick"_s));

    const QJsonObject status{{u"type"_s, u"req"_s}, {u"id"_s, u"2"_s}, {u"method"_s, u"status"_s}};
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)));
    const QJsonObject res = waitForJson(socket, messages);
    QCOMPARE(res.value(u"id"_s).toString(), u"2"_s);
    QVERIFY(res.value(u"ok"_s).toBool());
    QCOMPARE(res.value(u"payload"_s).toObject().value(u"url"_s).toString(), listening.first().at(0).toString());
    QCOMPARE(res.value(u"payload"_s).toObject().value(u"wsClients"_s).toInt(), 1);

    const QJsonObject list{{u"type"_s, u"req"_s}, {u"id"_s, u"3"_s}, {u"method"_s, u"sessions.list"_s}};
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    const QJsonObject sessions = waitForJson(socket, messages);
    QCOMPARE(sessions.value(u"id"_s).toString(), u"3"_s);
    QVERIFY2(sessions.value(u"ok"_s).toBool(), QJsonDocument(sessions).toJson().constData());

    QSignalSpy stopped(&thread, &Host::GatewayThread::stopped);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    thread.stop();
    QVERIFY(stopped.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

void TestGateway::refusesForeignOrigin()
{
    QTemporaryDir dir;
    Host::GatewayThread thread;
    QSignalSpy listening(&thread, &Host::GatewayThread::listening);
    thread.start(optionsFor(dir.path()));
    QVERIFY(listening.wait(10000));
    QString wsUrl = listening.first().at(0).toString().replace(u"http://"_s, u"ws://"_s) + u"/ws"_s;

    for (const auto &[origin, allowed] : {std::pair{u"https://evil.example"_s, false},
                                         std::pair{u"http://localhost:5173"_s, true}}) {
        QWebSocket socket(origin);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(wsUrl));
        if (allowed) {
            QVERIFY(messages.wait(5000)); // the challenge
        } else {
            QVERIFY(disconnected.wait(5000));
            QVERIFY(messages.isEmpty());
            QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        }
    }
}

void TestGateway::destroyedWhileRunning()
{
    // The last-resort path at process exit: no stop() first. Nothing may crash or leak a socket.
    QTemporaryDir dir;
    quint16 port = 0;
    {
        Host::GatewayThread thread;
        QSignalSpy listening(&thread, &Host::GatewayThread::listening);
        thread.start(optionsFor(dir.path()));
        QVERIFY(listening.wait(10000));
        port = QUrl(listening.first().at(0).toString()).port();
    }
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000));
}

void TestGateway::reportsPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    Host::GatewayThread thread;
    QSignalSpy failed(&thread, &Host::GatewayThread::startFailed);
    thread.start(optionsFor(dir.path(), occupier.serverPort()));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().startsWith(u"cannot listen on 127.0.0.1:"_s),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(failed.first().at(1).toInt(), 1);
}

void TestGateway::reportsStorageFailure()
{
    QTemporaryDir dir;
    // A data "directory" that is a regular file cannot hold the database.
    const QString notADir = dir.filePath(u"file"_s);
    QFile file(notADir);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Host::GatewayThread thread;
    QSignalSpy failed(&thread, &Host::GatewayThread::startFailed);
    thread.start(optionsFor(notADir));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().startsWith(u"storage: "_s), qPrintable(failed.first().at(0).toString()));
}

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
