#include "cron/job.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString Job::sessionKey() const
{
    return session.isEmpty() ? u"cron:"_s + id : session;
}

QJsonObject Job::toJson() const
{
    return {
        {u"id"_s, id},
        {u"kind"_s, Schedule::kindName(schedule.kind())},
        {u"schedule"_s, schedule.text()},
        {u"timezone"_s, QString::fromUtf8(schedule.zone().id())},
        {u"description"_s, schedule.describe()},
        {u"prompt"_s, prompt},
        {u"session"_s, sessionKey()},
        {u"deliverTo"_s, deliverTo},
        {u"enabled"_s, enabled},
        {u"source"_s, sourceName(source)},
        {u"created"_s, timeJson(created)},
        {u"lastRun"_s, timeJson(lastRun)},
        {u"nextRun"_s, timeJson(nextRun)},
    };
}

QString Job::sourceName(Source source)
{
    return source == Source::Config ? u"config"_s : u"user"_s;
}

std::optional<Job::Source> Job::sourceFromName(const QString &name)
{
    if (name == u"config")
        return Source::Config;
    if (name == u"user")
        return Source::User;
    return std::nullopt;
}

bool Job::isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace Moltdesk::Cron
