#include "queue/jobqueue.h"

#include "base/logging.h"
#include "queue/jobrow.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using Moltdesk::Storage::Error;
using Moltdesk::Storage::Result;
using Moltdesk::Storage::Transaction;

namespace Moltdesk::Queue {

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-' || c == u'.' || c == u':';
}

Result<void> validateKey(const QString &what, const QString &key)
{
    if (const qsizetype bytes = key.toUtf8().size(); bytes > JobQueue::MaxKeyBytes)
        return Error::tooLarge(u"%1 is %2 bytes, the limit is %3"_s.arg(what).arg(bytes).arg(JobQueue::MaxKeyBytes));
    return {};
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The claimability predicate shared by claim() and nextDueTime(): see JobQueue::claim().
const QString kClaimable =
    u" j.queue = :queue AND j.state = 'pending' AND (j.ordering_key IS NULL OR ("
    " NOT EXISTS (SELECT 1 FROM queue_jobs r WHERE r.queue = j.queue AND r.ordering_key = j.ordering_key"
    "   AND r.state = 'running')"
    " AND NOT EXISTS (SELECT 1 FROM queue_jobs e WHERE e.queue = j.queue AND e.ordering_key = j.ordering_key"
    "   AND e.state = 'pending' AND e.id < j.id)))"_s;

} // namespace

double JobQueue::systemRandom()
{
    return Base::Backoff::systemRandom();
}

JobQueue::JobQueue(Storage::Database &database, JobQueueOptions options, Clock clock, Metrics::Registry *metrics,
                   Random random, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_clock(std::move(clock))
    , m_random(std::move(random))
    , m_stats(metrics)
{
    if (m_options.defaultMaxAttempts < 1)
        m_options.defaultMaxAttempts = 1;
    connect(&m_purgeTimer, &QTimer::timeout, this, [this]() {
        const Result<PurgeCounts> purged = purgeDone(m_keepDone);
        if (!purged)
            qCWarning(lcQueue) << "queue purge failed:" << purged.error().message;
    });
}

JobQueue::~JobQueue() = default;

Result<QSqlDatabase> JobQueue::connection()
{
    return m_database.connection();
}

Result<void> JobQueue::validateQueueName(const QString &queue)
{
    if (queue.isEmpty() || queue.toUtf8().size() > MaxNameBytes || !std::all_of(queue.cbegin(), queue.cend(), isNameChar))
        return Error::invalid(u"invalid queue name '%1': use 1-%2 characters from A-Z a-z 0-9 _ - . :"_s
                                  .arg(queue.left(80)).arg(MaxNameBytes));
    return {};
}

Result<int> JobQueue::open()
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery query(db.value());
    QMap<QString, int> interrupted;
    if (!query.exec(u"SELECT queue, count(*) FROM queue_jobs WHERE state = 'running' GROUP BY queue"_s))
        return Storage::sqlError(u"cannot find interrupted queue jobs"_s, query.lastError());
    while (query.next())
        interrupted.insert(query.value(0).toString(), query.value(1).toInt());
    query.prepare(u"UPDATE queue_jobs SET"
                  " state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'pending' END,"
                  " next_run = :now, updated = :now,"
                  " last_error = 'interrupted: the gateway stopped while this job was running'"
                  " WHERE state = 'running'"_s);
    query.bindValue(u":now"_s, now);
    if (!query.exec())
        return Storage::sqlError(u"cannot recover interrupted queue jobs"_s, query.lastError());
    const int recovered = query.numRowsAffected();

    const Result<QMap<QString, QueueDepth>> depths = QueueStats::load(db.value());
    if (!depths)
        return depths.error();
    if (Result<void> committed = tx.commit(); !committed)
        return committed.error();
    m_stats.reset(depths.value());
    for (auto it = interrupted.cbegin(); it != interrupted.cend(); ++it)
        m_stats.countOutcome(it.key(), u"recovered"_s, it.value());
    if (recovered > 0)
        qCInfo(lcQueue) << "queue: recovered" << recovered << "job(s) left running by an earlier run";
    return recovered;
}

