#include "http/router.h"
#include "http/server.h"
#include "support/httptestclient.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <memory>

// Under AddressSanitizer (scripts/test.sh --sanitize) freed memory waits in a quarantine instead of
// being reused, so resident memory says nothing about buffering there; the normal build checks it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRssIsMeaningful = false;
#elif defined(__has_feature)
constexpr bool kRssIsMeaningful = !__has_feature(address_sanitizer);
#else
constexpr bool kRssIsMeaningful = true;
#endif

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::procStatusKiB;
using namespace Moltdesk::Http;
using Moltdesk::TestSupport::HttpTestClient;

namespace {

constexpr qint64 kBodySize = 50LL * 1024 * 1024;
constexpr qint64 kPiece = 64 * 1024;

} // namespace

// A client pushes a 50 MiB body at a 1 MiB limit. The server must answer 413 without buffering
// it: the body is generated on the fly, 64 KiB at a time and only as the socket drains, so
// neither side of this process ever holds it, and RSS must stay flat.
class TestBodyLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hugeBodyIsRefusedWithoutBuffering_data();
    void hugeBodyIsRefusedWithoutBuffering();

private:
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Server> m_server;
    int m_handlerCalls = 0;
};

void TestBodyLimits::init()
{
    m_handlerCalls = 0;
    m_router = std::make_unique<Router>();
    m_router->addRoute(u"POST"_s, u"/webhook/telegram"_s, [this](const Request &, Responder responder) {
        ++m_handlerCalls;
        responder.send(Response::text(200, u"ok"_s));
    });
    ServerLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    m_server = std::make_unique<Server>(m_router.get(), limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestBodyLimits::cleanup()
{
    m_server.reset();
    m_router.reset();
}

void TestBodyLimits::hugeBodyIsRefusedWithoutBuffering_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length: 52428800") << false;
    QTest::newRow("chunked, no Content-Length") << true;
}

void TestBodyLimits::hugeBodyIsRefusedWithoutBuffering()
{
    QFETCH(bool, chunked);

    // Warm up allocator and socket code paths so the baseline is honest.
    QCOMPARE(HttpTestClient::request(m_server->serverPort(),
                                     "POST /webhook/telegram HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nok"_ba)
                     .status,
             200);
    const qint64 before = procStatusKiB("VmRSS");
    QVERIFY(before > 0);

    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    QTcpSocket &socket = client.socket();
    const QByteArray piece(kPiece, 'x');
    const QByteArray framedPiece = QByteArray::number(kPiece, 16) + "\r\n" + piece + "\r\n";
    qint64 sent = 0;
    bool stopped = false;

    auto pump = [&] {
        // Write only when the socket has drained: the test never queues more than ~2 pieces.
        while (!stopped && sent < kBodySize && socket.state() == QAbstractSocket::ConnectedState
               && socket.bytesToWrite() < kPiece) {
            socket.write(chunked ? framedPiece : piece);
            sent += kPiece;
            if (chunked && sent >= kBodySize)
                socket.write("0\r\n\r\n");
        }
    };
    connect(&socket, &QTcpSocket::bytesWritten, this, pump);

    socket.write(chunked ? "POST /webhook/telegram HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
                         : "POST /webhook/telegram HTTP/1.1\r\nHost: t\r\nContent-Length: 52428800\r\n\r\n"_ba);
    pump();

    QVERIFY(client.waitForResponses(1, 20000));
    stopped = true;
    const auto response = client.responses().first();
    QCOMPARE(response.status, 413);
    QCOMPARE(response.header("Connection"), "close"_ba);
    QCOMPARE(response.header("X-Content-Type-Options"), "nosniff"_ba);
    QVERIFY(response.body.contains("payload_too_large"));
    QVERIFY(client.waitForDisconnect(5000));
    QTRY_COMPARE(m_server->openConnectionCount(), 0);

    QCOMPARE(m_handlerCalls, 1); // only the warm-up reached the handler
    QVERIFY2(sent < kBodySize, "the server drained the whole body instead of refusing early");
    const qint64 after = procStatusKiB("VmRSS");
    qInfo("RSS before %lld KiB, after %lld KiB, client wrote %lld KiB", before, after, sent / 1024);
    if (kRssIsMeaningful)
        QVERIFY2(after - before < 5 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(after - before)));
}

QTEST_GUILESS_MAIN(TestBodyLimits)
#include "tst_bodylimits.moc"
