#pragma once

#include "base/clock.h"
#include "queue/queuestats.h"
#include "queue/queuetypes.h"
#include "storage/result.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Moltdesk::Storage {
class Database;
}
namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Queue {

// The Cloudflare Queues equivalent: a durable job queue in SQLite (tables queue_jobs and
// queue_seen, see queuemigration.cpp and docs/queue.md).
//
// Durability: every state change is one BEGIN IMMEDIATE transaction, and the database runs with
// synchronous=FULL (Storage::Database), so when enqueue() returns the job is on disk: a webhook
// may answer 200 right after it, and neither a crash nor a power cut loses the update.
//
// Threading: every method uses the calling thread's own connection, so it may be called from any
// thread; the depth cache behind depths()/the gauges is guarded by a mutex. One JobQueue per
// database: the cached counts only see transitions made through this object.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;
    using Random = std::function<double()>; // uniform in [0, 1), for the backoff jitter
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }
    static double systemRandom();

    static constexpr int MaxNameBytes = 128;
    static constexpr int MaxKeyBytes = 512;
    static constexpr int MaxListLimit = 500;

    // `metrics` may be null. It must outlive this object (the depth gauges call back into it).
    explicit JobQueue(Storage::Database &database, JobQueueOptions options = {}, Clock clock = &JobQueue::systemClock,
                      Metrics::Registry *metrics = nullptr, Random random = &JobQueue::systemRandom,
                      QObject *parent = nullptr);
    ~JobQueue() override;

    // Start-up: jobs left `running` by a crash or an unclean stop go back to `pending`, due now.
    // Their claim already counted as an attempt, so a job that crashes the process every time
    // ends up `dead` after max attempts instead of crash-looping. Then loads the depth counts.
    // Returns how many jobs were recovered. Call once, after Database::open().
    Storage::Result<int> open();

    // Stores a job and returns once it is committed. With a dedupe key already seen in this queue
    // (job row present, or remembered in queue_seen within the dedupe TTL) nothing is inserted:
    // the existing job comes back with `duplicate` set.
    Storage::Result<EnqueueResult> enqueue(const QString &queue, const QJsonObject &payload,
                                           const EnqueueOptions &options = {});

    // Atomically moves up to `limit` due pending jobs of `queue` to running (attempts + 1), in
    // next-run then enqueue order. A job with an ordering key is only handed out when no job with
    // the same key is running and no earlier job with that key is pending, so one key's jobs run
    // strictly one at a time in enqueue order (a dead job no longer blocks its successors).
    Storage::Result<QList<Job>> claim(const QString &queue, int limit);

    // running -> done. The dedupe record's TTL restarts now, so it outlives the job row.
    Storage::Result<void> complete(qint64 id);
    // running -> pending with backoff (or exactly `retryAfter`), or -> dead after max attempts.
    Storage::Result<FailResult> fail(qint64 id, const QString &error,
                                     std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    // running -> dead at once (a permanent failure).
    Storage::Result<void> deadLetter(qint64 id, const QString &error);

    Storage::Result<std::optional<Job>> job(qint64 id);
    // Dead-letter list, most recently failed first. Empty `queue` = all queues.
    Storage::Result<QList<Job>> listDead(const QString &queue = {}, int limit = 100);
    // dead -> pending, due now, attempts reset to 0 (last error kept for the record).
    Storage::Result<Job> retryDead(qint64 id);

    struct PurgeCounts
    {
        int jobs = 0;       // done rows deleted
        int dedupeKeys = 0; // expired queue_seen rows deleted
    };
    // Deletes done jobs last updated more than `olderThan` ago and dedupe records past their TTL.
    Storage::Result<PurgeCounts> purgeDone(std::chrono::milliseconds olderThan);
    // Runs purgeDone(keepDone) every `interval` on this object's thread; stopPurging() ends it.
    void startPurging(std::chrono::milliseconds interval, std::chrono::milliseconds keepDone);
    void stopPurging();

    // When the earliest job that claim() could hand out becomes due; nullopt if none is pending
    // (or every pending one waits behind a running job with its ordering key).
    Storage::Result<std::optional<QDateTime>> nextDueTime(const QString &queue);

    // Cached counts (cheap: no SQL). Sorted by queue name.
    QList<QueueDepth> depths() const;
    qint64 depth(const QString &queue, JobState state) const;

    const JobQueueOptions &options() const { return m_options; }
    QDateTime now() const { return m_clock(); }

    static Storage::Result<void> validateQueueName(const QString &queue);

signals:
    // After a commit that made a job claimable now or later (enqueue, retryDead): a Worker
    // listens to pull at once. May be emitted on any thread that called enqueue().
    void jobAvailable(const QString &queue);

private:
    Storage::Result<QSqlDatabase> connection();
    // The job `id` if it is in state `expected`; NotFound or InvalidArgument otherwise.
    Storage::Result<Job> jobInState(QSqlDatabase &db, qint64 id, JobState expected);
    // Inside enqueue's transaction: the job (or purged job's record) this key already names,
    // with its dedupe record refreshed; nullopt if the key is new.
    Storage::Result<std::optional<Job>> findDuplicate(QSqlDatabase &db, const QString &queue, const QString &key,
                                                      qint64 now);
    // One transaction: reads the running job, lets `decide` set its new state (and next run),
    // writes it, updates the counts. complete(), fail() and deadLetter() are this.
    Storage::Result<Job> settle(qint64 id, const QString &error, const std::function<void(Job &)> &decide);

    Storage::Database &m_database;
    JobQueueOptions m_options;
    Clock m_clock;
    Random m_random;
    QueueStats m_stats;
    QTimer m_purgeTimer;
    std::chrono::milliseconds m_keepDone{0};
};

} // namespace Moltdesk::Queue
