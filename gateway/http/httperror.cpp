#include "http/httperror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

HttpError::HttpError(ErrorCode kind, QString message, QByteArray code)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_code(std::move(code))
{
}

QByteArray HttpError::code() const
{
    return m_code.isEmpty() ? defaultCode(m_kind) : m_code;
}

QString HttpError::message() const
{
    return m_message.isEmpty() ? defaultMessage(m_kind) : m_message;
}

QByteArray HttpError::toJson() const
{
    const QJsonObject error{{u"code"_s, QString::fromLatin1(code())}, {u"message"_s, message()}};
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

int HttpError::statusFor(ErrorCode kind)
{
    switch (kind) {
    case ErrorCode::BadRequest: return 400;
    case ErrorCode::Unauthorized: return 401;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::MethodNotAllowed: return 405;
    case ErrorCode::RequestTimeout: return 408;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::PayloadTooLarge: return 413;
    case ErrorCode::UnsupportedMediaType: return 415;
    case ErrorCode::UpgradeRequired: return 426;
    case ErrorCode::TooManyRequests: return 429;
    case ErrorCode::HeadersTooLarge: return 431;
    case ErrorCode::InternalError: return 500;
    case ErrorCode::NotImplemented: return 501;
    case ErrorCode::ServiceUnavailable: return 503;
    case ErrorCode::VersionNotSupported: return 505;
    }
    return 500;
}

QByteArray HttpError::defaultCode(ErrorCode kind)
{
    switch (kind) {
    case ErrorCode::BadRequest: return "bad_request"_ba;
    case ErrorCode::Unauthorized: return "unauthorized"_ba;
    case ErrorCode::Forbidden: return "forbidden"_ba;
    case ErrorCode::NotFound: return "not_found"_ba;
    case ErrorCode::MethodNotAllowed: return "method_not_allowed"_ba;
    case ErrorCode::RequestTimeout: return "request_timeout"_ba;
    case ErrorCode::Conflict: return "conflict"_ba;
    case ErrorCode::PayloadTooLarge: return "payload_too_large"_ba;
    case ErrorCode::UnsupportedMediaType: return "unsupported_media_type"_ba;
    case ErrorCode::UpgradeRequired: return "upgrade_required"_ba;
    case ErrorCode::TooManyRequests: return "too_many_requests"_ba;
    case ErrorCode::HeadersTooLarge: return "headers_too_large"_ba;
    case ErrorCode::InternalError: return "internal_error"_ba;
    case ErrorCode::NotImplemented: return "not_implemented"_ba;
    case ErrorCode::ServiceUnavailable: return "service_unavailable"_ba;
    case ErrorCode::VersionNotSupported: return "http_version_not_supported"_ba;
    }
    return "internal_error"_ba;
}

QString HttpError::defaultMessage(ErrorCode kind)
{
    switch (kind) {
    case ErrorCode::BadRequest: return u"The request is malformed."_s;
    case ErrorCode::Unauthorized: return u"Authentication is required."_s;
    case ErrorCode::Forbidden: return u"Access to this resource is forbidden."_s;
    case ErrorCode::NotFound: return u"No such resource."_s;
    case ErrorCode::MethodNotAllowed: return u"This method is not allowed on this resource."_s;
    case ErrorCode::RequestTimeout: return u"The request took too long to arrive."_s;
    case ErrorCode::Conflict: return u"The request conflicts with the current state."_s;
    case ErrorCode::PayloadTooLarge: return u"The request body is too large."_s;
    case ErrorCode::UnsupportedMediaType: return u"Unsupported content type."_s;
    case ErrorCode::UpgradeRequired: return u"This resource requires a WebSocket upgrade."_s;
    case ErrorCode::TooManyRequests: return u"Too many requests; slow down."_s;
    case ErrorCode::HeadersTooLarge: return u"The request headers are too large."_s;
    case ErrorCode::InternalError: return u"Internal server error."_s;
    case ErrorCode::NotImplemented: return u"Not implemented."_s;
    case ErrorCode::ServiceUnavailable: return u"The server is busy; try again later."_s;
    case ErrorCode::VersionNotSupported: return u"Only HTTP/1.0 and HTTP/1.1 are supported."_s;
    }
    return u"Internal server error."_s;
}

} // namespace Moltdesk::Http
