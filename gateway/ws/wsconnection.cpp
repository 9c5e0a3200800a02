#include "ws/wsconnection.h"


#include "base/logging.h"
#include "base/version.h"
#include "security/constanttime.h"
#include "ws/callcontext.h"
#include "ws/connectparams.h"
#include "ws/framecodec.h"
#include "ws/methodregistry.h"
#include "ws/reply.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

namespace {

const QString kConnect = u"connect"_s;
constexpr int kNonceBytes = 32; // 256 bits; the brief asks for at least 128

// RFC 6455 §5.5.1: a close frame's body is at most 125 bytes, 2 of them the code.
QString closeReason(const QString &reason)
{
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() <= 123)
        return reason;
    utf8.truncate(123);
    // Drop a cut-off multi-byte sequence so the reason stays valid UTF-8 (§8.1).
    while (!utf8.isEmpty() && (static_cast<unsigned char>(utf8.back()) & 0xC0) == 0x80)
        utf8.chop(1);
    if (!utf8.isEmpty() && (static_cast<unsigned char>(utf8.back()) & 0x80))
        utf8.chop(1);
    return QString::fromUtf8(utf8);
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QByteArray tokenDigest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

WsConnection::WsConnection(QWebSocket *socket, const QString &connectionId,
                           Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_connectionId(connectionId)
    , m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.config && m_deps.registry);
    m_socket->setParent(this);
    // An unauthenticated peer gets a smaller budget; raised to maxPayload after `connect`.
    // Qt closes the socket with 1009 (CloseCodeTooMuchData) when either limit is exceeded.
    const auto preConnect = static_cast<quint64>(m_deps.config->maxPreConnectPayloadBytes);
    m_socket->setMaxAllowedIncomingFrameSize(preConnect);
    m_socket->setMaxAllowedIncomingMessageSize(preConnect);

    connect(m_socket, &QWebSocket::textMessageReceived, this, &WsConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WsConnection::onBinaryMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &WsConnection::onDisconnected);

    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(m_deps.config->handshakeTimeout);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcWs) << "connection" << m_connectionId << "sent no connect request in time";
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"handshake timeout"_s);
    });

    m_closeGraceTimer.setSingleShot(true);
    m_closeGraceTimer.setInterval(m_deps.config->closeGracePeriod);
    connect(&m_closeGraceTimer, &QTimer::timeout, this, [this] {
        // The peer did not finish the closing handshake: drop the TCP connection.
        m_socket->abort();
        onDisconnected();
    });

    sendChallenge();
    m_handshakeTimer.start();
}

WsConnection::~WsConnection() = default;

