#include "cron/cronstore.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

namespace {

QVariant toMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

const QString kJobColumns = u"id, kind, schedule, timezone, prompt, session, deliver_to, enabled, source, created,"
                            " last_run, last_scheduled, next_run"_s;

// A row that no longer parses (e.g. the zone vanished from tzdata) is reported, not dropped.
Storage::Result<Job> readJob(const QSqlQuery &q)
{
    Job job;
    job.id = q.value(0).toString();
    const std::optional<Schedule::Kind> kind = Schedule::kindFromName(q.value(1).toString());
    const QTimeZone zone(q.value(3).toString().toUtf8());
    if (!kind)
        return Storage::Error{Storage::Error::Code::Corrupt, u"cron job \"%1\": unknown kind"_s.arg(job.id)};
    Storage::Result<Schedule> schedule = Schedule::parse(*kind, q.value(2).toString(), zone);
    if (!schedule)
        return Storage::Error{Storage::Error::Code::Corrupt,
                              u"cron job \"%1\": stored schedule no longer valid: %2"_s.arg(job.id, schedule.error().message)};
    job.schedule = schedule.value();
    job.prompt = q.value(4).toString();
    job.session = q.value(5).toString();
    job.deliverTo = q.value(6).toString();
    job.enabled = q.value(7).toBool();
    job.source = Job::sourceFromName(q.value(8).toString()).value_or(Job::Source::User);
    job.created = fromMs(q.value(9));
    job.lastRun = fromMs(q.value(10));
    job.lastScheduled = fromMs(q.value(11));
    job.nextRun = fromMs(q.value(12));
    return job;
}

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.jobId = q.value(1).toString();
    r.scheduled = fromMs(q.value(2));
    r.started = fromMs(q.value(3));
    r.finished = fromMs(q.value(4));
    r.outcome.status = Outcome::statusFromName(q.value(5).toString()).value_or(Outcome::Status::Error);
    r.outcome.detail = q.value(6).toString();
    r.manual = q.value(7).toBool();
    return r;
}

} // namespace

CronStore::CronStore(Storage::Database &database, int historyPerJob)
    : m_database(database), m_historyPerJob(std::max(1, historyPerJob))
{
}

