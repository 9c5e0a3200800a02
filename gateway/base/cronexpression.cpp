#include "base/cronexpression.h"

#include "base/wallclock.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace Moltdesk::Base {

namespace {

struct FieldSpec
{
    QString name;
    int min;
    int max;
    QStringList names; // names[i] stands for min + i
};

const FieldSpec &spec(int index)
{
    static const FieldSpec specs[5] = {
        {u"minute"_s, 0, 59, {}},
        {u"hour"_s, 0, 23, {}},
        {u"day-of-month"_s, 1, 31, {}},
        {u"month"_s, 1, 12,
         {u"JAN"_s, u"FEB"_s, u"MAR"_s, u"APR"_s, u"MAY"_s, u"JUN"_s, u"JUL"_s, u"AUG"_s, u"SEP"_s, u"OCT"_s,
          u"NOV"_s, u"DEC"_s}},
        // 7 is accepted as a second Sunday (crontab(5)); folded onto 0 after parsing.
        {u"day-of-week"_s, 0, 7, {u"SUN"_s, u"MON"_s, u"TUE"_s, u"WED"_s, u"THU"_s, u"FRI"_s, u"SAT"_s}},
    };
    return specs[index];
}

// One value: a number or (where the field has them) a three-letter name.
std::optional<int> parseValue(const QString &text, const FieldSpec &field, QString &error)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber && !text.startsWith(u'+') && !text.startsWith(u'-')) {
        if (number < field.min || number > field.max) {
            error = u"%1 is out of range %2-%3"_s.arg(text).arg(field.min).arg(field.max);
            return std::nullopt;
        }
        return number;
    }
    const qsizetype named = field.names.indexOf(text.toUpper());
    if (named >= 0)
        return field.min + int(named);
    static const QRegularExpression quartz(u"^([0-9]*[LW]|.*[?#].*)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (text.isEmpty())
        error = u"a value is missing"_s;
    else if (quartz.match(text).hasMatch())
        error = u"\"%1\" uses a Quartz extension (? L W #), which standard cron does not have"_s.arg(text);
    else if (field.names.isEmpty())
        error = u"\"%1\" is not a number"_s.arg(text);
    else
        error = u"\"%1\" is neither a number nor a name (%2-%3)"_s.arg(text, field.names.first(), field.names.last());
    return std::nullopt;
}

// Parses one comma list into `bits` (indexed by value). Returns "" or what is wrong.
template <std::size_t N>
QString parseField(const QString &text, const FieldSpec &field, std::bitset<N> &bits)
{
    for (const QString &item : text.split(u',')) {
        if (item.isEmpty())
            return u"empty list item"_s;
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            range = item.left(slash);
            const QString stepText = item.mid(slash + 1);
            bool ok = false;
            step = stepText.toInt(&ok);
            if (!ok || stepText.startsWith(u'+') || stepText.startsWith(u'-') || step < 1)
                return u"step \"%1\" must be a positive whole number"_s.arg(stepText);
            if (step > field.max - field.min + 1)
                return u"step %1 is larger than the range %2-%3"_s.arg(step).arg(field.min).arg(field.max);
        }
        int from = field.min;
        int to = field.max;
        QString error;
        if (range == u"*") {
            // whole range
        } else if (const qsizetype dash = range.indexOf(u'-'); dash > 0) {
            const std::optional<int> a = parseValue(range.left(dash), field, error);
            if (!a)
                return error;
            const std::optional<int> b = parseValue(range.mid(dash + 1), field, error);
            if (!b)
                return error;
            if (*a > *b)
                return u"range %1 runs backwards (start after end)"_s.arg(range);
            from = *a;
            to = *b;
        } else {
            const std::optional<int> a = parseValue(range, field, error);
            if (!a)
                return error;
            from = *a;
            // "N/STEP" means N to the maximum (cronie, crontab(5) in Debian); plain "N" is just N.
            to = slash >= 0 ? field.max : *a;
        }
        for (int v = from; v <= to; v += step)
            bits.set(std::size_t(v));
    }
    return {};
}

QString expandMacro(const QString &text, QString &error)
{
    static const QList<std::pair<QString, QString>> macros = {
        {u"@yearly"_s, u"0 0 1 1 *"_s}, {u"@annually"_s, u"0 0 1 1 *"_s}, {u"@monthly"_s, u"0 0 1 * *"_s},
        {u"@weekly"_s, u"0 0 * * 0"_s}, {u"@daily"_s, u"0 0 * * *"_s},    {u"@midnight"_s, u"0 0 * * *"_s},
        {u"@hourly"_s, u"0 * * * *"_s},
    };
    for (const auto &[name, expansion] : macros) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return expansion;
    }
    if (text.compare(u"@reboot"_s, Qt::CaseInsensitive) == 0)
        error = u"@reboot is not supported: the gateway has no boot event; use an \"at\" job or a schedule"_s;
    else
        error = u"unknown macro \"%1\" (expected @yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly)"_s.arg(text);
    return {};
}

