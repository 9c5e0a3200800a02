// Process-level tests of headless operation: the listening line, /healthz, /metrics, signals,
// the no-display fallback, non-loopback token rules, the WebSocket handshake and the operator
// token file (CONTRACT.md "Command line", "HTTP surface", "WebSocket protocol"; docs/secrets.md).
#include "support/apphttp.h"
#include "support/appprocess.h"
#include "support/wstestclient.h"

#include "core/version.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppHttp;
using Moltdesk::TestSupport::AppProcess;
using Moltdesk::TestSupport::WsTestClient;

namespace {

const QString kBinary = QStringLiteral(MOLTDESK_BINARY);
const QString kToken = u"apptests-operator-token-0123456789abcdef-XYZ"_s; // 44 characters

QStringList headlessArgs(const QString &dataDir, const QString &listen = u"127.0.0.1:0"_s)
{
    return {u"--headless"_s, u"--data-dir"_s, dataDir, u"--listen"_s, listen};
}

QProcessEnvironment environmentWithToken(const QString &token)
{
    QProcessEnvironment env = AppProcess::cleanEnvironment();
    env.insert(u"MOLTDESK_TOKEN"_s, token);
    return env;
}

QUrl wsUrl(quint16 port)
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    url.setPath(u"/ws"_s);
    return url;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void servesHealthMetricsAndErrors()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        QVERIFY(app.start(headlessArgs(data.path())));
        const QUrl url = app.waitForListening();
        QVERIFY2(url.isValid(), app.transcript().constData());
        static const QRegularExpression line(u"^listening on http://127\\.0\\.0\\.1:([1-9][0-9]*)\\n"_s,
                                             QRegularExpression::MultilineOption);
        QVERIFY2(line.match(QString::fromLocal8Bit(app.stdOut())).hasMatch(), app.stdOut().constData());

