#pragma once

#include "security/secretcache.h"
#include "security/secretresult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Moltdesk::Security {

class EnvSecretStore;
class SecretRedactor;
class SecretStore;

// The secrets the running gateway uses, and the one way to change them (docs/secrets.md).
//
// Values come from the environment / --env-file first, then the keychain, exactly as at
// start-up; value() answers synchronously from an in-memory copy (SecretCache), so the gateway
// thread can look a key up while it builds a request. store()/remove() may be called from any
// thread (the gateway's `secrets.set` runs on the gateway thread): the keychain is used on the
// vault's own thread, since its API is asynchronous and bound to the thread that created it; once
// the keychain confirmed, the copy and the log redactor are updated, and only then does `done`
// run on `context`'s thread. So "secret stored → config written → component rebuilt" can be
// chained by the caller without a window in which the gateway sees the old value.
//
// A value set in the environment wins over the keychain: storing one writes the keychain (used
// once the environment no longer sets it) and leaves the running value alone.
class SecretVault : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretResult &)>;

    // `keychain` is used on this object's thread only; all three must outlive the vault.
    SecretVault(SecretStore *keychain, const EnvSecretStore *environment, SecretRedactor *redactor,
                QObject *parent = nullptr);

    // Thread-safe. Empty when the secret is set nowhere.
    QString value(const QString &name) const;
    // Thread-safe: "environment" (also for --env-file), "keychain", or empty when not set.
    QString source(const QString &name) const;
    // The keychain's short name ("keychain"), for messages.
    QString backendName() const;

    // Start-up: for each name, the environment's value, else the keychain's. `done` runs on
    // `context`'s thread once every keychain read answered (missing entries are simply unset).
    void load(const QStringList &names, QObject *context, std::function<void()> done);

    // Any thread. Writes the keychain, then updates value()/source() and the redactor, then runs
    // `done(result)` on `context`'s thread (dropped when `context` is gone). A failed write
    // changes nothing.
    void store(const QString &name, const QString &value, QObject *context, Done done);
    // Any thread. Removing a secret that is not stored is Ok. When the environment sets the name,
    // its value stays in use.
    void remove(const QString &name, QObject *context, Done done);

private:
    QString environmentValue(const QString &name) const;
    void remember(const QString &name, const QString &value);
    static void post(const QPointer<QObject> &context, const Done &done, const SecretResult &result);

    SecretStore *m_keychain;
    const EnvSecretStore *m_environment;
    SecretRedactor *m_redactor;
    SecretCache m_keychainValues; // what the keychain holds for the names read or written
};

} // namespace Moltdesk::Security
