// Scheduler with an injected clock (no sleeping): order of firing, no concurrent double run,
// the missed-run policy, one-shot jobs, persistence across a new Scheduler, config.json sync,
// clock jumps and the single timer.
#include "core/schemamigrations.h"
#include "cron/cronstore.h"
#include "cron/scheduler.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Cron;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

JobSpec spec(const QString &id, Schedule::Kind kind, const QString &schedule)
{
    JobSpec s;
    s.id = id;
    s.kind = kind;
    s.schedule = schedule;
    s.timezone = "UTC";
    s.prompt = u"prompt of "_s + id;
    return s;
}

Config::CronJobSettings configJob(const QString &id, const QString &schedule)
{
    Config::CronJobSettings job;
    job.id = id;
    job.kind = Config::CronJobSettings::Kind::Schedule;
    job.schedule = schedule;
    job.prompt = u"config prompt "_s + id;
    return job;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firesInOrder();
    void noConcurrentDoubleRun();
    void missedWithinGraceRunsOnce();
    void olderMissesAreSkipped();
    void oneShotDisablesItself();
    void missedOneShotIsSkippedAndDisabled();
    void persistsAcrossSchedulers();
    void configJobsAreSynced();
    void userJobsValidated();
    void clockGoingBackwardsReplans();
    void timerArmsForEarliestJob();
    void missingRunnerRecordsError();
    void doneFromWorkerThread();
    void gateSkipsOrCancels();
    void sessionJobsRemovedOrDisabled();

private:
    std::unique_ptr<Scheduler> makeScheduler(Config::CronSettings config = {}, bool useTimer = false);
    // Runner that records calls and finishes at once with ok, unless m_hold is set.
    void installRunner(Scheduler &scheduler);
    QList<RunRecord> history(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<CronStore> m_store;
    QDateTime m_now;
    QStringList m_calls; // "id@scheduled-time"
    bool m_hold = false;
    QList<Scheduler::Done> m_held;
};

void TestScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
    QVERIFY(m_db->open().ok());
    m_store = std::make_unique<CronStore>(*m_db);
    m_now = utc(u"2024-06-03T08:00:00Z"_s); // a Monday
    m_calls.clear();
    m_hold = false;
    m_held.clear();
}

void TestScheduler::cleanup()
{
    m_held.clear();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Scheduler> TestScheduler::makeScheduler(Config::CronSettings config, bool useTimer)
{
    config.timezone = "UTC";
    SchedulerOptions options;
    options.useTimer = useTimer;
    auto scheduler = std::make_unique<Scheduler>(*m_store, config, [this] { return m_now; }, options);
    installRunner(*scheduler);
    return scheduler;
}

void TestScheduler::installRunner(Scheduler &scheduler)
{
    scheduler.setRunner([this](const Job &job, const QDateTime &scheduled, Scheduler::Done done) {
        m_calls.append(job.id + u'@' + scheduled.toString(u"HH:mm"_s));
        if (m_hold)
            m_held.append(done);
        else
            done(Outcome::ok(u"reply for "_s + job.prompt));
    });
}

QList<RunRecord> TestScheduler::history(const QString &id)
{
    const auto runs = m_store->runs(id, 100);
    return runs ? runs.value() : QList<RunRecord>();
}

void TestScheduler::firesInOrder()
{
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"b-nine"_s, Schedule::Kind::Cron, u"0 9 * * *"_s)).ok());
    QVERIFY(s->addJob(spec(u"a-every"_s, Schedule::Kind::Every, u"30m"_s)).ok()); // 08:30, 09:00, ...
    QVERIFY(s->addJob(spec(u"c-early"_s, Schedule::Kind::Cron, u"50 8 * * *"_s)).ok());
    QCOMPARE(s->nextWakeUp(), utc(u"2024-06-03T08:30:00Z"_s));
    QSignalSpy due(s.get(), &Scheduler::jobDue);

    m_now = utc(u"2024-06-03T08:29:59Z"_s);
    s->tick();
    QVERIFY(m_calls.isEmpty());
    m_now = utc(u"2024-06-03T08:30:00Z"_s);
    s->tick();
    QCOMPARE(m_calls, QStringList{u"a-every@08:30"_s});
    // Late tick: everything due by 09:00:10 runs once, oldest first, ties by id.
    m_now = utc(u"2024-06-03T09:00:10Z"_s);
    s->tick();
    QCOMPARE(m_calls, (QStringList{u"a-every@08:30"_s, u"c-early@08:50"_s, u"a-every@09:00"_s, u"b-nine@09:00"_s}));
    QCOMPARE(due.size(), 4);
    QCOMPARE(s->job(u"a-every"_s)->nextRun, utc(u"2024-06-03T09:30:00Z"_s));
    QCOMPARE(s->job(u"b-nine"_s)->nextRun, utc(u"2024-06-04T09:00:00Z"_s));
    QCOMPARE(s->job(u"b-nine"_s)->lastRun, m_now);
    const QList<RunRecord> runs = history(u"a-every"_s);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().outcome.status, Outcome::Status::Ok);
    QCOMPARE(runs.first().outcome.detail, u"reply for prompt of a-every"_s);
    QCOMPARE(runs.first().scheduled, utc(u"2024-06-03T09:00:00Z"_s));
}

