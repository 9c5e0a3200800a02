#pragma once

#include <QList>
#include <QReadWriteLock>
#include <QString>

namespace Moltdesk::Security {

// The second line of defence against secrets in logs: the app's message handler runs every line
// through redact(). (The first line is never passing a secret to a log call at all.)
// Thread-safe: secrets are registered from start-up/keychain callbacks while any thread logs.
// Values shorter than kMinimumLength are ignored: redacting "abc" everywhere would mangle logs
// and such a value is not a credential worth protecting this way.
class SecretRedactor
{
public:
    static constexpr qsizetype kMinimumLength = 8;
    static constexpr QLatin1StringView kPlaceholder{"[REDACTED]"};

    // Returns false (and registers nothing) for values shorter than kMinimumLength.
    // Also registers the value's percent-encoded form when it differs, since secrets end up in URLs.
    bool addSecret(const QString &value);
    void removeSecret(const QString &value);
    void clear();
    // Registered patterns (a value and its percent-encoded form count separately when they differ).
    qsizetype patternCount() const;

    // Every occurrence of every registered value replaced with kPlaceholder.
    QString redact(const QString &text) const;

private:
    mutable QReadWriteLock m_lock;
    // Longest first, so a secret that contains another is replaced whole.
    QList<QString> m_values;
};

} // namespace Moltdesk::Security
