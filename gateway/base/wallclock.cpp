#include "base/wallclock.h"

#include <algorithm>
#include <array>

namespace Moltdesk::Base {

namespace {

constexpr qint64 kDay = 86400;

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
}

} // namespace

QDateTime WallClock::resolve(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall time read as if it were UTC; an instant t shows this wall time iff
    // t + offset(t) == wall.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    // Offsets in force a day either side cover every transition that can affect this wall time
    // (zones change offset at most a few times a year, never twice within two days).
    const int before = offsetAt(zone, wall - kDay);
    const int after = offsetAt(zone, wall + kDay);
    std::array<qint64, 2> candidates = {wall - before, wall - after};
    std::sort(candidates.begin(), candidates.end());
    for (const qint64 t : candidates) {
        if (t + offsetAt(zone, t) == wall) // earliest valid reading = first occurrence
            return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
    }
    // In a gap: read with the pre-gap offset the instant lies past the transition, so the
    // transition just before it is where the wall clock jumped over our time.
    const qint64 pastGap = wall - before;
    const QTimeZone::OffsetData jump =
        zone.previousTransition(QDateTime::fromSecsSinceEpoch(pastGap + 1, QTimeZone::utc()));
    if (jump.atUtc.isValid())
        return jump.atUtc.toUTC();
    return QDateTime::fromSecsSinceEpoch(pastGap, QTimeZone::utc());
}

QDateTime WallClock::local(const QDateTime &instant, const QTimeZone &zone)
{
    const qint64 t = instant.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(t + offsetAt(zone, t), QTimeZone::utc());
}

} // namespace Moltdesk::Base
