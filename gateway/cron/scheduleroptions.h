#pragma once

#include <QtGlobal>

#include <chrono>

namespace Moltdesk::Cron {

// Tunables of Scheduler (docs/cron.md).
struct SchedulerOptions
{
    // A missed run at most this late still runs once; older ones are recorded as skipped.
    qint64 graceSeconds = 3600;
    // The timer never waits longer than this, so clock jumps and resume are noticed.
    std::chrono::milliseconds heartbeat{60'000};
    bool useTimer = true; // tests may turn the timer off and call tick() themselves
};

} // namespace Moltdesk::Cron
