#pragma once

#include <QByteArray>
#include <QString>

namespace Moltdesk::Http {

// Every error the gateway answers over HTTP. The mapping to a status code and to the JSON
// "code" string lives only in httperror.cpp, so transport and handlers cannot drift apart.
enum class ErrorCode {
    BadRequest,           // 400 malformed request line, headers, chunking or JSON
    Unauthorized,         // 401 missing/wrong token or signature
    Forbidden,            // 403 e.g. a WebSocket Origin that is not allowed
    NotFound,             // 404
    MethodNotAllowed,     // 405 (the response also needs an Allow header, RFC 9110 §15.5.6)
    RequestTimeout,       // 408 headers or body too slow (RFC 9110 §15.5.9)
    Conflict,             // 409
    PayloadTooLarge,      // 413 body over maxBodyBytes (RFC 9110 §15.5.14)
    UnsupportedMediaType, // 415
    UpgradeRequired,      // 426 plain GET on a WebSocket-only route (RFC 9110 §15.5.22)
    TooManyRequests,      // 429 rate limited (RFC 6585 §4)
    HeadersTooLarge,      // 431 header block over maxHeaderBytes (RFC 6585 §5)
    InternalError,        // 500
    NotImplemented,       // 501
    ServiceUnavailable,   // 503 connection cap reached, shutting down
    VersionNotSupported,  // 505 anything but HTTP/1.x
};

// An error to send: which kind (decides the status), an optional more specific snake_case code
// (e.g. "invalid_signature" with Unauthorized) and a short human message. Never put secrets or
// raw request data in the message: it goes to the client verbatim.
class HttpError
{
public:
    explicit HttpError(ErrorCode kind, QString message = {}, QByteArray code = {});

    ErrorCode kind() const { return m_kind; }
    int status() const { return statusFor(m_kind); }
    QByteArray code() const;
    QString message() const;

    // {"error":{"code":"<snake_case>","message":"<text>"}}
    QByteArray toJson() const;

    static int statusFor(ErrorCode kind);
    static QByteArray defaultCode(ErrorCode kind);
    static QString defaultMessage(ErrorCode kind);

private:
    ErrorCode m_kind;
    QString m_message;
    QByteArray m_code;
};

} // namespace Moltdesk::Http
