#include "http/requestparser.h"

#include <QUrl>

#include <http_parser.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

// Static trampolines from http_parser's C callbacks to the owning RequestParser.
struct ParserCallbacks
{
    static RequestParser *self(http_parser *p) { return static_cast<RequestParser *>(p->data); }
    static int messageBegin(http_parser *p) { return self(p)->onMessageBegin(); }
    static int url(http_parser *p, const char *at, size_t n) { return self(p)->onUrl(at, n); }
    static int headerField(http_parser *p, const char *at, size_t n) { return self(p)->onHeaderField(at, n); }
    static int headerValue(http_parser *p, const char *at, size_t n) { return self(p)->onHeaderValue(at, n); }
    static int headersComplete(http_parser *p) { return self(p)->onHeadersComplete(); }
    static int body(http_parser *p, const char *at, size_t n) { return self(p)->onBody(at, n); }
    static int messageComplete(http_parser *p) { return self(p)->onMessageComplete(); }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings init;
            http_parser_settings_init(&init);
            init.on_message_begin = &messageBegin;
            init.on_url = &url;
            init.on_header_field = &headerField;
            init.on_header_value = &headerValue;
            init.on_headers_complete = &headersComplete;
            init.on_body = &body;
            init.on_message_complete = &messageComplete;
            return init;
        }();
        return s;
    }
};

namespace {

// Per-field overhead in the header block (": " and CRLF), counted so many tiny fields cannot
// slip past maxHeaderBytes.
constexpr qint64 kFieldOverhead = 4;

QString decodeComponent(QByteArray bytes, bool plusIsSpace, bool *ok)
{
    if (plusIsSpace)
        bytes.replace('+', ' ');
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes);
    const QString text = QString::fromUtf8(decoded);
    // Reject invalid UTF-8 (it would not round-trip) and NUL, which no route or query needs.
    if (text.toUtf8() != decoded || decoded.contains('\0'))
        *ok = false;
    return text;
}

} // namespace

RequestParser::RequestParser()
    : RequestParser(Limits{})
{
}

RequestParser::RequestParser(Limits limits)
    : m_limits(limits)
    , m_parser(std::make_unique<http_parser>())
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
}

RequestParser::~RequestParser() = default;

RequestParser::Status RequestParser::status() const
{
    if (m_error)
        return Status::Error;
    return m_ready ? Status::RequestReady : Status::NeedMoreData;
}

RequestParser::Status RequestParser::feed(QByteArrayView data)
{
    if (m_error || m_ready || m_upgraded) {
        // Keep bytes that arrive meanwhile; they are parsed after takeRequest().
        if (!m_error && !data.isEmpty())
            m_pending.append(data);
        return status();
    }
    if (m_pending.isEmpty())
        return parse(data);
    m_pending.append(data);
    const QByteArray input = std::exchange(m_pending, QByteArray());
    return parse(input);
}

RequestParser::Status RequestParser::parse(QByteArrayView input)
{
    // An empty buffer means EOF to http_parser; "no new data" is not EOF here.
    if (input.isEmpty())
        return status();
    if (!scanStrict(input))
        return Status::Error;

    m_inputEnd = input.data() + input.size();
    const size_t parsed = http_parser_execute(m_parser.get(), &ParserCallbacks::settings(), input.data(),
                                              size_t(input.size()));
    const auto err = HTTP_PARSER_ERRNO(m_parser.get());
    if (err == HPE_PAUSED) {
        // Paused by onMessageComplete: one request done, the rest waits for the next round.
        http_parser_pause(m_parser.get(), 0);
        m_pending = input.sliced(qsizetype(parsed)).toByteArray();
        return status();
    }
    if (err != HPE_OK) {
        if (!m_error) {
            if (err == HPE_HEADER_OVERFLOW)
                fail(ErrorCode::HeadersTooLarge, {});
            else
                fail(ErrorCode::BadRequest,
                     u"Malformed HTTP request: "_s + QString::fromLatin1(http_errno_description(err)) + u'.');
        }
        return Status::Error;
    }
    if (m_parser->upgrade && m_ready) {
        // RFC 9110 §7.8: after the Upgrade request the bytes belong to the new protocol.
        m_upgraded = true;
        m_pending = input.sliced(qsizetype(parsed)).toByteArray();
    }
    return status();
}