// Largest day each month can have (February counts its leap day).
constexpr int kMaxDays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

} // namespace

Result<CronExpression> CronExpression::parse(const QString &input)
{
    const QString text = input.simplified();
    QString fieldsText = text;
    if (text.startsWith(u'@')) {
        QString error;
        fieldsText = expandMacro(text, error);
        if (fieldsText.isEmpty())
            return Error::invalid(error);
    }
    const QStringList fields = fieldsText.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        return Error::invalid(
            u"expected 5 fields \"minute hour day-of-month month day-of-week\", got %1%2"_s.arg(fields.size()).arg(
                fields.size() == 6 ? u" (a seconds or year field is not supported)"_s : QString()));
    }

    CronExpression e;
    e.m_text = text;
    std::bitset<8> dow;
    const QString errors[5] = {
        parseField(fields[0], spec(0), e.m_minutes),  parseField(fields[1], spec(1), e.m_hours),
        parseField(fields[2], spec(2), e.m_daysOfMonth), parseField(fields[3], spec(3), e.m_months),
        parseField(fields[4], spec(4), dow),
    };
    for (int i = 0; i < 5; ++i) {
        if (!errors[i].isEmpty())
            return Error::invalid(u"%1 field \"%2\": %3"_s.arg(spec(i).name, fields[i], errors[i]));
    }
    for (int d = 0; d < 7; ++d)
        e.m_daysOfWeek[std::size_t(d)] = dow[std::size_t(d)];
    if (dow[7])
        e.m_daysOfWeek.set(0);
    e.m_domStar = fields[2].startsWith(u'*');
    e.m_dowStar = fields[4].startsWith(u'*');

    // A day-of-month that no allowed month has (e.g. "30 2" = Feb 30) would never fire; cron
    // would accept it silently, we say so. With a restricted day-of-week the OR rule still fires.
    if (!e.m_domStar && e.m_dowStar) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            for (int day = 1; day <= kMaxDays[month] && !possible; ++day)
                possible = e.m_months[std::size_t(month)] && e.m_daysOfMonth[std::size_t(day)];
        }
        if (!possible) {
            return Error::invalid(
                u"day-of-month field \"%1\": no such day in the months allowed by \"%2\", so it would never run"_s.arg(
                    fields[2], fields[3]));
        }
    }
    e.m_valid = true;
    return e;
}

bool CronExpression::dayMatches(QDate date) const
{
    const bool dom = m_daysOfMonth[std::size_t(date.day())];
    const bool dow = m_daysOfWeek[std::size_t(date.dayOfWeek() % 7)]; // Qt: Monday 1 .. Sunday 7
    if (m_domStar || m_dowStar)
        return dom && dow;
    return dom || dow;
}

bool CronExpression::matches(QDate date, int hour, int minute) const
{
    return m_valid && m_months[std::size_t(date.month())] && dayMatches(date) && m_hours[std::size_t(hour)]
        && m_minutes[std::size_t(minute)];
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    if (!m_valid || !after.isValid() || !zone.isValid())
        return {};
    const qint64 afterSecs = after.toSecsSinceEpoch();
    // Start at the wall-clock minute after `after`'s wall-clock reading.
    const QDateTime wall = WallClock::local(after, zone);
    QDate date = wall.date();
    int minuteOfDay = wall.time().hour() * 60 + wall.time().minute() + 1;
    const QDate limit = date.addYears(28);

    while (date <= limit) {
        if (minuteOfDay >= 24 * 60) {
            date = date.addDays(1);
            minuteOfDay = 0;
        }
        if (!m_months[std::size_t(date.month())]) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            minuteOfDay = 0;
            continue;
        }
        if (!dayMatches(date)) {
            date = date.addDays(1);
            minuteOfDay = 0;
            continue;
        }
        int hour = minuteOfDay / 60;
        int minute = minuteOfDay % 60;
        while (hour < 24 && !m_hours[std::size_t(hour)]) {
            ++hour;
            minute = 0;
        }
        while (hour < 24 && minute < 60 && !m_minutes[std::size_t(minute)])
            ++minute;
        if (hour >= 24) {
            minuteOfDay = 24 * 60;
            continue;
        }
        if (minute >= 60) { // no allowed minute left in this hour: try the next hour
            minuteOfDay = (hour + 1) * 60;
            continue;
        }
        const QDateTime instant = WallClock::resolve(date, QTime(hour, minute), zone);
        // Inside a repeated fall-back hour the wall time may already have fired in its first
        // occurrence (before `after`); it does not fire again.
        if (instant.toSecsSinceEpoch() > afterSecs)
            return instant;
        minuteOfDay = hour * 60 + minute + 1;
    }
    return {};
}

} // namespace Moltdesk::Base
