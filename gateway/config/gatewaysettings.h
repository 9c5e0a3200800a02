#pragma once

#include "config/listenaddress.h"

#include <QUrl>

namespace Moltdesk::Config {

struct GatewaySettings {
    ListenAddress listen = ListenAddress::defaultAddress();
    qint64 maxBodyBytes = 1048576;
    qint64 maxHeaderBytes = 16384;
    int maxConnections = 256;
    int idleTimeoutSeconds = 60;
    QUrl publicUrl; // empty = not reachable from outside (webhook modes need it)
    int tickIntervalSeconds = 30;
    bool operator==(const GatewaySettings &) const = default;
};

} // namespace Moltdesk::Config
