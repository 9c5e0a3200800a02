// Process-level tests of headless operation: the listening line, /healthz, /metrics, signals,
// the no-display fallback, non-loopback token rules, the WebSocket handshake and the operator
// token file (README.md "Running", docs/http.md, docs/protocol.md, docs/secrets.md).
#include "support/apphttp.h"
#include "support/appprocess.h"
#include "support/configtestfiles.h"
#include "support/httptestclient.h"
#include "support/wstestclient.h"

#include "base/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppHttp;
using Moltdesk::TestSupport::AppProcess;
using Moltdesk::TestSupport::WsTestClient;

namespace {

const QString kBinary = QStringLiteral(MOLTDESK_BINARY);
const QString kToken = u"apptests-operator-token-0123456789abcdef-XYZ"_s; // 44 characters

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
        QVERIFY(app.start(AppProcess::headlessArguments(data.path())));
        const QUrl url = app.waitForListening();
        QVERIFY2(url.isValid(), app.transcript().constData());
        static const QRegularExpression line(u"^listening on http://127\\.0\\.0\\.1:([1-9][0-9]*)\\n"_s,
                                             QRegularExpression::MultilineOption);
        QVERIFY2(line.match(QString::fromLocal8Bit(app.stdOut())).hasMatch(), app.stdOut().constData());

