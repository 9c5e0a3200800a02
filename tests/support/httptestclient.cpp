#include "support/httptestclient.h"

#include <QDeadlineTimer>
#include <QTest>

#include <http_parser.h>

namespace Moltdesk::TestSupport {

struct HttpTestClientCallbacks
{
    static HttpTestClient *self(http_parser *p) { return static_cast<HttpTestClient *>(p->data); }
    static int begin(http_parser *p)
    {
        auto *c = self(p);
        c->m_current = HttpTestResponse{};
        c->m_inResponse = true;
        c->m_field.clear();
        c->m_lastWasValue = false;
        return 0;
    }
    static int field(http_parser *p, const char *at, size_t n)
    {
        auto *c = self(p);
        if (c->m_lastWasValue) {
            c->m_field.clear();
            c->m_lastWasValue = false;
        }
        c->m_field.append(at, qsizetype(n));
        return 0;
    }
    static int value(http_parser *p, const char *at, size_t n)
    {
        auto *c = self(p);
        c->m_lastWasValue = true;
        c->m_current.headers[c->m_field.toLower()].append(at, qsizetype(n));
        return 0;
    }
    static int headersDone(http_parser *p)
    {
        self(p)->m_current.status = int(p->status_code);
        return 0;
    }
    static int body(http_parser *p, const char *at, size_t n)
    {
        auto *c = self(p);
        c->m_current.body.append(at, qsizetype(n));
        c->m_current.chunks.append(QByteArray(at, qsizetype(n)));
        return 0;
    }
    static int done(http_parser *p)
    {
        auto *c = self(p);
        c->m_current.complete = true;
        c->m_responses.append(c->m_current);
        c->m_inResponse = false;
        return 0;
    }
    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings init;
            http_parser_settings_init(&init);
            init.on_message_begin = &begin;
            init.on_header_field = &field;
            init.on_header_value = &value;
            init.on_headers_complete = &headersDone;
            init.on_body = &body;
            init.on_message_complete = &done;
            return init;
        }();
        return s;
    }
};

HttpTestClient::HttpTestClient(QObject *parent)
    : QObject(parent)
    , m_parser(std::make_unique<http_parser>())
{
    http_parser_init(m_parser.get(), HTTP_RESPONSE);
    m_parser->data = this;
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpTestClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        // EOF ends a close-delimited body (RFC 9112 §6.3).
        http_parser_execute(m_parser.get(), &HttpTestClientCallbacks::settings(), nullptr, 0);
    });
}

HttpTestClient::~HttpTestClient()
{
    // ~QAbstractSocket still emits disconnected(); by then m_parser (declared after m_socket) is
    // gone, so stop listening first.
    m_socket.disconnect(this);
}

bool HttpTestClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(timeoutMs);
}

void HttpTestClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void HttpTestClient::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    if (m_parseFailed || data.isEmpty())
        return;
    const size_t parsed = http_parser_execute(m_parser.get(), &HttpTestClientCallbacks::settings(), data.constData(),
                                              size_t(data.size()));
    if (parsed != size_t(data.size()) || HTTP_PARSER_ERRNO(m_parser.get()) != HPE_OK)
        m_parseFailed = true;
}

const HttpTestResponse *HttpTestClient::current() const
{
    return m_inResponse ? &m_current : nullptr;
}

bool HttpTestClient::waitForResponses(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_responses.size() < count && !deadline.hasExpired() && !m_parseFailed) {
        onReadyRead();
        if (m_responses.size() >= count)
            break;
        QTest::qWait(10);
    }
    return m_responses.size() >= count;
}

bool HttpTestClient::waitForDisconnect(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        QTest::qWait(10);
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

HttpTestResponse HttpTestClient::request(quint16 port, const QByteArray &raw, int timeoutMs)
{
    HttpTestClient client;
    if (!client.connectTo(port, timeoutMs))
        return {};
    client.send(raw);
    if (!client.waitForResponses(1, timeoutMs))
        return client.current() ? *client.current() : HttpTestResponse{};
    return client.responses().first();
}

} // namespace Moltdesk::TestSupport
