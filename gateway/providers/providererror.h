#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <functional>

namespace Moltdesk::Providers {

// A failed provider call, classified so the routing layer can decide on retry and failover
// without knowing which provider spoke.
class ProviderError
{
public:
    enum class Kind {
        Network,     // no usable HTTP response (refused, DNS, reset before the headers)
        Timeout,     // request timeout or stream-idle timeout (also HTTP 408)
        RateLimited, // 429; retryAfterMs from retry-after / retry-after-ms when given
        Overloaded,  // Anthropic 529 / overloaded_error
        Server,      // other 5xx
        BadRequest,  // 400 and other 4xx the request itself caused
        Auth,        // 401 / 403
        SpendLimit,  // out of credit / quota: waiting does not help
        StreamCut,   // the connection ended before the final event
        Malformed,   // a body or data line that is not the JSON the API documents
        Aborted,     // the caller aborted the call
    };

    ProviderError() = default;
    ProviderError(Kind kind, QString message, int httpStatus = 0, qint64 retryAfterMs = -1);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    // < 0: the server did not say how long to wait.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    // The provider's own error type/code, e.g. "overloaded_error" or "insufficient_quota".
    QString providerCode() const { return m_providerCode; }
    void setProviderCode(const QString &code) { m_providerCode = code; }

    // False where repeating the same request cannot succeed (or the caller asked to stop).
    bool retryable() const;

    static QString kindName(Kind kind);
    QString kindName() const { return kindName(m_kind); }
    QJsonObject toJson() const;

    // Wait hint from response headers: "retry-after-ms" (milliseconds, OpenAI/Anthropic SDK
    // convention) wins over "retry-after" (RFC 9110 §10.2.3: delay-seconds or an HTTP-date,
    // the latter measured against `now`). -1 when absent or unparsable.
    static qint64 parseRetryAfter(const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QDateTime &now);

private:
    Kind m_kind = Kind::Network;
    QString m_message;
    int m_httpStatus = 0;
    qint64 m_retryAfterMs = -1;
    QString m_providerCode;
};

} // namespace Moltdesk::Providers

Q_DECLARE_METATYPE(Moltdesk::Providers::ProviderError)
