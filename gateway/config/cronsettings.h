#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Moltdesk::Config {

struct CronJobSettings {
    enum class Kind { Schedule, Every, At };
    QString id;
    Kind kind = Kind::Schedule;
    QString schedule;        // Kind::Schedule: 5-field cron expression (checked for shape only here)
    qint64 everySeconds = 0; // Kind::Every
    QDateTime at;            // Kind::At; a value without offset is read in the job's time zone
    QByteArray timezone;     // IANA id; empty = CronSettings::timezone
    QString prompt;
    QString session;   // session key; empty = "cron:<id>"
    QString deliverTo; // "<channel>:<target>"; empty = keep the reply in the session only
    bool enabled = true;
    bool operator==(const CronJobSettings &) const = default;
};

struct CronSettings {
    QByteArray timezone = QTimeZone::systemTimeZoneId();
    QList<CronJobSettings> jobs;
    bool operator==(const CronSettings &) const = default;
};

} // namespace Moltdesk::Config
