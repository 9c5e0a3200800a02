#include "security/secretcache.h"

namespace Moltdesk::Security {

QString SecretCache::value(const QString &name) const
{
    QReadLocker locker(&m_lock);
    return m_values.value(name);
}

void SecretCache::set(const QString &name, const QString &value)
{
    QWriteLocker locker(&m_lock);
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
}

void SecretCache::remove(const QString &name)
{
    QWriteLocker locker(&m_lock);
    m_values.remove(name);
}

QStringList SecretCache::names() const
{
    QReadLocker locker(&m_lock);
    QStringList names = m_values.keys();
    names.sort();
    return names;
}

} // namespace Moltdesk::Security
