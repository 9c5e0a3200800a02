#include "instantproviderserver.h"

#include "support/fakeanthropicprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Moltdesk::Bench {

namespace {
const QByteArray ToolIdPlaceholder = "toolu_bench_0000000000"_ba;
constexpr int ToolIdDigits = 10;

QByteArray httpResponse(bool streamed, const QByteArray &body)
{
    // Streams come chunked as from the real API (RFC 9112 §7.1), here as one chunk.
    if (streamed)
        return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
               "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
               + QByteArray::number(body.size(), 16) + "\r\n"_ba + body + "\r\n0\r\n\r\n"_ba;
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "_ba
           + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
}

QByteArray replyBody(bool streamed, const QJsonArray &content, const QString &stopReason)
{
    const QJsonObject usage = TestSupport::FakeAnthropicProvider::usage(40, 12);
    if (!streamed)
        return TestSupport::FakeAnthropicProvider::message(content, stopReason, usage).body();
    QByteArray all;
    const QList<QByteArray> events =
        TestSupport::FakeAnthropicProvider::streamEvents(content, stopReason, usage, /*pieceSize=*/16);
    for (const QByteArray &event : events)
        all += event;
    return all;
}

bool lastMessageHasToolResult(const QByteArray &body)
{
    const QJsonArray messages = QJsonDocument::fromJson(body).object().value(u"messages"_s).toArray();
    if (messages.isEmpty())
        return false;
    const QJsonArray content = messages.last().toObject().value(u"content"_s).toArray();
    for (const QJsonValue &block : content)
        if (block.toObject().value(u"type"_s).toString() == u"tool_result"_s)
            return true;
    return false;
}
} // namespace

InstantProviderServer::InstantProviderServer(bool streamed, bool toolRound)
    : m_streamed(streamed)
    , m_toolRound(toolRound)
{
    using TestSupport::FakeAnthropicProvider;
    m_textReply = httpResponse(
        streamed, replyBody(streamed, {FakeAnthropicProvider::textBlock(u"Instant reply from the bench provider."_s)},
                            u"end_turn"_s));
    m_toolReply = httpResponse(
        streamed, replyBody(streamed,
                            {FakeAnthropicProvider::toolUseBlock(QString::fromLatin1(ToolIdPlaceholder), u"echo"_s,
                                                                 {{u"text"_s, u"ping"_s}})},
                            u"tool_use"_s));
    m_toolIdOffset = m_toolReply.indexOf(ToolIdPlaceholder);
}

InstantProviderServer::~InstantProviderServer() = default;

quint16 InstantProviderServer::start()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &InstantProviderServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
}

void InstantProviderServer::stop()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
    if (m_server)
        m_server->close();
}

QList<qint64> InstantProviderServer::serviceTimesNs(qsizetype from) const
{
    QMutexLocker lock(&m_mutex);
    return m_serviceNs.mid(from);
}

qsizetype InstantProviderServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_serviceNs.size();
}

void InstantProviderServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Replies leave in one write; no Nagle wait for the client's ACK (RFC 896).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void InstantProviderServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    while (serveOne(socket, *it)) {
    }
}

bool InstantProviderServer::serveOne(QTcpSocket *socket, Connection &connection)
{
    QByteArray &buffer = connection.buffer;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    // The gateway's client always sends Content-Length for its POSTs (RFC 9112 §6.2).
    qint64 length = -1;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (length < 0) {
        ++m_badRequests;
        socket->write("HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"_ba);
        socket->disconnectFromHost();
        buffer.clear();
        return false;
    }
    if (buffer.size() < headEnd + 4 + length)
        return false;
    // The provider's own share starts once the whole request is in: how long the request took to
    // arrive (client-side Nagle, delayed ACKs) is transport, seen in the client's round trip.
    connection.arrival.start();
    const QByteArray body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    if (length > m_largestRequest.load())
        m_largestRequest.store(length);

    socket->write(replyFor(body));
    socket->flush();
    const qint64 ns = connection.arrival.nsecsElapsed();
    {
        QMutexLocker lock(&m_mutex);
        m_serviceNs.append(ns);
    }
    return true;
}

QByteArray InstantProviderServer::replyFor(const QByteArray &body)
{
    if (!m_toolRound || m_toolIdOffset < 0 || lastMessageHasToolResult(body))
        return m_textReply;
    QByteArray reply = m_toolReply;
    const QByteArray id = QByteArray::number(++m_toolIds).rightJustified(ToolIdDigits, '0');
    reply.replace(m_toolIdOffset + ToolIdPlaceholder.size() - ToolIdDigits, ToolIdDigits, id);
    return reply;
}

} // namespace Moltdesk::Bench
