#pragma once

#include "config/settings.h"

#include <QString>

namespace Moltdesk::Core {

// Everything the gateway needs to start, resolved by the composition root on the main thread and
// handed over by value (it is copied into the gateway thread).
struct GatewayOptions
{
    Config::Settings settings;
    Config::ListenAddress listen; // --listen or gateway.listen
    QString dataDir;
    QString configPath;
    QString operatorToken;        // MOLTDESK_TOKEN; never logged
};

} // namespace Moltdesk::Core
