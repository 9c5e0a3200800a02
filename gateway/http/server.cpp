#include "http/server.h"

#include "base/logging.h"
#include "http/connection.h"
#include "http/response.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

namespace {
// Refused connections linger briefly to deliver their 503; past this many at once, new excess
// sockets are dropped without an answer so a flood cannot pile them up.
constexpr int kMaxLingeringRejects = 64;
} // namespace

Server::Server(const Router *router, const ServerLimits &limits, Metrics::Registry *metrics, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_limits(limits)
    , m_metrics(metrics)
{
    connect(&m_tcpServer, &QTcpServer::newConnection, this, &Server::onNewConnection);
    m_metrics.openConnections(0);
}

Server::~Server()
{
    close();
}

bool Server::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcpServer.listen(address, port)) {
        // Not logged here: the caller reports the failure once, with errorString().
        qCDebug(lcHttp) << "cannot listen on" << address << port << m_tcpServer.errorString();
        return false;
    }
    qCInfo(lcHttp) << "listening on" << m_tcpServer.serverAddress() << m_tcpServer.serverPort();
    return true;
}

bool Server::isListening() const
{
    return m_tcpServer.isListening();
}

quint16 Server::serverPort() const
{
    return m_tcpServer.serverPort();
}

QHostAddress Server::serverAddress() const
{
    return m_tcpServer.serverAddress();
}

QString Server::errorString() const
{
    return m_tcpServer.errorString();
}

int Server::openConnectionCount() const
{
    return int(m_connections.size());
}

void Server::close()
{
    m_tcpServer.close();
    const auto all = m_connections + m_rejected;
    m_connections.clear();
    m_rejected.clear();
    for (Connection *connection : all) {
        connection->disconnect(this);
        connection->abort();
        // Deferred: close() may run inside one of these connections' own handlers.
        connection->deleteLater();
    }
    m_metrics.openConnections(0);
}

void Server::onNewConnection()
{
    while (QTcpSocket *socket = m_tcpServer.nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            m_metrics.connectionRejected(u"max_connections"_s);
            if (m_rejected.size() >= kMaxLingeringRejects) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            qCWarning(lcHttp) << "connection cap" << m_limits.maxConnections << "reached; refusing"
                              << socket->peerAddress();
            auto *connection = new Connection(socket, m_router, m_limits, &m_metrics, nullptr, this);
            m_rejected.insert(connection);
            connect(connection, &Connection::finished, this, [this, connection] { onConnectionFinished(connection); });
            Response busy = Response::error(ErrorCode::ServiceUnavailable);
            busy.setHeader("Retry-After"_ba, "1"_ba); // RFC 9110 §10.2.3
            connection->reject(busy);
            continue;
        }
        auto *connection = new Connection(socket, m_router, m_limits, &m_metrics, m_guard, this);
        m_connections.insert(connection);
        connect(connection, &Connection::finished, this, [this, connection] { onConnectionFinished(connection); });
        m_metrics.openConnections(int(m_connections.size()));
        Q_EMIT openConnectionCountChanged(int(m_connections.size()));
    }
}

void Server::onConnectionFinished(Connection *connection)
{
    connection->deleteLater();
    if (m_rejected.remove(connection))
        return;
    if (m_connections.remove(connection)) {
        m_metrics.openConnections(int(m_connections.size()));
        Q_EMIT openConnectionCountChanged(int(m_connections.size()));
    }
}

} // namespace Moltdesk::Http
