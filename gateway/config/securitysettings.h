#pragma once

#include "config/channelnames.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Moltdesk::Config {

// security.tools: the built-in tools (AiSettings::kToolNames) each trust level may use
// (agent/trustlevel.h, docs/tools.md "Trust levels").
struct ToolPolicySettings {
    static inline const QStringList kLevels = {QStringLiteral("operator"), QStringLiteral("dm"),
                                               QStringLiteral("group"), QStringLiteral("cron")};
    static QMap<QString, QStringList> defaults()
    {
        const QString time = QStringLiteral("current_time"), fetch = QStringLiteral("web_fetch"),
                      memory = QStringLiteral("memory"), files = QStringLiteral("files"),
                      schedule = QStringLiteral("schedule");
        return {{QStringLiteral("operator"), {time, fetch, memory, files, schedule}},
                {QStringLiteral("dm"), {time, fetch, memory, files, schedule}},
                {QStringLiteral("group"), {time, fetch, files}},
                {QStringLiteral("cron"), {time, fetch, memory, files}}};
    }
    QMap<QString, QStringList> allowed = defaults(); // level -> tool names
    bool operator==(const ToolPolicySettings &) const = default;
};

// security.schedule: limits on the jobs the model creates with the `schedule` tool (docs/cron.md).
struct ScheduleCapSettings {
    int maxJobsPerConversation = 5; // active jobs of one conversation (a DM is one sender)
    int maxJobs = 100;              // active model-created jobs in the whole gateway
    int minIntervalMinutes = 15;    // shortest "every" interval, and shortest gap of a cron expression
    bool operator==(const ScheduleCapSettings &) const = default;
};

struct SecuritySettings {
    enum class DmPolicy { Pairing, Allowlist, Open };
    static inline const QStringList kChannels = ChannelNames::messaging();

    QStringList allowedOrigins; // normalised "scheme://host[:port]"; empty = loopback origins only
    int requestsPerMinute = 20;
    int burstSize = 5;
    DmPolicy dmPolicy = DmPolicy::Pairing;
    QMap<QString, QStringList> allowFrom; // channel -> sender ids (strings: Discord snowflakes exceed 2^53)
    ToolPolicySettings tools;
    ScheduleCapSettings schedule;
    bool operator==(const SecuritySettings &) const = default;
};

} // namespace Moltdesk::Config
