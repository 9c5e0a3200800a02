#pragma once

#include "channels/channelmodule.h"
#include "config/settings.h"

#include <QString>

#include <functional>

namespace Moltdesk::Security {
class SecretVault;
}

namespace Moltdesk::Base {
class EventLog;
}

namespace Moltdesk::Core {

using Base::EventLog;

// Everything the gateway needs to start, resolved by the composition root on the main thread and
// handed over by value (it is copied into the gateway thread).
struct GatewayOptions
{
    Config::Settings settings;
    Config::ListenAddress listen; // --listen or gateway.listen
    QString dataDir;
    QString configPath;
    // The current operator token (MOLTDESK_TOKEN). Thread-safe: called on the gateway thread at
    // each authentication while the panel may rotate the token. Never logged.
    std::function<QString()> operatorToken;
    EventLog *eventLog = nullptr; // thread-safe; outlives the gateway
    // Looks a secret up by name (provider keys, bot tokens: Security::SecretNames), thread-safe
    // (backed by Security::SecretCache). Empty: not set. Called when clients are (re)built.
    std::function<QString(const QString &name)> secret;
    // The writable side of the same secrets, for `secrets.set` / `secrets.delete` (the panel's
    // one path for a new key or token, docs/protocol.md "Secrets"). Thread-safe; outlives the
    // gateway. Null: those methods answer UNAVAILABLE.
    Security::SecretVault *secretVault = nullptr;
    // Builds the channel modules, on the gateway thread. Empty: Channels::builtinModules(). A
    // test passes its own list (e.g. builtinModules() plus a test channel) to run a channel
    // through the real gateway without any change to core (docs/channels/README.md).
    std::function<Channels::ChannelModules()> channelModules;
};

} // namespace Moltdesk::Core