Result<EnqueueResult> JobQueue::enqueue(const QString &queue, const QJsonObject &payload, const EnqueueOptions &options)
{
    if (Result<void> r = validateQueueName(queue); !r)
        return r.error();
    if (Result<void> r = validateKey(u"dedupe key"_s, options.dedupeKey); !r)
        return r.error();
    if (Result<void> r = validateKey(u"ordering key"_s, options.orderingKey); !r)
        return r.error();
    if (options.maxAttempts < 0)
        return Error::invalid(u"maxAttempts must be at least 1 (or 0 for the default)"_s);
    if (options.delay.count() < 0)
        return Error::invalid(u"delay must not be negative"_s);
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (json.size() > m_options.maxPayloadBytes)
        return Error::tooLarge(u"job payload is %1 bytes, the limit is %2"_s.arg(json.size()).arg(m_options.maxPayloadBytes));

    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery query(db.value());

    if (!options.dedupeKey.isEmpty()) {
        const Result<std::optional<Job>> existing = findDuplicate(db.value(), queue, options.dedupeKey, now);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            if (Result<void> committed = tx.commit(); !committed)
                return committed.error();
            m_stats.countOutcome(queue, u"duplicate"_s);
            return EnqueueResult{*existing.value(), true};
        }
    }

    const int maxAttempts = options.maxAttempts > 0 ? options.maxAttempts : m_options.defaultMaxAttempts;
    const qint64 nextRun = now + qint64(options.delay.count());
    query.prepare(u"INSERT INTO queue_jobs (queue, payload, dedupe_key, ordering_key, state, attempts, max_attempts,"
                  " next_run, created, updated) VALUES (:queue, :payload, :dedupe, :ordering, 'pending', 0, :max,"
                  " :next, :now, :now)"_s);
    query.bindValue(u":queue"_s, queue);
    query.bindValue(u":payload"_s, QString::fromUtf8(json));
    query.bindValue(u":dedupe"_s, nullIfEmpty(options.dedupeKey));
    query.bindValue(u":ordering"_s, nullIfEmpty(options.orderingKey));
    query.bindValue(u":max"_s, maxAttempts);
    query.bindValue(u":next"_s, nextRun);
    query.bindValue(u":now"_s, now);
    if (!query.exec())
        return Storage::sqlError(u"cannot store the job"_s, query.lastError());
    Job job;
    job.id = query.lastInsertId().toLongLong();
    job.queue = queue;
    job.payload = payload;
    job.dedupeKey = options.dedupeKey;
    job.orderingKey = options.orderingKey;
    job.maxAttempts = maxAttempts;
    job.nextRunAt = QDateTime::fromMSecsSinceEpoch(nextRun, Qt::UTC);
    job.createdAt = job.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (!options.dedupeKey.isEmpty()) {
        query.prepare(u"INSERT OR REPLACE INTO queue_seen (queue, dedupe_key, job_id, expires)"
                      " VALUES (:queue, :key, :id, :expires)"_s);
        query.bindValue(u":queue"_s, queue);
        query.bindValue(u":key"_s, options.dedupeKey);
        query.bindValue(u":id"_s, job.id);
        query.bindValue(u":expires"_s, now + qint64(m_options.dedupeTtl.count()));
        if (!query.exec())
            return Storage::sqlError(u"cannot store the dedupe record"_s, query.lastError());
    }
    if (Result<void> committed = tx.commit(); !committed)
        return committed.error();
    m_stats.adjust(queue, JobState::Pending, 1);
    m_stats.countOutcome(queue, u"enqueued"_s);
    emit jobAvailable(queue);
    return EnqueueResult{job, false};
}

