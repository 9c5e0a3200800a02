#include "ws/wsserver.h"

#include "base/logging.h"
#include "http/handoff.h"
#include "ws/methodregistry.h"
#include "ws/wsconnection.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

namespace {

const QString kTick = u"tick"_s;
// 1013 "Try Again Later" is in the IANA WebSocket close code registry (RFC 6455 §11.7) but not in
// Qt 6.4's QWebSocketProtocol::CloseCode enum.
constexpr auto kCloseTryAgainLater = static_cast<QWebSocketProtocol::CloseCode>(1013);

WsServerConfig sanitized(WsServerConfig config)
{
    using std::chrono::milliseconds;
    // policy.tickIntervalMs and maxPayload must be >= 1 (OpenClaw HelloOkSchema).
    config.handshakeTimeout = std::max(config.handshakeTimeout, milliseconds(1));
    config.tickInterval = std::max(config.tickInterval, milliseconds(1));
    config.closeGracePeriod = std::max(config.closeGracePeriod, milliseconds(1));
    config.maxClients = std::max(config.maxClients, 0);
    config.maxPayloadBytes = std::max<qint64>(config.maxPayloadBytes, 1);
    config.maxPreConnectPayloadBytes =
        std::clamp<qint64>(config.maxPreConnectPayloadBytes, 1, config.maxPayloadBytes);
    config.maxBufferedBytes = std::max<qint64>(config.maxBufferedBytes, config.maxPayloadBytes);
    config.maxPreConnectBufferedBytes = std::clamp<qint64>(config.maxPreConnectBufferedBytes, 4096, config.maxBufferedBytes);
    config.tokenCheckInterval = std::max(config.tokenCheckInterval, milliseconds(1));
    return config;
}

} // namespace

WsServer::WsServer(MethodRegistry &registry, TokenProvider operatorToken,
                   const WsServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_operatorToken(std::move(operatorToken))
    , m_config(sanitized(config))
    , m_server(new QWebSocketServer(u"moltdesk"_s, QWebSocketServer::NonSecureMode, this))
{
    m_uptime.start();
    m_registry.registerEvent(kTick);
    // TLS, if any, is the HTTP server's business; this server never listens itself.
    connect(m_server, &QWebSocketServer::newConnection, this, &WsServer::onNewConnection);
    connect(m_server, &QWebSocketServer::serverError, this,
            [](QWebSocketProtocol::CloseCode code) {
                qCInfo(lcWs) << "WebSocket upgrade failed with close code" << code;
            });

    m_tickTimer.setInterval(m_config.tickInterval);
    connect(&m_tickTimer, &QTimer::timeout, this, &WsServer::onTick);
    m_tickTimer.start();

    m_tokenTimer.setInterval(m_config.tokenCheckInterval);
    connect(&m_tokenTimer, &QTimer::timeout, this, &WsServer::checkOperatorToken);
    m_tokenTimer.start();
}

WsServer::~WsServer()
{
    // Connections are children; stop them from calling back into a half-destroyed server.
    for (const QPointer<WsConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            disconnect(connection, nullptr, this, nullptr);
    }
}

void WsServer::handleConnection(QTcpSocket *socket)
{
    if (!socket)
        return;
    if (socket->thread() != thread()) {
        qCWarning(lcWs) << "WebSocket upgrade socket lives on another thread; dropped";
        socket->abort();
        socket->deleteLater();
        return;
    }
    // QWebSocketServer reads the upgrade request from the socket, answers 101 (or an HTTP
    // error) and emits newConnection for a good one (RFC 6455 §4.2). It starts no handshake
    // timer for a socket handed to it; the HTTP server's hand-off guard closes one that never
    // completes (docs/http.md "WebSocket hand-off").
    m_handshaking.removeAll(QPointer<QTcpSocket>());
    m_handshaking.append(socket);
    m_server->handleConnection(socket);
}

void WsServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            continue;
        // The TCP socket under it: no longer the HTTP server's to guard, and ours to watch.
        QTcpSocket *transport = nullptr;
        for (qsizetype i = 0; i < m_handshaking.size(); ++i) {
            QTcpSocket *candidate = m_handshaking.at(i);
            if (candidate && candidate->peerPort() == socket->peerPort()
                && candidate->peerAddress() == socket->peerAddress()) {
                transport = candidate;
                m_handshaking.removeAt(i);
                break;
            }
        }
        Http::HandOff::adopted(transport);
        if (m_originValidator && !m_originValidator(socket->origin())) {
            qCWarning(lcSecurity) << "WebSocket origin" << socket->origin() << "not allowed";
            refuse(socket, QWebSocketProtocol::CloseCodePolicyViolated, u"origin not allowed"_s);
            continue;
        }
        if (m_connections.size() >= m_config.maxClients) {
            ++m_rejected;
            qCWarning(lcWs) << "WebSocket client cap" << m_config.maxClients
                            << "reached; refusing" << socket->peerAddress().toString();
            // 1013 "Try Again Later" (IANA WebSocket close code registry, RFC 6455 §11.7).
            refuse(socket, kCloseTryAgainLater, u"too many clients"_s);
            emit connectionRejected();
            continue;
        }

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        WsConnection::Dependencies deps{&m_config, &m_registry, m_operatorToken,
                                        [this] { return snapshot(); }};
        auto *connection = new WsConnection(socket, id, std::move(deps), this);
        if (transport)
            connection->watchTransport(transport);
        m_connections.insert(id, connection);
        connect(connection, &WsConnection::closed, this, &WsServer::onConnectionClosed);
        connect(connection, &WsConnection::authenticationFailed, this, [this](const QHostAddress &peer) {
            if (m_authFailureHook)
                m_authFailureHook(peer);
        });
        connect(connection, &WsConnection::authenticated, this, [this, connection](const QString &connId) {
            emit clientAuthenticated(connId, connection->client());
        });
        qCDebug(lcWs) << "WebSocket connection" << id << "from" << socket->peerAddress().toString();
        emit clientCountChanged(clientCount());
    }
}