        const auto health = AppHttp::get(app.port(), "/healthz");
        QCOMPARE(health.status, 200);
        QVERIFY(health.header("content-type").startsWith("application/json"));
        const QJsonObject doc = AppHttp::json(health);
        QCOMPARE(doc.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(doc.value(u"version"_s).toString(), QLatin1StringView(Moltdesk::Core::kVersion));
        QVERIFY(doc.value(u"uptimeSeconds"_s).isDouble());
        QVERIFY(doc.value(u"uptimeSeconds"_s).toDouble() >= 0);
        QCOMPARE(doc.value(u"storage"_s).toObject().value(u"status"_s).toString(), u"ok"_s);
        const QJsonObject channels = doc.value(u"channels"_s).toObject();
        for (const QString &name : {u"telegram"_s, u"discord"_s, u"whatsapp"_s})
            QVERIFY2(channels.value(name).isObject(), qPrintable(name));
        QVERIFY(doc.value(u"providers"_s).isObject());

        const auto metrics = AppHttp::get(app.port(), "/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.header("content-type").startsWith("text/plain"), metrics.header("content-type").constData());
        QVERIFY(metrics.body.contains("# TYPE moltdesk_http_requests_total counter"));
        QVERIFY(metrics.body.contains("\nmoltdesk_http_requests_total{"));
        QVERIFY(metrics.body.contains("\nmoltdesk_uptime_seconds "));

        const auto missing = AppHttp::get(app.port(), "/no/such/route");
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.header("content-type").startsWith("application/json"));
        QVERIFY(AppHttp::json(missing).contains(u"error"_s));

        const auto wrongMethod = AppHttp::request(app.port(), "DELETE", "/healthz");
        QCOMPARE(wrongMethod.status, 405);

        // Every response, errors included, carries the three security headers.
        for (const auto *response : {&health, &metrics, &missing, &wrongMethod}) {
            QCOMPARE(response->header("content-security-policy"), "default-src 'self'"_ba);
            QCOMPARE(response->header("x-frame-options"), "DENY"_ba);
            QCOMPARE(response->header("x-content-type-options"), "nosniff"_ba);
        }

        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void stopsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void stopsCleanlyOnSignal()
    {
        QFETCH(int, signal);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            AppProcess app(kBinary);
            QVERIFY(app.start(headlessArgs(data.path())));
            QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
            QCOMPARE(AppHttp::get(app.port(), "/healthz").status, 200);
            QVERIFY(app.sendSignal(signal));
            QCOMPARE(app.waitForExit(5000), 0);
            const QByteArray log = readAll(data.filePath(u"logs/moltdesk.log"_s));
            QVERIFY2(log.contains(QByteArray("signal " + QByteArray::number(signal) + " received")), log.constData());
            QVERIFY2(log.contains("gateway stopped"), log.constData());
            QVERIFY2(app.stdErr().contains("gateway stopped"), app.transcript().constData());
        }
        // The same data directory works again: lock released, database reopened.
        AppProcess again(kBinary);
        QVERIFY(again.start(headlessArgs(data.path())));
        QVERIFY2(again.waitForListening().isValid(), again.transcript().constData());
        const QJsonObject doc = AppHttp::json(AppHttp::get(again.port(), "/healthz"));
        QCOMPARE(doc.value(u"storage"_s).toObject().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(again.sendSignal(SIGTERM));
        QCOMPARE(again.waitForExit(5000), 0);
    }

    void noDisplayFallsBackToHeadless()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary); // cleanEnvironment(): DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM unset
        QVERIFY(app.start({u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QVERIFY2(app.stdErr().contains("no display"), app.transcript().constData());
        QVERIFY2(app.stdErr().contains("headless"), app.transcript().constData());
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void nonLoopbackRefusesWithoutUsableToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("no token") << QString() << "operator token"_ba;
        QTest::newRow("10-character token") << u"short12345"_s << "32"_ba;
        QTest::newRow("31-character token") << QString(31, u'a') << "32"_ba;
    }

    void nonLoopbackRefusesWithoutUsableToken()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, mentions);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        if (!token.isEmpty())
            app.setEnvironment(environmentWithToken(token));
        QVERIFY(app.start(headlessArgs(data.path(), u"0.0.0.0:0"_s)));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY2(!app.stdOut().contains("listening on"), app.transcript().constData());
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), lines.first().constData());
        QVERIFY2(lines.first().contains("MOLTDESK_TOKEN"), lines.first().constData());
        if (!token.isEmpty())
            QVERIFY2(!app.stdErr().contains(token.toUtf8()), app.stdErr().constData());
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
    }

    void nonLoopbackWithTokenProtectsMetrics()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        app.setEnvironment(environmentWithToken(kToken));
        QVERIFY(app.start(headlessArgs(data.path(), u"0.0.0.0:0"_s)));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QVERIFY2(app.stdOut().contains("listening on http://0.0.0.0:"), app.stdOut().constData());

        QCOMPARE(AppHttp::get(app.port(), "/metrics").status, 401);
        QCOMPARE(AppHttp::get(app.port(), "/metrics", {{"Authorization", "Bearer wrong-token"}}).status, 401);
        QCOMPARE(AppHttp::get(app.port(), "/metrics", {{"Authorization", kToken.toUtf8()}}).status, 401);
        const auto ok = AppHttp::get(app.port(), "/metrics", {{"Authorization", "Bearer " + kToken.toUtf8()}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("moltdesk_uptime_seconds"));

        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void webSocketHandshake()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        app.setEnvironment(environmentWithToken(kToken));
        QVERIFY(app.start(headlessArgs(data.path())));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());

        {
            WsTestClient client;
            QVERIFY(client.open(wsUrl(app.port())));
            const auto challenge = client.waitForEvent(u"connect.challenge"_s);
            QVERIFY(challenge);
            const QJsonObject payload = challenge->value(u"payload"_s).toObject();
            QVERIFY(!payload.value(u"nonce"_s).toString().isEmpty());
            QVERIFY(payload.value(u"ts"_s).toDouble() > 0);
        }

        WsTestClient client;
        const auto hello = client.connectWithToken(wsUrl(app.port()), kToken);
        QVERIFY(hello);
        QVERIFY2(hello->value(u"ok"_s).toBool(), QJsonDocument(*hello).toJson().constData());
        const QJsonObject helloPayload = hello->value(u"payload"_s).toObject();
        QCOMPARE(helloPayload.value(u"type"_s).toString(), u"hello-ok"_s);
        const QJsonArray methods = helloPayload.value(u"features"_s).toObject().value(u"methods"_s).toArray();
        QVERIFY(methods.contains(u"health"_s));
        QVERIFY(methods.contains(u"status"_s));

        const auto health = client.waitForResponse(client.sendRequest(u"health"_s));
        QVERIFY(health);
        QVERIFY(health->value(u"ok"_s).toBool());
        const QJsonObject healthDoc = health->value(u"payload"_s).toObject();
        QCOMPARE(healthDoc.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(healthDoc.value(u"version"_s).toString(), QLatin1StringView(Moltdesk::Core::kVersion));
        QVERIFY(healthDoc.contains(u"storage"_s));

        const auto status = client.waitForResponse(client.sendRequest(u"status"_s));
        QVERIFY(status);
        QVERIFY(status->value(u"ok"_s).toBool());
        QCOMPARE(status->value(u"payload"_s).toObject().value(u"url"_s).toString(), app.url().toString());

        WsTestClient intruder;
        const auto refused = intruder.connectWithToken(wsUrl(app.port()), u"not-the-operator-token-0000000000000"_s);
        QVERIFY(refused);
        QVERIFY(!refused->value(u"ok"_s).toBool());
        const QJsonObject error = refused->value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        QVERIFY2(error.value(u"message"_s).toString().startsWith(u"unauthorized"_s),
                 qPrintable(error.value(u"message"_s).toString()));
        QVERIFY(intruder.waitForClosed());
        QCOMPARE(intruder.closeCode(), 1008);

        // The authenticated client is unaffected by the intruder.
        QVERIFY(client.waitForResponse(client.sendRequest(u"health"_s)));

        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void operatorTokenFileWithoutKeychain()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString tokenPath = data.filePath(u"operator-token"_s);
        QString token;
        {
            AppProcess first(kBinary); // no MOLTDESK_TOKEN, keychain unreachable
            QVERIFY(first.start(headlessArgs(data.path())));
            QVERIFY2(first.waitForListening().isValid(), first.transcript().constData());
            static const QRegularExpression notice(u"operator token \\(shown only this once\\): (\\S+)"_s);
            const auto match = notice.match(QString::fromLocal8Bit(first.stdErr()));
            QVERIFY2(match.hasMatch(), first.transcript().constData());
            token = match.captured(1);
            QCOMPARE(token.size(), 64);
            QCOMPARE(QString::fromLocal8Bit(first.stdErr()).count(token), 1);
            QVERIFY(!first.stdOut().contains(token.toUtf8()));
            QVERIFY2(first.stdErr().contains(tokenPath.toUtf8()), first.stdErr().constData());

            struct stat info = {};
            QCOMPARE(::stat(QFile::encodeName(tokenPath).constData(), &info), 0);
            QCOMPARE(int(info.st_mode & 0777), 0600);
            QCOMPARE(readAll(tokenPath).trimmed(), token.toUtf8());
            QVERIFY(first.sendSignal(SIGTERM));
            QCOMPARE(first.waitForExit(), 0);
        }

        AppProcess second(kBinary);
        QVERIFY(second.start(headlessArgs(data.path())));
        QVERIFY2(second.waitForListening().isValid(), second.transcript().constData());
        QVERIFY2(!second.stdErr().contains("shown only this once"), second.stdErr().constData());
        QVERIFY(!second.stdErr().contains(token.toUtf8()));
        QVERIFY(!second.stdOut().contains(token.toUtf8()));

        WsTestClient client;
        const auto hello = client.connectWithToken(wsUrl(second.port()), QString::fromUtf8(readAll(tokenPath).trimmed()));
        QVERIFY(hello);
        QVERIFY2(hello->value(u"ok"_s).toBool(), QJsonDocument(*hello).toJson().constData());
        QVERIFY(second.sendSignal(SIGTERM));
        QCOMPARE(second.waitForExit(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