void TestScheduler::noConcurrentDoubleRun()
{
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"slow"_s, Schedule::Kind::Every, u"1m"_s)).ok());
    m_hold = true;
    m_now = m_now.addSecs(60);
    s->tick();
    QCOMPARE(m_calls.size(), 1);
    QVERIFY(s->isRunning(u"slow"_s));

    // Due again while running: skipped, not started twice; cron.run refused too.
    m_now = m_now.addSecs(60);
    s->tick();
    QCOMPARE(m_calls.size(), 1);
    const auto manual = s->runNow(u"slow"_s);
    QVERIFY(!manual.ok());
    QVERIFY(manual.error().message.contains(u"already running"_s));
    QList<RunRecord> runs = history(u"slow"_s);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().outcome.status, Outcome::Status::Skipped);
    QVERIFY(runs.first().outcome.detail.contains(u"still in progress"_s));

    // Finishing twice records once.
    QSignalSpy finished(s.get(), &Scheduler::runFinished);
    m_held.first()(Outcome::error(u"provider timed out"_s));
    m_held.first()(Outcome::ok());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!s->isRunning(u"slow"_s));
    runs = history(u"slow"_s);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().outcome.status, Outcome::Status::Error);
    QCOMPARE(runs.first().outcome.detail, u"provider timed out"_s);

    // Free again: the next occurrence runs.
    m_now = m_now.addSecs(60);
    s->tick();
    QCOMPARE(m_calls.size(), 2);
}

void TestScheduler::missedWithinGraceRunsOnce()
{
    {
        auto s = makeScheduler();
        QVERIFY(s->start().ok());
        QVERIFY(s->addJob(spec(u"hourly"_s, Schedule::Kind::Cron, u"0 * * * *"_s)).ok());
        QCOMPARE(s->job(u"hourly"_s)->nextRun, utc(u"2024-06-03T09:00:00Z"_s));
    }
    // The app was off from 08:00 to 09:40: the 09:00 run is 40 min late -> runs once at start.
    m_now = utc(u"2024-06-03T09:40:00Z"_s);
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QCOMPARE(m_calls, QStringList{u"hourly@09:00"_s});
    QCOMPARE(history(u"hourly"_s).size(), 1);
    QCOMPARE(s->job(u"hourly"_s)->nextRun, utc(u"2024-06-03T10:00:00Z"_s));
    s->tick();
    QCOMPARE(m_calls.size(), 1);
}

