// CronStore and the cron migration: fresh and upgraded databases, job round trips, history
// order, the per-job history cap and history going with its job.
#include "core/schemamigrations.h"
#include "cron/cronmigration.h"
#include "cron/cronstore.h"
#include "storage/database.h"
#include "storage/kvstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Cron;

namespace {

bool tableExists(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

Job makeJob(const QString &id, const QString &expression = u"0 9 * * *"_s)
{
    Job job;
    job.id = id;
    job.schedule = Schedule::parse(Schedule::Kind::Cron, expression, QTimeZone("Europe/Berlin")).value();
    job.prompt = u"Summarise the news"_s;
    job.deliverTo = u"telegram:42"_s;
    job.created = QDateTime::fromString(u"2024-01-01T00:00:00Z"_s, Qt::ISODate);
    job.nextRun = QDateTime::fromString(u"2024-01-01T08:00:00Z"_s, Qt::ISODate);
    return job;
}

RunRecord makeRun(const QString &jobId, int minute, Outcome outcome = Outcome::ok(u"done"_s))
{
    RunRecord run;
    run.jobId = jobId;
    run.scheduled = QDateTime(QDate(2024, 1, 1), QTime(9, minute), QTimeZone::utc());
    run.started = run.scheduled.addSecs(1);
    run.finished = run.scheduled.addSecs(5);
    run.outcome = outcome;
    return run;
}

} // namespace

class TestCronStore : public QObject
{
    Q_OBJECT

private slots:
    void migrationOnFreshDatabase()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        QVERIFY(tableExists(db.connection().value(), u"cron_jobs"_s));
        QVERIFY(tableExists(db.connection().value(), u"cron_runs"_s));
    }

    // A database at the version before the cron step keeps its KV rows when upgraded.
    void migrationKeepsExistingRows()
    {
        QTemporaryDir dir;
        // Everything up to (not including) the cron step: the schema an older build left behind.
        const QList<Storage::Migration> all = Core::SchemaMigrations::all();
        const QString cronStep = cronMigration().description;
        qsizetype cronIndex = -1;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).description == cronStep)
                cronIndex = i;
        }
        QVERIFY(cronIndex > 0);
        const QList<Storage::Migration> before = all.mid(0, cronIndex);
        {
            Storage::Database old(dir.path(), before);
            QVERIFY(old.open().ok());
            Storage::KvStore kv(old);
            QVERIFY(kv.putText(u"MOLTBOT_KV"_s, u"greeting"_s, u"hello"_s).ok());
            QVERIFY(!tableExists(old.connection().value(), u"cron_jobs"_s));
        }
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        const auto opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        Storage::KvStore kv(db);
        const auto value = kv.get(u"MOLTBOT_KV"_s, u"greeting"_s);
        QVERIFY(value.ok() && value->has_value());
        QCOMPARE(value->value().data, "hello"_ba);
        CronStore store(db);
        const auto savedDaily = store.save(makeJob(u"daily"_s));
        QVERIFY2(savedDaily.ok(), qPrintable(savedDaily ? QString() : savedDaily.error().message));
        QCOMPARE(store.jobs()->size(), 1);
    }

    void jobRoundTrip()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        CronStore store(db);
        Job job = makeJob(u"news"_s);
        job.source = Job::Source::Config;
        job.session = u"telegram:dm:42"_s;
        job.lastRun = job.nextRun.addDays(-1);
        job.lastScheduled = job.lastRun;
        QVERIFY(store.save(job).ok());

        Job every = makeJob(u"poll"_s);
        every.schedule = Schedule::parse(Schedule::Kind::Every, u"2h"_s, QTimeZone::utc()).value();
        every.enabled = false;
        every.nextRun = QDateTime();
        QVERIFY(store.save(every).ok());

        const auto loaded = store.job(u"news"_s);
        QVERIFY(loaded.ok() && loaded->has_value());
        const Job &back = loaded->value();
        QCOMPARE(back.schedule.text(), u"0 9 * * *"_s);
        QCOMPARE(back.schedule.zone().id(), "Europe/Berlin"_ba);
        QCOMPARE(back.prompt, job.prompt);
        QCOMPARE(back.session, job.session);
        QCOMPARE(back.deliverTo, job.deliverTo);
        QCOMPARE(back.source, Job::Source::Config);
        QCOMPARE(back.lastRun, job.lastRun);
        QCOMPARE(back.nextRun, job.nextRun);
        QCOMPARE(back.created, job.created);

        const auto poll = store.job(u"poll"_s);
        QCOMPARE(poll->value().schedule.everySeconds(), 7200);
        QVERIFY(!poll->value().enabled);
        QVERIFY(!poll->value().nextRun.isValid());
        QVERIFY(!store.job(u"missing"_s)->has_value());
        QCOMPARE(store.jobs()->size(), 2);

        // Updating keeps the history (an upsert, not delete + insert).
        QVERIFY(store.recordRun(makeRun(u"news"_s, 0)).ok());
        job.prompt = u"changed"_s;
        QVERIFY(store.save(job).ok());
        QCOMPARE(store.job(u"news"_s)->value().prompt, u"changed"_s);
        QCOMPARE(store.runs(u"news"_s, 10)->size(), 1);
    }

    void invalidJobIsRefused()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        CronStore store(db);
        QVERIFY(!store.save(makeJob(u"bad id!"_s)).ok());
        Job noSchedule;
        noSchedule.id = u"x"_s;
        QVERIFY(!store.save(noSchedule).ok());
        QVERIFY(!store.recordRun(makeRun(u"no-such-job"_s, 0)).ok()); // foreign key
    }

    void historyIsCappedAndNewestFirst()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        CronStore store(db, 5);
        QVERIFY(store.save(makeJob(u"a"_s)).ok());
        QVERIFY(store.save(makeJob(u"b"_s)).ok());
        QVERIFY(store.recordRun(makeRun(u"b"_s, 0, Outcome::error(u"provider down"_s))).ok());
        for (int i = 0; i < 8; ++i) {
            const auto recorded = store.recordRun(makeRun(u"a"_s, i));
            QVERIFY(recorded.ok());
            QVERIFY(recorded->id > 0);
        }
        const auto runs = store.runs(u"a"_s, 100);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 5);
        QCOMPARE(runs->first().scheduled.time(), QTime(9, 7));
        QCOMPARE(runs->last().scheduled.time(), QTime(9, 3));
        QCOMPARE(store.runs(u"a"_s, 2)->size(), 2);
        // The other job's history is untouched by a's cap.
        const auto b = store.runs(u"b"_s, 10);
        QCOMPARE(b->size(), 1);
        QCOMPARE(b->first().outcome.status, Outcome::Status::Error);
        QCOMPARE(b->first().outcome.detail, u"provider down"_s);

        // Long details are cut; history goes with its job.
        QVERIFY(store.recordRun(makeRun(u"b"_s, 1, Outcome::ok(QString(2000, u'x')))).ok());
        QCOMPARE(store.runs(u"b"_s, 1)->first().outcome.detail.size(), Outcome::DetailLimit);
        QCOMPARE(store.remove(u"b"_s).value(), true);
        QCOMPARE(store.remove(u"b"_s).value(), false);
        QCOMPARE(store.runs(u"b"_s, 10)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCronStore)
#include "tst_cronstore.moc"
