#include "http/connection.h"

#include "base/logging.h"
#include "http/accessguard.h"
#include "http/connectionlink.h"
#include "http/handoff.h"
#include "http/router.h"
#include "http/servermetrics.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

namespace {
// Read in bounded pieces so one readyRead never pulls an unbounded amount into memory.
constexpr qint64 kReadChunk = 64 * 1024;
} // namespace

void HandOff::adopted(QTcpSocket *socket)
{
    if (socket)
        delete socket->findChild<QObject *>(QLatin1StringView(kTicketName), Qt::FindDirectChildrenOnly);
}

Connection::Connection(QTcpSocket *socket, const Router *router, const ServerLimits &limits,
                       ServerMetrics *metrics, AccessGuard *guard, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_limits(limits)
    , m_metrics(metrics)
    , m_guard(guard)
    , m_parser(RequestParser::Limits{limits.maxHeaderBytes, limits.maxBodyBytes})
    , m_link(std::make_shared<ConnectionLink>())
{
    m_link->connection = this;
    m_socket->setParent(this);
    // Back-pressure: Qt stops reading from the kernel when this much is buffered, so a client
    // pushing a huge body fills its own TCP window instead of our memory.
    m_socket->setReadBufferSize(limits.maxHeaderBytes + kReadChunk);
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutMs);
    m_headersTimer.setSingleShot(true);
    m_headersTimer.setInterval(limits.headersTimeoutMs);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(limits.lingerMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimeout);
    connect(&m_headersTimer, &QTimer::timeout, this, &Connection::onHeadersTimeout);
    connect(&m_lingerTimer, &QTimer::timeout, this, &Connection::finish);
    m_bodyTimer.setSingleShot(true);
    m_bodyTimer.setInterval(limits.bodyTimeoutMs);
    connect(&m_bodyTimer, &QTimer::timeout, this, &Connection::onBodyTimeout);
    m_handOffTimer.setSingleShot(true);
    m_handOffTimer.setInterval(limits.handOffTimeoutMs);
    connect(&m_handOffTimer, &QTimer::timeout, this, &Connection::onHandOffTimeout);

    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // The peer closing is normal; anything else is worth a debug line, not a warning.
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttp) << "socket error from" << m_peerAddress << m_socket->errorString();
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });

    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Connection::processInput, Qt::QueuedConnection);
}

Connection::~Connection()
{
    QMutexLocker lock(&m_link->mutex);
    m_link->connection = nullptr;
}

void Connection::reject(const Response &response)
{
    m_state = State::Handling;
    m_route = ServerMetrics::unmatchedRoute();
    m_keepAlive = false;
    writeResponse(response);
}

void Connection::abort()
{
    // Server shutdown: a handed-off socket not adopted yet goes too.
    if (m_state == State::HandedOff && m_handedOff
        && m_handedOff->findChild<QObject *>(QLatin1StringView(HandOff::kTicketName), Qt::FindDirectChildrenOnly)) {
        m_handedOff->abort();
        m_handedOff->deleteLater();
    }
    finish();
}

void Connection::onReadyRead()
{
    if (m_state == State::Closing) {
        // Lingering: discard without buffering (RFC 9112 §9.6).
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_state == State::Reading) {
        m_idleTimer.start();
        processInput();
    }
    // Handling/Streaming: the bytes wait in the (bounded) socket buffer until our turn.
}

void Connection::beginRequestIfNeeded()
{
    // A transaction at the start of each request keeps its bytes re-readable, so an Upgrade
    // request can be given back unread to QWebSocketServer::handleConnection() - the same trick
    // QHttpServer 6.4 uses internally.
    if (!m_parser.messageInProgress() && !m_socket->isTransactionStarted()) {
        m_socket->startTransaction();
        m_preTransactionBytes = m_parser.pendingInput();
    }
}