Result<std::optional<Job>> JobQueue::findDuplicate(QSqlDatabase &db, const QString &queue, const QString &key, qint64 now)
{
    std::optional<Job> existing;
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + JobRow::columns() + u" FROM queue_jobs j WHERE j.queue = :queue AND j.dedupe_key = :key"_s);
    query.bindValue(u":queue"_s, queue);
    query.bindValue(u":key"_s, key);
    if (!query.exec())
        return Storage::sqlError(u"cannot look up the dedupe key"_s, query.lastError());
    if (query.next()) {
        existing = JobRow::read(query);
    } else {
        query.prepare(u"SELECT job_id FROM queue_seen WHERE queue = :queue AND dedupe_key = :key AND expires > :now"_s);
        query.bindValue(u":queue"_s, queue);
        query.bindValue(u":key"_s, key);
        query.bindValue(u":now"_s, now);
        if (!query.exec())
            return Storage::sqlError(u"cannot look up the dedupe key"_s, query.lastError());
        if (!query.next())
            return existing;
        Job purged;
        purged.id = query.value(0).toLongLong();
        purged.queue = queue;
        purged.dedupeKey = key;
        purged.state = JobState::Done;
        purged.purged = true;
        existing = purged;
    }
    // A redelivery means the sender still retries: remember the key a while longer.
    query.prepare(u"INSERT INTO queue_seen (queue, dedupe_key, job_id, expires) VALUES (:queue, :key, :id, :expires)"
                  " ON CONFLICT (queue, dedupe_key) DO UPDATE SET expires = max(expires, excluded.expires)"_s);
    query.bindValue(u":queue"_s, queue);
    query.bindValue(u":key"_s, key);
    query.bindValue(u":id"_s, existing->id);
    query.bindValue(u":expires"_s, now + qint64(m_options.dedupeTtl.count()));
    if (!query.exec())
        return Storage::sqlError(u"cannot refresh the dedupe record"_s, query.lastError());
    return existing;
}

Result<QList<Job>> JobQueue::claim(const QString &queue, int limit)
{
    if (Result<void> r = validateQueueName(queue); !r)
        return r.error();
    if (limit <= 0)
        return QList<Job>();
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery query(db.value());
    query.prepare(u"SELECT "_s + JobRow::columns() + u" FROM queue_jobs j WHERE"_s + kClaimable
                  + u" AND j.next_run <= :now ORDER BY j.next_run, j.id LIMIT :limit"_s);
    query.bindValue(u":queue"_s, queue);
    query.bindValue(u":now"_s, now);
    query.bindValue(u":limit"_s, limit);
    if (!query.exec())
        return Storage::sqlError(u"cannot select due jobs"_s, query.lastError());
    QList<Job> jobs;
    while (query.next())
        jobs.append(JobRow::read(query));
    query.finish();
    query.prepare(u"UPDATE queue_jobs SET state = 'running', attempts = attempts + 1, updated = :now WHERE id = :id"_s);
    for (Job &job : jobs) {
        query.bindValue(u":now"_s, now);
        query.bindValue(u":id"_s, job.id);
        if (!query.exec())
            return Storage::sqlError(u"cannot claim job %1"_s.arg(job.id), query.lastError());
        job.state = JobState::Running;
        job.attempts += 1;
        job.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    }
    if (Result<void> committed = tx.commit(); !committed)
        return committed.error();
    m_stats.adjust(queue, JobState::Pending, -jobs.size());
    m_stats.adjust(queue, JobState::Running, jobs.size());
    return jobs;
}

Result<Job> JobQueue::jobInState(QSqlDatabase &db, qint64 id, JobState expected)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + JobRow::columns() + u" FROM queue_jobs j WHERE j.id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Storage::sqlError(u"cannot read job %1"_s.arg(id), query.lastError());
    if (!query.next())
        return Error{Error::Code::NotFound, u"no queue job with id %1"_s.arg(id)};
    Job job = JobRow::read(query);
    if (job.state != expected)
        return Error::invalid(
            u"job %1 is %2, not %3"_s.arg(id).arg(stateName(job.state)).arg(stateName(expected)));
    return job;
}