bool RequestParser::scanStrict(QByteArrayView input)
{
    qsizetype i = 0;
    // The CRLF after a chunk's data, when the data ended at the end of the previous input.
    static constexpr char kCrlf[] = "\r\n";
    for (; m_chunkEndPending > 0 && i < input.size(); ++i, --m_chunkEndPending) {
        if (input[i] != kCrlf[2 - m_chunkEndPending]) {
            fail(ErrorCode::BadRequest, u"Malformed HTTP request: a chunk's data is not followed by CRLF."_s);
            return false;
        }
    }
    for (; i < input.size() && !m_scan.done; ++i) {
        const char c = input[i];
        if (m_scan.previousCr) {
            if (c != '\n') {
                fail(ErrorCode::BadRequest, u"Malformed HTTP request: a CR not followed by LF."_s);
                return false;
            }
            m_scan.previousCr = false;
            if (m_scan.lineLength > 0)
                ++m_scan.line;
            else if (m_scan.line > 0)
                m_scan.done = true; // the empty line that ends the header section
            // (an empty line before the request line is ignored, RFC 9112 §2.2)
            m_scan.lineLength = 0;
            m_scan.sawColon = false;
            continue;
        }
        if (c == '\r') {
            m_scan.previousCr = true;
            continue;
        }
        if (c == '\n') {
            fail(ErrorCode::BadRequest, u"Malformed HTTP request: lines must end with CRLF, not a bare LF."_s);
            return false;
        }
        if (m_scan.line > 0) {
            if (m_scan.lineLength == 0 && (c == ' ' || c == '\t')) {
                fail(ErrorCode::BadRequest, u"Malformed HTTP request: folded header lines (obs-fold) are not accepted."_s);
                return false;
            }
            if (!m_scan.sawColon) {
                if (c == ':') {
                    m_scan.sawColon = true;
                } else if (c == ' ' || c == '\t') {
                    fail(ErrorCode::BadRequest,
                         u"Malformed HTTP request: whitespace between a header name and its colon."_s);
                    return false;
                }
            }
        }
        ++m_scan.lineLength;
    }
    return true;
}

bool RequestParser::checkChunkEnd(const char *from)
{
    static constexpr char kCrlf[] = "\r\n";
    int checked = 0;
    for (; checked < 2 && from + checked < m_inputEnd; ++checked) {
        if (from[checked] != kCrlf[checked]) {
            fail(ErrorCode::BadRequest, u"Malformed HTTP request: a chunk's data is not followed by CRLF."_s);
            return false;
        }
    }
    m_chunkEndPending = 2 - checked;
    return true;
}

Request RequestParser::takeRequest()
{
    m_scan = HeaderScan{};
    m_chunkEndPending = 0;
    m_ready = false;
    m_headersComplete = false;
    return std::exchange(m_request, Request{});
}

HttpError RequestParser::error() const
{
    return m_error.value_or(HttpError(ErrorCode::InternalError, u"No parse error recorded."_s));
}

int RequestParser::fail(ErrorCode kind, const QString &message)
{
    if (!m_error)
        m_error = HttpError(kind, message);
    return -1;
}

bool RequestParser::countHeaderBytes(size_t length)
{
    m_headerBytes += qint64(length);
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(ErrorCode::HeadersTooLarge, {});
        return false;
    }
    return true;
}

int RequestParser::onMessageBegin()
{
    m_request = Request{};
    m_url.clear();
    m_field.clear();
    m_value.clear();
    m_lastWasValue = false;
    m_headerBytes = 0;
    m_bodyBytes = 0;
    m_inMessage = true;
    m_headersComplete = false;
    return 0;
}

int RequestParser::onUrl(const char *at, size_t length)
{
    if (!countHeaderBytes(length))
        return -1;
    m_url.append(at, qsizetype(length));
    return 0;
}

void RequestParser::flushHeader()
{
    if (m_field.isEmpty() || m_headersComplete) {
        m_field.clear();
        m_value.clear();
        return;
    }
    const QByteArray name = m_field.toLower();
    const QByteArray value = m_value.trimmed();
    auto it = m_request.headers.find(name);
    if (it == m_request.headers.end())
        m_request.headers.insert(name, value);
    else
        it.value() += ", " + value; // RFC 9110 §5.3: same-name fields combine as a list
    m_field.clear();
    m_value.clear();
}

