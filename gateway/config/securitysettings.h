#pragma once

#include "config/channelnames.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Moltdesk::Config {

struct SecuritySettings {
    enum class DmPolicy { Pairing, Allowlist, Open };
    static inline const QStringList kChannels = ChannelNames::messaging();

    QStringList allowedOrigins; // normalised "scheme://host[:port]"; empty = loopback origins only
    int requestsPerMinute = 20;
    int burstSize = 5;
    DmPolicy dmPolicy = DmPolicy::Pairing;
    QMap<QString, QStringList> allowFrom; // channel -> sender ids (strings: Discord snowflakes exceed 2^53)
    bool operator==(const SecuritySettings &) const = default;
};

} // namespace Moltdesk::Config
