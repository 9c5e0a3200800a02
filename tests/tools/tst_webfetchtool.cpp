#include "agent/toolregistry.h"
#include "agent/tools/htmltotext.h"
#include "agent/tools/ssrfguard.h"
#include "agent/tools/webfetchjob.h"
#include "agent/tools/webfetchtool.h"
#include "support/toolshttpserver.h"

#include <QNetworkInterface>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Agent;
using Moltdesk::TestSupport::ToolsHttpServer;

class TestWebFetchTool : public QObject
{
    Q_OBJECT

private:
    static ToolResult fetch(const WebFetchOptions &options, const QString &url)
    {
        WebFetchTool tool(options);
        std::optional<ToolResult> got;
        tool.run({{u"url"_s, url}}, {u"webchat:t"_s, u"webchat"_s, {}, {}, {}}, [&](ToolResult r) { got = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000); }();
        return got.value_or(ToolResult::error(u"no result"_s));
    }

    // A loopback test server on a random port: private networks and that port allowed.
    static WebFetchOptions local(quint16 port)
    {
        WebFetchOptions options;
        options.allowPrivateNetworks = true;
        options.allowedPorts = {port};
        return options;
    }

private slots:
    // Default config: every one of these is refused before any connection is attempted (literal
    // addresses are never looked up; "localhost" comes from /etc/hosts).
    void ssrfRefusals_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1/healthz"_s << u"127.0.0.1 is a loopback address"_s;
        QTest::newRow("gateway port") << u"http://127.0.0.1:8787/healthz"_s << u"port 8787 is not fetched"_s;
        QTest::newRow("localhost") << u"http://localhost/"_s << u"loopback address"_s;
        QTest::newRow("[::1]") << u"http://[::1]/"_s << u"::1 is the loopback address"_s;
        QTest::newRow("10.x") << u"http://10.1.2.3/"_s << u"10.1.2.3 is a private address (RFC 1918)"_s;
        QTest::newRow("172.16.x") << u"http://172.16.5.4/"_s << u"172.16.5.4 is a private address (RFC 1918)"_s;
        QTest::newRow("172.31.x") << u"https://172.31.255.1/"_s << u"172.31.255.1 is a private address"_s;
        QTest::newRow("192.168.x") << u"http://192.168.1.1/admin"_s << u"192.168.1.1 is a private address"_s;
        QTest::newRow("metadata") << u"http://169.254.169.254/latest/meta-data/"_s << u"169.254.169.254 is a link-local address"_s;
        QTest::newRow("[fe80::1]") << u"http://[fe80::1]/"_s << u"fe80::1 is a link-local address"_s;
        QTest::newRow("[fc00::1]") << u"http://[fc00::1]/"_s << u"fc00::1 is a unique-local address"_s;
        QTest::newRow("[fd12::1]") << u"http://[fd12::1]/"_s << u"is a unique-local address"_s;
        QTest::newRow("CGNAT") << u"http://100.64.0.1/"_s << u"100.64.0.1 is a carrier-grade NAT"_s;
        QTest::newRow("0.0.0.0") << u"http://0.0.0.0/"_s << u"0.0.0.0 is an unspecified"_s;
        QTest::newRow("[::]") << u"http://[::]/"_s << u"is the unspecified address"_s;
        QTest::newRow("v4-mapped loopback") << u"http://[::ffff:127.0.0.1]/"_s << u"loopback address"_s;
        QTest::newRow("v4-mapped private") << u"http://[::ffff:10.0.0.1]/"_s << u"private address"_s;
        QTest::newRow("decimal loopback") << u"http://2130706433/"_s << u"127.0.0.1 is a loopback address"_s;
        QTest::newRow("broadcast") << u"http://255.255.255.255/"_s << u"the broadcast address"_s;
        QTest::newRow("multicast") << u"http://224.0.0.1/"_s << u"a multicast address"_s;
        // Issue 13: the IPv6 forms that carry an IPv4 address, and the rest of the IANA registries.
        QTest::newRow("NAT64 of loopback") << u"http://[64:ff9b::7f00:1]/"_s << u"NAT64 form of a loopback"_s;
        QTest::newRow("NAT64 of metadata") << u"http://[64:ff9b::a9fe:a9fe]/"_s << u"NAT64 form of a link-local"_s;
        QTest::newRow("local-use NAT64") << u"http://[64:ff9b:1::808:808]/"_s << u"local-use NAT64 address"_s;
        QTest::newRow("v4-mapped public") << u"http://[::ffff:8.8.8.8]/"_s << u"IPv4-mapped address"_s;
        QTest::newRow("v4-translated loopback") << u"http://[::ffff:0:7f00:1]/"_s << u"IPv4-translated form of a loopback"_s;
        QTest::newRow("v4-translated public") << u"http://[::ffff:0:808:808]/"_s << u"IPv4-translated address"_s;
        QTest::newRow("Teredo") << u"http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/"_s << u"Teredo address"_s;
        QTest::newRow("IETF 2001::/23") << u"http://[2001:2::1]/"_s << u"IETF protocol assignment"_s;
        QTest::newRow("6to4 of private") << u"http://[2002:a00:1::1]/"_s << u"6to4 form of a private"_s;
        QTest::newRow("6to4 of public") << u"http://[2002:808:808::1]/"_s << u"6to4 address"_s;
        QTest::newRow("0.0.0.0/8") << u"http://0.1.2.3/"_s << u"unspecified (\"this network\")"_s;
        QTest::newRow("198.18/15") << u"http://198.19.0.1/"_s << u"benchmarking address"_s;
        QTest::newRow("240/4") << u"http://240.1.2.3/"_s << u"reserved address"_s;
        QTest::newRow("192.0.0/24") << u"http://192.0.0.9/"_s << u"IETF protocol assignment"_s;
        QTest::newRow("6to4 relay anycast") << u"http://192.88.99.1/"_s << u"6to4 relay anycast"_s;
        QTest::newRow("documentation v4") << u"http://203.0.113.7/"_s << u"documentation address"_s;
        QTest::newRow("documentation v6") << u"http://[2001:db8::1]/"_s << u"documentation address"_s;
        QTest::newRow("documentation 3fff::/20") << u"http://[3fff::1]/"_s << u"documentation address"_s;
        QTest::newRow("SRv6 5f00::/16") << u"http://[5f00::1]/"_s << u"segment-routing"_s;
        QTest::newRow("discard-only") << u"http://[100::1]/"_s << u"discard-only"_s;
        QTest::newRow("v6 multicast") << u"http://[ff02::1]/"_s << u"multicast address"_s;
        QTest::newRow("v6 link-local") << u"http://[fe80::1234]/"_s << u"link-local address"_s;
        QTest::newRow("outside 2000::/3") << u"http://[4000::1]/"_s << u"outside the global unicast range"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << u"refused: file:// URLs are not fetched"_s;
        QTest::newRow("ftp") << u"ftp://example.com/x"_s << u"refused: ftp:// URLs are not fetched"_s;
        QTest::newRow("gopher") << u"gopher://example.com/"_s << u"refused: gopher://"_s;
        QTest::newRow("credentials") << u"http://user:pw@example.com/"_s << u"user name or password"_s;
        QTest::newRow("no scheme") << u"example.com/page"_s << u"refused"_s;
    }

    void ssrfRefusals()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const ToolResult result = fetch(WebFetchOptions{}, url);
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().contains(expected), qPrintable(result.plainText()));
        QVERIFY2(result.plainText().startsWith(u"refused"_s), qPrintable(result.plainText()));
    }

    void classification_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("special");
        QTest::newRow("public v4") << u"93.184.216.34"_s << false;
        QTest::newRow("public v4 near private") << u"172.32.0.1"_s << false;
        QTest::newRow("public v4 near CGNAT") << u"100.128.0.1"_s << false;
        QTest::newRow("public v6") << u"2606:4700:4700::1111"_s << false;
        QTest::newRow("6to4 of loopback") << u"2002:7f00:1::"_s << true;
        QTest::newRow("NAT64 of private") << u"64:ff9b::a00:1"_s << true;
        QTest::newRow("NAT64 of public") << u"64:ff9b::5db8:d822"_s << false;
        QTest::newRow("IPv4-compatible loopback") << u"::127.0.0.1"_s << true;
        QTest::newRow("site-local") << u"fec0::1"_s << true;
        QTest::newRow("v6 multicast") << u"ff02::1"_s << true;
    }

    void classification()
    {
        QFETCH(QString, address);
        QFETCH(bool, special);
        QCOMPARE(SsrfGuard::classify(QHostAddress(address)).has_value(), special);
        QCOMPARE(SsrfGuard(true).refusal(QHostAddress(address)).has_value(), false);
        // A name resolving to one public and one private address is refused as a whole.
        QVERIFY(SsrfGuard().refusal(QList<QHostAddress>{QHostAddress(u"93.184.216.34"_s), QHostAddress(u"10.0.0.1"_s)}));
    }

    // The attack: the model is steered to this machine's own (possibly public) address, which reaches
    // the gateway as surely as 127.0.0.1 does.
    void ownAddressesRefused()
    {
        const QList<QHostAddress> own = QNetworkInterface::allAddresses();
        QVERIFY(!own.isEmpty());
        for (const QHostAddress &address : own) {
            QVERIFY2(SsrfGuard::isOwnAddress(address), qPrintable(address.toString()));
            const auto why = SsrfGuard().refusal(address);
            QVERIFY2(why.has_value(), qPrintable(address.toString()));
            QVERIFY2(why->startsWith(u"refused: "_s), qPrintable(*why));
        }
        QVERIFY(!SsrfGuard::isOwnAddress(QHostAddress(u"93.184.216.34"_s)));
        QVERIFY(!SsrfGuard().refusal(QHostAddress(u"93.184.216.34"_s)));
    }

    // The attack: a URL on a port other than 80/443 (SSH, a database, the gateway's own port).
    void portPolicy()
    {
        QCOMPARE(SsrfGuard().allowedPorts(), (QList<quint16>{80, 443}));
        QVERIFY(!SsrfGuard().portRefusal(QUrl(u"http://example.com/"_s)));
        QVERIFY(!SsrfGuard().portRefusal(QUrl(u"https://example.com:443/"_s)));
        QVERIFY(!SsrfGuard().portRefusal(QUrl(u"http://example.com:443/"_s)));
        QVERIFY(SsrfGuard().portRefusal(QUrl(u"https://example.com:8443/"_s)));
        QVERIFY(!SsrfGuard(false, {}, {8443}).portRefusal(QUrl(u"https://example.com:8443/"_s)));

        const ToolResult ssh = fetch(WebFetchOptions{}, u"http://example.com:22/"_s);
        QVERIFY(ssh.isError);
        QVERIFY2(ssh.plainText().startsWith(u"refused: port 22 is not fetched (allowed: 80, 443;"_s),
                 qPrintable(ssh.plainText()));

        // A server on a non-standard port is not reached, even with private networks allowed...
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route ok;
        ok.body = "fine";
        server.setRoute("/ok", ok);
        WebFetchOptions open;
        open.allowPrivateNetworks = true;
        const ToolResult refused = fetch(open, server.url(u"/ok"_s).toString());
        QVERIFY(refused.isError);
        QVERIFY2(refused.plainText().contains(u"port %1 is not fetched"_s.arg(server.port())), qPrintable(refused.plainText()));
        QVERIFY(server.paths().isEmpty());
        // ...until its port is allowed.
        QVERIFY(!fetch(local(server.port()), server.url(u"/ok"_s).toString()).isError);
        QCOMPARE(server.paths(), (QList<QByteArray>{"/ok"}));
    }

    // The attack: an allowed first hop redirects to a port that is not allowed.
    void redirectToOtherPortRefused()
    {
        ToolsHttpServer target;
        QVERIFY(target.listen());
        ToolsHttpServer::Route secret;
        secret.body = "internal";
        target.setRoute("/secret", secret);
        ToolsHttpServer server;
        QVERIFY(server.listen());
        server.setRedirect("/go", target.url(u"/secret"_s).toEncoded());

        const ToolResult result = fetch(local(server.port()), server.url(u"/go"_s).toString());
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().contains(u"port %1 is not fetched"_s.arg(target.port())), qPrintable(result.plainText()));
        QCOMPARE(server.paths(), (QList<QByteArray>{"/go"}));
        QVERIFY(target.paths().isEmpty());
    }

    void redirectTargets()
    {
        const QUrl base(u"https://example.com/a/b?q=1"_s);
        QCOMPARE(std::get<QUrl>(WebFetchJob::redirectTarget(base, "c")), QUrl(u"https://example.com/a/c"_s));
        QCOMPARE(std::get<QUrl>(WebFetchJob::redirectTarget(base, "//other.org/x")), QUrl(u"https://other.org/x"_s));
        QVERIFY(std::get<QString>(WebFetchJob::redirectTarget(base, "")).contains(u"without a Location"_s));
        QVERIFY(std::get<QString>(WebFetchJob::redirectTarget(base, "file:///etc/passwd")).contains(u"file://"_s));
        QVERIFY(std::get<QString>(WebFetchJob::redirectTarget(base, "ftp://x/")).contains(u"refused"_s));
        QCOMPARE(WebFetchJob::hostHeader(QUrl(u"http://example.com:80/"_s)), "example.com"_ba);
        QCOMPARE(WebFetchJob::hostHeader(QUrl(u"https://example.com:8443/"_s)), "example.com:8443"_ba);
        QCOMPARE(WebFetchJob::hostHeader(QUrl(u"http://[2001:db8::1]:81/"_s)), "[2001:db8::1]:81"_ba);
    }

    void htmlToText()
    {
        const QString html = QString::fromUtf8(
            "<!DOCTYPE html><html><head><title>The &amp; Title</title>\n"
            "            <style>body { color: red }</style><script>alert(\"x<y\")</script></head>\n"
            "            <body><!-- hidden --><h1>Hello&nbsp;World</h1>\n"
            "            <p>Fish &amp; chips &lt;cheap&gt; &#8364;5 &#x263A;   and\n"
            "               more</p><ul><li>one</li><li>two</li></ul>\n"
            "            <p>See <a href=\"/docs/x?y=1\">the docs</a> or <a href=\"https://example.org/\">https://example.org/</a>\n"
            "            <a href=\"#top\">top</a> <a href=\"javascript:void(0)\">js</a></p>\n"
            "            <img src=\"a.png\" alt=\"A cat\"><noscript>enable js</noscript></body></html>");
        const QString text = HtmlToText::convert(html, QUrl(u"https://site.test/page"_s));
        QCOMPARE(HtmlToText::title(html), u"The & Title"_s);
        QVERIFY2(text.contains(u"Hello World"_s), qPrintable(text));
        QVERIFY(text.contains(u"Fish & chips <cheap> \u20ac5 \u263a and more"_s));
        QVERIFY2(text.contains(u"- one\n- two"_s), qPrintable(text));
        QVERIFY(text.contains(u"the docs (https://site.test/docs/x?y=1)"_s));
        QVERIFY(text.contains(u"or https://example.org/\n"_s) || text.contains(u"or https://example.org/ "_s));
        QVERIFY(!text.contains(u"https://example.org/ (https://example.org/)"_s));
        QVERIFY(text.contains(u"top js"_s));
        QVERIFY(text.contains(u"[image: A cat]"_s));
        QVERIFY(!text.contains(u"alert"_s));
        QVERIFY(!text.contains(u"color"_s));
        QVERIFY(!text.contains(u"hidden"_s));
        QVERIFY(!text.contains(u"enable js"_s));
        QVERIFY(!text.contains(u"  "_s));
        QVERIFY(!text.contains(u"\n\n\n"_s));
        // Malformed markup never fails.
        QCOMPARE(HtmlToText::convert(u"a < b and <p unterminated"_s), u"a < b and"_s);
        QCOMPARE(HtmlToText::decodeEntities(u"&bogus; &#0; &#xD800;"_s), u"&bogus; \ufffd \ufffd"_s);
    }

    void fetchesHtmlAsText()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route page;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<html><head><title>Local</title><script>var secret=1;</script></head>"
                    "<body><p>Gr\xC3\xBC\xC3\x9F" "e &amp; <a href=\"/next\">next page</a></p></body></html>";
        server.setRoute("/page", page);

        const ToolResult result = fetch(local(server.port()), server.url(u"/page"_s, u"localhost"_s).toString());
        QVERIFY2(!result.isError, qPrintable(result.plainText()));
        const QString text = result.plainText();
        QVERIFY2(text.contains(u"Status: 200"_s), qPrintable(text));
        QVERIFY(text.contains(u"Content-Type: text/html"_s));
        QVERIFY(text.contains(u"Title: Local"_s));
        QVERIFY(text.contains(u"Gr\u00fc\u00dfe & next page (http://localhost:%1/next)"_s.arg(server.port())));
        QVERIFY(!text.contains(u"secret"_s));
        // Connected to the resolved address, with the name as given in the Host header.
        QCOMPARE(server.hostHeaders().value(0), "localhost:" + QByteArray::number(server.port()));
    }

    void describesBinaryAndReportsHttpErrors()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route png;
        png.contentType = "image/png";
        png.body = QByteArray(3000, '\x89');
        server.setRoute("/img", png);

        ToolResult result = fetch(local(server.port()), server.url(u"/img"_s).toString());
        QVERIFY(!result.isError);
        QVERIFY2(result.plainText().contains(u"[image/png content of 2.9 KiB"_s), qPrintable(result.plainText()));

        result = fetch(local(server.port()), server.url(u"/missing"_s).toString());
        QVERIFY(result.isError);
        QVERIFY(result.plainText().contains(u"Status: 404"_s));
        QVERIFY(result.plainText().contains(u"not found"_s));
    }

    void sizeCap()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route big;
        big.body = QByteArray(3 * 1024 * 1024, 'z');
        server.setRoute("/big", big);
        WebFetchOptions options = local(server.port());
        options.maxBytes = 64 * 1024;
        const ToolResult result = fetch(options, server.url(u"/big"_s).toString());
        QVERIFY2(!result.isError, qPrintable(result.plainText().left(200)));
        const QString text = result.plainText();
        QVERIFY(text.contains(u"[cut: only the first 64.0 KiB of the body were read]"_s));
        QCOMPARE(text.count(u'z'), 64 * 1024);
    }

    void timeCap()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route hang;
        hang.hang = true;
        server.setRoute("/hang", hang);
        WebFetchOptions options = local(server.port());
        options.timeLimit = std::chrono::milliseconds(300);
        const ToolResult result = fetch(options, server.url(u"/hang"_s).toString());
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().startsWith(u"web_fetch timed out after 0.3 s"_s), qPrintable(result.plainText()));
    }

    // Issue 13 item 18, as the attack: a model asks for many fetches of a slow host at once; only
    // maxConcurrent connections are ever open, the rest wait for a slot and still get an answer.
    void concurrentFetchesAreCapped()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route hang;
        hang.hang = true;
        server.setRoute("/slow", hang);
        WebFetchOptions options = local(server.port());
        options.timeLimit = std::chrono::milliseconds(300);
        options.maxConcurrent = 2;
        WebFetchTool tool(options);
        QList<ToolResult> results;
        int mostActive = 0;
        for (int i = 0; i < 6; ++i) {
            tool.run({{u"url"_s, server.url(u"/slow"_s).toString()}}, {u"webchat:t"_s, u"webchat"_s, {}, {}, {}},
                     [&](ToolResult r) { results << r; });
            mostActive = std::max(mostActive, tool.activeFetches());
        }
        QCOMPARE(mostActive, 2);
        QCOMPARE(tool.waitingFetches(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(server.paths().size(), 2, 5000);
        QCOMPARE(tool.activeFetches(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 10000);
        QCOMPARE(server.paths().size(), 6); // every waiting call ran once a slot was free
        QCOMPARE(tool.activeFetches(), 0);
        QCOMPARE(tool.waitingFetches(), 0);
        for (const ToolResult &result : std::as_const(results))
            QVERIFY2(result.plainText().startsWith(u"web_fetch timed out"_s), qPrintable(result.plainText()));
    }

    // Issue 13 item 2: with the conversation's hosts set (group trust level), a query string may
    // only go to a host a user message named; without a query string, or to a named host, the
    // fetch goes ahead.
    void queryStringOnlyToMentionedHosts()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        ToolsHttpServer::Route page;
        page.body = "fine";
        server.setRoute("/p", page);
        server.setRoute("/p?q=1", page);
        WebFetchTool tool(local(server.port()));
        const auto run = [&tool](const QString &url, const QStringList &hosts) {
            ToolContext context{u"telegram:group:-5"_s, u"telegram"_s, u"7"_s, {}, {}};
            context.queryHosts = hosts;
            std::optional<ToolResult> got;
            tool.run({{u"url"_s, url}}, context, [&](ToolResult r) { got = r; });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000); }();
            return got.value_or(ToolResult::error(u"no result"_s));
        };
        const ToolResult refused = run(server.url(u"/p"_s).toString() + u"?q=1"_s, {u"example.org"_s});
        QVERIFY(refused.isError);
        QVERIFY2(refused.plainText().contains(u"nobody mentioned \"127.0.0.1\""_s), qPrintable(refused.plainText()));
        QVERIFY(server.paths().isEmpty()); // refused before any connection

        QVERIFY(!run(server.url(u"/p"_s).toString(), {u"example.org"_s}).isError);
        QVERIFY(!run(server.url(u"/p"_s).toString() + u"?q=1"_s, {u"127.0.0.1"_s}).isError);
        QCOMPARE(server.paths(), (QList<QByteArray>{"/p", "/p?q=1"}));
    }

    void redirectsFollowedAndCapped()
    {
        ToolsHttpServer server;
        QVERIFY(server.listen());
        server.setRedirect("/r1", "/r2", 301);
        server.setRedirect("/r2", server.url(u"/final"_s).toEncoded(), 307);
        ToolsHttpServer::Route landing;
        landing.body = "arrived";
        server.setRoute("/final", landing);
        server.setRedirect("/loop", "/loop");

        ToolResult result = fetch(local(server.port()), server.url(u"/r1"_s).toString());
        QVERIFY2(!result.isError, qPrintable(result.plainText()));
        QVERIFY(result.plainText().contains(u"arrived"_s));
        QVERIFY(result.plainText().contains(u"URL: "_s + server.url(u"/final"_s).toString()));
        QCOMPARE(server.paths(), (QList<QByteArray>{"/r1", "/r2", "/final"}));

        result = fetch(local(server.port()), server.url(u"/loop"_s).toString());
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().contains(u"too many redirects (more than 5)"_s), qPrintable(result.plainText()));
        QCOMPARE(server.paths().count("/loop"), 6); // the first request and five redirects
    }

    // The first hop is a loopback server let through by the test seam; every redirect hop is
    // checked again with the default policy.
    void redirectToPrivateRefused_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("expected");
        QTest::newRow("metadata") << "http://169.254.169.254/latest/meta-data/"_ba << u"169.254.169.254 is a link-local"_s;
        QTest::newRow("private") << "http://10.0.0.1/"_ba << u"10.0.0.1 is a private address"_s;
        QTest::newRow("v6 loopback") << "http://[::1]/"_ba << u"::1 is the loopback address"_s;
        QTest::newRow("file") << "file:///etc/passwd"_ba << u"file:// URLs are not fetched"_s;
    }

    void redirectToPrivateRefused()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, expected);
        ToolsHttpServer server;
        QVERIFY(server.listen());
        server.setRedirect("/go", location);
        ToolsHttpServer::Route ok;
        ok.body = "fine";
        server.setRoute("/ok", ok);
        WebFetchOptions options;
        options.exemptAddresses = {QHostAddress(QHostAddress::LocalHost)};
        options.allowedPorts = {server.port()};

        QVERIFY(fetch(options, server.url(u"/ok"_s).toString()).plainText().contains(u"fine"_s));
        const ToolResult result = fetch(options, server.url(u"/go"_s).toString());
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().contains(expected), qPrintable(result.plainText()));
        QCOMPARE(server.paths(), (QList<QByteArray>{"/ok", "/go"}));
    }

    void throughRegistryWithConfig()
    {
        ToolRegistry registry;
        registry.registerTool(std::make_shared<WebFetchTool>());
        std::optional<ToolResult> got;
        registry.run({u"1"_s, u"web_fetch"_s, {{u"url"_s, u"http://192.168.0.1/"_s}}}, {}, [&](ToolResult r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->isError);
        QVERIFY(got->plainText().contains(u"192.168.0.1 is a private address"_s));

        got.reset();
        registry.run({u"2"_s, u"web_fetch"_s, {}}, {}, [&](ToolResult r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->plainText().contains(u"input.url: is required"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebFetchTool)
#include "tst_webfetchtool.moc"