void WsServer::refuse(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    // If the peer never answers our close frame, drop the TCP connection anyway.
    QTimer::singleShot(m_config.closeGracePeriod, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->close(code, reason);
}

void WsServer::onConnectionClosed(const QString &connectionId)
{
    const QPointer<WsConnection> connection = m_connections.take(connectionId);
    if (!connection)
        return;
    const bool wasAuthenticated = connection->hasAuthenticated();
    connection->deleteLater();
    qCDebug(lcWs) << "WebSocket connection" << connectionId << "closed";
    if (wasAuthenticated)
        emit clientDisconnected(connectionId);
    emit clientCountChanged(clientCount());
}

int WsServer::broadcast(const QString &event, const QJsonValue &payload)
{
    if (!m_registry.hasEvent(event)) {
        qCWarning(lcWs) << "broadcast of unregistered event" << event << "refused";
        return -1;
    }
    int sent = 0;
    for (const QPointer<WsConnection> &connection : std::as_const(m_connections)) {
        if (connection && connection->isOpen() && connection->sendEvent(event, payload))
            ++sent;
    }
    Q_EMIT broadcasted(event, payload);
    return sent;
}

bool WsServer::sendEvent(const QString &connectionId, const QString &event, const QJsonValue &payload)
{
    if (!m_registry.hasEvent(event)) {
        qCWarning(lcWs) << "event" << event << "is not registered; not sent";
        return false;
    }
    const QPointer<WsConnection> connection = m_connections.value(connectionId);
    return connection && connection->sendEvent(event, payload);
}

void WsServer::setSnapshotProvider(SnapshotProvider provider)
{
    m_snapshotProvider = std::move(provider);
}

void WsServer::setOriginValidator(OriginValidator validator)
{
    m_originValidator = std::move(validator);
}

void WsServer::setAuthFailureHook(AuthFailureHook hook)
{
    m_authFailureHook = std::move(hook);
}

void WsServer::checkOperatorToken()
{
    const QByteArray token = m_operatorToken ? m_operatorToken() : QByteArray();
    if (token == m_lastToken)
        return;
    m_lastToken = token;
    const auto connections = m_connections.values();
    for (const QPointer<WsConnection> &connection : connections) {
        if (connection)
            connection->closeIfTokenChanged(token);
    }
}

void WsServer::closeAll(const QString &reason)
{
    const auto connections = m_connections.values();
    for (const QPointer<WsConnection> &connection : connections) {
        if (connection)
            connection->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
    }
}

int WsServer::clientCount() const
{
    return static_cast<int>(m_connections.size());
}

int WsServer::authenticatedClientCount() const
{
    int count = 0;
    for (const QPointer<WsConnection> &connection : std::as_const(m_connections)) {
        if (connection && connection->isOpen())
            ++count;
    }
    return count;
}

QStringList WsServer::connectionIds() const
{
    return m_connections.keys();
}

void WsServer::onTick()
{
    // OpenClaw TickEventSchema: {ts} in ms since the epoch.
    broadcast(kTick, QJsonObject{{u"ts"_s, QDateTime::currentMSecsSinceEpoch()}});
}

QJsonObject WsServer::snapshot() const
{
    QJsonObject result{{u"uptimeMs"_s, m_uptime.elapsed()}};
    if (m_snapshotProvider) {
        const QJsonObject extra = m_snapshotProvider();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace Moltdesk::Ws
