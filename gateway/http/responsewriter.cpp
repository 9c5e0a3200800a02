#include "http/responsewriter.h"

#include "base/logging.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isFramingHeader(const QByteArray &name)
{
    // The writer owns these; a handler setting them would corrupt the message framing.
    static const QList<QByteArray> owned{"content-length"_ba, "transfer-encoding"_ba, "connection"_ba,
                                         "content-type"_ba};
    return owned.contains(name.toLower());
}

} // namespace

const ResponseWriter::HeaderList &ResponseWriter::securityHeaders()
{
    // CSP level 3 default-src, RFC 7034 X-Frame-Options, and the Fetch standard's nosniff:
    // the control panel and API are never framed and their bodies are never content-sniffed.
    static const HeaderList headers{
        {"Content-Security-Policy"_ba, "default-src 'self'"_ba},
        {"X-Frame-Options"_ba, "DENY"_ba},
        {"X-Content-Type-Options"_ba, "nosniff"_ba},
    };
    return headers;
}

bool ResponseWriter::isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!isTokenChar(c))
            return false;
    }
    for (const char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

QByteArray ResponseWriter::head(int status, const QByteArray &contentType, const HeaderList &headers,
                                const QByteArray &framing, bool closeConnection)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + Response::reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : securityHeaders())
        out += name + ": " + value + "\r\n";
    if (!contentType.isEmpty() && isSafeHeader("Content-Type"_ba, contentType))
        out += "Content-Type: " + contentType + "\r\n";
    out += framing;
    if (closeConnection)
        out += "Connection: close\r\n";
    for (const auto &[name, value] : headers) {
        if (!isSafeHeader(name, value) || isFramingHeader(name)) {
            qCWarning(lcHttp) << "dropping unsafe or reserved response header" << name;
            continue;
        }
        bool security = false;
        for (const auto &fixed : securityHeaders())
            security = security || fixed.first.compare(name, Qt::CaseInsensitive) == 0;
        if (!security)
            out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    return out;
}

QByteArray ResponseWriter::serialize(const Response &response, bool headRequest, bool closeConnection)
{
    // 1xx and 204 carry no body and no Content-Length (RFC 9110 §8.6); everything else gets a
    // Content-Type (text/plain if the handler left it empty) and an exact Content-Length.
    const bool bodyless = response.status < 200 || response.status == 204 || response.status == 304;
    QByteArray contentType = response.contentType;
    if (contentType.isEmpty() && !bodyless)
        contentType = "text/plain; charset=utf-8"_ba;
    const QByteArray framing = bodyless
            ? QByteArray()
            : QByteArray("Content-Length: " + QByteArray::number(response.body.size()) + "\r\n");
    QByteArray out = head(response.status, contentType, response.headers, framing, closeConnection);
    if (!headRequest && !bodyless)
        out += response.body;
    return out;
}

QByteArray ResponseWriter::streamHead(int status, const QByteArray &contentType, const HeaderList &headers,
                                      bool chunked, bool closeConnection)
{
    const QByteArray framing = chunked ? "Transfer-Encoding: chunked\r\n"_ba : QByteArray();
    return head(status, contentType.isEmpty() ? "application/octet-stream"_ba : contentType, headers,
                framing, closeConnection || !chunked);
}

QByteArray ResponseWriter::chunk(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    return QByteArray::number(data.size(), 16) + "\r\n" + data.toByteArray() + "\r\n";
}

QByteArray ResponseWriter::lastChunk()
{
    return "0\r\n\r\n"_ba;
}

} // namespace Moltdesk::Http