int RequestParser::onHeaderField(const char *at, size_t length)
{
    // http_parser may deliver one field in several pieces; a field after a value starts anew.
    if (m_lastWasValue) {
        flushHeader();
        m_lastWasValue = false;
    }
    if (m_field.isEmpty() && !countHeaderBytes(kFieldOverhead))
        return -1;
    if (!countHeaderBytes(length))
        return -1;
    m_field.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onHeaderValue(const char *at, size_t length)
{
    if (!countHeaderBytes(length))
        return -1;
    m_lastWasValue = true;
    m_value.append(at, qsizetype(length));
    return 0;
}

bool RequestParser::buildTarget()
{
    m_request.target = m_url;
    // RFC 9112 §3.2: a request-target carries no fragment.
    if (m_url.contains('#'))
        return false;
    QByteArray pathPart = m_url;
    if (m_url.startsWith("http://") || m_url.startsWith("https://")) {
        // absolute-form, which servers must accept (RFC 9112 §3.2.2).
        const QUrl url = QUrl::fromEncoded(m_url, QUrl::StrictMode);
        if (!url.isValid())
            return false;
        pathPart = url.path(QUrl::FullyEncoded).toLatin1();
        if (pathPart.isEmpty())
            pathPart = "/"_ba;
        if (url.hasQuery())
            pathPart += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    } else if (m_url == "*") {
        // asterisk-form, only for OPTIONS (RFC 9112 §3.2.4).
        m_request.path = u"*"_s;
        return m_request.method == u"OPTIONS"_s;
    } else if (!m_url.startsWith('/')) {
        return false;
    }
    const qsizetype question = pathPart.indexOf('?');
    const QByteArray rawPath = question >= 0 ? pathPart.left(question) : pathPart;
    m_request.rawQuery = question >= 0 ? pathPart.mid(question + 1) : QByteArray();

    bool ok = true;
    m_request.path = decodeComponent(rawPath, false, &ok);
    for (const QByteArray &pair : m_request.rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decodeComponent(eq >= 0 ? pair.left(eq) : pair, true, &ok);
        const QString value = eq >= 0 ? decodeComponent(pair.mid(eq + 1), true, &ok) : QString();
        m_request.query.append({key, value});
    }
    return ok;
}

int RequestParser::onHeadersComplete()
{
    flushHeader();
    m_headersComplete = true;
    http_parser *p = m_parser.get();
    m_request.method = QString::fromLatin1(http_method_str(static_cast<http_method>(p->method)));
    m_request.httpMajor = p->http_major;
    m_request.httpMinor = p->http_minor;
    m_request.keepAlive = http_should_keep_alive(p) != 0;
    m_request.upgrade = p->upgrade != 0;

    if (p->http_major != 1)
        return fail(ErrorCode::VersionNotSupported, {});
    // RFC 9112 §6.3: a request whose Transfer-Encoding does not end in chunked has no knowable
    // length (http_parser lets that pass on an Upgrade request).
    if (const auto te = m_request.headers.constFind("transfer-encoding"_ba); te != m_request.headers.constEnd()
        && !te.value().trimmed().toLower().endsWith("chunked"))
        return fail(ErrorCode::BadRequest, u"Transfer-Encoding must end with chunked."_s);
    // RFC 9112 §6.3: both framings at once is request smuggling; a proxy may read the other one.
    if (m_request.headers.contains("transfer-encoding"_ba) && m_request.headers.contains("content-length"_ba))
        return fail(ErrorCode::BadRequest, u"Content-Length and Transfer-Encoding together are not accepted."_s);
    if (!buildTarget())
        return fail(ErrorCode::BadRequest, u"Malformed request target."_s);
    // RFC 9112 §3.2: a server MUST answer 400 to an HTTP/1.1 request without Host.
    if (p->http_minor >= 1 && !m_request.headers.contains("host"_ba))
        return fail(ErrorCode::BadRequest, u"Missing Host header."_s);
    // Decide on the declared length now, before one body byte is read.
    if ((p->flags & F_CONTENTLENGTH) && p->content_length > quint64(m_limits.maxBodyBytes))
        return fail(ErrorCode::PayloadTooLarge, {});
    if ((p->flags & F_CONTENTLENGTH) && p->content_length > 0)
        m_request.body.reserve(qsizetype(p->content_length));
    return 0;
}

int RequestParser::onBody(const char *at, size_t length)
{
    m_bodyBytes += qint64(length);
    if (m_bodyBytes > m_limits.maxBodyBytes)
        return fail(ErrorCode::PayloadTooLarge, {});
    m_request.body.append(at, qsizetype(length));
    // A chunk's data just ended (http_parser reports it with the byte after it): that byte and
    // the next must be CRLF, not junk http_parser would skip.
    if ((m_parser->flags & F_CHUNKED) && m_parser->content_length == 0 && !checkChunkEnd(at + length))
        return -1;
    return 0;
}

int RequestParser::onMessageComplete()
{
    // Trailer fields (RFC 9112 §7.1.2) arrive after the body; they are counted against the
    // header limit but not merged into the request headers.
    m_field.clear();
    m_value.clear();
    m_ready = true;
    m_inMessage = false;
    if (!m_parser->upgrade)
        http_parser_pause(m_parser.get(), 1);
    return 0;
}

} // namespace Moltdesk::Http
