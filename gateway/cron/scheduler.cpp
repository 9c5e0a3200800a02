#include "cron/scheduler.h"

#include "base/logging.h"
#include "cron/cronstore.h"

#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

namespace {

// Counting missed occurrences is bounded so that a minute job left off for months costs
// little; beyond this the count is reported as "at least".
constexpr int kMaxMissedScan = 20'000;

bool sameDefinition(const Schedule &a, const Schedule &b)
{
    return a.kind() == b.kind() && a.text() == b.text() && a.zone().id() == b.zone().id();
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

Scheduler::Scheduler(CronStore &store, Config::CronSettings config, Clock clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(std::move(config))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_options(options)
{
    qRegisterMetaType<Moltdesk::Cron::Job>();
    qRegisterMetaType<Moltdesk::Cron::RunRecord>();
    m_timer.setSingleShot(true);
    // Precise: a coarse timer may fire up to 5 % late, a minute late for a day-long wait.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

Storage::Result<void> Scheduler::start()
{
    Storage::Result<QList<Job>> loaded = m_store.jobs();
    if (!loaded)
        return loaded.error();
    QHash<QString, Job> stored;
    for (const Job &job : loaded.value())
        stored.insert(job.id, job);
    m_problems.clear();
    syncConfigJobs(stored);
    m_jobs = stored;
    m_started = true;
    qCInfo(lcCron, "cron: %lld jobs loaded", qlonglong(m_jobs.size()));
    emit jobsChanged();
    tick();
    return {};
}

void Scheduler::reloadConfig(const Config::CronSettings &config)
{
    const QByteArray zone = m_config.timezone;
    m_config = config;
    m_config.timezone = zone;
    m_problems.clear();
    QHash<QString, Job> jobs = m_jobs;
    syncConfigJobs(jobs);
    m_jobs = jobs;
    for (const QString &problem : std::as_const(m_problems))
        qCWarning(lcCron).noquote() << problem;
    emit jobsChanged();
    if (m_started)
        tick();
}

void Scheduler::stop()
{
    m_started = false;
    m_timer.stop();
}

void Scheduler::syncConfigJobs(QHash<QString, Job> &stored)
{
    const QDateTime now = m_clock();
    QSet<QString> configIds;
    for (const Config::CronJobSettings &settings : m_config.jobs) {
        Storage::Result<Job> built = JobSpec::fromConfig(settings).toJob(m_config.timezone, Job::Source::Config, now);
        if (!built) {
            const QString problem = u"config.json: cron job \"%1\": %2"_s.arg(settings.id, built.error().message);
            qCWarning(lcCron).noquote() << problem;
            m_problems.append(problem);
            continue;
        }
        Job job = built.value();
        configIds.insert(job.id);
        const auto existing = stored.constFind(job.id);
        const bool keepTiming = existing != stored.constEnd() && existing->source == Job::Source::Config
            && sameDefinition(existing->schedule, job.schedule);
        if (existing != stored.constEnd() && existing->source == Job::Source::User)
            qCWarning(lcCron, "cron: config.json job \"%s\" replaces the user job of that id", qPrintable(job.id));

        if (keepTiming) {
            job.created = existing->created;
            job.lastRun = existing->lastRun;
            job.lastScheduled = existing->lastScheduled;
            job.nextRun = existing->nextRun;
            const bool oneShotDone = job.schedule.kind() == Schedule::Kind::At && existing->lastScheduled.isValid();
            if (oneShotDone || !job.enabled) {
                job.enabled = job.enabled && !oneShotDone;
                job.nextRun = QDateTime();
            } else if (!job.nextRun.isValid()) { // was disabled in the file before
                job.nextRun = job.schedule.kind() == Schedule::Kind::At ? job.schedule.at()
                                                                          : job.schedule.next(now, job.anchor());
            }
        } else if (job.enabled) {
            // A new or changed definition starts afresh; an "at" time already past still counts
            // as missed, so the grace rule decides whether it runs.
            job.nextRun = job.schedule.kind() == Schedule::Kind::At ? job.schedule.at()
                                                                      : job.schedule.next(now, job.created);
        }
        const Storage::Result<void> saved = m_store.save(job);
        if (!saved)
            m_problems.append(u"cron job \"%1\": %2"_s.arg(job.id, saved.error().message));
        stored.insert(job.id, job);
    }
    // Jobs removed from config.json go, with their history.
    for (auto it = stored.begin(); it != stored.end();) {
        if (it->source == Job::Source::Config && !configIds.contains(it->id)) {
            qCInfo(lcCron, "cron: job \"%s\" is no longer in config.json; removed", qPrintable(it->id));
            const Storage::Result<bool> removed = m_store.remove(it->id);
            if (!removed)
                m_problems.append(u"cron job \"%1\": %2"_s.arg(it->id, removed.error().message));
            it = stored.erase(it);
        } else {
            ++it;
        }
    }
}

QList<Job> Scheduler::jobs() const
{
    QList<Job> out = m_jobs.values();
    std::sort(out.begin(), out.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    return out;
}

std::optional<Job> Scheduler::job(const QString &id) const
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return std::nullopt;
    return *it;
}

Storage::Result<Job> Scheduler::addJob(const JobSpec &spec)
{
    const QDateTime now = m_clock();
    Storage::Result<Job> built = spec.toJob(m_config.timezone, Job::Source::User, now);
    if (!built)
        return built.error();
    Job job = built.value();
    if (m_jobs.contains(job.id))
        return Storage::Error::invalid(u"id: a cron job \"%1\" already exists"_s.arg(job.id));
    if (job.schedule.kind() == Schedule::Kind::At && job.schedule.at() <= now)
        return Storage::Error::invalid(u"at: %1 is in the past"_s.arg(stamp(job.schedule.at())));
    if (job.enabled)
        job.nextRun = job.schedule.next(now, job.created);
    const Storage::Result<void> saved = m_store.save(job);
    if (!saved)
        return saved.error();
    m_jobs.insert(job.id, job);
    emit jobsChanged();
    arm();
    return job;
}

Storage::Result<void> Scheduler::removeJob(const QString &id)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return Storage::Error{Storage::Error::Code::NotFound, u"no cron job \"%1\""_s.arg(id)};
    if (it->source == Job::Source::Config)
        return Storage::Error::invalid(
            u"cron job \"%1\" comes from config.json; remove it from \"cron.jobs\" there and restart"_s.arg(id));
    const Storage::Result<bool> removed = m_store.remove(id);
    if (!removed)
        return removed.error();
    // A run in flight finishes; its record is dropped with the job (finishRun checks).
    m_jobs.remove(id);
    emit jobsChanged();
    arm();
    return {};
}

Storage::Result<Job> Scheduler::runNow(const QString &id)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return Storage::Error{Storage::Error::Code::NotFound, u"no cron job \"%1\""_s.arg(id)};
    if (m_running.contains(id))
        return Storage::Error::invalid(u"cron job \"%1\" is already running"_s.arg(id));
    const Job job = *it; // startRun writes to m_jobs; do not keep an iterator across it
    const QDateTime now = m_clock();
    startRun(job, now, true, now);
    return m_jobs.value(id, job);
}

Storage::Result<QList<RunRecord>> Scheduler::runs(const QString &id, int limit)
{
    if (!m_jobs.contains(id))
        return Storage::Error{Storage::Error::Code::NotFound, u"no cron job \"%1\""_s.arg(id)};
    return m_store.runs(id, limit);
}

QDateTime Scheduler::nextWakeUp() const
{
    QDateTime earliest;
    for (const Job &job : m_jobs) {
        if (job.enabled && job.nextRun.isValid() && (!earliest.isValid() || job.nextRun < earliest))
            earliest = job.nextRun;
    }
    return earliest;
}

void Scheduler::tick()
{
    if (!m_started)
        return;
    const QDateTime now = m_clock();
    if (m_lastTick.isValid() && now < m_lastTick)
        replanAfterBackwardJump(now);
    m_lastTick = now;

    QList<Job> due;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.enabled && job.nextRun.isValid() && job.nextRun <= now)
            due.append(job);
    }
    // Oldest first, so jobs due at the same tick start in the order they were due.
    std::sort(due.begin(), due.end(), [](const Job &a, const Job &b) {
        return a.nextRun != b.nextRun ? a.nextRun < b.nextRun : a.id < b.id;
    });
    for (const Job &job : std::as_const(due)) {
        // An earlier runner may have removed it synchronously.
        if (m_jobs.contains(job.id))
            fireDue(m_jobs.value(job.id), now);
    }
    arm();
}