        const auto health = AppHttp::get(app.port(), "/healthz");
        QCOMPARE(health.status, 200);
        QVERIFY(health.header("content-type").startsWith("application/json"));
        const QJsonObject doc = AppHttp::json(health);
        // No provider key: still 200, "degraded", and the problem names the key to set.
        QCOMPARE(doc.value(u"status"_s).toString(), u"degraded"_s);
        QCOMPARE(doc.value(u"problems"_s).toArray().first().toObject().value(u"secret"_s).toString(),
                 u"ANTHROPIC_API_KEY"_s);
        QCOMPARE(doc.value(u"version"_s).toString(), QLatin1StringView(Moltdesk::Base::kVersion));
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
            app.setEnvironment(AppProcess::environmentWithToken(kToken));
            QVERIFY(app.start(AppProcess::headlessArguments(data.path())));
            QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
            QCOMPARE(AppHttp::get(app.port(), "/healthz").status, 200);
            // Open connections must not hold the shutdown up: an operator on /ws and an idle
            // keep-alive HTTP client.
            WsTestClient operatorClient;
            const auto hello = operatorClient.connectWithToken(AppHttp::wsUrl(app.port()), kToken);
            QVERIFY(hello && hello->value(u"ok"_s).toBool());
            Moltdesk::TestSupport::HttpTestClient idle;
            QVERIFY(idle.connectTo(app.port()));
            idle.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba);
            QVERIFY(idle.waitForResponses(1));

            QVERIFY(app.sendSignal(signal));
            QCOMPARE(app.waitForExit(5000), 0);
            QVERIFY(operatorClient.waitForClosed());
            QVERIFY(idle.waitForDisconnect());
            const QByteArray log = AppProcess::readFile(data.filePath(u"logs/moltdesk.log"_s));
            QVERIFY2(log.contains(QByteArray("signal " + QByteArray::number(signal) + " received")), log.constData());
            QVERIFY2(log.contains("gateway stopped"), log.constData());
            QVERIFY2(app.stdErr().contains("gateway stopped"), app.transcript().constData());
        }
        // The same data directory works again: lock released, database reopened.
        AppProcess again(kBinary);
        QVERIFY(again.start(AppProcess::headlessArguments(data.path())));
        QVERIFY2(again.waitForListening().isValid(), again.transcript().constData());
        const QJsonObject doc = AppHttp::json(AppHttp::get(again.port(), "/healthz"));
        QCOMPARE(doc.value(u"storage"_s).toObject().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(again.sendSignal(SIGTERM));
        QCOMPARE(again.waitForExit(5000), 0);
    }

    void restartsAfterCrash()
    {
        // SIGKILL skips every clean-up: the lock file and SQLite's WAL stay behind. The lock is
        // recognised as stale by its pid (host/instancelock.cpp) and the database reopens.
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            AppProcess crashed(kBinary);
            QVERIFY(crashed.start(AppProcess::headlessArguments(data.path())));
            QVERIFY2(crashed.waitForListening().isValid(), crashed.transcript().constData());
            QCOMPARE(AppHttp::get(crashed.port(), "/healthz").status, 200);
            QVERIFY(crashed.sendSignal(SIGKILL));
            QCOMPARE(crashed.waitForExit(), -1);
        }
        QVERIFY(QFile::exists(data.filePath(u"moltdesk.lock"_s)));
        AppProcess app(kBinary);
        QVERIFY(app.start(AppProcess::headlessArguments(data.path())));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        const QJsonObject doc = AppHttp::json(AppHttp::get(app.port(), "/healthz"));
        QCOMPARE(doc.value(u"storage"_s).toObject().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void listenAndDataDirFromConfigAndEnvironment()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString configPath = data.filePath(u"elsewhere/moltdesk.json"_s);
        QVERIFY(Moltdesk::TestSupport::ConfigTestFiles::write(configPath, R"({"gateway":{"listen":"127.0.0.1:0"}})"_ba));
        QProcessEnvironment env = AppProcess::cleanEnvironment();
        env.insert(u"MOLTDESK_DATA_DIR"_s, data.filePath(u"from-env"_s));
        env.insert(u"MOLTDESK_CONFIG"_s, configPath);
        AppProcess app(kBinary);
        app.setEnvironment(env);
        QVERIFY(app.start({u"--headless"_s})); // no --data-dir, --config or --listen
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QCOMPARE(app.url().host(), u"127.0.0.1"_s);
        QVERIFY(app.port() != 0);
        QVERIFY(QFile::exists(data.filePath(u"from-env/logs/moltdesk.log"_s)));
        QVERIFY(QFile::exists(data.filePath(u"from-env/moltdesk.db"_s)));
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
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

    void nonLoopbackWithTokenProtectsMetrics()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        app.setEnvironment(AppProcess::environmentWithToken(kToken));
        QVERIFY(app.start(AppProcess::headlessArguments(data.path(), u"0.0.0.0:0"_s)));
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
        app.setEnvironment(AppProcess::environmentWithToken(kToken));
        QVERIFY(app.start(AppProcess::headlessArguments(data.path())));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());

        {
            WsTestClient client;
            QVERIFY(client.open(AppHttp::wsUrl(app.port())));
            const auto challenge = client.waitForEvent(u"connect.challenge"_s);
            QVERIFY(challenge);
            const QJsonObject payload = challenge->value(u"payload"_s).toObject();
            QVERIFY(!payload.value(u"nonce"_s).toString().isEmpty());
            QVERIFY(payload.value(u"ts"_s).toDouble() > 0);
        }

        WsTestClient client;
        const auto hello = client.connectWithToken(AppHttp::wsUrl(app.port()), kToken);
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
        // No provider key in this environment: running, but it says what keeps it from answering.
        QCOMPARE(healthDoc.value(u"status"_s).toString(), u"degraded"_s);
        const QJsonObject problem = healthDoc.value(u"problems"_s).toArray().first().toObject();
        QCOMPARE(problem.value(u"component"_s).toString(), u"providers.anthropic"_s);
        QCOMPARE(problem.value(u"secret"_s).toString(), u"ANTHROPIC_API_KEY"_s);
        QCOMPARE(healthDoc.value(u"version"_s).toString(), QLatin1StringView(Moltdesk::Base::kVersion));
        QVERIFY(healthDoc.contains(u"storage"_s));

        const auto status = client.waitForResponse(client.sendRequest(u"status"_s));
        QVERIFY(status);
        QVERIFY(status->value(u"ok"_s).toBool());
        QCOMPARE(status->value(u"payload"_s).toObject().value(u"url"_s).toString(), app.url().toString());

        WsTestClient intruder;
        const auto refused = intruder.connectWithToken(AppHttp::wsUrl(app.port()), u"not-the-operator-token-0000000000000"_s);
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

};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
