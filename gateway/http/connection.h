#pragma once

#include "http/httperror.h"
#include "http/requestparser.h"
#include "http/responder.h"
#include "http/responsewriter.h"
#include "http/serverlimits.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace Moltdesk::Http {

class AccessGuard;
class Router;
class ServerMetrics;
struct ConnectionLink;
struct Request;
struct Response;

// One accepted TCP connection speaking HTTP/1.1 (qBittorrent's Http::Connection plays the same
// part). Owns its socket, parses one request at a time (pipelined requests wait their turn, in
// order), dispatches through the Router, writes answers, and enforces the idle, slow-headers
// and size limits. Emits finished() exactly once when it is done - socket closed, or handed to a
// WebSocket server and adopted there (or not adopted in time, then closed) - after which the
// owner deletes it.
class Connection : public QObject
{
    Q_OBJECT

public:
    Connection(QTcpSocket *socket, const Router *router, const ServerLimits &limits, ServerMetrics *metrics,
               AccessGuard *guard = nullptr, QObject *parent = nullptr);
    ~Connection() override;

    // Answer `response` without reading any request, then close (used over the connection cap).
    void reject(const Response &response);
    // Drop the connection now (server shutdown). In-flight responders become no-ops.
    void abort();

signals:
    void finished();

private:
    friend class Responder;
    enum class State { Reading, Handling, Streaming, Closing, HandedOff, Done };

    // Called (on this thread) by Responder.
    void deliver(quint64 sequence, const Response &response);
    void beginStream(quint64 sequence, int status, const QByteArray &contentType,
                     const ResponseWriter::HeaderList &headers);
    void streamWrite(quint64 sequence, const QByteArray &data);
    void streamEnd(quint64 sequence);

    void onReadyRead();
    void onBytesWritten();
    void onIdleTimeout();
    void onHeadersTimeout();
    void onBodyTimeout();
    void onHandOffTimeout();
    void processInput();
    void beginRequestIfNeeded();
    void handleRequest(Request request);
    void handOff(const Request &request, const std::function<void(QTcpSocket *, const Request &)> &upgrade);
    void writeResponse(const Response &response);
    void failAndClose(const HttpError &error);
    void responseDone(bool close);
    void beginLingeringClose();
    void shutdownWrite();
    void writeBytes(const QByteArray &bytes);
    void finish();

    QTcpSocket *m_socket;
    const Router *m_router;
    ServerLimits m_limits;
    ServerMetrics *m_metrics;
    AccessGuard *m_guard;
    RequestParser m_parser;
    std::shared_ptr<ConnectionLink> m_link;
    // Weak, so dropping every handler-side copy still triggers the "never answered" 500.
    std::weak_ptr<Responder::State> m_currentState;
    QTimer m_idleTimer;
    QTimer m_headersTimer;
    QTimer m_lingerTimer;
    QTimer m_bodyTimer;
    QTimer m_handOffTimer;
    QPointer<QTcpSocket> m_handedOff;
    QString m_path; // of the request being answered, for the AccessGuard's failure count
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QByteArray m_preTransactionBytes;
    State m_state = State::Reading;
    quint64 m_sequence = 0;
    QString m_route;
    QString m_method;
    bool m_headRequest = false;
    bool m_keepAlive = true;
    bool m_chunked = true;
    bool m_writeShut = false;
};

} // namespace Moltdesk::Http