void TestScheduler::olderMissesAreSkipped()
{
    {
        auto s = makeScheduler();
        QVERIFY(s->start().ok());
        QVERIFY(s->addJob(spec(u"hourly"_s, Schedule::Kind::Cron, u"0 * * * *"_s)).ok());
        QVERIFY(s->addJob(spec(u"daily"_s, Schedule::Kind::Cron, u"0 9 * * *"_s)).ok());
    }
    // Off for a day and a half: hourly missed 09:00 .. next day 20:00; only 20:00 is within grace.
    m_now = utc(u"2024-06-04T20:30:00Z"_s);
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QCOMPARE(m_calls, QStringList{u"hourly@20:00"_s}); // no catch-up storm

    QList<RunRecord> hourly = history(u"hourly"_s);
    QCOMPARE(hourly.size(), 2);
    QCOMPARE(hourly.last().outcome.status, Outcome::Status::Skipped);
    QCOMPARE(hourly.last().scheduled, utc(u"2024-06-03T09:00:00Z"_s));
    QVERIFY2(hourly.last().outcome.detail.contains(u"missed 35 run(s)"_s), qPrintable(hourly.last().outcome.detail));
    QCOMPARE(hourly.first().outcome.status, Outcome::Status::Ok);

    // daily: 06-03 09:00 and 06-04 09:00 both more than an hour late -> both skipped, none run.
    const QList<RunRecord> daily = history(u"daily"_s);
    QCOMPARE(daily.size(), 1);
    QCOMPARE(daily.first().outcome.status, Outcome::Status::Skipped);
    QVERIFY2(daily.first().outcome.detail.contains(u"missed 2 run(s)"_s), qPrintable(daily.first().outcome.detail));
    QCOMPARE(s->job(u"daily"_s)->nextRun, utc(u"2024-06-05T09:00:00Z"_s));
}

void TestScheduler::oneShotDisablesItself()
{
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    const auto added = s->addJob(spec(u"once"_s, Schedule::Kind::At, u"2024-06-03T08:10:00Z"_s));
    QVERIFY(added.ok());
    QCOMPARE(added->nextRun, utc(u"2024-06-03T08:10:00Z"_s));
    m_now = utc(u"2024-06-03T08:10:00Z"_s);
    s->tick();
    QCOMPARE(m_calls, QStringList{u"once@08:10"_s});
    QVERIFY(!s->job(u"once"_s)->enabled);
    QVERIFY(!s->job(u"once"_s)->nextRun.isValid());
    m_now = m_now.addDays(400);
    s->tick();
    QCOMPARE(m_calls.size(), 1);
    // Past times are refused when adding.
    const auto past = s->addJob(spec(u"late"_s, Schedule::Kind::At, u"2024-06-03T08:00:00Z"_s));
    QVERIFY(!past.ok());
    QVERIFY(past.error().message.contains(u"in the past"_s));
}

void TestScheduler::missedOneShotIsSkippedAndDisabled()
{
    {
        auto s = makeScheduler();
        QVERIFY(s->start().ok());
        QVERIFY(s->addJob(spec(u"once"_s, Schedule::Kind::At, u"2024-06-03T09:00:00Z"_s)).ok());
    }
    m_now = utc(u"2024-06-03T12:00:00Z"_s);
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QVERIFY(m_calls.isEmpty());
    QVERIFY(!s->job(u"once"_s)->enabled);
    QCOMPARE(history(u"once"_s).size(), 1);
    QCOMPARE(history(u"once"_s).first().outcome.status, Outcome::Status::Skipped);
}

void TestScheduler::persistsAcrossSchedulers()
{
    {
        auto s = makeScheduler();
        QVERIFY(s->start().ok());
        JobSpec js = spec(u"news"_s, Schedule::Kind::Cron, u"15 8 * * MON-FRI"_s);
        js.timezone = "Europe/Berlin";
        js.session = u"telegram:dm:7"_s;
        js.deliverTo = u"telegram:7"_s;
        QVERIFY(s->addJob(js).ok());
        // 08:15 Berlin (CEST) = 06:15Z: tomorrow.
        QCOMPARE(s->job(u"news"_s)->nextRun, utc(u"2024-06-04T06:15:00Z"_s));
        m_now = utc(u"2024-06-04T06:15:00Z"_s);
        s->tick();
        QCOMPARE(m_calls.size(), 1);
    }
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QCOMPARE(m_calls.size(), 1); // nothing due, nothing repeated
    const std::optional<Job> job = s->job(u"news"_s);
    QVERIFY(job.has_value());
    QCOMPARE(job->source, Job::Source::User);
    QCOMPARE(job->sessionKey(), u"telegram:dm:7"_s);
    QCOMPARE(job->deliverTo, u"telegram:7"_s);
    QCOMPARE(job->lastRun, utc(u"2024-06-04T06:15:00Z"_s));
    QCOMPARE(job->nextRun, utc(u"2024-06-05T06:15:00Z"_s));
    QCOMPARE(s->runs(u"news"_s, 10)->size(), 1);
    QVERIFY(s->removeJob(u"news"_s).ok());
    QVERIFY(!s->job(u"news"_s).has_value());
    QVERIFY(!m_store->job(u"news"_s)->has_value());
    QCOMPARE(s->removeJob(u"news"_s).error().code, Storage::Error::Code::NotFound);
}

