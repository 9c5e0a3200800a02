#include "queue/queuestats.h"

#include "metrics/registry.h"

#include <QMutexLocker>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Queue {

namespace {

const QString kDepthMetric = u"moltdesk_queue_depth"_s;
const QString kJobsMetric = u"moltdesk_queue_jobs_total"_s;
constexpr JobState kStates[] = {JobState::Pending, JobState::Running, JobState::Done, JobState::Dead};

} // namespace

QueueStats::QueueStats(Metrics::Registry *metrics)
    : m_metrics(metrics)
{
    if (!m_metrics)
        return;
    m_metrics->registerGauge(kDepthMetric, u"Jobs in the durable queue by queue and state."_s);
    m_metrics->registerCounter(kJobsMetric, u"Queue job transitions by queue and outcome (enqueued, duplicate, "
                                            "done, retry, dead, recovered)."_s);
}

QueueStats::~QueueStats()
{
    if (!m_metrics)
        return;
    for (const QString &queue : std::as_const(m_gauged)) {
        for (JobState state : kStates)
            m_metrics->removeCallbackGauge(kDepthMetric, {{u"queue"_s, queue}, {u"state"_s, stateName(state)}});
    }
}

qint64 &QueueStats::field(QueueDepth &depth, JobState state)
{
    switch (state) {
    case JobState::Running:
        return depth.running;
    case JobState::Done:
        return depth.done;
    case JobState::Dead:
        return depth.dead;
    case JobState::Pending:
        break;
    }
    return depth.pending;
}

Storage::Result<QMap<QString, QueueDepth>> QueueStats::load(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT queue, state, count(*) FROM queue_jobs GROUP BY queue, state"_s))
        return Storage::sqlError(u"cannot count queue jobs"_s, query.lastError());
    QMap<QString, QueueDepth> depths;
    while (query.next()) {
        const QString queue = query.value(0).toString();
        QueueDepth &depth = depths[queue];
        depth.queue = queue;
        field(depth, stateFromName(query.value(1).toString()).value_or(JobState::Pending)) += query.value(2).toLongLong();
    }
    return depths;
}

void QueueStats::reset(const QMap<QString, QueueDepth> &depths)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_depths = depths;
    }
    for (auto it = depths.cbegin(); it != depths.cend(); ++it)
        ensureGauges(it.key());
}

void QueueStats::adjust(const QString &queue, JobState state, qint64 delta)
{
    if (delta == 0)
        return;
    ensureGauges(queue);
    const QMutexLocker lock(&m_mutex);
    QueueDepth &depth = m_depths[queue];
    depth.queue = queue;
    qint64 &value = field(depth, state);
    value = std::max<qint64>(0, value + delta);
}

void QueueStats::countOutcome(const QString &queue, const QString &outcome, int count)
{
    if (m_metrics && count > 0)
        m_metrics->increment(kJobsMetric, {{u"queue"_s, queue}, {u"outcome"_s, outcome}}, count);
}

QList<QueueDepth> QueueStats::depths() const
{
    const QMutexLocker lock(&m_mutex);
    return m_depths.values();
}

qint64 QueueStats::depth(const QString &queue, JobState state) const
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_depths.find(queue);
    if (it == m_depths.cend())
        return 0;
    QueueDepth copy = *it;
    return field(copy, state);
}

void QueueStats::ensureGauges(const QString &queue)
{
    if (!m_metrics)
        return;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_gauged.contains(queue))
            return;
        m_gauged.append(queue);
    }
    // Registered outside our lock: the registry takes its own, and reads call back into depth().
    for (JobState state : kStates) {
        m_metrics->registerCallbackGauge(kDepthMetric, u"Jobs in the durable queue by queue and state."_s,
                                         {{u"queue"_s, queue}, {u"state"_s, stateName(state)}},
                                         [this, queue, state]() { return double(depth(queue, state)); });
    }
}

} // namespace Moltdesk::Queue
