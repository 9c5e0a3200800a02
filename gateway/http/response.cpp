#include "http/response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

Response::Response(int status, QByteArray contentType, QByteArray body)
    : status(status)
    , contentType(std::move(contentType))
    , body(std::move(body))
{
}

Response &Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
    return *this;
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Response Response::json(int status, const QJsonObject &object)
{
    return Response(status, "application/json"_ba, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Response Response::json(int status, const QJsonArray &array)
{
    return Response(status, "application/json"_ba, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Response Response::text(int status, const QString &text)
{
    return Response(status, "text/plain; charset=utf-8"_ba, text.toUtf8());
}

Response Response::error(const HttpError &error)
{
    return Response(error.status(), "application/json"_ba, error.toJson());
}

Response Response::error(ErrorCode kind, const QString &message)
{
    return error(HttpError(kind, message));
}

Response Response::noContent()
{
    return Response(204, {}, {});
}

QByteArray Response::reasonPhrase(int status)
{
    // RFC 9110 §15 reason phrases; clients must not rely on them, but humans read them.
    switch (status) {
    case 100: return "Continue"_ba;
    case 101: return "Switching Protocols"_ba;
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 202: return "Accepted"_ba;
    case 204: return "No Content"_ba;
    case 301: return "Moved Permanently"_ba;
    case 302: return "Found"_ba;
    case 304: return "Not Modified"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 408: return "Request Timeout"_ba;
    case 409: return "Conflict"_ba;
    case 413: return "Content Too Large"_ba;
    case 415: return "Unsupported Media Type"_ba;
    case 426: return "Upgrade Required"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    case 504: return "Gateway Timeout"_ba;
    case 505: return "HTTP Version Not Supported"_ba;
    default: return "Status"_ba;
    }
}

} // namespace Moltdesk::Http