Result<Job> JobQueue::settle(qint64 id, const QString &error, const std::function<void(Job &)> &decide)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    Result<Job> found = jobInState(db.value(), id, JobState::Running);
    if (!found)
        return found.error();
    Job job = std::move(found).value();
    job.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    decide(job);
    if (!error.isEmpty())
        job.lastError = error;
    QSqlQuery query(db.value());
    query.prepare(u"UPDATE queue_jobs SET state = :state, next_run = :next, last_error = :error, updated = :now"
                  " WHERE id = :id"_s);
    query.bindValue(u":state"_s, stateName(job.state));
    query.bindValue(u":next"_s, job.nextRunAt.toMSecsSinceEpoch());
    query.bindValue(u":error"_s, nullIfEmpty(job.lastError));
    query.bindValue(u":now"_s, now);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Storage::sqlError(u"cannot record the outcome of job %1"_s.arg(id), query.lastError());
    if (job.state == JobState::Done && !job.dedupeKey.isEmpty()) {
        // The TTL counts from the end of processing: a slow job must not forget its key early.
        query.prepare(u"UPDATE queue_seen SET expires = max(expires, :expires) WHERE queue = :queue AND dedupe_key = :key"_s);
        query.bindValue(u":expires"_s, now + qint64(m_options.dedupeTtl.count()));
        query.bindValue(u":queue"_s, job.queue);
        query.bindValue(u":key"_s, job.dedupeKey);
        if (!query.exec())
            return Storage::sqlError(u"cannot refresh the dedupe record"_s, query.lastError());
    }
    if (Result<void> committed = tx.commit(); !committed)
        return committed.error();
    m_stats.adjust(job.queue, JobState::Running, -1);
    m_stats.adjust(job.queue, job.state, 1);
    m_stats.countOutcome(job.queue, job.state == JobState::Pending ? u"retry"_s : stateName(job.state));
    if (job.state == JobState::Dead)
        qCWarning(lcQueue) << "queue" << job.queue << "job" << id << "is dead after" << job.attempts << "attempt(s)";
    return job;
}

Result<void> JobQueue::complete(qint64 id)
{
    const Result<Job> settled = settle(id, {}, [](Job &job) { job.state = JobState::Done; });
    if (!settled)
        return settled.error();
    return {};
}

Result<FailResult> JobQueue::fail(qint64 id, const QString &error, std::optional<std::chrono::milliseconds> retryAfter)
{
    const Result<Job> settled = settle(id, error.isEmpty() ? u"failed"_s : error, [&](Job &job) {
        if (job.attempts >= job.maxAttempts) {
            job.state = JobState::Dead;
            return;
        }
        const std::chrono::milliseconds delay = retryAfter
            ? std::max(*retryAfter, std::chrono::milliseconds(0))
            : m_options.backoff.delayFor(job.attempts, m_random());
        job.state = JobState::Pending;
        job.nextRunAt = job.updatedAt.addMSecs(delay.count());
    });
    if (!settled)
        return settled.error();
    FailResult result;
    result.state = settled->state;
    if (result.state == JobState::Pending)
        result.nextRunAt = settled->nextRunAt;
    return result;
}

Result<void> JobQueue::deadLetter(qint64 id, const QString &error)
{
    const Result<Job> settled = settle(id, error.isEmpty() ? u"failed permanently"_s : error,
                                       [](Job &job) { job.state = JobState::Dead; });
    if (!settled)
        return settled.error();
    return {};
}

Result<std::optional<Job>> JobQueue::job(qint64 id)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"SELECT "_s + JobRow::columns() + u" FROM queue_jobs j WHERE j.id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Storage::sqlError(u"cannot read job %1"_s.arg(id), query.lastError());
    if (!query.next())
        return std::optional<Job>();
    return std::optional<Job>(JobRow::read(query));
}

Result<QList<Job>> JobQueue::listDead(const QString &queue, int limit)
{
    if (!queue.isEmpty()) {
        if (Result<void> r = validateQueueName(queue); !r)
            return r.error();
    }
    if (limit < 1 || limit > MaxListLimit)
        return Error::invalid(u"limit must be between 1 and %1"_s.arg(MaxListLimit));
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"SELECT "_s + JobRow::columns() + u" FROM queue_jobs j WHERE j.state = 'dead'"
                  " AND (:queue IS NULL OR j.queue = :queue) ORDER BY j.updated DESC, j.id DESC LIMIT :limit"_s);
    query.bindValue(u":queue"_s, nullIfEmpty(queue));
    query.bindValue(u":limit"_s, limit);
    if (!query.exec())
        return Storage::sqlError(u"cannot list dead jobs"_s, query.lastError());
    QList<Job> jobs;
    while (query.next())
        jobs.append(JobRow::read(query));
    return jobs;
}

