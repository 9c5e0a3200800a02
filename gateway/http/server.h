#pragma once

#include "http/serverlimits.h"
#include "http/servermetrics.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Http {

class AccessGuard;
class Connection;
class Router;

// The HTTP/1.1 listener: accepts sockets, enforces the connection cap and hands each socket to
// a Connection. Transport only - what to answer is the Router's business (qBittorrent's
// Http::Server / IRequestHandler split). Lives on the gateway thread; `router` and `metrics`
// must outlive it.
class Server : public QObject
{
    Q_OBJECT

public:
    Server(const Router *router, const ServerLimits &limits, Metrics::Registry *metrics = nullptr,
           QObject *parent = nullptr);
    ~Server() override;

    // Port 0 picks a free port; serverPort() tells which. False (see errorString()) when the
    // address cannot be bound, e.g. the port is in use.
    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;

    // Stops accepting and drops every open connection; pending responders become no-ops.
    void close();

    // Screens requests before routing (Host, failed-auth throttling); null: none. Must outlive
    // the server; applies to connections accepted from now on.
    void setAccessGuard(AccessGuard *guard) { m_guard = guard; }

    // Open connections, including sockets handed to an upgrade handler and not adopted yet.
    int openConnectionCount() const;
    const ServerLimits &limits() const { return m_limits; }

signals:
    void openConnectionCountChanged(int count);

private:
    void onNewConnection();
    void onConnectionFinished(Connection *connection);

    const Router *m_router;
    AccessGuard *m_guard = nullptr;
    ServerLimits m_limits;
    ServerMetrics m_metrics;
    QTcpServer m_tcpServer;
    QSet<Connection *> m_connections;
    QSet<Connection *> m_rejected;
};

} // namespace Moltdesk::Http
