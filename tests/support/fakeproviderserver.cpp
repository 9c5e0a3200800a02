#include "support/fakeproviderserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

QJsonObject FakeProviderRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeProviderServer::FakeProviderServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeProviderServer::onNewConnection);
}

FakeProviderServer::~FakeProviderServer()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool FakeProviderServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeProviderServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void FakeProviderServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // Tiny pieces must leave at once, not wait for Nagle + delayed ACK (RFC 896).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
            emit clientDisconnected();
        });
    }
}

void FakeProviderServer::onReadyRead(QTcpSocket *socket)
{
    m_buffers[socket] += socket->readAll();
    while (m_buffers.contains(socket) && takeRequest(socket)) {
    }
}

bool FakeProviderServer::takeRequest(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    FakeProviderRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length"_ba).toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return false;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);

    m_requests.append(request);
    const FakeProviderReply reply =
        m_script.isEmpty() ? FakeProviderReply::json(500, {{u"error"_s, QJsonObject{{u"message"_s, u"no scripted reply left"_s}}}})
                           : m_script.dequeue();
    emit requestReceived(request);
    respond(socket, reply);
    return true;
}

void FakeProviderServer::respond(QTcpSocket *socket, const FakeProviderReply &reply)
{
    if (reply.neverAnswer)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Fake\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(reply.body().size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    writePiece(socket, reply, 0);
}

void FakeProviderServer::writePiece(QTcpSocket *socket, const FakeProviderReply &reply, int index)
{
    if (!m_buffers.contains(socket))
        return; // the client went away
    if (index < reply.pieces.size()) {
        const QByteArray &piece = reply.pieces.at(index);
        if (reply.chunked && !piece.isEmpty())
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            socket->write(piece);
        socket->flush();
        // One event-loop turn between pieces so the client sees them as separate reads.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [this, guard, reply, index] {
            if (guard)
                writePiece(guard, reply, index + 1);
        });
        return;
    }
    switch (reply.ending) {
    case FakeProviderReply::Ending::Complete:
        if (reply.chunked)
            socket->write("0\r\n\r\n");
        socket->flush();
        break;
    case FakeProviderReply::Ending::Cut:
        socket->flush();
        socket->disconnectFromHost();
        break;
    case FakeProviderReply::Ending::Stall:
        break;
    }
}

} // namespace Moltdesk::TestSupport
