#include "http/router.h"
#include "http/server.h"
#include "metrics/registry.h"
#include "support/httptestclient.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Http;
using Moltdesk::TestSupport::HttpTestClient;

// What the transport records, read back through the exposition text a /metrics route serves.
class TestServerMetrics : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreCountedByRoutePattern();
};

void TestServerMetrics::requestsAreCountedByRoutePattern()
{
    Moltdesk::Metrics::Registry registry;
    Router router;
    router.addRoute(u"GET"_s, u"/healthz"_s,
                    [](const Request &, Responder responder) { responder.send(Response::text(200, u"ok"_s)); });
    router.addPrefixRoute(u"GET"_s, u"/files/"_s,
                          [](const Request &, Responder responder) { responder.send(Response::text(200, u"f"_s)); });
    router.addRoute(u"GET"_s, u"/metrics"_s, [&registry](const Request &, Responder responder) {
        responder.send(Response(200, Moltdesk::Metrics::Registry::contentType(), registry.render()));
    });
    Server server(&router, ServerLimits{}, &registry);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();

    QCOMPARE(HttpTestClient::request(port, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"_ba).status, 200);
    QCOMPARE(HttpTestClient::request(port, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"_ba).status, 200);
    QCOMPARE(HttpTestClient::request(port, "GET /files/a/b.txt HTTP/1.1\r\nHost: t\r\n\r\n"_ba).status, 200);
    QCOMPARE(HttpTestClient::request(port, "GET /secret-probe-123 HTTP/1.1\r\nHost: t\r\n\r\n"_ba).status, 404);
    QCOMPARE(HttpTestClient::request(port, "POST /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n"_ba).status,
             405);
    QCOMPARE(HttpTestClient::request(port, "BROKEN\r\n\r\n"_ba).status, 400);
    QTRY_COMPARE(server.openConnectionCount(), 0);

    const auto scrape = HttpTestClient::request(port, "GET /metrics HTTP/1.1\r\nHost: t\r\n\r\n"_ba);
    QCOMPARE(scrape.status, 200);
    QCOMPARE(scrape.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8"_ba);
    const QByteArray text = scrape.body;

    QVERIFY(text.contains("# TYPE moltdesk_http_requests_total counter\n"));
    QVERIFY2(text.contains("moltdesk_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 2\n"),
             text.constData());
    QVERIFY(text.contains("moltdesk_http_requests_total{method=\"GET\",route=\"/files/*\",status=\"200\"} 1\n"));
    QVERIFY(text.contains("moltdesk_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1\n"));
    QVERIFY(text.contains("moltdesk_http_requests_total{method=\"POST\",route=\"/healthz\",status=\"405\"} 1\n"));
    QVERIFY(text.contains("moltdesk_http_requests_total{method=\"unknown\",route=\"unmatched\",status=\"400\"} 1\n"));
    QVERIFY2(!text.contains("secret-probe"), "raw paths must never become label values");
    // The scrape itself is in flight: one open connection.
    QVERIFY(text.contains("# TYPE moltdesk_http_open_connections gauge\nmoltdesk_http_open_connections 1\n"));
    QVERIFY(text.contains("# TYPE moltdesk_http_connections_rejected_total counter\n"));

    const double requestBytes = registry.value(u"moltdesk_http_request_bytes_total"_s);
    const double responseBytes = registry.value(u"moltdesk_http_response_bytes_total"_s);
    QVERIFY(requestBytes > 200);
    QVERIFY(responseBytes > requestBytes);
    // Every family appears exactly once.
    QCOMPARE(text.count("# TYPE moltdesk_http_requests_total "), 1);
}

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
