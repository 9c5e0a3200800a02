#pragma once

#include "ws/clientinfo.h"
#include "ws/rpcerror.h"
#include "ws/wsserverconfig.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <functional>

class QTcpSocket;
class QWebSocket;

namespace Moltdesk::Ws {

class MethodRegistry;
struct IncomingFrame;

// One WebSocket client: the handshake state machine, per-connection event sequence, and
// dispatch of its requests to the MethodRegistry. Owned by WsServer.
//
// Life cycle: AwaitingConnect (challenge sent, handshake timer running) → Open (after a good
// `connect`) → Closed. Protocol choices (docs/protocol.md):
//   - before `connect`: anything but a well-formed `connect` request closes the socket
//     (1002 for non-JSON/binary, 1008 otherwise, after an error response when the frame had an id);
//   - after `connect`: a request with a usable id always gets a response; a frame without one
//     (non-JSON, binary, not a req) closes the socket with 1002.
class WsConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { AwaitingConnect, Open, Closed };

    struct Dependencies
    {
        const WsServerConfig *config = nullptr;
        const MethodRegistry *registry = nullptr;
        std::function<QByteArray()> operatorToken;   // read at each connect: the token can change
        std::function<QJsonObject()> snapshot;       // hello-ok `snapshot`
    };

    // Takes ownership of `socket` (already upgraded) and sends connect.challenge.
    WsConnection(QWebSocket *socket, const QString &connectionId, Dependencies dependencies,
                 QObject *parent = nullptr);
    ~WsConnection() override;

    const QString &connectionId() const { return m_connectionId; }
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // True once `connect` succeeded, even after the connection closed.
    bool hasAuthenticated() const { return m_authenticated; }
    const ClientInfo &client() const { return m_client; }
    const QString &challengeNonce() const { return m_nonce; }

    // Sends an event with the next sequence number. Only after the handshake; false otherwise.
    bool sendEvent(const QString &event, const QJsonValue &payload);
    // Sends an encoded frame (a Reply's response). False when closed or the client is too slow.
    bool sendFrame(const QByteArray &frame);
    // The TCP socket under the WebSocket: after every read from it the bytes Qt queued (pongs
    // included) are checked against the buffer limit of the current state.
    void watchTransport(QTcpSocket *transport);
    // Closes the session when it authenticated with another token than `currentToken` (the
    // operator token was rotated). True when it did.
    bool closeIfTokenChanged(const QByteArray &currentToken);
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);

signals:
    void authenticated(const QString &connectionId);
    // A `connect` with a missing or wrong token (for the failed-auth throttle).
    void authenticationFailed(const QHostAddress &peer);
    void closed(const QString &connectionId);

private:
    void onTextMessage(const QString &message);
    void onBinaryMessage();
    void onDisconnected();
    void handleHandshakeFrame(const IncomingFrame &frame);
    void handleFrame(const IncomingFrame &frame);
    void rejectHandshake(const QString &requestId, const RpcError &error,
                         QWebSocketProtocol::CloseCode code);
    QJsonObject helloPayload() const;
    void sendChallenge();
    void checkBackpressure();
    bool dropIfOverBuffered(qint64 extra);

    QWebSocket *m_socket = nullptr;
    QString m_connectionId;
    Dependencies m_deps;
    State m_state = State::AwaitingConnect;
    ClientInfo m_client;
    QString m_nonce;
    qint64 m_seq = 0;
    bool m_closedEmitted = false;
    bool m_authenticated = false;
    QByteArray m_tokenDigest; // SHA-256 of the token this session authenticated with
    QTimer m_handshakeTimer;
    QTimer m_closeGraceTimer;
};

} // namespace Moltdesk::Ws
