#pragma once

#include <QDateTime>

#include <functional>

namespace Moltdesk::Base {

// The one wall clock of the code base: everything that reads "now" for expiries, windows, TTLs,
// schedules and timestamps takes one of these, so tests move time by hand instead of sleeping.
// An empty Clock means the system clock (UTC). (Monotonic intervals use QElapsedTimer instead.)
using Clock = std::function<QDateTime()>;

inline QDateTime readClock(const Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

} // namespace Moltdesk::Base
