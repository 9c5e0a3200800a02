#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Moltdesk::Config {

struct SecuritySettings {
    enum class DmPolicy { Pairing, Allowlist, Open };
    static inline const QStringList kChannels = {
        QStringLiteral("telegram"), QStringLiteral("discord"), QStringLiteral("whatsapp")};

    QStringList allowedOrigins; // normalised "scheme://host[:port]"; empty = loopback origins only
    int requestsPerMinute = 20;
    int burstSize = 5;
    DmPolicy dmPolicy = DmPolicy::Pairing;
    QMap<QString, QStringList> allowFrom; // channel -> sender ids (strings: Discord snowflakes exceed 2^53)
    bool operator==(const SecuritySettings &) const = default;
};

} // namespace Moltdesk::Config
