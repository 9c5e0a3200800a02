// The schedule tool over a real Cron::Scheduler (SQLite in a temp dir, injected clock, no timer):
// jobs run in and deliver to the calling conversation, input errors the model can act on, the
// per-session limit, and that no conversation can see or cancel another one's jobs.
#include "agent/toolregistry.h"
#include "agent/tools/scheduletool.h"
#include "core/schemamigrations.h"
#include "cron/cronstore.h"
#include "cron/scheduler.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Agent;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

ToolContext ctx(const QString &session)
{
    const qsizetype colon = session.indexOf(u':');
    return {session, session.left(colon), u"42"_s, u"run-1"_s, u"call-1"_s};
}

QJsonObject createAt(const QString &at, const QString &prompt = u"Remind the user to call Anna"_s)
{
    return {{u"action"_s, u"create"_s}, {u"prompt"_s, prompt}, {u"at"_s, at}};
}

QJsonObject createEvery(const QString &every)
{
    return {{u"action"_s, u"create"_s}, {u"prompt"_s, u"Drink water"_s}, {u"every"_s, every}};
}

// "Scheduled job sched-0123abcd: ..." -> "sched-0123abcd"
QString createdId(const ToolResult &result)
{
    const QString text = result.plainText();
    const qsizetype start = text.indexOf(u"sched-"_s);
    return start < 0 ? QString() : text.mid(start, 14);
}

} // namespace

