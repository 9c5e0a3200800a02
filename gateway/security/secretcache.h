#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

namespace Moltdesk::Security {

// The secrets the gateway needs at call time (provider keys, bot tokens), read once from the
// environment / keychain by the composition root and updated when the panel changes one. The
// keychain API is asynchronous and bound to the main thread; this copy lets the gateway thread
// look a key up synchronously when it builds a request. Thread-safe. Values never leave it
// except through value().
class SecretCache
{
public:
    QString value(const QString &name) const;
    void set(const QString &name, const QString &value); // an empty value removes
    void remove(const QString &name);
    QStringList names() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QString> m_values;
};

} // namespace Moltdesk::Security
