#include "security/secretredactor.h"

#include <QUrl>

#include <algorithm>

namespace Moltdesk::Security {

namespace {
QString percentEncoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

bool SecretRedactor::addSecret(const QString &value)
{
    if (value.size() < kMinimumLength)
        return false;
    QWriteLocker lock(&m_lock);
    for (const QString &form : {value, percentEncoded(value)}) {
        if (!m_values.contains(form))
            m_values.append(form);
    }
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const QString &x, const QString &y) { return x.size() > y.size(); });
    return true;
}

void SecretRedactor::removeSecret(const QString &value)
{
    QWriteLocker lock(&m_lock);
    m_values.removeAll(value);
    m_values.removeAll(percentEncoded(value));
}

void SecretRedactor::clear()
{
    QWriteLocker lock(&m_lock);
    m_values.clear();
}

qsizetype SecretRedactor::patternCount() const
{
    QReadLocker lock(&m_lock);
    return m_values.size();
}

QString SecretRedactor::redact(const QString &text) const
{
    QReadLocker lock(&m_lock);
    QString out = text;
    for (const QString &value : m_values) {
        if (out.contains(value))
            out.replace(value, kPlaceholder);
    }
    return out;
}

} // namespace Moltdesk::Security
