#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <memory>

struct http_parser;

namespace Moltdesk::TestSupport {

// One HTTP response as a raw-socket test client saw it.
struct HttpTestResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;                       // de-chunked
    QList<QByteArray> chunks;              // body pieces as they arrived (for streams)
    bool complete = false;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A raw TCP HTTP/1.1 client for transport tests: sends exactly the bytes given (pipelined,
// malformed, slow...) and parses whatever comes back with http_parser in response mode.
class HttpTestClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpTestClient(QObject *parent = nullptr);
    ~HttpTestClient() override;

    bool connectTo(quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // Waits (event loop, no sleeping) until `count` complete responses arrived or the timeout.
    bool waitForResponses(int count, int timeoutMs = 5000);
    bool waitForDisconnect(int timeoutMs = 5000);

    QTcpSocket &socket() { return m_socket; }
    const QList<HttpTestResponse> &responses() const { return m_responses; }
    // Started (headers seen) but maybe unfinished response, e.g. an open stream.
    const HttpTestResponse *current() const;
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool parseFailed() const { return m_parseFailed; }

    // One-shot helper: GET/POST on a fresh connection, returns the parsed response.
    static HttpTestResponse request(quint16 port, const QByteArray &raw, int timeoutMs = 5000);

private:
    void onReadyRead();
    friend struct HttpTestClientCallbacks;

    QTcpSocket m_socket;
    std::unique_ptr<http_parser> m_parser;
    QList<HttpTestResponse> m_responses;
    HttpTestResponse m_current;
    bool m_inResponse = false;
    QByteArray m_field;
    bool m_lastWasValue = false;
    bool m_parseFailed = false;
};

} // namespace Moltdesk::TestSupport