Storage::Result<QList<Job>> CronStore::jobs()
{
    Storage::Result<QSqlQuery> q = Storage::Sql::exec(m_database, u"cannot list cron jobs"_s,
                                                      u"SELECT "_s + kJobColumns + u" FROM cron_jobs ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<Job> out;
    while (q->next()) {
        Storage::Result<Job> job = readJob(q.value());
        if (!job)
            return job.error();
        out.append(job.value());
    }
    return out;
}

Storage::Result<std::optional<Job>> CronStore::job(const QString &id)
{
    Storage::Result<QSqlQuery> q = Storage::Sql::exec(m_database, u"cannot read cron job"_s,
                                                      u"SELECT "_s + kJobColumns + u" FROM cron_jobs WHERE id = :id"_s,
                                                      {{u":id"_s, id}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Job>();
    Storage::Result<Job> job = readJob(q.value());
    if (!job)
        return job.error();
    return std::optional<Job>(job.value());
}

Storage::Result<void> CronStore::save(const Job &job)
{
    if (!Job::isValidId(job.id))
        return Storage::Error::invalid(u"cron job id \"%1\" must be 1-64 letters, digits, '_', '.' or '-'"_s.arg(job.id));
    if (!job.schedule.isValid())
        return Storage::Error::invalid(u"cron job \"%1\" has no valid schedule"_s.arg(job.id));
    // An upsert rather than INSERT OR REPLACE: REPLACE deletes the row first, and the
    // ON DELETE CASCADE would take the job's history with it.
    const Storage::Result<QSqlQuery> q = Storage::Sql::exec(
        m_database, u"cannot save cron job"_s,
        u"INSERT INTO cron_jobs ("_s + kJobColumns
            + u") VALUES (:id, :kind, :schedule, :tz, :prompt, :session, :deliver, :enabled, :source, :created,"
              " :last_run, :last_scheduled, :next_run)"
              " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, schedule = excluded.schedule,"
              " timezone = excluded.timezone, prompt = excluded.prompt, session = excluded.session,"
              " deliver_to = excluded.deliver_to, enabled = excluded.enabled, source = excluded.source,"
              " created = excluded.created, last_run = excluded.last_run,"
              " last_scheduled = excluded.last_scheduled, next_run = excluded.next_run"_s,
        {{u":id"_s, job.id},
         {u":kind"_s, Schedule::kindName(job.schedule.kind())},
         {u":schedule"_s, job.schedule.text()},
         {u":tz"_s, QString::fromUtf8(job.schedule.zone().id())},
         {u":prompt"_s, text(job.prompt)},
         {u":session"_s, text(job.session)},
         {u":deliver"_s, text(job.deliverTo)},
         {u":enabled"_s, job.enabled ? 1 : 0},
         {u":source"_s, Job::sourceName(job.source)},
         {u":created"_s, toMs(job.created.isValid() ? job.created : QDateTime::currentDateTimeUtc())},
         {u":last_run"_s, toMs(job.lastRun)},
         {u":last_scheduled"_s, toMs(job.lastScheduled)},
         {u":next_run"_s, toMs(job.nextRun)}});
    if (!q)
        return q.error();
    return {};
}

Storage::Result<bool> CronStore::remove(const QString &id)
{
    const Storage::Result<int> removed = Storage::Sql::affected(m_database, u"cannot remove cron job"_s,
                                                                u"DELETE FROM cron_jobs WHERE id = :id"_s, {{u":id"_s, id}});
    if (!removed)
        return removed.error();
    return removed.value() > 0;
}

Storage::Result<RunRecord> CronStore::recordRun(const RunRecord &record)
{
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Storage::Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    RunRecord stored = record;
    stored.outcome.detail = record.outcome.detail.left(Outcome::DetailLimit);
    const Storage::Result<QSqlQuery> inserted = Storage::Sql::exec(
        db.value(), u"cannot record cron run"_s,
        u"INSERT INTO cron_runs (job_id, scheduled, started, finished, outcome, detail, manual)"
        " VALUES (:job, :scheduled, :started, :finished, :outcome, :detail, :manual)"_s,
        {{u":job"_s, record.jobId},
         {u":scheduled"_s, toMs(record.scheduled)},
         {u":started"_s, toMs(record.started)},
         {u":finished"_s, toMs(record.finished)},
         {u":outcome"_s, Outcome::statusName(record.outcome.status)},
         {u":detail"_s, text(stored.outcome.detail)},
         {u":manual"_s, record.manual ? 1 : 0}});
    if (!inserted)
        return inserted.error();
    stored.id = inserted->lastInsertId().toLongLong();

    if (const auto trimmed = Storage::Sql::exec(
            db.value(), u"cannot trim cron run history"_s,
            u"DELETE FROM cron_runs WHERE job_id = :job AND id NOT IN"
            " (SELECT id FROM cron_runs WHERE job_id = :job2 ORDER BY id DESC LIMIT :keep)"_s,
            {{u":job"_s, record.jobId}, {u":job2"_s, record.jobId}, {u":keep"_s, m_historyPerJob}});
        !trimmed)
        return trimmed.error();
    Storage::Result<void> committed = tx.commit();
    if (!committed)
        return committed.error();
    return stored;
}

Storage::Result<QList<RunRecord>> CronStore::runs(const QString &jobId, int limit)
{
    Storage::Result<QSqlQuery> q = Storage::Sql::exec(
        m_database, u"cannot list cron runs"_s,
        u"SELECT id, job_id, scheduled, started, finished, outcome, detail, manual FROM cron_runs"
        " WHERE job_id = :job ORDER BY id DESC LIMIT :limit"_s,
        {{u":job"_s, jobId}, {u":limit"_s, std::clamp(limit, 1, m_historyPerJob)}});
    if (!q)
        return q.error();
    QList<RunRecord> out;
    while (q->next())
        out.append(readRun(q.value()));
    return out;
}

} // namespace Moltdesk::Cron
