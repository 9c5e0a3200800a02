#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Moltdesk::Base {

// Maps a wall-clock time in an IANA zone to one instant, with the scheduler's DST policy
// (docs/cron.md, "Daylight saving time"):
// - a wall time inside a spring-forward gap (e.g. 02:30 on the night Europe/Berlin jumps from
//   02:00 to 03:00) does not exist; it resolves to the first valid instant after the gap, i.e.
//   the transition itself (03:00 local);
// - a wall time that occurs twice (the repeated hour after a fall-back) resolves to its *first*
//   occurrence.
// We do this by hand instead of QDateTime(date, time, zone) because Qt 6.4 documents no
// resolution for either case (Qt 6.7 added QDateTime::TransitionResolution).
class WallClock
{
public:
    static QDateTime resolve(QDate date, QTime time, const QTimeZone &zone);
    // The wall-clock reading of `instant` in `zone`.
    static QDateTime local(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace Moltdesk::Base