void TestScheduler::configJobsAreSynced()
{
    Config::CronSettings config;
    config.jobs = {configJob(u"digest"_s, u"0 7 * * *"_s), configJob(u"old"_s, u"0 6 * * *"_s)};
    Config::CronJobSettings every;
    every.id = u"poll"_s;
    every.kind = Config::CronJobSettings::Kind::Every;
    every.everySeconds = 7200;
    every.prompt = u"poll"_s;
    config.jobs.append(every);
    Config::CronJobSettings tooOften = every;
    tooOften.id = u"spam"_s;
    tooOften.everySeconds = 10;
    config.jobs.append(tooOften);
    {
        auto s = makeScheduler(config);
        QVERIFY(s->start().ok());
        QCOMPARE(s->jobs().size(), 3);
        QCOMPARE(s->problems().size(), 1);
        QVERIFY(s->problems().first().contains(u"spam"_s));
        QVERIFY(s->problems().first().contains(u"at least 1 minute"_s));
        QCOMPARE(s->job(u"digest"_s)->source, Job::Source::Config);
        QCOMPARE(s->job(u"digest"_s)->sessionKey(), u"cron:digest"_s);
        QCOMPARE(s->job(u"poll"_s)->nextRun, utc(u"2024-06-03T10:00:00Z"_s));
        const auto refused = s->removeJob(u"digest"_s);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"config.json"_s));
        QVERIFY(s->addJob(spec(u"mine"_s, Schedule::Kind::Cron, u"0 12 * * *"_s)).ok());
        m_now = utc(u"2024-06-04T07:00:00Z"_s);
        s->tick(); // digest runs at 07:00
    }
    // Next start: "old" gone from the file, digest's prompt edited (timing kept), poll's interval
    // changed (re-planned from now), a user job is untouched.
    config.jobs = {configJob(u"digest"_s, u"0 7 * * *"_s)};
    config.jobs.first().prompt = u"edited"_s;
    every.everySeconds = 3600;
    config.jobs.append(every);
    m_now = utc(u"2024-06-04T07:30:00Z"_s);
    auto s = makeScheduler(config);
    QVERIFY(s->start().ok());
    QStringList ids;
    for (const Job &job : s->jobs())
        ids.append(job.id);
    QCOMPARE(ids, (QStringList{u"digest"_s, u"mine"_s, u"poll"_s}));
    QCOMPARE(s->job(u"digest"_s)->prompt, u"edited"_s);
    QCOMPARE(s->job(u"digest"_s)->lastRun, utc(u"2024-06-04T07:00:00Z"_s));
    QCOMPARE(s->job(u"digest"_s)->nextRun, utc(u"2024-06-05T07:00:00Z"_s));
    QCOMPARE(s->job(u"poll"_s)->nextRun, utc(u"2024-06-04T08:30:00Z"_s));
    QCOMPARE(s->job(u"mine"_s)->source, Job::Source::User);
    QVERIFY(!m_store->job(u"old"_s)->has_value());
}