void Connection::processInput()
{
    while (m_state == State::Reading && m_socket) {
        RequestParser::Status status = m_parser.status();
        if (status == RequestParser::Status::NeedMoreData) {
            beginRequestIfNeeded();
            if (m_parser.hasPendingInput()) {
                status = m_parser.feed({});
            } else {
                if (m_socket->bytesAvailable() <= 0)
                    break;
                const QByteArray chunk = m_socket->read(kReadChunk);
                if (chunk.isEmpty())
                    break;
                m_metrics->requestBytes(chunk.size());
                status = m_parser.feed(chunk);
            }
        }
        if (status == RequestParser::Status::Error) {
            if (m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            failAndClose(m_parser.error());
            return;
        }
        if (status == RequestParser::Status::RequestReady) {
            handleRequest(m_parser.takeRequest());
            return;
        }
        if (m_parser.headersComplete()) {
            // The body is not needed for an upgrade hand-off: stop keeping it re-readable.
            if (m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            m_headersTimer.stop();
            // Not restarted by further bytes either: the whole body has this long (408 after).
            if (!m_bodyTimer.isActive())
                m_bodyTimer.start();
        } else if (m_parser.messageInProgress() && !m_headersTimer.isActive()) {
            // Not restarted by further bytes: a client trickling headers byte by byte (slowloris)
            // still runs out of time.
            m_headersTimer.start();
        }
    }
}

void Connection::handleRequest(Request request)
{
    m_headersTimer.stop();
    m_bodyTimer.stop();
    m_idleTimer.stop();
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    m_method = request.method;
    m_headRequest = request.method == u"HEAD"_s;
    // A request carrying Upgrade that we do not switch ends the HTTP stream for http_parser,
    // so such a connection is closed after its answer.
    m_keepAlive = request.keepAlive && !request.upgrade;
    m_chunked = request.httpMinor >= 1;
    m_state = State::Handling;
    ++m_sequence;

    m_path = request.path;

    const Router::Match match = m_router->match(request);
    m_route = match.pattern;

    // Throttled addresses and foreign Host headers stop here (docs/http.md "Who may ask").
    if (m_guard) {
        if (std::optional<Response> refusal = m_guard->screen(request)) {
            if (m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            if (request.upgrade)
                m_keepAlive = false;
            writeResponse(*refusal);
            return;
        }
    }

    if (match.kind == Router::Match::Kind::Upgrade) {
        std::optional<Response> refusal = match.preCheck ? match.preCheck(request) : std::nullopt;
        if (!refusal) {
            handOff(request, match.upgrade);
            return;
        }
        m_keepAlive = false;
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        writeResponse(*refusal);
        return;
    }
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();

    switch (match.kind) {
    case Router::Match::Kind::Found: {
        const Responder responder = Responder::create(m_link, m_sequence);
        m_currentState = responder.m_state;
        match.handler(request, responder);
        return;
    }
    case Router::Match::Kind::NotFound:
        writeResponse(Response::error(ErrorCode::NotFound));
        return;
    case Router::Match::Kind::MethodNotAllowed:
        writeResponse(Response::error(ErrorCode::MethodNotAllowed).setHeader("Allow"_ba, match.allow));
        return;
    case Router::Match::Kind::Options:
        writeResponse(Response::noContent().setHeader("Allow"_ba, match.allow));
        return;
    case Router::Match::Kind::UpgradeRequired:
        writeResponse(Response::error(ErrorCode::UpgradeRequired).setHeader("Upgrade"_ba, "websocket"_ba));
        return;
    case Router::Match::Kind::Upgrade:
        break; // handled above
    }
}

void Connection::handOff(const Request &request, const std::function<void(QTcpSocket *, const Request &)> &upgrade)
{
    m_metrics->requestFinished(m_route, m_method, 101);
    m_state = State::HandedOff;
    m_idleTimer.stop();
    m_headersTimer.stop();
    m_bodyTimer.stop();
    m_lingerTimer.stop();

    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (socket->isTransactionStarted())
        socket->rollbackTransaction();
    // Bytes of this request read before its transaction began (it was pipelined behind an
    // earlier request) go back in front of the buffer, so the handshake reads complete.
    for (auto it = m_preTransactionBytes.crbegin(); it != m_preTransactionBytes.crend(); ++it)
        socket->ungetChar(*it);
    socket->setReadBufferSize(0); // the WebSocket layer applies its own frame/message limits
    socket->setParent(nullptr);

    // Until the upgrade handler adopts the socket (HandOff::adopted deletes the ticket) it still
    // counts against maxConnections, and it is closed when that takes longer than the hand-off
    // timeout: QWebSocketServer::handleConnection() starts no handshake timer of its own.
    auto *ticket = new QObject(socket);
    ticket->setObjectName(QLatin1StringView(HandOff::kTicketName));
    m_handedOff = socket;
    connect(ticket, &QObject::destroyed, this, &Connection::finish);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_handedOff)
            m_handedOff->deleteLater();
        finish();
    });
    m_handOffTimer.start();

    upgrade(socket, request);
    // handleConnection() waits for readyRead, but the handshake bytes are already buffered.
    if (m_handedOff)
        QMetaObject::invokeMethod(socket, [socket] { Q_EMIT socket->readyRead(); }, Qt::QueuedConnection);
}

void Connection::onHandOffTimeout()
{
    if (m_state != State::HandedOff)
        return;
    if (m_handedOff) {
        qCInfo(lcHttp) << "closing an upgraded connection from" << m_peerAddress
                       << "that did not complete its handshake in time";
        m_handedOff->abort();
        m_handedOff->deleteLater();
    }
    finish();
}

void Connection::writeBytes(const QByteArray &bytes)
{
    if (!m_socket || bytes.isEmpty())
        return;
    m_socket->write(bytes);
    m_metrics->responseBytes(bytes.size());
}

