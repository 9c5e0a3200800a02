#pragma once

#include "config/cronsettings.h"
#include "cron/job.h"
#include "storage/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Moltdesk::Cron {

// A job as a user (cron.add) or config.json describes it, before it has any run state.
struct JobSpec
{
    QString id; // empty: generated ("job-" + 8 hex digits)
    Schedule::Kind kind = Schedule::Kind::Cron;
    QString schedule;    // expression, duration or ISO-8601 date-time, by kind
    QByteArray timezone; // empty: the cron.timezone default
    QString prompt;
    QString session;
    QString deliverTo;
    bool enabled = true;

    static JobSpec fromConfig(const Config::CronJobSettings &settings);

    // Validates every field and builds the job (no run state yet). Errors name the field:
    // `schedule: minute field "61": 61 is out of range 0-59`.
    Storage::Result<Job> toJob(const QByteArray &defaultZone, Job::Source source, const QDateTime &now) const;
};

} // namespace Moltdesk::Cron