void TestScheduler::userJobsValidated()
{
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"x"_s, Schedule::Kind::Cron, u"0 9 * * *"_s)).ok());
    const auto duplicate = s->addJob(spec(u"x"_s, Schedule::Kind::Cron, u"0 9 * * *"_s));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message.contains(u"already exists"_s));
    JobSpec bad = spec(u"y"_s, Schedule::Kind::Cron, u"0 25 * * *"_s);
    QVERIFY(s->addJob(bad).error().message.startsWith(u"cron: hour field"_s));
    bad = spec(u"y"_s, Schedule::Kind::Cron, u"0 9 * * *"_s);
    bad.timezone = "Mars/Olympus";
    QVERIFY(s->addJob(bad).error().message.startsWith(u"timezone:"_s));
    bad.timezone = "UTC";
    bad.deliverTo = u"fax:123"_s;
    QVERIFY(s->addJob(bad).error().message.startsWith(u"deliverTo:"_s));
    bad.deliverTo.clear();
    bad.prompt = u"  "_s;
    QVERIFY(s->addJob(bad).error().message.startsWith(u"prompt:"_s));
    bad.prompt = u"p"_s;
    bad.id = u"has space"_s;
    QVERIFY(s->addJob(bad).error().message.startsWith(u"id:"_s));
    bad.id.clear(); // generated
    const auto generated = s->addJob(bad);
    QVERIFY(generated.ok());
    QVERIFY(generated->id.startsWith(u"job-"_s));
    QCOMPARE(s->jobs().size(), 2);
}

void TestScheduler::clockGoingBackwardsReplans()
{
    auto s = makeScheduler();
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"nine"_s, Schedule::Kind::Cron, u"0 9 * * *"_s)).ok());
    QVERIFY(s->addJob(spec(u"poll"_s, Schedule::Kind::Every, u"1h"_s)).ok());
    m_now = utc(u"2024-06-04T08:00:00Z"_s); // a day later: both ran/skipped per policy
    s->tick();
    QCOMPARE(s->job(u"nine"_s)->nextRun, utc(u"2024-06-04T09:00:00Z"_s));
    m_now = utc(u"2024-06-02T08:00:00Z"_s); // the clock is set two days back
    s->tick();
    QCOMPARE(s->job(u"nine"_s)->nextRun, utc(u"2024-06-02T09:00:00Z"_s));
    QCOMPARE(s->job(u"poll"_s)->nextRun, utc(u"2024-06-02T09:00:00Z"_s));
}

void TestScheduler::timerArmsForEarliestJob()
{
    auto s = makeScheduler({}, true);
    QVERIFY(s->start().ok());
    QVERIFY(s->isTimerArmed());
    QCOMPARE(s->timerIntervalMs(), 60'000); // nothing scheduled: the heartbeat
    QVERIFY(s->addJob(spec(u"later"_s, Schedule::Kind::Cron, u"0 12 * * *"_s)).ok());
    QCOMPARE(s->timerIntervalMs(), 60'000); // hours away: capped at the heartbeat
    QVERIFY(s->addJob(spec(u"soon"_s, Schedule::Kind::Every, u"1m"_s)).ok());
    QCOMPARE(s->timerIntervalMs(), 60'000);
    m_now = m_now.addMSecs(59'950); // 50 ms before "soon"
    s->tick();
    QCOMPARE(s->timerIntervalMs(), 50);
    m_now = m_now.addMSecs(50); // the real timer fires soon after and finds it due
    QTRY_COMPARE(m_calls, QStringList{u"soon@08:01"_s});
    QCOMPARE(s->timerIntervalMs(), 60'000);
}

void TestScheduler::missingRunnerRecordsError()
{
    auto s = makeScheduler();
    s->setRunner({});
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"x"_s, Schedule::Kind::Every, u"1m"_s)).ok());
    const auto manual = s->runNow(u"x"_s);
    QVERIFY(manual.ok());
    const QList<RunRecord> runs = history(u"x"_s);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().outcome.status, Outcome::Status::Error);
    QVERIFY(runs.first().manual);
    QVERIFY(runs.first().outcome.detail.contains(u"no agent runner"_s));
    QCOMPARE(s->job(u"x"_s)->nextRun, utc(u"2024-06-03T08:01:00Z"_s)); // manual run keeps the plan
}

// The runner may finish on another thread (an agent turn on a worker): the result is handled on
// the scheduler's thread and recorded once.
void TestScheduler::doneFromWorkerThread()
{
    auto s = makeScheduler();
    s->setRunner([](const Job &, const QDateTime &, Scheduler::Done done) {
        (void)QtConcurrent::run([done] { done(Outcome::ok(u"from worker"_s)); });
    });
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"w"_s, Schedule::Kind::Every, u"1m"_s)).ok());
    QSignalSpy finished(s.get(), &Scheduler::runFinished);
    m_now = m_now.addSecs(60);
    s->tick();
    QVERIFY(s->isRunning(u"w"_s));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!s->isRunning(u"w"_s));
    QCOMPARE(history(u"w"_s).first().outcome.detail, u"from worker"_s);
}

