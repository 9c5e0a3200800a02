#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace Moltdesk::Security {
class SecretStore;
}

namespace Moltdesk::Ui {

class GatewayClient;

// How every page stores or removes a key or token: through the running gateway's `secrets.set` /
// `secrets.delete` (docs/protocol.md "Secrets"), which writes the keychain and hands the new value
// to the components that use it before it answers - so a config.set sent after it starts a channel
// or provider with the new value. Only without a gateway (page tests, nothing running) does it
// write `fallback` directly; such a value reaches a gateway when it next starts.
class SecretWriter
{
    Q_DECLARE_TR_FUNCTIONS(SecretWriter)

public:
    struct Outcome
    {
        bool ok = false;
        QString error;                     // in words, when not ok
        bool shadowedByEnvironment = false; // stored, but the environment's value stays in use
        bool appliedLive = false;           // the running gateway uses it now
    };
    using Done = std::function<void(const Outcome &)>;

    // `done` runs on `context`'s thread, and not at all once `context` is gone.
    static void store(GatewayClient *gateway, Security::SecretStore *fallback, const QString &name,
                      const QString &value, QObject *context, Done done);
    static void remove(GatewayClient *gateway, Security::SecretStore *fallback, const QString &name, QObject *context,
                       Done done);
};

} // namespace Moltdesk::Ui