void WsConnection::sendChallenge()
{
    // OpenClaw: {type:"event", event:"connect.challenge", payload:{nonce, ts}} before any request.
    // The nonce comes from the OS CSPRNG (QRandomGenerator::system()) so it cannot be predicted;
    // it is kept for device-signature auth (OpenClaw's device.nonce), which signs over it.
    QByteArray random(kNonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    m_nonce = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QJsonObject payload{{u"nonce"_s, m_nonce},
                              {u"ts"_s, QDateTime::currentMSecsSinceEpoch()}};
    sendFrame(FrameCodec::event(u"connect.challenge"_s, payload, -1));
}

bool WsConnection::sendEvent(const QString &event, const QJsonValue &payload)
{
    if (m_state != State::Open)
        return false;
    return sendFrame(FrameCodec::event(event, payload, ++m_seq));
}

bool WsConnection::sendFrame(const QByteArray &frame)
{
    if (m_state == State::Closed || !m_socket->isValid())
        return false;
    // A client that does not read must not make us buffer without bound.
    const qint64 limit = m_authenticated ? m_deps.config->maxBufferedBytes : m_deps.config->maxPreConnectBufferedBytes;
    if (m_socket->bytesToWrite() + frame.size() > limit) {
        qCWarning(lcWs) << "connection" << m_connectionId << "is not reading; closing it";
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"slow consumer"_s);
        return false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    return true;
}

void WsConnection::watchTransport(QTcpSocket *transport)
{
    // Queued: runs after QWebSocket has processed what was read (and queued its pongs).
    connect(transport, &QTcpSocket::readyRead, this, &WsConnection::checkBackpressure, Qt::QueuedConnection);
}

void WsConnection::checkBackpressure()
{
    // Qt answers every ping with a pong by itself, past sendFrame(): a peer that floods pings
    // and never reads would make us buffer without bound (docs/protocol.md "Limits"). In every
    // state, also while closing; no close frame, which would only queue behind the rest.
    const qint64 limit = m_authenticated ? m_deps.config->maxBufferedBytes : m_deps.config->maxPreConnectBufferedBytes;
    const qint64 queued = m_socket->bytesToWrite();
    if (queued <= limit || m_closedEmitted)
        return;
    qCWarning(lcWs).noquote() << "connection" << m_connectionId << "from" << m_socket->peerAddress().toString()
                              << "is not reading (" << queued << "bytes queued); dropping it";
    m_state = State::Closed;
    m_socket->abort();
    onDisconnected();
}

bool WsConnection::closeIfTokenChanged(const QByteArray &currentToken)
{
    if (!m_authenticated || m_state != State::Open)
        return false;
    if (!currentToken.isEmpty() && Security::constantTimeEquals(tokenDigest(currentToken), m_tokenDigest))
        return false;
    qCInfo(lcSecurity) << "closing WebSocket session" << m_connectionId << "of a rotated operator token";
    close(QWebSocketProtocol::CloseCodePolicyViolated, u"operator token rotated: connect again with the new token"_s);
    return true;
}

void WsConnection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_socket->close(code, closeReason(reason));
    m_closeGraceTimer.start();
}

void WsConnection::onDisconnected()
{
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_closeGraceTimer.stop();
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed(m_connectionId);
}

void WsConnection::onBinaryMessage()
{
    // The protocol is JSON text frames only (contract "WebSocket protocol").
    close(QWebSocketProtocol::CloseCodeProtocolError, u"binary frames are not supported"_s);
}

void WsConnection::onTextMessage(const QString &message)
{
    if (m_state == State::Closed)
        return;
    const IncomingFrame frame = FrameCodec::parse(message.toUtf8());
    if (m_state == State::AwaitingConnect)
        handleHandshakeFrame(frame);
    else
        handleFrame(frame);
}

void WsConnection::rejectHandshake(const QString &requestId, const RpcError &error,
                                   QWebSocketProtocol::CloseCode code)
{
    if (!requestId.isEmpty())
        sendFrame(FrameCodec::errorResponse(requestId, error));
    close(code, error.message());
}

