#pragma once

#include "ws/clientinfo.h"
#include "ws/wsserverconfig.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocketProtocol>

#include <functional>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace Moltdesk::Ws {

class MethodRegistry;
class WsConnection;

// The `GET /ws` endpoint: the HTTP server hands each upgrade request's socket (handshake bytes
// still unread) to handleConnection(); a non-listening QWebSocketServer performs the RFC 6455
// opening handshake and we run the gateway protocol on the result.
//
// Lives on the gateway thread, like the HTTP server and the registry. No singletons: the
// registry and the operator token come in through the constructor.
class WsServer : public QObject
{
    Q_OBJECT

public:
    // Returns the current operator token (MOLTDESK_TOKEN). Called at each `connect`, so a token
    // rotated at runtime applies to the next handshake. Empty means "not configured": every
    // `connect` is then refused.
    using TokenProvider = std::function<QByteArray()>;
    using SnapshotProvider = std::function<QJsonObject()>;
    // Decides whether a browser Origin (RFC 6455 §10.2; empty for non-browser clients) may
    // connect, e.g. against security.allowedOrigins. Unset means every origin is accepted.
    using OriginValidator = std::function<bool(const QString &origin)>;
    // Told about every `connect` refused for a missing or wrong token (failed-auth throttling).
    using AuthFailureHook = std::function<void(const QHostAddress &peer)>;

    WsServer(MethodRegistry &registry, TokenProvider operatorToken,
             const WsServerConfig &config = WsServerConfig(), QObject *parent = nullptr);
    ~WsServer() override;

    // Takes ownership of `socket`; it must live on this object's thread.
    void handleConnection(QTcpSocket *socket);

    // Sends `event` to every authenticated client (each with its own seq). The event must be
    // registered in the MethodRegistry, so hello-ok never hides an event we emit. Returns the
    // number of clients it was sent to, or -1 for an unregistered event.
    int broadcast(const QString &event, const QJsonValue &payload = QJsonValue());
    // Sends `event` to one authenticated client. False if unknown, not authenticated or unregistered.
    bool sendEvent(const QString &connectionId, const QString &event,
                   const QJsonValue &payload = QJsonValue());

    // Extra fields for hello-ok `snapshot` (health, presence, ...); merged over {uptimeMs}.
    void setSnapshotProvider(SnapshotProvider provider);
    // Refused origins are closed with 1008 "origin not allowed" before the challenge is sent.
    void setOriginValidator(OriginValidator validator);
    void setAuthFailureHook(AuthFailureHook hook);
    // Compares the operator token with the one each session authenticated with and closes the
    // sessions of a rotated token with 1008 "operator token rotated". Runs every
    // tokenCheckInterval by itself; callers that know the token just changed may call it at once.
    void checkOperatorToken();
    // Closes every connection (shutdown), with 1001 "going away" (RFC 6455 §7.4.1).
    void closeAll(const QString &reason);

    int clientCount() const;            // open WebSocket connections, authenticated or not
    int authenticatedClientCount() const;
    quint64 rejectedConnectionCount() const { return m_rejected; } // refused by the client cap
    QStringList connectionIds() const;
    const WsServerConfig &config() const { return m_config; }

signals:
    // For metrics and the control panel: the number of open WebSocket connections changed.
    void clientCountChanged(int count);
    void clientAuthenticated(const QString &connectionId, const Moltdesk::Ws::ClientInfo &client);
    void clientDisconnected(const QString &connectionId);
    // A connection was refused because maxClients were already open.
    void connectionRejected();
    // Every accepted broadcast(), also when no client is connected: the in-process panel
    // listens here instead of over a socket.
    void broadcasted(const QString &event, const QJsonValue &payload);

private:
    void onNewConnection();
    void onConnectionClosed(const QString &connectionId);
    void onTick();
    void refuse(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason);
    QJsonObject snapshot() const;

    MethodRegistry &m_registry;
    TokenProvider m_operatorToken;
    WsServerConfig m_config;
    SnapshotProvider m_snapshotProvider;
    OriginValidator m_originValidator;
    AuthFailureHook m_authFailureHook;
    QWebSocketServer *m_server = nullptr;
    // Sockets in the opening handshake, to match with the QWebSocket they become.
    QList<QPointer<QTcpSocket>> m_handshaking;
    QTimer m_tokenTimer;
    QByteArray m_lastToken;
    QHash<QString, QPointer<WsConnection>> m_connections;
    QTimer m_tickTimer;
    QElapsedTimer m_uptime;
    quint64 m_rejected = 0;
};

} // namespace Moltdesk::Ws
