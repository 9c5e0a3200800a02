#include "cron/schedule.h"

#include "config/units.h"
#include "base/wallclock.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

using Base::WallClock;

namespace {

QString formatDuration(qint64 seconds)
{
    QString out;
    const std::pair<qint64, QChar> units[] = {{86400, u'd'}, {3600, u'h'}, {60, u'm'}, {1, u's'}};
    for (const auto &[size, unit] : units) {
        if (seconds >= size) {
            out += QString::number(seconds / size) + unit;
            seconds %= size;
        }
    }
    return out;
}

} // namespace

Storage::Result<Schedule> Schedule::parse(Kind kind, const QString &input, const QTimeZone &zone)
{
    if (!zone.isValid())
        return Storage::Error::invalid(u"unknown time zone; expected an IANA zone such as \"Europe/Berlin\""_s);
    const QString text = input.trimmed();
    Schedule s;
    s.m_kind = kind;
    s.m_zone = zone;
    switch (kind) {
    case Kind::Cron: {
        Storage::Result<CronExpression> cron = CronExpression::parse(text);
        if (!cron)
            return cron.error();
        s.m_cron = cron.value();
        s.m_text = s.m_cron.text();
        break;
    }
    case Kind::Every: {
        const std::optional<qint64> seconds = Config::Units::parseDuration(text);
        if (!seconds)
            return Storage::Error::invalid(
                u"every \"%1\": expected a duration such as \"15m\", \"2h\", \"1h30m\" or \"90\" (seconds)"_s.arg(text));
        if (*seconds < MinEverySeconds)
            return Storage::Error::invalid(u"every \"%1\": the interval must be at least 1 minute"_s.arg(text));
        s.m_everySeconds = *seconds;
        s.m_text = QString::number(*seconds) + u's';
        break;
    }
    case Kind::At: {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid() || !text.contains(u'T'))
            return Storage::Error::invalid(
                u"at \"%1\": expected an ISO-8601 date-time such as \"2026-01-31T09:00:00+01:00\""_s.arg(text));
        // No offset ("…T09:00:00"): Qt reads it as LocalTime; the user meant the job's zone.
        if (at.timeSpec() == Qt::LocalTime)
            at = WallClock::resolve(at.date(), at.time(), zone);
        s.m_at = at.toUTC();
        s.m_text = s.m_at.toString(Qt::ISODate);
        break;
    }
    }
    s.m_valid = true;
    return s;
}

QString Schedule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Cron: return u"cron"_s;
    case Kind::Every: return u"every"_s;
    case Kind::At: return u"at"_s;
    }
    return {};
}

std::optional<Schedule::Kind> Schedule::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Cron, Kind::Every, Kind::At}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QDateTime Schedule::next(const QDateTime &after, const QDateTime &anchor) const
{
    if (!m_valid || !after.isValid())
        return {};
    switch (m_kind) {
    case Kind::Cron:
        return m_cron.next(after, m_zone);
    case Kind::Every: {
        const QDateTime base = anchor.isValid() ? anchor : after;
        const qint64 late = base.secsTo(after);
        // The smallest k >= 1 with base + k*interval > after.
        const qint64 k = late < 0 ? 1 : late / m_everySeconds + 1;
        return base.addSecs(k * m_everySeconds).toUTC();
    }
    case Kind::At:
        return m_at > after ? m_at : QDateTime();
    }
    return {};
}

QList<QDateTime> Schedule::preview(const QDateTime &after, int count, const QDateTime &anchor) const
{
    QList<QDateTime> times;
    QDateTime cursor = after;
    QDateTime base = anchor;
    while (times.size() < count) {
        const QDateTime t = next(cursor, base);
        if (!t.isValid())
            break;
        times.append(t);
        cursor = t;
        base = t;
    }
    return times;
}

QString Schedule::describe() const
{
    const QString zone = QString::fromUtf8(m_zone.id());
    switch (m_kind) {
    case Kind::Cron: return u"cron \"%1\" (%2)"_s.arg(m_text, zone);
    case Kind::Every: return u"every %1"_s.arg(formatDuration(m_everySeconds));
    case Kind::At: return u"once at %1 (%2)"_s.arg(m_at.toTimeZone(m_zone).toString(Qt::ISODate), zone);
    }
    return {};
}

} // namespace Moltdesk::Cron
