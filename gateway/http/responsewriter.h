#pragma once

#include "http/response.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace Moltdesk::Http {

// The only code that turns responses into HTTP/1.1 bytes (RFC 9112 §4-§7). It adds the headers
// every response must carry - Content-Security-Policy, X-Frame-Options, X-Content-Type-Options,
// Content-Type, Content-Length or chunked framing, Connection: close - so neither the transport's
// own errors nor a handler can leave one out.
class ResponseWriter
{
public:
    using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

    // Whole response. For HEAD the body is left out but Content-Length still describes it
    // (RFC 9110 §9.3.2).
    static QByteArray serialize(const Response &response, bool headRequest, bool closeConnection);

    // Status line + headers for a streamed body. With `chunked` the body must be framed with
    // chunk()/lastChunk(); without (HTTP/1.0 peers) the end of the body is the connection close.
    static QByteArray streamHead(int status, const QByteArray &contentType, const HeaderList &headers,
                                 bool chunked, bool closeConnection);

    // One chunk of a chunked body (RFC 9112 §7.1); empty data yields nothing (an empty chunk
    // would end the body).
    static QByteArray chunk(QByteArrayView data);
    static QByteArray lastChunk();

    static const HeaderList &securityHeaders();

    // Header names are tokens and values carry no CR/LF/NUL: anything else would let a handler
    // (or data it copied from a request) inject headers.
    static bool isSafeHeader(const QByteArray &name, const QByteArray &value);

private:
    static QByteArray head(int status, const QByteArray &contentType, const HeaderList &headers,
                           const QByteArray &framing, bool closeConnection);
};

} // namespace Moltdesk::Http
