#pragma once

#include "security/secretstore.h"

#include <QList>

namespace Moltdesk::Security {

// Reads ask each layer in order (headless: environment, then keychain) and the first value wins;
// writes and removals go to one target (the keychain). Non-owning: the composition root owns the
// layers and keeps them (and this object) alive until pending operations have answered.
//
// Read outcome when no layer has the value: NotFound if every layer answered NotFound; otherwise the
// most serious failure seen (Unavailable/Denied/Error), so "no keychain" is not hidden as "not set".
// remove() only touches the write target: a value still set in the environment keeps being read.
class LayeredSecretStore : public SecretStore
{
public:
    LayeredSecretStore(const QList<SecretStore *> &readLayers, SecretStore *writeTarget);

    QString backendName() const override;
    bool isWritable() const override;
    void read(const QString &name, QObject *context, Callback callback) override;
    void write(const QString &name, const QString &value, QObject *context, Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;
    // Probes the write target (the layer whose reachability matters to the user).
    void probe(QObject *context, Callback callback) override;

private:
    void readFrom(qsizetype index, const QString &name, QObject *context, Callback callback, SecretResult worst);
    SecretResult noTarget() const;

    QList<SecretStore *> m_layers;
    SecretStore *m_target;
};

} // namespace Moltdesk::Security
