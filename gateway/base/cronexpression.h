#pragma once

#include "base/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>

namespace Moltdesk::Base {

// A standard 5-field cron expression, "minute hour day-of-month month day-of-week", as Vixie cron
// and crontab(5) define it:
// - each field is a comma list of `*`, `N`, `A-B`, each optionally with `/STEP` (`*/15`,
//   `1-5/2`, and `N/STEP` meaning N to the field's maximum);
// - months accept JAN-DEC, days of week SUN-SAT (case-insensitive), and 7 is Sunday like 0;
// - macros @yearly (@annually), @monthly, @weekly, @daily (@midnight), @hourly;
// - when both day-of-month and day-of-week are restricted (neither starts with `*`), a day
//   matches if *either* matches (crontab(5): "if both fields are restricted ... the command will
//   be run when either field matches"). `*/2` starts with `*`, so, as in Vixie cron, it does not
//   count as restricted for this rule.
// Not supported (clear parse error): @reboot, seconds/years fields, Quartz extensions L W # ?.
class CronExpression
{
public:
    CronExpression() = default;

    // Parse errors name the field and say what is wrong, e.g.
    // `hour field "25": 25 is out of range 0-23`.
    static Result<CronExpression> parse(const QString &text);

    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }

    // The first fire time strictly after `after`, as a UTC instant, with the DST policy of
    // WallClock::resolve (a time skipped by spring-forward fires once at the end of the gap; a
    // repeated fall-back time fires once, at its first occurrence). Searches by skipping whole
    // months, days and hours that cannot match. Invalid QDateTime if nothing matches within
    // 28 years (the Gregorian weekday/leap-year cycle), which parse() already rules out.
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    // Does this wall-clock date and minute match (ignoring DST)?
    bool matches(QDate date, int hour, int minute) const;

private:
    bool dayMatches(QDate date) const;

    QString m_text;
    bool m_valid = false;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1-31
    std::bitset<13> m_months;      // 1-12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday
    bool m_domStar = false;
    bool m_dowStar = false;
};

} // namespace Moltdesk::Base