class TestScheduleTool : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Cron::CronStore> m_store;
    std::unique_ptr<Cron::Scheduler> m_scheduler;
    std::unique_ptr<ScheduleTool> m_tool;
    QDateTime m_now;
    QList<Cron::Job> m_fired;

    const QString m_alice = u"telegram:dm:1001"_s;
    const QString m_bob = u"telegram:dm:2002"_s;

    void makeTool(ScheduleLimits limits = {})
    {
        m_tool = std::make_unique<ScheduleTool>(*m_scheduler, limits);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Cron::CronStore>(*m_db);
        m_now = utc(u"2024-06-03T08:00:00Z"_s); // a Monday
        Config::CronSettings config;
        config.timezone = "Europe/Berlin";
        Cron::SchedulerOptions options;
        options.useTimer = false;
        m_scheduler = std::make_unique<Cron::Scheduler>(*m_store, config, [this] { return m_now; }, options);
        m_fired.clear();
        m_scheduler->setRunner([this](const Cron::Job &job, const QDateTime &, Cron::Scheduler::Done done) {
            m_fired.append(job);
            done(Cron::Outcome::ok(u"done"_s));
        });
        QVERIFY(m_scheduler->start().ok());
        makeTool();
    }

    void cleanup()
    {
        m_tool.reset();
        m_scheduler.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void describesItself()
    {
        QCOMPARE(m_tool->name(), u"schedule"_s);
        QVERIFY(m_tool->description().contains(u"Europe/Berlin"_s)); // the default zone is named
        const QJsonObject schema = m_tool->inputSchema();
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (const QString &key : {u"action"_s, u"prompt"_s, u"at"_s, u"every"_s, u"cron"_s, u"timezone"_s, u"id"_s})
            QVERIFY2(props.contains(key), qPrintable(key));
        QCOMPARE(schema.value(u"required"_s).toArray(), QJsonArray{u"action"_s});
    }

    void oneShotRunsInThisConversation()
    {
        // No offset: read in the default zone, Europe/Berlin (UTC+2 in June) -> 08:30 UTC.
        const ToolResult result = m_tool->execute(createAt(u"2024-06-03T10:30:00"_s), ctx(m_alice));
        QVERIFY2(!result.isError, qPrintable(result.plainText()));
        QVERIFY(result.plainText().contains(u"2024-06-03T10:30:00+02:00"_s));
        const QString id = createdId(result);
        QVERIFY(id.startsWith(u"sched-"_s));
        const auto job = m_scheduler->job(id);
        QVERIFY(job);
        QCOMPARE(job->sessionKey(), m_alice);
        QCOMPARE(job->deliverTo, m_alice);
        QCOMPARE(job->prompt, u"Remind the user to call Anna"_s);
        QCOMPARE(job->nextRun, utc(u"2024-06-03T08:30:00Z"_s));

        m_now = utc(u"2024-06-03T08:29:59Z"_s);
        m_scheduler->tick();
        QVERIFY(m_fired.isEmpty());
        m_now = utc(u"2024-06-03T08:30:00Z"_s);
        m_scheduler->tick();
        QCOMPARE(m_fired.size(), 1);
        QCOMPARE(m_fired.first().id, id);
        QCOMPARE(m_fired.first().sessionKey(), m_alice);

        // Finished one-shots stay listable, marked finished.
        const QString listed = m_tool->execute({{u"action"_s, u"list"_s}}, ctx(m_alice)).plainText();
        QVERIFY2(listed.contains(id) && listed.contains(u"finished"_s), qPrintable(listed));
    }

    void recurringJobs()
    {
        const ToolResult every = m_tool->execute(createEvery(u"1d"_s), ctx(m_alice));
        QVERIFY2(!every.isError, qPrintable(every.plainText()));
        QCOMPARE(m_scheduler->job(createdId(every))->schedule.everySeconds(), 86400);

        QJsonObject cron{{u"action"_s, u"create"_s}, {u"prompt"_s, u"Morning briefing"_s},
                         {u"cron"_s, u"0 9 * * MON-FRI"_s}, {u"timezone"_s, u"America/New_York"_s}};
        const ToolResult weekday = m_tool->execute(cron, ctx(m_alice));
        QVERIFY2(!weekday.isError, qPrintable(weekday.plainText()));
        // 09:00 EDT = 13:00 UTC, the same Monday.
        QCOMPARE(m_scheduler->job(createdId(weekday))->nextRun, utc(u"2024-06-03T13:00:00Z"_s));
        QVERIFY(weekday.plainText().contains(u"2024-06-03T09:00:00-04:00 (Monday)"_s));

        const QString listed = m_tool->execute({{u"action"_s, u"list"_s}}, ctx(m_alice)).plainText();
        QVERIFY(listed.contains(createdId(every)));
        QVERIFY(listed.contains(createdId(weekday)));
        QVERIFY(listed.contains(u"Morning briefing"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("expected");
        const QString s = u"webchat:client-1"_s;
        QTest::newRow("no prompt") << QJsonObject{{u"action"_s, u"create"_s}, {u"every"_s, u"1h"_s}} << s
                                   << u"\"prompt\" is required"_s;
        QTest::newRow("no schedule") << QJsonObject{{u"action"_s, u"create"_s}, {u"prompt"_s, u"x"_s}} << s
                                     << u"exactly one of"_s;
        QTest::newRow("two schedules")
            << QJsonObject{{u"action"_s, u"create"_s}, {u"prompt"_s, u"x"_s}, {u"every"_s, u"1h"_s},
                           {u"cron"_s, u"0 9 * * *"_s}}
            << s << u"got 2"_s;
        QTest::newRow("every too short") << createEvery(u"30s"_s) << s << u"at least 1 minute"_s;
        QTest::newRow("every garbage") << createEvery(u"often"_s) << s << u"expected a duration"_s;
        QTest::newRow("at in the past") << createAt(u"2024-06-03T07:00:00Z"_s) << s
                                        << u"in the past; it is now 2024-06-03T10:00:00+02:00"_s;
        QTest::newRow("at garbage") << createAt(u"tomorrow"_s) << s << u"ISO-8601"_s;
        QTest::newRow("bad cron") << QJsonObject{{u"action"_s, u"create"_s}, {u"prompt"_s, u"x"_s},
                                                 {u"cron"_s, u"61 * * * *"_s}}
                                  << s << u"out of range 0-59"_s;
        QTest::newRow("bad zone") << QJsonObject{{u"action"_s, u"create"_s}, {u"prompt"_s, u"x"_s},
                                                 {u"every"_s, u"1h"_s}, {u"timezone"_s, u"Mars/Olympus"_s}}
                                  << s << u"IANA"_s;
        QTest::newRow("cancel without id") << QJsonObject{{u"action"_s, u"cancel"_s}} << s << u"\"id\" is required"_s;
        QTest::newRow("unknown action") << QJsonObject{{u"action"_s, u"pause"_s}} << s << u"unknown action"_s;
        QTest::newRow("no session") << createEvery(u"1h"_s) << QString() << u"no conversation"_s;
    }

    void badInput()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, session);
        QFETCH(QString, expected);
        const ToolResult result = m_tool->execute(input, ctx(session));
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().contains(expected), qPrintable(result.plainText()));
        QVERIFY(m_scheduler->jobs().isEmpty());
    }

    void limitPerSession()
    {
        ScheduleLimits limits;
        limits.maxActivePerSession = 3;
        makeTool(limits);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_tool->execute(createEvery(u"1h"_s), ctx(m_alice)).isError);
        const ToolResult fourth = m_tool->execute(createEvery(u"1h"_s), ctx(m_alice));
        QVERIFY(fourth.isError);
        QVERIFY2(fourth.plainText().contains(u"3 active scheduled jobs, the limit"_s), qPrintable(fourth.plainText()));
        QCOMPARE(m_scheduler->jobs().size(), 3);
        // Another conversation has its own allowance.
        QVERIFY(!m_tool->execute(createEvery(u"1h"_s), ctx(m_bob)).isError);
        // A finished one-shot frees its slot.
        const QString id = createdId(m_tool->execute({{u"action"_s, u"list"_s}}, ctx(m_alice)));
        QVERIFY(!m_tool->execute({{u"action"_s, u"cancel"_s}, {u"id"_s, id}}, ctx(m_alice)).isError);
        QVERIFY(!m_tool->execute(createAt(u"2024-06-03T08:01:00Z"_s), ctx(m_alice)).isError);
        m_now = utc(u"2024-06-03T08:01:00Z"_s);
        m_scheduler->tick();
        QVERIFY(!m_tool->execute(createEvery(u"2h"_s), ctx(m_alice)).isError);
    }

    // Issue 13 item 3: a model-created job fires at most every minIntervalSeconds (default 15
    // minutes), whether by "every" or by a cron expression whose runs come closer than that.
    void modelJobsHaveAMinimumInterval_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<bool>("refused");
        const auto cron = [](const QString &expression) {
            return QJsonObject{{u"action"_s, u"create"_s}, {u"prompt"_s, u"x"_s}, {u"cron"_s, expression}};
        };
        QTest::newRow("every 1m") << createEvery(u"1m"_s) << true;
        QTest::newRow("every 14m59s") << createEvery(u"14m59s"_s) << true;
        QTest::newRow("every 15m") << createEvery(u"15m"_s) << false;
        QTest::newRow("cron every minute") << cron(u"* * * * *"_s) << true;
        QTest::newRow("cron every 5 minutes of one hour") << cron(u"*/5 9 * * *"_s) << true;
        QTest::newRow("cron two minutes apart once a year") << cron(u"0,2 9 1 1 *"_s) << true;
        QTest::newRow("cron quarter-hourly") << cron(u"*/15 * * * *"_s) << false;
        QTest::newRow("cron daily") << cron(u"0 9 * * *"_s) << false;
        QTest::newRow("one-shot") << createAt(u"2024-06-03T08:01:00Z"_s) << false;
    }

    void modelJobsHaveAMinimumInterval()
    {
        QFETCH(QJsonObject, input);
        QFETCH(bool, refused);
        QCOMPARE(ScheduleLimits().minIntervalSeconds, 900);
        const ToolResult result = m_tool->execute(input, ctx(m_alice));
        QCOMPARE(result.isError, refused);
        if (refused) {
            QVERIFY2(result.plainText().contains(u"at most every 15 minutes"_s), qPrintable(result.plainText()));
            QVERIFY(m_scheduler->jobs().isEmpty());
        }
    }

    // Issue 13 item 3: the cap over all conversations, so many senders cannot pile up jobs.
    void limitOverAllConversations()
    {
        ScheduleLimits limits;
        limits.maxActiveTotal = 3;
        makeTool(limits);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_tool->execute(createEvery(u"1h"_s), ctx(u"telegram:dm:%1"_s.arg(100 + i))).isError);
        const ToolResult refused = m_tool->execute(createEvery(u"1h"_s), ctx(u"telegram:dm:999"_s));
        QVERIFY(refused.isError);
        QVERIFY2(refused.plainText().contains(u"3 active scheduled jobs created in conversations, the limit"_s),
                 qPrintable(refused.plainText()));
        QCOMPARE(m_scheduler->jobs().size(), 3);
    }

    void finishedOneShotsArePruned()
    {
        ScheduleLimits limits;
        limits.keepFinishedPerSession = 2;
        makeTool(limits);
        for (int minute = 1; minute <= 4; ++minute) {
            QVERIFY(!m_tool->execute(createAt(u"2024-06-03T08:0%1:00Z"_s.arg(minute)), ctx(m_alice)).isError);
            m_now = utc(u"2024-06-03T08:0%1:00Z"_s.arg(minute));
            m_scheduler->tick();
        }
        QCOMPARE(m_fired.size(), 4);
        QVERIFY(!m_tool->execute(createEvery(u"1h"_s), ctx(m_alice)).isError);
        // 4 finished, 2 kept (the newest), plus the new active one.
        QCOMPARE(m_tool->sessionJobs(m_alice).size(), 3);
        QVERIFY(m_scheduler->job(m_fired.at(3).id));
        QVERIFY(!m_scheduler->job(m_fired.at(0).id));
    }

    void conversationsAreIsolated()
    {
        const QString alicesJob = createdId(m_tool->execute(createEvery(u"1h"_s), ctx(m_alice)));
        QVERIFY(!alicesJob.isEmpty());
        // A job the operator added over cron.add is not the model's to see or cancel either.
        Cron::JobSpec operatorJob;
        operatorJob.id = u"nightly"_s;
        operatorJob.kind = Cron::Schedule::Kind::Cron;
        operatorJob.schedule = u"0 3 * * *"_s;
        operatorJob.prompt = u"Report"_s;
        operatorJob.session = m_bob;
        QVERIFY(m_scheduler->addJob(operatorJob).ok());

        const QString bobsList = m_tool->execute({{u"action"_s, u"list"_s}}, ctx(m_bob)).plainText();
        QVERIFY2(!bobsList.contains(alicesJob), qPrintable(bobsList));
        QVERIFY(!bobsList.contains(u"nightly"_s));
        QCOMPARE(bobsList, u"This conversation has no scheduled jobs."_s);

        for (const QString &id : {alicesJob, u"nightly"_s, u"sched-00000000"_s}) {
            const ToolResult refused = m_tool->execute({{u"action"_s, u"cancel"_s}, {u"id"_s, id}}, ctx(m_bob));
            QVERIFY(refused.isError);
            // The same answer for someone else's job as for one that does not exist.
            QCOMPARE(refused.plainText(),
                     u"this conversation has no scheduled job \"%1\" (action \"list\" shows the ids)"_s.arg(id));
        }
        QVERIFY(m_scheduler->job(alicesJob));
        QVERIFY(m_scheduler->job(u"nightly"_s));

        const ToolResult cancelled =
            m_tool->execute({{u"action"_s, u"cancel"_s}, {u"id"_s, alicesJob}}, ctx(m_alice));
        QVERIFY2(!cancelled.isError, qPrintable(cancelled.plainText()));
        QVERIFY(!m_scheduler->job(alicesJob));
    }

    void deliveryTarget_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("target");
        QTest::newRow("telegram dm") << u"telegram:dm:1001"_s << u"telegram:dm:1001"_s;
        QTest::newRow("discord group") << u"discord:group:555"_s << u"discord:group:555"_s;
        QTest::newRow("webchat") << u"webchat:client-7"_s << u"webchat:client-7"_s;
        QTest::newRow("api") << u"api:alice"_s << QString();
        QTest::newRow("cron") << u"cron:job-1"_s << QString();
        QTest::newRow("garbage") << u"no key at all"_s << QString();
    }

    void deliveryTarget()
    {
        QFETCH(QString, session);
        QFETCH(QString, target);
        QCOMPARE(ScheduleTool::deliveryTarget(session), target);
        if (target.isEmpty() || !session.contains(u':'))
            return;
        // Whatever we pick must be accepted by the scheduler's own deliverTo check.
        QVERIFY(!m_tool->execute(createEvery(u"1h"_s), ctx(session)).isError);
    }

    void apiSessionKeepsReplyInSession()
    {
        const ToolResult result = m_tool->execute(createEvery(u"1h"_s), ctx(u"api:alice"_s));
        QVERIFY2(!result.isError, qPrintable(result.plainText()));
        const auto job = m_scheduler->job(createdId(result));
        QCOMPARE(job->sessionKey(), u"api:alice"_s);
        QVERIFY(job->deliverTo.isEmpty());
    }

    void runsThroughTheRegistry()
    {
        ToolRegistry registry;
        registry.registerTool(std::make_shared<ScheduleTool>(*m_scheduler));
        QVERIFY(registry.isEnabled(u"schedule"_s));
        std::optional<ToolResult> result;
        registry.run({u"call-1"_s, u"schedule"_s, createEvery(u"45m"_s)}, ctx(m_alice),
                     [&result](ToolResult r) { result = std::move(r); });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!result->isError, qPrintable(result->plainText()));
        QCOMPARE(m_tool->sessionJobs(m_alice).size(), 1);

        // Schema: unknown keys are refused before the tool runs.
        result.reset();
        registry.run({u"call-2"_s, u"schedule"_s, QJsonObject{{u"action"_s, u"list"_s}, {u"session"_s, m_bob}}},
                     ctx(m_alice), [&result](ToolResult r) { result = std::move(r); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isError);
    }
};

QTEST_GUILESS_MAIN(TestScheduleTool)
#include "tst_scheduletool.moc"
