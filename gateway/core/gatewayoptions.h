#pragma once

#include "config/settings.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Moltdesk::Core {

class EventLog;

// Everything the gateway needs to start, resolved by the composition root on the main thread and
// handed over by value (it is copied into the gateway thread).
struct GatewayOptions
{
    Config::Settings settings;
    Config::ListenAddress listen; // --listen or gateway.listen
    QString dataDir;
    QString configPath;
    // Checks a presented operator token (MOLTDESK_TOKEN) in constant time. Thread-safe: called on
    // the gateway thread while the panel may rotate the token.
    std::function<bool(QByteArrayView)> verifyOperatorToken;
    EventLog *eventLog = nullptr; // thread-safe; outlives the gateway
};

} // namespace Moltdesk::Core
