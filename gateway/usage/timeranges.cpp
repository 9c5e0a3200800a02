#include "usage/timeranges.h"

namespace Moltdesk::Usage {

TimeRange TimeRanges::day(QDate date, const QTimeZone &zone)
{
    return {date.startOfDay(zone).toMSecsSinceEpoch(), date.addDays(1).startOfDay(zone).toMSecsSinceEpoch()};
}

TimeRange TimeRanges::month(QDate anyDayOfMonth, const QTimeZone &zone)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    return {first.startOfDay(zone).toMSecsSinceEpoch(), first.addMonths(1).startOfDay(zone).toMSecsSinceEpoch()};
}

QDate TimeRanges::localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

} // namespace Moltdesk::Usage
