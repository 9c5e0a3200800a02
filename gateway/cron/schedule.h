#pragma once

#include "base/cronexpression.h"
#include "storage/result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Moltdesk::Cron {

using Base::CronExpression;

// When a job fires: a cron expression, a fixed interval ("every"), or once ("at").
class Schedule
{
public:
    enum class Kind { Cron, Every, At };
    // Shorter intervals make no sense for agent turns and cron itself has minute granularity.
    static constexpr qint64 MinEverySeconds = 60;

    Schedule() = default;

    // `text` by kind:
    // - Cron: a 5-field expression or macro (CronExpression::parse);
    // - Every: a duration, "15m", "2h", "1h30m", "90" (seconds), at least one minute;
    // - At: ISO-8601, "2026-01-31T09:00:00+01:00" or "...Z"; without an offset the wall time is
    //   read in `zone` (a time in a DST gap resolves to the end of the gap, see WallClock).
    // `zone` must be valid for every kind (cron and "at" read wall times in it).
    static Storage::Result<Schedule> parse(Kind kind, const QString &text, const QTimeZone &zone);

    static QString kindName(Kind kind);                     // "cron", "every", "at"
    static std::optional<Kind> kindFromName(const QString &name);

    bool isValid() const { return m_valid; }
    Kind kind() const { return m_kind; }
    // Canonical text, stored and shown: the expression, the interval in seconds ("900s"), or the
    // "at" instant in ISO-8601 UTC.
    QString text() const { return m_text; }
    QTimeZone zone() const { return m_zone; }
    qint64 everySeconds() const { return m_everySeconds; }
    QDateTime at() const { return m_at; }

    // The first fire time strictly after `after`.
    // - Every: fire times lie on the grid anchor + k*interval (k >= 1), where the anchor is the
    //   job's creation or its last scheduled run, so the grid never drifts with run latency.
    // - At: the instant if it is after `after`, else invalid (a one-shot never repeats).
    QDateTime next(const QDateTime &after, const QDateTime &anchor = QDateTime()) const;

    // The next `count` fire times after `after` (for the panel's preview).
    QList<QDateTime> preview(const QDateTime &after, int count, const QDateTime &anchor = QDateTime()) const;

    // A short human-readable summary ("every 15m", "cron 0 9 * * MON-FRI (Europe/Berlin)").
    QString describe() const;

private:
    bool m_valid = false;
    Kind m_kind = Kind::Cron;
    QString m_text;
    QTimeZone m_zone;
    CronExpression m_cron;
    qint64 m_everySeconds = 0;
    QDateTime m_at;
};

} // namespace Moltdesk::Cron
