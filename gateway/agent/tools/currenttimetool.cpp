#include "agent/tools/currenttimetool.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

// English names whatever the system locale: the model reads them, not the user.
QString weekdayName(int dayOfWeek)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QString::fromLatin1(names[dayOfWeek - 1]) : QString();
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    return sign + u"%1:%2"_s.arg(seconds / 3600, 2, 10, QChar(u'0')).arg(seconds % 3600 / 60, 2, 10, QChar(u'0'));
}

} // namespace

CurrentTimeTool::CurrentTimeTool(Clock clock, QTimeZone defaultZone)
    : m_clock(std::move(clock))
    , m_defaultZone(defaultZone.isValid() ? std::move(defaultZone) : QTimeZone::utc())
{
}

QString CurrentTimeTool::name() const
{
    return u"current_time"_s;
}

QString CurrentTimeTool::description() const
{
    return u"Returns the current date and time (ISO-8601 with UTC offset, weekday, zone abbreviation). "
           "Pass an IANA time zone such as \"Europe/Berlin\" or \"America/New_York\"; without one, the "
           "gateway's own time zone (%1) is used."_s.arg(QString::fromUtf8(m_defaultZone.id()));
}

QJsonObject CurrentTimeTool::inputSchema() const
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{{u"timezone"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                      {u"minLength"_s, 1},
                                                      {u"maxLength"_s, 64},
                                                      {u"description"_s, u"IANA time zone name, e.g. Asia/Tokyo"_s}}}}},
            {u"additionalProperties"_s, false}};
}

void CurrentTimeTool::run(const QJsonObject &input, const ToolContext &, Done done)
{
    done(now(input.value(u"timezone"_s).toString()));
}

ToolResult CurrentTimeTool::now(const QString &zoneId) const
{
    QTimeZone zone = m_defaultZone;
    if (!zoneId.isEmpty()) {
        // QTimeZone accepts only ids the system's tz database knows, i.e. IANA names (plus UTC±hh:mm).
        zone = QTimeZone(zoneId.toUtf8());
        if (!zone.isValid())
            return ToolResult::error(u"unknown time zone \"%1\": use an IANA name such as Europe/Berlin, "
                                     "America/New_York or UTC"_s.arg(zoneId));
    }
    const QDateTime local = m_clock().toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    // Qt::ISODate drops the offset for UTC ("Z"); spell it out so the model always sees one form.
    const QString iso = local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + offsetText(offset);
    const QJsonObject answer{{u"timezone"_s, QString::fromUtf8(zone.id())},
                             {u"iso8601"_s, iso},
                             {u"weekday"_s, weekdayName(local.date().dayOfWeek())},
                             {u"utcOffset"_s, offsetText(offset)},
                             {u"abbreviation"_s, zone.abbreviation(local)},
                             {u"isDaylightTime"_s, zone.isDaylightTime(local)},
                             {u"unixTime"_s, local.toSecsSinceEpoch()}};
    return ToolResult::text(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
}

} // namespace Moltdesk::Agent
