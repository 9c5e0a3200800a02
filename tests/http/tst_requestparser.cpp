#include "http/requestparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Http::Request;
using Moltdesk::Http::RequestParser;

namespace {

struct Outcome
{
    QList<Request> requests;
    int errorStatus = 0; // 0 = no error
    bool needMore = false;
};

// Feeds `chunks` one after another, taking every completed request as it appears.
Outcome run(const QList<QByteArray> &chunks, RequestParser::Limits limits)
{
    RequestParser parser(limits);
    Outcome outcome;
    for (const QByteArray &chunk : chunks) {
        auto status = parser.feed(chunk);
        while (status == RequestParser::Status::RequestReady) {
            outcome.requests.append(parser.takeRequest());
            status = parser.feed({});
        }
        if (status == RequestParser::Status::Error) {
            outcome.errorStatus = parser.error().status();
            return outcome;
        }
    }
    outcome.needMore = parser.messageInProgress();
    return outcome;
}

RequestParser::Limits smallLimits()
{
    return RequestParser::Limits{256, 64};
}

} // namespace

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void everySplitGivesTheSameResult_data() { parse_data(); }
    void everySplitGivesTheSameResult();
    void contentLengthOverLimitDecidedBeforeBody();
    void chunkedOverLimitStopsAsSoonAsPassed();
    void headersAndQueryAreDecoded();
    void upgradeStopsParsingAndKeepsTheRest();
    void errorsMapToJson();
};

void TestRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<int>("expectedError");
    QTest::addColumn<QByteArray>("lastBody");

    QTest::newRow("simple GET") << "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 1 << 0 << QByteArray();
    QTest::newRow("POST with body") << "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"_ba << 1 << 0
                                    << "hello"_ba;
    QTest::newRow("pipelined") << "GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                                  "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                                  "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n"_ba
                               << 3 << 0 << QByteArray();
    QTest::newRow("chunked body") << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"_ba
                                  << 1 << 0 << "hello world"_ba;
    QTest::newRow("chunked with trailer") << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                             "2\r\nhi\r\n0\r\nX-T: 1\r\n\r\n"_ba
                                          << 1 << 0 << "hi"_ba;
    QTest::newRow("HTTP/1.0 without Host") << "GET / HTTP/1.0\r\n\r\n"_ba << 1 << 0 << QByteArray();
    QTest::newRow("bad request line") << "GARBAGE\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("bad version") << "GET / XTTP/1.1\r\nHost: x\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("HTTP/2.0 line") << "GET / HTTP/2.0\r\nHost: x\r\n\r\n"_ba << 0 << 505 << QByteArray();
    QTest::newRow("missing Host on 1.1") << "GET / HTTP/1.1\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("relative target") << "GET foo HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("bad chunk size") << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       "zz\r\nhello\r\n0\r\n\r\n"_ba
                                    << 0 << 400 << QByteArray();
    QTest::newRow("CL and TE together") << "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"_ba
                                        << 0 << 400 << QByteArray();
    QTest::newRow("duplicate Content-Length") << "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                                                 "Content-Length: 2\r\n\r\nab"_ba
                                              << 0 << 400 << QByteArray();
    QTest::newRow("invalid UTF-8 path") << "GET /%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("oversized header -> 431")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(300, 'a') + "\r\n\r\n") << 0 << 431
            << QByteArray();
    QTest::newRow("many small headers -> 431") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n" +
                                                             QByteArray("a: b\r\n").repeated(50) + "\r\n")
                                               << 0 << 431 << QByteArray();
    QTest::newRow("long URL -> 431") << QByteArray("GET /" + QByteArray(300, 'u') + " HTTP/1.1\r\nHost: x\r\n\r\n")
                                     << 0 << 431 << QByteArray();
    QTest::newRow("Content-Length over limit -> 413")
            << "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 65\r\n\r\n"_ba << 0 << 413 << QByteArray();
    QTest::newRow("chunked over limit -> 413")
            << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "40\r\n" + QByteArray(64, 'x') + "\r\n1\r\ny\r\n0\r\n\r\n")
            << 0 << 413 << QByteArray();
    QTest::newRow("body exactly at limit") << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 64\r\n\r\n" +
                                                         QByteArray(64, 'z'))
                                           << 1 << 0 << QByteArray(64, 'z');
    QTest::newRow("leading CRLF tolerated") << "\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 1 << 0 << QByteArray();

    // Strict framing (issue 13 item 9): what a proxy in front would read differently is refused.
    QTest::newRow("attack: bare LF everywhere") << "GET / HTTP/1.1\nHost: x\n\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("attack: bare LF after request line") << "GET / HTTP/1.1\nHost: x\r\n\r\n"_ba << 0 << 400
                                                        << QByteArray();
    QTest::newRow("attack: bare LF ends headers") << "GET / HTTP/1.1\r\nHost: x\r\n\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("attack: bare LF /ws upgrade")
            << "GET /ws HTTP/1.1\nHost: x\nConnection: Upgrade\nUpgrade: websocket\nSec-WebSocket-Version: 13\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n\n"_ba
            << 0 << 400 << QByteArray();
    QTest::newRow("attack: CR without LF") << "GET / HTTP/1.1\rHost: x\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("attack: obs-fold with space") << "GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\n\r\n"_ba << 0 << 400
                                                 << QByteArray();
    QTest::newRow("attack: obs-fold with tab") << "GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\t2\r\n\r\n"_ba << 0 << 400
                                               << QByteArray();
    QTest::newRow("attack: space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 0 << 400 << QByteArray();
    QTest::newRow("attack: tab before colon")
            << "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length\t: 1\r\n\r\na"_ba << 0 << 400 << QByteArray();
    QTest::newRow("attack: junk after chunk data")
            << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n"_ba << 0 << 400
            << QByteArray();
    QTest::newRow("attack: bare LF after chunk data")
            << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n"_ba << 0 << 400
            << QByteArray();
    QTest::newRow("attack: TE chunked then CL") << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                                   "Content-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n"_ba
                                                << 0 << 400 << QByteArray();
    QTest::newRow("attack: TE identity with CL") << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n"
                                                    "Content-Length: 3\r\n\r\nabc"_ba
                                                 << 0 << 400 << QByteArray();
    QTest::newRow("two chunks, then a pipelined GET") << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                         "1\r\na\r\n1\r\nb\r\n0\r\n\r\nGET /n HTTP/1.1\r\nHost: x\r\n\r\n"_ba
                                                      << 2 << 0 << QByteArray();
}

void TestRequestParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expectedRequests);
    QFETCH(int, expectedError);
    QFETCH(QByteArray, lastBody);

    const Outcome outcome = run({input}, smallLimits());
    QCOMPARE(outcome.errorStatus, expectedError);
    QCOMPARE(outcome.requests.size(), expectedRequests);
    if (expectedRequests > 0)
        QCOMPARE(outcome.requests.last().body, lastBody);
    if (expectedError == 0)
        QVERIFY(!outcome.needMore);
}

void TestRequestParser::everySplitGivesTheSameResult()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expectedRequests);
    QFETCH(int, expectedError);
    QFETCH(QByteArray, lastBody);

    const Outcome whole = run({input}, smallLimits());
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        const Outcome split = run({input.left(cut), input.mid(cut)}, smallLimits());
        QVERIFY2(split.errorStatus == expectedError, qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY2(split.requests.size() == expectedRequests, qPrintable(u"cut at %1"_s.arg(cut)));
        for (qsizetype i = 0; i < split.requests.size(); ++i) {
            QCOMPARE(split.requests.at(i).path, whole.requests.at(i).path);
            QCOMPARE(split.requests.at(i).body, whole.requests.at(i).body);
            QCOMPARE(split.requests.at(i).headers, whole.requests.at(i).headers);
        }
    }
    // And one byte at a time.
    QList<QByteArray> bytes;
    for (const char c : input)
        bytes.append(QByteArray(1, c));
    const Outcome trickled = run(bytes, smallLimits());
    QCOMPARE(trickled.errorStatus, expectedError);
    QCOMPARE(trickled.requests.size(), expectedRequests);
    if (expectedRequests > 0) {
        QCOMPARE(trickled.requests.last().body, lastBody);
        QCOMPARE(trickled.requests.last().headers, whole.requests.last().headers);
    }
}