void Connection::writeResponse(const Response &response)
{
    if (!m_socket)
        return;
    const bool close = !m_keepAlive;
    writeBytes(ResponseWriter::serialize(response, m_headRequest, close));
    m_metrics->requestFinished(m_route, m_method, response.status);
    if (m_guard)
        m_guard->recordAnswer(m_path, m_peerAddress, response.status);
    responseDone(close);
}

void Connection::failAndClose(const HttpError &error)
{
    qCDebug(lcHttp) << "refusing request from" << m_peerAddress << "with" << error.status();
    m_state = State::Handling;
    m_route = ServerMetrics::unmatchedRoute();
    m_path.clear();
    m_keepAlive = false;
    m_headRequest = false;
    writeResponse(Response::error(error));
}

void Connection::responseDone(bool close)
{
    m_currentState.reset();
    if (close) {
        beginLingeringClose();
        return;
    }
    m_state = State::Reading;
    m_idleTimer.start();
    // Queued: pipelined requests are served from the event loop, never by recursion.
    QMetaObject::invokeMethod(this, &Connection::processInput, Qt::QueuedConnection);
}

void Connection::deliver(quint64 sequence, const Response &response)
{
    if (sequence != m_sequence || m_state != State::Handling) {
        qCDebug(lcHttp) << "dropping a late or duplicate response";
        return;
    }
    writeResponse(response);
}

void Connection::beginStream(quint64 sequence, int status, const QByteArray &contentType,
                             const ResponseWriter::HeaderList &headers)
{
    if (sequence != m_sequence || m_state != State::Handling || !m_socket)
        return;
    m_state = State::Streaming;
    if (!m_chunked)
        m_keepAlive = false; // HTTP/1.0: the close marks the end of the body
    writeBytes(ResponseWriter::streamHead(status, contentType, headers, m_chunked, !m_keepAlive));
    m_metrics->requestFinished(m_route, m_method, status);
}

void Connection::streamWrite(quint64 sequence, const QByteArray &data)
{
    if (sequence != m_sequence || m_state != State::Streaming || m_headRequest)
        return;
    writeBytes(m_chunked ? ResponseWriter::chunk(data) : data);
}

void Connection::streamEnd(quint64 sequence)
{
    if (sequence != m_sequence || m_state != State::Streaming)
        return;
    if (m_chunked && !m_headRequest)
        writeBytes(ResponseWriter::lastChunk());
    responseDone(!m_keepAlive);
}

void Connection::onBytesWritten()
{
    if (m_state == State::Closing && !m_writeShut && m_socket && m_socket->bytesToWrite() == 0)
        shutdownWrite();
}

void Connection::beginLingeringClose()
{
    m_state = State::Closing;
    m_idleTimer.stop();
    m_headersTimer.stop();
    m_bodyTimer.stop();
    m_lingerTimer.start();
    if (m_socket->bytesToWrite() == 0)
        shutdownWrite();
    m_socket->skip(m_socket->bytesAvailable());
}

void Connection::shutdownWrite()
{
    // RFC 9112 §9.6: close the sending side first and keep reading (and discarding) for a
    // while. Closing both at once with unread input makes the kernel send a TCP reset, which can
    // destroy our 413/431/400 before the client reads it.
    m_writeShut = true;
#ifdef Q_OS_UNIX
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) == 0)
        return;
#endif
    m_socket->disconnectFromHost();
}

void Connection::onIdleTimeout()
{
    if (m_state != State::Reading)
        return;
    if (m_parser.messageInProgress()) {
        failAndClose(HttpError(ErrorCode::RequestTimeout));
        return;
    }
    // RFC 9112 §9.5: a server may close an idle persistent connection at any time.
    qCDebug(lcHttp) << "closing idle connection from" << m_peerAddress;
    m_keepAlive = false;
    beginLingeringClose();
}

void Connection::onHeadersTimeout()
{
    if (m_state == State::Reading)
        failAndClose(HttpError(ErrorCode::RequestTimeout, u"The request headers took too long to arrive."_s));
}

void Connection::onBodyTimeout()
{
    if (m_state == State::Reading && m_parser.messageInProgress())
        failAndClose(HttpError(ErrorCode::RequestTimeout, u"The request body took too long to arrive."_s));
}

void Connection::finish()
{
    if (m_state == State::Done)
        return;
    const State previous = std::exchange(m_state, State::Done);
    m_idleTimer.stop();
    m_headersTimer.stop();
    m_bodyTimer.stop();
    m_lingerTimer.stop();
    m_handOffTimer.stop();
    if (m_handedOff) {
        // Adopted (the ticket is gone), or given up here: either way not ours any more.
        m_handedOff->disconnect(this);
        m_handedOff = nullptr;
    }
    if (previous == State::Handling || previous == State::Streaming) {
        if (const auto state = m_currentState.lock())
            Responder(state).notifyClientGone();
    }
    {
        // Responders from here on become no-ops.
        QMutexLocker lock(&m_link->mutex);
        m_link->connection = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

} // namespace Moltdesk::Http
