#include "security/memorysecretstore.h"

#include <QCoreApplication>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

MemorySecretStore::MemorySecretStore(const QHash<QString, QString> &initial)
    : m_values(initial)
{
}

MemorySecretStore *MemorySecretStore::unavailable(const QString &reason)
{
    auto *store = new MemorySecretStore;
    store->setState(SecretResult::Status::Unavailable, reason);
    return store;
}

void MemorySecretStore::setState(SecretResult::Status status, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    m_state = status;
    m_reason = reason;
}

bool MemorySecretStore::contains(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.contains(name);
}

qsizetype MemorySecretStore::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_values.size();
}

QString MemorySecretStore::backendName() const
{
    return u"memory"_s;
}

bool MemorySecretStore::rejects(const QString &name, SecretResult *failure) const
{
    if (m_state != SecretResult::Status::Ok) {
        const QString reason = m_reason.isEmpty()
            ? QCoreApplication::translate("SecretStore", "The in-memory secret store is switched off.")
            : m_reason;
        *failure = SecretResult::failure(m_state, reason, backendName());
        return true;
    }
    if (const QString why = validateName(name); !why.isEmpty()) {
        *failure = SecretResult::failure(SecretResult::Status::Error, why, backendName());
        return true;
    }
    return false;
}

void MemorySecretStore::read(const QString &name, QObject *context, Callback callback)
{
    SecretResult result;
    {
        QMutexLocker lock(&m_mutex);
        if (!rejects(name, &result)) {
            const auto it = m_values.constFind(name);
            result = it == m_values.cend()
                ? SecretResult::failure(SecretResult::Status::NotFound,
                                        QCoreApplication::translate("SecretStore", "%1 is not stored.").arg(name),
                                        backendName())
                : SecretResult::ok(it.value(), backendName());
        }
    }
    deliver(context, callback, result);
}

void MemorySecretStore::write(const QString &name, const QString &value, QObject *context, Callback callback)
{
    SecretResult result;
    {
        QMutexLocker lock(&m_mutex);
        if (!rejects(name, &result)) {
            if (const QString why = validateWrite(name, value); !why.isEmpty()) {
                result = SecretResult::failure(SecretResult::Status::Error, why, backendName());
            } else {
                m_values.insert(name, value);
                result = SecretResult::ok({}, backendName());
            }
        }
    }
    deliver(context, callback, result);
}

void MemorySecretStore::remove(const QString &name, QObject *context, Callback callback)
{
    SecretResult result;
    {
        QMutexLocker lock(&m_mutex);
        if (!rejects(name, &result)) {
            // Idempotent, like the keychain: removing an absent secret is not an error.
            m_values.remove(name);
            result = SecretResult::ok({}, backendName());
        }
    }
    deliver(context, callback, result);
}

void MemorySecretStore::probe(QObject *context, Callback callback)
{
    SecretResult result;
    {
        QMutexLocker lock(&m_mutex);
        result = m_state == SecretResult::Status::Ok
            ? SecretResult::ok({}, backendName())
            : SecretResult::failure(m_state, m_reason, backendName());
    }
    deliver(context, callback, result);
}

} // namespace Moltdesk::Security
