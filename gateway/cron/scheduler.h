#pragma once

#include "base/clock.h"
#include "config/cronsettings.h"
#include "cron/job.h"
#include "cron/jobspec.h"
#include "cron/outcome.h"
#include "cron/runrecord.h"
#include "cron/scheduleroptions.h"
#include "storage/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace Moltdesk::Cron {

class CronStore;

// Fires cron jobs on the gateway thread (the Cron Triggers equivalent). docs/cron.md has the
// policies; in short:
// - One QTimer, armed for the earliest due job and never longer than the heartbeat (default
//   60 s), so a wall-clock jump or a resume from suspend is noticed within a heartbeat. When the
//   clock went backwards, cron and "every" jobs are re-planned from the new time.
// - A job never runs twice at once: an occurrence that comes due while the previous run is still
//   going is recorded as `skipped`.
// - Missed runs (gateway off or asleep): of the occurrences missed, the latest runs once if it is
//   at most `grace` late (default 1 h); the older ones (or all, if even the latest is older than
//   grace) are recorded as one `skipped` history entry. No catch-up storms.
// - A one-shot "at" job disables itself once it ran or was skipped.
// - Job state (next/last run) is saved before the runner is called, so a crash mid-run does not
//   repeat the run at the next start.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;
    using Done = std::function<void(const Outcome &outcome)>;
    // Runs one agent turn for the job (in job.sessionKey(), delivering to job.deliverTo) and calls
    // `done` exactly once, from any thread (later calls are ignored).
    using Runner = std::function<void(const Job &job, const QDateTime &scheduled, Done done)>;

    using Options = SchedulerOptions;

    // `clock` defaults to the system clock (UTC).
    Scheduler(CronStore &store, Config::CronSettings config, Clock clock = {}, Options options = {},
              QObject *parent = nullptr);

    void setRunner(Runner runner) { m_runner = std::move(runner); }
    // Asked before each *scheduled* run: a non-empty answer is the reason the occurrence is
    // recorded as `skipped` instead of run (the bot is paused). The schedule moves on as after a
    // run, so resuming does not replay what was held. runNow() (an operator's explicit request)
    // is not held.
    using Hold = std::function<QString()>;
    void setHold(Hold hold) { m_hold = std::move(hold); }
    // Asked after the hold, per job, before each *scheduled* run: may this job run now on behalf
    // of the conversation that owns it (docs/cron.md "Jobs the model creates")? A non-empty
    // skipReason is recorded as `skipped`; with `cancel` the job is also disabled for good (its
    // owner lost the right to it), otherwise the schedule moves on as after a run.
    struct GateVerdict
    {
        QString skipReason;
        bool cancel = false;
    };
    using Gate = std::function<GateVerdict(const Job &job)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }

    // Loads the stored jobs, syncs the config.json jobs (source=config: added, updated, or removed
    // when gone from the file; a user job with the same id is replaced), then runs tick() once so
    // missed runs are handled at once: set the runner first. Config jobs that fail to parse are
    // skipped and listed in problems().
    Storage::Result<void> start();
    // Config reload (cron.jobs): config jobs are added, changed or removed exactly as start()
    // would (an unchanged schedule keeps its timing and history); user jobs are untouched and a
    // run in flight finishes. The default zone stays the one the scheduler started with.
    void reloadConfig(const Config::CronSettings &config);
    void stop();
    QStringList problems() const { return m_problems; }

    QList<Job> jobs() const; // sorted by id
    std::optional<Job> job(const QString &id) const;
    bool isRunning(const QString &id) const { return m_running.contains(id); }
    QByteArray defaultZone() const { return m_config.timezone; }
    QDateTime now() const { return m_clock(); }

    Storage::Result<Job> addJob(const JobSpec &spec);
    // Config jobs cannot be removed here (edit config.json); NotFound for an unknown id.
    Storage::Result<void> removeJob(const QString &id);
    // Removes every user job whose session is `sessionKey` (the session was deleted), with its
    // history; config jobs stay. Returns how many were removed.
    int removeSessionJobs(const QString &sessionKey);
    // Disables every user job of `sessionKey` (its owner was rejected): they stay listed with their
    // history but never run again. Returns how many were disabled.
    int disableSessionJobs(const QString &sessionKey, const QString &why);
    // Runs the job now, out of schedule (its next run stays as it is). Refused while it runs.
    Storage::Result<Job> runNow(const QString &id);
    Storage::Result<QList<RunRecord>> runs(const QString &id, int limit);

    // The earliest next run of an enabled job; the timer waits for min(this, heartbeat).
    QDateTime nextWakeUp() const;
    bool isTimerArmed() const { return m_timer.isActive(); }
    int timerIntervalMs() const { return m_timer.interval(); }

    // Fires every due job (oldest first) as of clock(), then re-arms the timer. The timer calls
    // this; tests call it directly after moving their clock.
    void tick();

signals:
    void jobDue(const Moltdesk::Cron::Job &job, const QDateTime &scheduled);
    void runFinished(const Moltdesk::Cron::RunRecord &record);
    void jobsChanged();

private:
    void syncConfigJobs(QHash<QString, Job> &stored);
    void fireDue(Job job, const QDateTime &now);
    void startRun(Job job, const QDateTime &scheduled, bool manual, const QDateTime &now);
    void finishRun(const QString &id, const RunRecord &record);
    void recordSkipped(const Job &job, const QDateTime &scheduled, const QDateTime &now, const QString &why);
    void replanAfterBackwardJump(const QDateTime &now);
    void saveJob(const Job &job);
    void arm();

    CronStore &m_store;
    Config::CronSettings m_config;
    Clock m_clock;
    Options m_options;
    Runner m_runner;
    Hold m_hold;
    Gate m_gate;
    QHash<QString, Job> m_jobs;
    QSet<QString> m_running;
    QStringList m_problems;
    QDateTime m_lastTick;
    QTimer m_timer;
    bool m_started = false;
};

} // namespace Moltdesk::Cron
