#pragma once

#include "cron/outcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Cron {

// One entry of a job's run history. A skipped occurrence has started == finished == the time
// it was found skipped.
struct RunRecord
{
    qint64 id = 0; // assigned by CronStore
    QString jobId;
    QDateTime scheduled; // the fire time this run was for (the request time for cron.run)
    QDateTime started;
    QDateTime finished;
    Outcome outcome;
    bool manual = false; // started with cron.run rather than by the schedule

    QJsonObject toJson() const; // the WS shape, docs/cron.md
};

} // namespace Moltdesk::Cron

Q_DECLARE_METATYPE(Moltdesk::Cron::RunRecord)
