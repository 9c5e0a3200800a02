#pragma once

#include "cron/schedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Moltdesk::Cron {

// One scheduled prompt. A value type: the scheduler hands copies to the runner and to signals.
struct Job
{
    enum class Source { Config, User }; // Config jobs come from config.json and are re-synced at start

    QString id;
    Schedule schedule;
    QString prompt;
    QString session;   // session key; empty = "cron:<id>"
    QString deliverTo; // "<channel>:<target>"; empty = keep the reply in the session only
    bool enabled = true;
    Source source = Source::User;
    QDateTime created;
    QDateTime lastRun;       // when the last run started
    QDateTime lastScheduled; // the scheduled time of the last run (anchor of "every" grids)
    QDateTime nextRun;       // invalid: disabled, or a one-shot that is done

    QString sessionKey() const;
    // The grid anchor for "every" jobs: the last scheduled run, else the creation time.
    QDateTime anchor() const { return lastScheduled.isValid() ? lastScheduled : created; }
    QJsonObject toJson() const; // the WS shape, docs/cron.md

    static QString sourceName(Source source); // "config", "user"
    static std::optional<Source> sourceFromName(const QString &name);
    // The id alphabet config.json uses: it becomes part of the session key "cron:<id>".
    static bool isValidId(const QString &id);
};

} // namespace Moltdesk::Cron

Q_DECLARE_METATYPE(Moltdesk::Cron::Job)
