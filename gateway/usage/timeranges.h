#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Moltdesk::Usage {

// A half-open UTC interval [fromMs, toMs).
struct TimeRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool operator==(const TimeRange &) const = default;
};

// Calendar periods in a time zone, as UTC millisecond ranges. A local day is not always 24 h:
// across a DST change it is 23 or 25 h, and in a few zones midnight itself does not exist on the
// change day; QDate::startOfDay() gives the first valid instant of the day in all these cases.
class TimeRanges
{
public:
    static TimeRange day(QDate date, const QTimeZone &zone);
    static TimeRange month(QDate anyDayOfMonth, const QTimeZone &zone);
    static QDate localDate(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace Moltdesk::Usage
