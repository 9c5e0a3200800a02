#pragma once

#include <QDateTime>

#include <functional>

namespace Moltdesk::Channels {

// Every expiry and window in this module (pairing codes, rate-limit buckets, notice throttles,
// ledger retention) reads time through one of these, so tests move time by hand instead of
// sleeping. An empty Clock means the system clock (UTC).
using Clock = std::function<QDateTime()>;

inline QDateTime readClock(const Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

} // namespace Moltdesk::Channels
