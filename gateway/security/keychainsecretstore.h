#pragma once

#include "security/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Moltdesk::Security {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Store on Windows). Every job runs with setInsecureFallback(false): QtKeychain's
// fallback would write the secret in clear into a QSettings file when no keychain is reachable
// (the pattern Nheko's Cache.cpp tolerates and we must not) — we report Unavailable instead.
//
// Jobs are created on the calling thread, so that thread needs a running event loop (QtKeychain
// starts them with a queued call and libsecret answers through the thread's GLib main context).
class KeychainSecretStore : public SecretStore
{
public:
    static constexpr QLatin1StringView kDefaultService{"moltdesk"};

    explicit KeychainSecretStore(const QString &service = QString(kDefaultService));

    QString service() const { return m_service; }

    QString backendName() const override;
    bool isWritable() const override { return true; }
    void read(const QString &name, QObject *context, Callback callback) override;
    void write(const QString &name, const QString &value, QObject *context, Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;
    void probe(QObject *context, Callback callback) override;

    // The reason shown when no keychain is reachable.
    static QString unavailableReason();

private:
    enum class Operation { Read, Write, Remove, Probe };
    // Map a finished job to a SecretResult. Never touches the secret value except to return it.
    // Static so a job finishing after the store is gone touches nothing of it.
    static SecretResult resultFor(Operation operation, const QString &service, const QString &name, QKeychain::Job *job);
    void run(Operation operation, QKeychain::Job *job, const QString &name, QObject *context, Callback callback);

    QString m_service;
};

} // namespace Moltdesk::Security