void Scheduler::fireDue(Job job, const QDateTime &now)
{
    const QDateTime firstMissed = job.nextRun;
    // Find the latest occurrence due by now; the ones before it were missed.
    QDateTime latest = firstMissed;
    QDateTime beforeLatest;
    qint64 older = 0;
    if (job.schedule.kind() != Schedule::Kind::At) {
        for (int i = 0; i < kMaxMissedScan; ++i) {
            const QDateTime next = job.schedule.next(latest, latest);
            if (!next.isValid() || next > now)
                break;
            beforeLatest = latest;
            latest = next;
            ++older;
        }
    }
    const bool tooLate = latest.secsTo(now) > m_options.graceSeconds;
    const qint64 skipped = older + (tooLate ? 1 : 0);
    if (skipped > 0) {
        const QDateTime lastSkipped = tooLate ? latest : beforeLatest;
        recordSkipped(job, firstMissed, now,
                      u"missed %1%2 run(s) due %3%4 while the gateway was not running or asleep;"
                      " runs more than %5 s late are not caught up"_s
                          .arg(older >= kMaxMissedScan ? u"at least "_s : QString())
                          .arg(skipped)
                          .arg(stamp(firstMissed), skipped > 1 ? u" to "_s + stamp(lastSkipped) : QString())
                          .arg(m_options.graceSeconds));
    }
    if (tooLate) {
        job.lastScheduled = latest;
        job.nextRun = job.schedule.next(now, latest);
        if (job.schedule.kind() == Schedule::Kind::At)
            job.enabled = false;
        saveJob(job);
        return;
    }
    if (m_running.contains(job.id)) {
        recordSkipped(job, latest, now, u"the previous run was still in progress"_s);
        job.lastScheduled = latest;
        job.nextRun = job.schedule.next(now, latest);
        saveJob(job);
        return;
    }
    if (const QString why = m_hold ? m_hold() : QString(); !why.isEmpty()) {
        recordSkipped(job, latest, now, why);
        job.lastScheduled = latest;
        job.nextRun = job.schedule.next(now, latest);
        if (job.schedule.kind() == Schedule::Kind::At)
            job.enabled = false; // a one-shot's moment has passed
        saveJob(job);
        return;
    }
    if (m_gate) {
        if (const GateVerdict verdict = m_gate(job); !verdict.skipReason.isEmpty()) {
            recordSkipped(job, latest, now, verdict.skipReason);
            job.lastScheduled = latest;
            job.nextRun = verdict.cancel ? QDateTime() : job.schedule.next(now, latest);
            if (verdict.cancel || job.schedule.kind() == Schedule::Kind::At)
                job.enabled = false;
            saveJob(job);
            return;
        }
    }
    startRun(job, latest, false, now);
}

