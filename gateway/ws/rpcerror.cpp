#include "ws/rpcerror.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

RpcError::RpcError(QString code, QString message, QJsonValue details)
    : m_code(std::move(code))
    , m_message(std::move(message))
    , m_details(std::move(details))
    , m_what(m_code.toUtf8() + ": "_ba + m_message.toUtf8())
{
    // The schema requires both strings to be non-empty.
    if (m_code.isEmpty())
        m_code = kUnavailable;
    if (m_message.isEmpty())
        m_message = m_code;
}

RpcError RpcError::invalidRequest(const QString &message, const QJsonValue &details)
{
    return RpcError(kInvalidRequest, message, details);
}

RpcError RpcError::unavailable(const QString &message, const QJsonValue &details)
{
    return RpcError(kUnavailable, message, details);
}

RpcError RpcError::forbidden(const QString &message, const QJsonValue &details)
{
    return RpcError(kForbidden, message, details);
}

RpcError &RpcError::setRetryable(bool retryable, qint64 retryAfterMs)
{
    m_retryable = retryable;
    m_retryAfterMs = retryAfterMs;
    return *this;
}

QJsonObject RpcError::toJson() const
{
    QJsonObject error{{u"code"_s, m_code}, {u"message"_s, m_message}};
    if (!m_details.isUndefined() && !m_details.isNull())
        error.insert(u"details"_s, m_details);
    if (m_retryable)
        error.insert(u"retryable"_s, true);
    if (m_retryAfterMs >= 0)
        error.insert(u"retryAfterMs"_s, m_retryAfterMs);
    return error;
}

const char *RpcError::what() const noexcept
{
    return m_what.constData();
}

} // namespace Moltdesk::Ws