void TestRequestParser::contentLengthOverLimitDecidedBeforeBody()
{
    RequestParser parser({16 * 1024, 1024 * 1024});
    // Only the header block: no body byte has been seen, yet the answer is already known.
    const auto status = parser.feed("POST /webhook/telegram HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n");
    QCOMPARE(status, RequestParser::Status::Error);
    QCOMPARE(parser.error().status(), 413);
    QCOMPARE(parser.error().code(), "payload_too_large"_ba);
    // Further bytes are ignored, not buffered.
    QCOMPARE(parser.feed(QByteArray(4096, 'x')), RequestParser::Status::Error);
    QVERIFY(!parser.hasPendingInput());
}

void TestRequestParser::chunkedOverLimitStopsAsSoonAsPassed()
{
    RequestParser parser({1024, 100});
    QCOMPARE(parser.feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"),
             RequestParser::Status::NeedMoreData);
    QCOMPARE(parser.feed(QByteArray("64\r\n" + QByteArray(100, 'a') + "\r\n")), RequestParser::Status::NeedMoreData);
    // The 101st byte tips it over, even though the chunk that carries it is unfinished.
    QCOMPARE(parser.feed("10\r\nb"), RequestParser::Status::Error);
    QCOMPARE(parser.error().status(), 413);
}

void TestRequestParser::headersAndQueryAreDecoded()
{
    RequestParser parser;
    const QByteArray input = "GET /webhook/wh%61tsapp?hub.mode=subscribe&hub.verify_token=a+b%26c&flag HTTP/1.1\r\n"
                             "Host: example\r\nX-Multi: one\r\nx-multi: two\r\nContent-Type: Application/JSON; charset=utf-8\r\n"
                             "Connection: close\r\n\r\n"_ba;
    QCOMPARE(parser.feed(input), RequestParser::Status::RequestReady);
    const Request request = parser.takeRequest();
    QCOMPARE(request.method, u"GET"_s);
    QCOMPARE(request.path, u"/webhook/whatsapp"_s);
    QCOMPARE(request.queryValue(u"hub.mode"_s), u"subscribe"_s);
    QCOMPARE(request.queryValue(u"hub.verify_token"_s), u"a b&c"_s);
    QVERIFY(request.hasQueryItem(u"flag"_s));
    QCOMPARE(request.header("X-MULTI"), "one, two"_ba);
    QCOMPARE(request.header("host"), "example"_ba);
    QCOMPARE(request.mediaType(), "application/json"_ba);
    QVERIFY(!request.keepAlive);
    QCOMPARE(request.target, "/webhook/wh%61tsapp?hub.mode=subscribe&hub.verify_token=a+b%26c&flag"_ba);
}

void TestRequestParser::upgradeStopsParsingAndKeepsTheRest()
{
    RequestParser parser;
    const QByteArray input = "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
                             "\x81\x85 frame bytes"_ba;
    QCOMPARE(parser.feed(input), RequestParser::Status::RequestReady);
    const Request request = parser.takeRequest();
    QVERIFY(request.upgrade);
    QVERIFY(parser.isUpgraded());
    QCOMPARE(parser.pendingInput(), "\x81\x85 frame bytes"_ba);
}

void TestRequestParser::errorsMapToJson()
{
    RequestParser parser;
    QCOMPARE(parser.feed("NOT HTTP AT ALL\r\n\r\n"), RequestParser::Status::Error);
    const QByteArray json = parser.error().toJson();
    QVERIFY2(json.startsWith("{\"error\":{\"code\":\"bad_request\",\"message\":\""), json.constData());
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
