#pragma once

#include "config/listenaddress.h"

#include <QStringList>
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
    int headerTimeoutSeconds = 30;      // 408 when a request's header block takes longer
    int bodyTimeoutSeconds = 30;        // 408 when a request body takes longer (docs/http.md)
    QStringList allowedHosts;           // extra Host names for /ws, /v1/* and /metrics
    int authFailureLimit = 10;          // failed authentications per address per minute; 0: off
    int authFailureBlockSeconds = 60;   // how long an address over the limit gets 429
    bool operator==(const GatewaySettings &) const = default;
};

} // namespace Moltdesk::Config