Result<Job> JobQueue::retryDead(qint64 id)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    Result<Job> found = jobInState(db.value(), id, JobState::Dead);
    if (!found)
        return found.error();
    Job job = found.value();
    QSqlQuery query(db.value());
    query.prepare(u"UPDATE queue_jobs SET state = 'pending', attempts = 0, next_run = :now, updated = :now"
                  " WHERE id = :id"_s);
    query.bindValue(u":now"_s, now);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Storage::sqlError(u"cannot retry job %1"_s.arg(id), query.lastError());
    if (Result<void> committed = tx.commit(); !committed)
        return committed.error();
    job.state = JobState::Pending;
    job.attempts = 0;
    job.nextRunAt = job.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    m_stats.adjust(job.queue, JobState::Dead, -1);
    m_stats.adjust(job.queue, JobState::Pending, 1);
    m_stats.countOutcome(job.queue, u"redriven"_s);
    emit jobAvailable(job.queue);
    return job;
}

Result<JobQueue::PurgeCounts> JobQueue::purgeDone(std::chrono::milliseconds olderThan)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const qint64 cutoff = now - qint64(std::max(olderThan, std::chrono::milliseconds(0)).count());
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery query(db.value());
    // Counted per queue before deleting, so the cached depths stay exact without a reload.
    query.prepare(u"SELECT queue, count(*) FROM queue_jobs WHERE state = 'done' AND updated <= :cutoff GROUP BY queue"_s);
    query.bindValue(u":cutoff"_s, cutoff);
    if (!query.exec())
        return Storage::sqlError(u"cannot count finished jobs"_s, query.lastError());
    QMap<QString, qint64> purgedPerQueue;
    while (query.next())
        purgedPerQueue.insert(query.value(0).toString(), query.value(1).toLongLong());
    PurgeCounts counts;
    query.prepare(u"DELETE FROM queue_jobs WHERE state = 'done' AND updated <= :cutoff"_s);
    query.bindValue(u":cutoff"_s, cutoff);
    if (!query.exec())
        return Storage::sqlError(u"cannot purge finished jobs"_s, query.lastError());
    counts.jobs = query.numRowsAffected();
    query.prepare(u"DELETE FROM queue_seen WHERE expires <= :now"_s);
    query.bindValue(u":now"_s, now);
    if (!query.exec())
        return Storage::sqlError(u"cannot purge expired dedupe keys"_s, query.lastError());
    counts.dedupeKeys = query.numRowsAffected();
    if (Result<void> committed = tx.commit(); !committed)
        return committed.error();
    for (auto it = purgedPerQueue.cbegin(); it != purgedPerQueue.cend(); ++it)
        m_stats.adjust(it.key(), JobState::Done, -it.value());
    return counts;
}

void JobQueue::startPurging(std::chrono::milliseconds interval, std::chrono::milliseconds keepDone)
{
    m_keepDone = keepDone;
    m_purgeTimer.start(std::max(interval, std::chrono::milliseconds(1000)));
}

void JobQueue::stopPurging()
{
    m_purgeTimer.stop();
}

Result<std::optional<QDateTime>> JobQueue::nextDueTime(const QString &queue)
{
    if (Result<void> r = validateQueueName(queue); !r)
        return r.error();
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"SELECT min(j.next_run) FROM queue_jobs j WHERE"_s + kClaimable);
    query.bindValue(u":queue"_s, queue);
    if (!query.exec() || !query.next())
        return Storage::sqlError(u"cannot find the next due job"_s, query.lastError());
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC));
}

QList<QueueDepth> JobQueue::depths() const
{
    return m_stats.depths();
}

qint64 JobQueue::depth(const QString &queue, JobState state) const
{
    return m_stats.depth(queue, state);
}

} // namespace Moltdesk::Queue
