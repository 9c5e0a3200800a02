#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>

class QTcpServer;
class QTcpSocket;

namespace Moltdesk::Bench {

// An Anthropic Messages API (https://docs.anthropic.com/en/api/messages) stand-in that answers at
// once: every reply is serialised before the run, so the provider's share of a turn is parsing
// the request head and one write. Runs on its own thread (call start() there) so its work is not
// charged to the gateway's event loop, as a remote provider's would not be.
//
// Which reply: with `toolRound`, a request whose last message carries a tool_result gets the
// final text, any other gets a tool_use of the `echo` tool (a fresh id each time); without it,
// always the final text. `streamed` answers with the documented SSE event sequence
// (.../messages-streaming) as one chunk of a chunked response, otherwise with one JSON body.
class InstantProviderServer : public QObject
{
    Q_OBJECT

public:
    InstantProviderServer(bool streamed, bool toolRound);
    ~InstantProviderServer() override;

    // On the server's thread: listens on 127.0.0.1, port 0. Returns the port, 0 on failure.
    quint16 start();
    // On the server's thread: closes the listener and every connection.
    void stop();

    // Thread-safe. Service time per request (request fully read -> reply written and
    // flushed), nanoseconds, from request number `from` on.
    QList<qint64> serviceTimesNs(qsizetype from = 0) const;
    qsizetype requestCount() const;
    qint64 largestRequestBytes() const { return m_largestRequest.load(); }
    int badRequests() const { return m_badRequests.load(); }

private:
    struct Connection
    {
        QByteArray buffer;
        QElapsedTimer arrival; // the current request fully read
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool serveOne(QTcpSocket *socket, Connection &connection);
    QByteArray replyFor(const QByteArray &body);

    bool m_streamed;
    bool m_toolRound;
    QByteArray m_textReply;
    QByteArray m_toolReply;
    qsizetype m_toolIdOffset = -1;
    quint64 m_toolIds = 0;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;

    mutable QMutex m_mutex;
    QList<qint64> m_serviceNs; // guarded by m_mutex
    std::atomic<qint64> m_largestRequest = 0;
    std::atomic_int m_badRequests = 0;
};

} // namespace Moltdesk::Bench
