#pragma once

#include "security/secretstore.h"

#include <QHash>
#include <QMutex>

namespace Moltdesk::Security {

// An in-memory SecretStore: the fake other modules' tests use, and the "null" store when constructed
// with unavailable() (every operation then answers Unavailable with the given reason, as a machine
// without a keychain would). Values die with the process; nothing is written anywhere.
// Thread-safe: it may be shared by objects on different threads.
class MemorySecretStore : public SecretStore
{
public:
    explicit MemorySecretStore(const QHash<QString, QString> &initial = {});

    // A store that behaves like an unreachable keychain.
    static MemorySecretStore *unavailable(const QString &reason);

    // Simulate a keychain going away / being denied (status Ok = reachable again).
    void setState(SecretResult::Status status, const QString &reason = {});

    // Test helpers: a synchronous look at the contents.
    bool contains(const QString &name) const;
    qsizetype count() const;

    QString backendName() const override;
    bool isWritable() const override { return true; }
    void read(const QString &name, QObject *context, Callback callback) override;
    void write(const QString &name, const QString &value, QObject *context, Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;
    void probe(QObject *context, Callback callback) override;

private:
    // Returns a failure result if the simulated state is not Ok or the name is invalid.
    bool rejects(const QString &name, SecretResult *failure) const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_values;
    SecretResult::Status m_state = SecretResult::Status::Ok;
    QString m_reason;
};

} // namespace Moltdesk::Security