int Scheduler::removeSessionJobs(const QString &sessionKey)
{
    int removed = 0;
    const QList<Job> all = jobs();
    for (const Job &job : all) {
        if (job.source == Job::Source::User && job.sessionKey() == sessionKey && removeJob(job.id))
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcCron).noquote() << u"cron: removed %1 job(s) of deleted session %2"_s.arg(removed).arg(sessionKey);
    return removed;
}

int Scheduler::disableSessionJobs(const QString &sessionKey, const QString &why)
{
    int disabled = 0;
    const QList<Job> all = jobs();
    for (Job job : all) {
        if (job.source != Job::Source::User || job.sessionKey() != sessionKey || !job.enabled)
            continue;
        job.enabled = false;
        job.nextRun = QDateTime();
        saveJob(job);
        ++disabled;
    }
    if (disabled > 0) {
        qCInfo(lcCron).noquote() << u"cron: disabled %1 job(s) of %2: %3"_s.arg(disabled).arg(sessionKey, why);
        emit jobsChanged();
        arm();
    }
    return disabled;
}

void Scheduler::startRun(Job job, const QDateTime &scheduled, bool manual, const QDateTime &now)
{
    job.lastRun = now;
    if (!manual) {
        job.lastScheduled = scheduled;
        job.nextRun = job.schedule.next(now, scheduled);
        if (job.schedule.kind() == Schedule::Kind::At)
            job.enabled = false; // a one-shot is done once it started
    }
    saveJob(job); // before running: a crash mid-run must not repeat it at the next start
    m_running.insert(job.id);

    RunRecord record;
    record.jobId = job.id;
    record.scheduled = scheduled;
    record.started = now;
    record.manual = manual;
    emit jobDue(job, scheduled);

    // `done` may come from any thread and more than once; only the first call counts, and it is
    // handled on our thread.
    auto called = std::make_shared<std::atomic_bool>(false);
    QPointer<Scheduler> self(this);
    Done done = [self, record, called](const Outcome &outcome) {
        if (called->exchange(true) || !self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, record, outcome] {
                if (!self)
                    return;
                RunRecord finished = record;
                finished.outcome = outcome;
                finished.finished = self->m_clock();
                self->finishRun(record.jobId, finished);
            },
            Qt::AutoConnection);
    };
    if (m_runner)
        m_runner(job, scheduled, std::move(done));
    else
        done(Outcome::error(u"no agent runner is connected to the scheduler"_s));
}

