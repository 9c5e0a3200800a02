#pragma once

#include "config/settings.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Control {

// The WebSocket methods `config.get` and `config.set` and the event `config.changed`
// (docs/protocol.md "Configuration"). Everything runs on the gateway thread.
//
// config.set validates exactly like start-up (Config::Loader::fromJson): any error means an
// INVALID_REQUEST whose message is the loader's lines, and nothing is written or changed. A valid
// document is saved crash-safely (Loader::save: write new, rename) as the *effective* settings
// with every key spelt out - unknown keys the loader warned about are dropped and the warnings
// returned - and only then handed to `apply`, which swaps what can change live.
class ConfigMethods
{
public:
    using Current = std::function<Config::Settings()>;
    using Apply = std::function<void(const Config::Settings &settings)>;
    using Broadcast = std::function<void(const QString &event, const QJsonValue &payload)>;

    // `configPath` empty: config.set answers UNAVAILABLE (there is no file to write).
    ConfigMethods(QString configPath, Current current, Apply apply, Broadcast broadcast);

    void registerMethods(Ws::MethodRegistry &registry);

    QJsonObject get() const;
    // Throws Ws::RpcError (INVALID_REQUEST for bad params or an invalid config, UNAVAILABLE when
    // the file cannot be written).
    QJsonObject set(const QJsonObject &params);

private:
    QJsonObject documentFor(const QJsonObject &params) const;
    QString fileName() const;

    QString m_configPath;
    Current m_current;
    Apply m_apply;
    Broadcast m_broadcast;
};

} // namespace Moltdesk::Control
