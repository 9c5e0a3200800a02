#pragma once

#include <QHostAddress>
#include <QList>

#include <chrono>

namespace Moltdesk::Agent {

struct WebFetchOptions
{
    qint64 maxBytes = 2 * 1024 * 1024;                 // body bytes read; the rest is cut
    std::chrono::milliseconds timeLimit = std::chrono::seconds(15); // whole fetch, all redirect hops
    int maxRedirects = 5;
    bool allowPrivateNetworks = false; // ai.tools.web_fetch.allowPrivateNetworks
    // ai.tools.web_fetch.allowedPorts: ports fetched besides 80 and 443 (every redirect hop too).
    QList<quint16> allowedPorts;
    int maxConcurrent = 4;             // ai.tools.web_fetch.maxConcurrent: fetches in flight at once
    // Test seam only (see SsrfGuard): addresses allowed even when private networks are refused.
    QList<QHostAddress> exemptAddresses;
};

} // namespace Moltdesk::Agent
