#include "channels/telegram/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

ApiError ApiError::make(Kind kind, const QString &description, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.description = description;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject envelope = document.object();
    const bool isEnvelope = parseError.error == QJsonParseError::NoError && document.isObject()
                            && envelope.value(u"ok"_s).isBool();
    int code = httpStatus;
    if (isEnvelope) {
        error.description = envelope.value(u"description"_s).toString();
        // error_code mirrors the HTTP status in practice; trust it when the status is 200
        // (an "ok":false body on a 200 would otherwise look like success).
        const int envelopeCode = envelope.value(u"error_code"_s).toInt();
        if (envelopeCode > 0 && (code / 100 == 2 || code == 0))
            code = envelopeCode;
        const QJsonObject parameters = envelope.value(u"parameters"_s).toObject();
        if (parameters.contains(u"retry_after"_s))
            error.retryAfterSeconds = parameters.value(u"retry_after"_s).toInt(-1);
    }
    if (error.description.isEmpty())
        error.description = u"HTTP %1 without a Telegram error description"_s.arg(httpStatus);

    if (code == 401) {
        error.kind = Kind::Unauthorized;
    } else if (code == 404) {
        error.kind = Kind::NotFound;
    } else if (code == 400) {
        // Telegram's wording for refused markup: "Bad Request: can't parse entities: ..."
        error.kind = error.description.contains(u"can't parse entities"_s, Qt::CaseInsensitive)
                         ? Kind::ParseEntities
                         : Kind::BadRequest;
    } else if (code == 403) {
        error.kind = Kind::Forbidden;
    } else if (code == 409) {
        error.kind = Kind::Conflict;
    } else if (code == 429) {
        error.kind = Kind::RateLimited;
    } else if (code >= 500) {
        error.kind = Kind::Server;
    } else if (code >= 400) {
        error.kind = Kind::BadRequest;
    } else {
        error.kind = Kind::Malformed;
        if (!isEnvelope)
            error.description = u"HTTP %1 with an answer that is not Telegram's JSON envelope"_s.arg(httpStatus);
    }
    return error;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Malformed: // e.g. a proxy's HTML error page; the next try may reach Telegram
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unauthorized: return u"unauthorized"_s;
    case Kind::NotFound: return u"not_found"_s;
    case Kind::BadRequest: return u"bad_request"_s;
    case Kind::ParseEntities: return u"parse_entities"_s;
    case Kind::Forbidden: return u"forbidden"_s;
    case Kind::Conflict: return u"conflict"_s;
    case Kind::RateLimited: return u"rate_limited"_s;
    case Kind::Server: return u"server"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Malformed: return u"malformed"_s;
    case Kind::TooLarge: return u"too_large"_s;
    case Kind::InvalidArgument: return u"invalid_argument"_s;
    case Kind::Aborted: return u"aborted"_s;
    }
    return u"unknown"_s;
}

QString ApiError::toString() const
{
    QString text = kindName();
    if (httpStatus > 0)
        text += u" (HTTP %1)"_s.arg(httpStatus);
    text += u": "_s + description;
    if (retryAfterSeconds >= 0)
        text += u" (retry after %1 s)"_s.arg(retryAfterSeconds);
    return text;
}

} // namespace Moltdesk::Telegram
