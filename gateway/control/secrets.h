#pragma once

#include "config/settings.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <functional>

namespace Moltdesk::Security {
class SecretVault;
}
namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Control {

// The WebSocket methods `secrets.status`, `secrets.set` and `secrets.delete` and the event
// `secrets.changed` (docs/protocol.md "Secrets"): the panel's only way to change a provider key or
// a bot token, so the change reaches the running gateway in order - stored in the keychain, the
// gateway's copy updated, then `applied` (clients using the secret rebuilt) - before the answer
// goes out. Values are write-only over the protocol: no method returns one, and none is logged.
// Runs on the gateway thread; the keychain work happens on the vault's thread.
class SecretMethods : public QObject
{
    Q_OBJECT

public:
    using Current = std::function<Config::Settings()>;
    using Applied = std::function<void(const QString &name)>;
    using Broadcast = std::function<void(const QString &event, const QJsonValue &payload)>;
    using HasOperatorToken = std::function<bool()>;

    // `vault` null: every method but secrets.status answers UNAVAILABLE.
    SecretMethods(Security::SecretVault *vault, Current current, Applied applied, Broadcast broadcast,
                  HasOperatorToken hasOperatorToken, QObject *parent = nullptr);

    void registerMethods(Ws::MethodRegistry &registry);

    QJsonObject status() const;
    // Names that may be set: the catalogue plus the key names the configured providers use.
    // Throws Ws::RpcError (INVALID_REQUEST) for anything else, with the reason in words.
    QString checkedName(const QJsonObject &params) const;
    static QString checkedValue(const QJsonObject &params);

private:
    Security::SecretVault *m_vault;
    Current m_current;
    Applied m_applied;
    Broadcast m_broadcast;
    HasOperatorToken m_hasOperatorToken;
};

} // namespace Moltdesk::Control
