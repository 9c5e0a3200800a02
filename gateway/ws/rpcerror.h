#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <exception>

namespace Moltdesk::Ws {

// The error shape of a failed `res` frame: {code, message, details?, retryable?, retryAfterMs?}.
// Codes follow OpenClaw's gateway protocol (src/gateway/protocol/schema/error-codes.ts:
// NOT_LINKED, NOT_PAIRED, AGENT_TIMEOUT, FORBIDDEN, INVALID_REQUEST, UNAVAILABLE) so its clients
// branch on the same strings. OpenClaw reports both an unknown method and a failed `connect` auth
// as INVALID_REQUEST (the message says which); we do the same.
//
// RpcError is also an exception: a handler may `throw RpcError::invalidRequest(...)` for bad
// params and the registry turns it into an error response.
class RpcError : public std::exception
{
public:
    static inline const QString kInvalidRequest = QStringLiteral("INVALID_REQUEST");
    static inline const QString kUnavailable = QStringLiteral("UNAVAILABLE");
    static inline const QString kForbidden = QStringLiteral("FORBIDDEN");
    static inline const QString kAgentTimeout = QStringLiteral("AGENT_TIMEOUT");
    static inline const QString kNotLinked = QStringLiteral("NOT_LINKED");
    static inline const QString kNotPaired = QStringLiteral("NOT_PAIRED");

    RpcError() = default;
    RpcError(QString code, QString message, QJsonValue details = {});

    static RpcError invalidRequest(const QString &message, const QJsonValue &details = {});
    static RpcError unavailable(const QString &message, const QJsonValue &details = {});
    static RpcError forbidden(const QString &message, const QJsonValue &details = {});

    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonValue &details() const { return m_details; }
    bool retryable() const { return m_retryable; }
    qint64 retryAfterMs() const { return m_retryAfterMs; }

    // A hint for clients that the same request may succeed later (OpenClaw's `retryable`).
    RpcError &setRetryable(bool retryable, qint64 retryAfterMs = -1);

    QJsonObject toJson() const;
    const char *what() const noexcept override;

private:
    QString m_code;
    QString m_message;
    QJsonValue m_details;
    bool m_retryable = false;
    qint64 m_retryAfterMs = -1;
    QByteArray m_what;
};

} // namespace Moltdesk::Ws
