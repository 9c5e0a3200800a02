#include "providers/providererror.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

ProviderError::ProviderError(Kind kind, QString message, int httpStatus, qint64 retryAfterMs)
    : m_kind(kind), m_message(std::move(message)), m_httpStatus(httpStatus), m_retryAfterMs(retryAfterMs)
{
}

bool ProviderError::retryable() const
{
    switch (m_kind) {
    case Kind::BadRequest:
    case Kind::Auth:
    case Kind::SpendLimit:
    case Kind::Aborted:
        return false;
    default:
        return true;
    }
}

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::RateLimited: return u"rate_limited"_s;
    case Kind::Overloaded: return u"overloaded"_s;
    case Kind::Server: return u"server"_s;
    case Kind::BadRequest: return u"bad_request"_s;
    case Kind::Auth: return u"auth"_s;
    case Kind::SpendLimit: return u"spend_limit"_s;
    case Kind::StreamCut: return u"stream_cut"_s;
    case Kind::Malformed: return u"malformed"_s;
    case Kind::Aborted: return u"aborted"_s;
    }
    return u"network"_s;
}

QJsonObject ProviderError::toJson() const
{
    QJsonObject json{{u"kind"_s, kindName()}, {u"message"_s, m_message}, {u"retryable"_s, retryable()}};
    if (m_httpStatus > 0)
        json.insert(u"httpStatus"_s, m_httpStatus);
    if (m_retryAfterMs >= 0)
        json.insert(u"retryAfterMs"_s, m_retryAfterMs);
    if (!m_providerCode.isEmpty())
        json.insert(u"providerCode"_s, m_providerCode);
    return json;
}

qint64 ProviderError::parseRetryAfter(const QList<QPair<QByteArray, QByteArray>> &headers,
                                      const QDateTime &now)
{
    QByteArray retryAfter;
    QByteArray retryAfterMs;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "retry-after-ms")
            retryAfterMs = value.trimmed();
        else if (lower == "retry-after")
            retryAfter = value.trimmed();
    }

    if (!retryAfterMs.isEmpty()) {
        bool ok = false;
        const double ms = retryAfterMs.toDouble(&ok);
        if (ok && std::isfinite(ms) && ms >= 0)
            return qint64(std::ceil(ms));
    }
    if (retryAfter.isEmpty())
        return -1;

    bool ok = false;
    const qint64 seconds = retryAfter.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;

    // HTTP-date, preferred form IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7).
    const QString text = QString::fromLatin1(retryAfter);
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace Moltdesk::Providers