void WsConnection::handleHandshakeFrame(const IncomingFrame &frame)
{
    using Kind = IncomingFrame::Kind;
    switch (frame.kind) {
    case Kind::Malformed:
        close(QWebSocketProtocol::CloseCodeProtocolError, u"invalid handshake: "_s + frame.problem);
        return;
    case Kind::NotRequest:
    case Kind::InvalidRequest:
        rejectHandshake(frame.id, RpcError::invalidRequest(u"invalid handshake: "_s + frame.problem),
                        QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    case Kind::Request:
        break;
    }
    if (frame.method != kConnect) {
        rejectHandshake(frame.id,
                        RpcError::invalidRequest(u"invalid handshake: first request must be connect"_s),
                        QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }

    ConnectParams params;
    if (const std::optional<RpcError> error = ConnectParams::parse(frame.params, &params)) {
        // OpenClaw closes a version mismatch with 1002 and other bad params with 1008.
        rejectHandshake(frame.id, *error,
                        params.protocolMismatch() ? QWebSocketProtocol::CloseCodeProtocolError
                                                  : QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }

    // Messages and detail codes after OpenClaw's formatGatewayAuthFailureMessage; the token
    // itself is never logged or echoed.
    const QByteArray expected = m_deps.operatorToken ? m_deps.operatorToken() : QByteArray();
    QString failure;
    QString detail;
    if (expected.isEmpty()) {
        failure = u"unauthorized: gateway token not configured on gateway (set MOLTDESK_TOKEN)"_s;
        detail = u"AUTH_TOKEN_NOT_CONFIGURED"_s;
    } else if (!params.token() || params.token()->isEmpty()) {
        failure = u"unauthorized: gateway token missing (provide auth.token)"_s;
        detail = u"AUTH_TOKEN_MISSING"_s;
    } else if (!Security::constantTimeEquals(params.token()->toUtf8(), expected)) {
        failure = u"unauthorized: gateway token mismatch (provide gateway auth token)"_s;
        detail = u"AUTH_TOKEN_MISMATCH"_s;
    }
    if (!failure.isEmpty()) {
        qCInfo(lcSecurity) << "WebSocket connect rejected:" << detail << "on" << m_connectionId
                           << "from" << m_socket->peerAddress().toString();
        const QHostAddress peer = m_socket->peerAddress();
        rejectHandshake(frame.id,
                        RpcError::invalidRequest(failure, QJsonObject{{u"code"_s, detail}}),
                        QWebSocketProtocol::CloseCodePolicyViolated);
        emit authenticationFailed(peer);
        return;
    }

    m_handshakeTimer.stop();
    m_client = params.client();
    m_state = State::Open;
    m_authenticated = true;
    m_tokenDigest = tokenDigest(expected);
    const auto maxPayload = static_cast<quint64>(m_deps.config->maxPayloadBytes);
    m_socket->setMaxAllowedIncomingFrameSize(maxPayload);
    m_socket->setMaxAllowedIncomingMessageSize(maxPayload);
    sendFrame(FrameCodec::response(frame.id, helloPayload()));
    qCInfo(lcWs) << "connection" << m_connectionId << "authenticated, client" << m_client.id;
    emit authenticated(m_connectionId);
}

QJsonObject WsConnection::helloPayload() const
{
    // Shape of OpenClaw's HelloOkSchema: server, features, snapshot, auth, policy are required.
    const WsServerConfig &config = *m_deps.config;
    const QString version = config.serverVersion.isEmpty()
                                ? QString::fromLatin1(Base::kVersion)
                                : config.serverVersion;
    return QJsonObject{
        {u"type"_s, u"hello-ok"_s},
        {u"protocol"_s, ConnectParams::kProtocolVersion},
        {u"server"_s, QJsonObject{{u"version"_s, version}, {u"connId"_s, m_connectionId}}},
        {u"features"_s,
         QJsonObject{{u"methods"_s, toJsonArray(m_deps.registry->methods())},
                     {u"events"_s, toJsonArray(m_deps.registry->events())}}},
        {u"snapshot"_s, m_deps.snapshot ? m_deps.snapshot() : QJsonObject()},
        {u"auth"_s,
         QJsonObject{{u"role"_s, m_client.role}, {u"scopes"_s, toJsonArray(m_client.scopes)}}},
        {u"policy"_s,
         QJsonObject{{u"maxPayload"_s, config.maxPayloadBytes},
                     {u"maxBufferedBytes"_s, config.maxBufferedBytes},
                     {u"tickIntervalMs"_s, static_cast<qint64>(config.tickInterval.count())}}},
    };
}

void WsConnection::handleFrame(const IncomingFrame &frame)
{
    // No request is served under a token that is no longer the operator token.
    if (closeIfTokenChanged(m_deps.operatorToken ? m_deps.operatorToken() : QByteArray()))
        return;
    using Kind = IncomingFrame::Kind;
    if (frame.kind == Kind::Malformed || frame.kind == Kind::NotRequest
        || (frame.kind == Kind::InvalidRequest && frame.id.isEmpty())) {
        // Nothing to correlate an error response with.
        close(QWebSocketProtocol::CloseCodeProtocolError, frame.problem);
        return;
    }
    if (frame.kind == Kind::InvalidRequest) {
        sendFrame(FrameCodec::errorResponse(frame.id, RpcError::invalidRequest(frame.problem)));
        return;
    }
    if (frame.method == kConnect) {
        sendFrame(FrameCodec::errorResponse(frame.id, RpcError::invalidRequest(u"already connected"_s)));
        return;
    }
    CallContext context{m_connectionId, frame.id, frame.method, m_client, m_socket->peerAddress()};
    m_deps.registry->invoke(frame.params, context, Reply(this, frame.id));
}

} // namespace Moltdesk::Ws
