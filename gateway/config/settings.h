#pragma once

#include "config/aisettings.h"
#include "config/channelssettings.h"
#include "config/cronsettings.h"
#include "config/gatewaysettings.h"
#include "config/securitysettings.h"
#include "config/storagesettings.h"

namespace Moltdesk::Config {

// The whole configuration file as plain values. A default-constructed Settings is exactly what a
// missing config file means; every default is documented in docs/configuration.md.
struct Settings {
    AiSettings ai;
    ChannelsSettings channels;
    StorageSettings storage;
    SecuritySettings security;
    GatewaySettings gateway;
    CronSettings cron;
    bool operator==(const Settings &) const = default;
};

} // namespace Moltdesk::Config
