#pragma once

#include <QString>

namespace Moltdesk::Security {

// The outcome of one SecretStore operation. The message is for humans (logs, the panel) and is
// built only from the secret's *name* and the backend's error text — never from the value.
class SecretResult
{
public:
    enum class Status {
        Ok,          // read: value() holds the secret; write/remove/probe: done
        NotFound,    // no secret of that name in this store
        Unavailable, // the backend is not reachable (no Secret Service, no D-Bus, ...)
        Denied,      // the backend refused (user cancelled the unlock prompt, policy)
        Error,       // anything else: bad name, read-only store, backend failure
    };

    static SecretResult ok(const QString &value = {}, const QString &source = {});
    static SecretResult failure(Status status, const QString &message, const QString &source = {});

    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    // Only set for a successful read.
    QString value() const { return m_value; }
    QString message() const { return m_message; }
    // Which backend answered ("environment", "env-file", "keychain", "memory", ...).
    QString source() const { return m_source; }

    static QString statusName(Status status);

private:
    Status m_status = Status::Error;
    QString m_value;
    QString m_message;
    QString m_source;
};

} // namespace Moltdesk::Security