void Scheduler::finishRun(const QString &id, const RunRecord &record)
{
    m_running.remove(id);
    RunRecord stored = record;
    if (m_jobs.contains(id)) {
        const Storage::Result<RunRecord> saved = m_store.recordRun(record);
        if (saved)
            stored = saved.value();
        else
            qCWarning(lcCron).noquote() << u"cron: cannot record run of \"%1\": %2"_s.arg(id, saved.error().message);
    }
    emit runFinished(stored);
    emit jobsChanged();
    arm();
}

void Scheduler::recordSkipped(const Job &job, const QDateTime &scheduled, const QDateTime &now, const QString &why)
{
    RunRecord record;
    record.jobId = job.id;
    record.scheduled = scheduled;
    record.started = now;
    record.finished = now;
    record.outcome = Outcome::skipped(why);
    const Storage::Result<RunRecord> saved = m_store.recordRun(record);
    if (!saved) {
        qCWarning(lcCron).noquote() << u"cron: cannot record skipped run of \"%1\": %2"_s.arg(job.id, saved.error().message);
        return;
    }
    qCInfo(lcCron).noquote() << u"cron: job \"%1\" skipped: %2"_s.arg(job.id, why);
    emit runFinished(saved.value());
}

void Scheduler::replanAfterBackwardJump(const QDateTime &now)
{
    // The wall clock went back (manual change, NTP step): next runs computed from the old time
    // could be hours or days away. Re-plan from now; "at" jobs keep their absolute instant.
    for (Job &job : m_jobs) {
        if (!job.enabled || !job.nextRun.isValid() || job.schedule.kind() == Schedule::Kind::At)
            continue;
        const QDateTime replanned = job.schedule.kind() == Schedule::Kind::Every
            ? std::min(job.nextRun, now.addSecs(job.schedule.everySeconds()))
            : job.schedule.next(now);
        if (replanned != job.nextRun) {
            job.nextRun = replanned;
            saveJob(job);
        }
    }
    qCInfo(lcCron, "cron: the clock went backwards; next runs re-planned");
}

void Scheduler::saveJob(const Job &job)
{
    m_jobs.insert(job.id, job);
    const Storage::Result<void> saved = m_store.save(job);
    if (!saved)
        qCWarning(lcCron).noquote() << u"cron: cannot save job \"%1\": %2"_s.arg(job.id, saved.error().message);
}

void Scheduler::arm()
{
    if (!m_started || !m_options.useTimer) {
        m_timer.stop();
        return;
    }
    const qint64 heartbeat = m_options.heartbeat.count();
    qint64 wait = heartbeat;
    const QDateTime next = nextWakeUp();
    if (next.isValid())
        wait = std::clamp<qint64>(m_clock().msecsTo(next), 0, heartbeat);
    m_timer.start(int(wait));
}

} // namespace Moltdesk::Cron
