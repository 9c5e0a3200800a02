#pragma once

#include "queue/queuetypes.h"
#include "storage/result.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Queue {

// Job counts per queue and state, kept in memory and updated on every committed transition, so
// queue.status and a /metrics scrape never run SQL (reading them is a map lookup under a mutex).
// The counts are loaded once from an indexed GROUP BY at JobQueue::open().
//
// Metrics (Prometheus names): moltdesk_queue_depth{queue,state} callback gauges reading these
// counts, and moltdesk_queue_jobs_total{queue,outcome} counters. Thread-safe; the registry, if
// given, must outlive this object.
class QueueStats
{
public:
    explicit QueueStats(Metrics::Registry *metrics);
    ~QueueStats();
    QueueStats(const QueueStats &) = delete;
    QueueStats &operator=(const QueueStats &) = delete;

    // Counts every job by queue and state (one GROUP BY over the queue_jobs_due index).
    static Storage::Result<QMap<QString, QueueDepth>> load(QSqlDatabase &db);
    void reset(const QMap<QString, QueueDepth> &depths);
    void adjust(const QString &queue, JobState state, qint64 delta);
    void countOutcome(const QString &queue, const QString &outcome, int count = 1);

    QList<QueueDepth> depths() const; // sorted by queue name
    qint64 depth(const QString &queue, JobState state) const;

private:
    void ensureGauges(const QString &queue);
    static qint64 &field(QueueDepth &depth, JobState state);

    Metrics::Registry *m_metrics;
    mutable QMutex m_mutex;
    QMap<QString, QueueDepth> m_depths; // guarded by m_mutex
    QStringList m_gauged;               // queues with registered gauges; guarded by m_mutex
};

} // namespace Moltdesk::Queue