// Issue 13 item 3: the gate decides per job when it fires; a skip keeps the schedule going, a
// cancel disables the job for good, and either is recorded with its reason.
void TestScheduler::gateSkipsOrCancels()
{
    auto s = makeScheduler();
    QString reason;
    bool cancel = false;
    s->setGate([&](const Job &job) {
        return job.id == u"gated"_s ? Scheduler::GateVerdict{reason, cancel} : Scheduler::GateVerdict{};
    });
    QVERIFY(s->start().ok());
    QVERIFY(s->addJob(spec(u"gated"_s, Schedule::Kind::Every, u"15m"_s)).ok());
    QVERIFY(s->addJob(spec(u"free"_s, Schedule::Kind::Every, u"15m"_s)).ok());

    reason = u"an operator has taken over the conversation"_s;
    m_now = utc(u"2024-06-03T08:15:00Z"_s);
    s->tick();
    QCOMPARE(m_calls, QStringList{u"free@08:15"_s});
    QCOMPARE(history(u"gated"_s).size(), 1);
    QCOMPARE(history(u"gated"_s).at(0).outcome.status, Outcome::Status::Skipped);
    QCOMPARE(history(u"gated"_s).at(0).outcome.detail, reason);
    QCOMPARE(s->job(u"gated"_s)->nextRun, utc(u"2024-06-03T08:30:00Z"_s));

    reason = u"the sender is no longer approved"_s;
    cancel = true;
    m_now = utc(u"2024-06-03T08:30:00Z"_s);
    s->tick();
    QCOMPARE(m_calls, (QStringList{u"free@08:15"_s, u"free@08:30"_s}));
    QCOMPARE(history(u"gated"_s).size(), 2);
    QVERIFY(!s->job(u"gated"_s)->enabled);
    QVERIFY(!s->job(u"gated"_s)->nextRun.isValid());

    reason.clear(); // even with the gate open again, a cancelled job stays off
    m_now = utc(u"2024-06-03T09:30:00Z"_s);
    s->tick();
    QVERIFY(!m_calls.join(u' ').contains(u"gated"_s));
}

void TestScheduler::sessionJobsRemovedOrDisabled()
{
    auto s = makeScheduler({}, false);
    QVERIFY(s->start().ok());
    JobSpec mine = spec(u"mine"_s, Schedule::Kind::Every, u"1h"_s);
    mine.session = u"telegram:dm:7"_s;
    JobSpec other = spec(u"other"_s, Schedule::Kind::Every, u"1h"_s);
    other.session = u"telegram:dm:8"_s;
    QVERIFY(s->addJob(mine).ok());
    QVERIFY(s->addJob(other).ok());
    QCOMPARE(s->disableSessionJobs(u"telegram:dm:7"_s, u"rejected"_s), 1);
    QVERIFY(!s->job(u"mine"_s)->enabled);
    QVERIFY(s->job(u"other"_s)->enabled);
    QCOMPARE(s->removeSessionJobs(u"telegram:dm:7"_s), 1);
    QVERIFY(!s->job(u"mine"_s));
    QVERIFY(s->job(u"other"_s));
    QCOMPARE(s->removeSessionJobs(u"telegram:dm:7"_s), 0);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
