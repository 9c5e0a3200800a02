#pragma once

#include <QStringView>

#include <optional>

namespace Moltdesk::Config {

// Human-friendly durations and sizes used by several keys (storage.sessionTTL, cron.jobs[].every, ...).
class Units
{
public:
    // "90" (seconds), "45s", "90m", "12h", "30d", "2w", or a sum such as "1h30m". Positive only.
    static std::optional<qint64> parseDuration(QStringView text);
    // "512" (bytes), "512B", "64KB"/"64kB" (x1000), "10KiB" (x1024), "MB", "MiB", "GB", "GiB".
    // Units are case-insensitive except that the "i" marks binary multiples. Whole numbers only.
    static std::optional<qint64> parseSize(QStringView text);
};

} // namespace Moltdesk::Config
