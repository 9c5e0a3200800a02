// Issue 13 item 6 as the attack: a raw client floods the real `moltdesk --headless` with masked
// ping frames and never reads the pongs Qt answers with by itself. The gateway must drop the
// socket before its memory grows (VmRSS of the child process), before `connect` and after.
#include "support/appprocess.h"
#include "support/testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::procStatusKiB;
using Moltdesk::TestSupport::AppProcess;

namespace {

const QString kToken = u"pingflood-operator-token-0123456789abcdef0123456789abcdef"_s;
constexpr qint64 kMaxSend = 128LL * 1024 * 1024; // give up (and fail) after this much
constexpr qint64 kRssBudgetKiB = 32 * 1024;

// A client frame (RFC 6455 §5.2): FIN, `opcode`, masked with a zero key (still a masked frame).
QByteArray clientFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    frame.append(QByteArray(4, '\0'));
    return frame + payload;
}

// Opens a raw WebSocket on /ws: the 101 and the server's first frames are read; nothing after.
bool openRaw(QTcpSocket &socket, quint16 port, QByteArray *afterHandshake)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                 + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    QByteArray received;
    QDeadlineTimer deadline(5000);
    while (!received.contains("\r\n\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(200))
        received += socket.readAll();
    if (!received.startsWith("HTTP/1.1 101"))
        return false;
    *afterHandshake = received.mid(received.indexOf("\r\n\r\n") + 4);
    return true;
}

} // namespace

class TestPingFlood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void attackPingFloodBeforeConnectIsDropped();
    void attackPingFloodAfterConnectIsDropped();

private:
    // Floods pings without reading; returns the bytes sent until the server dropped the socket.
    qint64 flood(QTcpSocket &socket);

    QTemporaryDir m_dir;
    std::unique_ptr<AppProcess> m_app;
};

void TestPingFlood::initTestCase()
{
    m_app = std::make_unique<AppProcess>(QStringLiteral(MOLTDESK_BINARY));
    m_app->setEnvironment(AppProcess::environmentWithToken(kToken));
    QVERIFY(m_app->start(AppProcess::headlessArguments(m_dir.path())));
    QVERIFY2(!m_app->waitForListening(15000).isEmpty(), m_app->transcript().constData());
}

void TestPingFlood::cleanupTestCase()
{
    if (m_app) {
        m_app->sendSignal(SIGTERM);
        m_app->waitForExit(10000);
    }
}

qint64 TestPingFlood::flood(QTcpSocket &socket)
{
    // Stop reading: Qt's buffer holds one byte, so the pongs back up into the kernel and then
    // into the gateway's write buffer.
    socket.setReadBufferSize(1);
    const QByteArray batch = clientFrame(0x9, QByteArray(125, 'p')).repeated(512);
    qint64 sent = 0;
    QDeadlineTimer deadline(60000);
    while (socket.state() == QAbstractSocket::ConnectedState && sent < kMaxSend && !deadline.hasExpired()) {
        if (socket.bytesToWrite() < 4 * batch.size()) {
            socket.write(batch);
            sent += batch.size();
        }
        socket.waitForBytesWritten(100);
    }
    return sent;
}

void TestPingFlood::attackPingFloodBeforeConnectIsDropped()
{
    const qint64 before = procStatusKiB("VmRSS", m_app->processId());
    QVERIFY(before > 0);

    QTcpSocket socket;
    QByteArray first;
    QVERIFY(openRaw(socket, m_app->port(), &first));
    const qint64 sent = flood(socket);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(sent < kMaxSend, "the gateway kept answering pings without being read");

    const qint64 after = procStatusKiB("VmRSS", m_app->processId());
    qInfo().noquote() << "pings before connect:" << sent / 1024 << "KiB sent; gateway RSS" << before << "->" << after << "KiB";
    QVERIFY2(after - before < kRssBudgetKiB, qPrintable(u"RSS grew by %1 KiB"_s.arg(after - before)));
    QVERIFY(m_app->waitForStdErr("is not reading"));
    QVERIFY(m_app->isRunning());
}

void TestPingFlood::attackPingFloodAfterConnectIsDropped()
{
    const qint64 before = procStatusKiB("VmRSS", m_app->processId());

    QTcpSocket socket;
    QByteArray received;
    QVERIFY(openRaw(socket, m_app->port(), &received));
    const QJsonObject connect{
        {u"type"_s, u"req"_s}, {u"id"_s, u"1"_s}, {u"method"_s, u"connect"_s},
        {u"params"_s,
         QJsonObject{{u"minProtocol"_s, 3}, {u"maxProtocol"_s, 3},
                     {u"client"_s, QJsonObject{{u"id"_s, u"flood"_s}, {u"version"_s, u"1"_s}, {u"platform"_s, u"test"_s},
                                               {u"mode"_s, u"cli"_s}}},
                     {u"role"_s, u"operator"_s}, {u"scopes"_s, QJsonArray{u"operator.admin"_s}},
                     {u"auth"_s, QJsonObject{{u"token"_s, kToken}}}}}};
    socket.write(clientFrame(0x1, QJsonDocument(connect).toJson(QJsonDocument::Compact)));
    QDeadlineTimer deadline(5000);
    while (!received.contains("hello-ok") && !deadline.hasExpired() && socket.waitForReadyRead(200))
        received += socket.readAll();
    QVERIFY2(received.contains("hello-ok"), received.constData());

    const qint64 sent = flood(socket);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(sent < kMaxSend, "the gateway kept answering pings without being read");
    const qint64 after = procStatusKiB("VmRSS", m_app->processId());
    qInfo().noquote() << "pings after connect:" << sent / 1024 << "KiB sent; gateway RSS" << before << "->" << after << "KiB";
    QVERIFY2(after - before < kRssBudgetKiB, qPrintable(u"RSS grew by %1 KiB"_s.arg(after - before)));
    QVERIFY(m_app->isRunning());
}

QTEST_GUILESS_MAIN(TestPingFlood)
#include "tst_pingflood.moc"
