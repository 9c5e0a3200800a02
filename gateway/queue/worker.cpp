#include "queue/worker.h"

#include "base/logging.h"
#include "queue/jobqueue.h"

#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>

using namespace Qt::StringLiterals;

namespace Moltdesk::Queue {

namespace {

// Shared by every copy of one job's Done callback: makes the first call win and notices when
// the handler dropped the job without ever reporting (its last copy is destroyed).
class Completion
{
public:
    explicit Completion(std::function<void(const Outcome &)> deliver)
        : m_deliver(std::move(deliver))
    {
    }
    ~Completion()
    {
        if (!m_called.exchange(true))
            m_deliver(Outcome::retry(u"handler dropped the job without an outcome"_s));
    }
    Completion(const Completion &) = delete;
    Completion &operator=(const Completion &) = delete;

    void call(const Outcome &outcome)
    {
        if (!m_called.exchange(true))
            m_deliver(outcome);
    }

private:
    std::function<void(const Outcome &)> m_deliver;
    std::atomic_bool m_called = false;
};

} // namespace

Worker::Worker(JobQueue &queue, Clock clock, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Worker::pump);
    connect(&m_queue, &JobQueue::jobAvailable, this, [this](const QString &queue) {
        if (m_lanes.count(queue))
            schedulePump();
    });
}

Worker::~Worker() = default;

bool Worker::addQueue(const QString &queue, Handler handler, int concurrency)
{
    if (!JobQueue::validateQueueName(queue) || !handler || concurrency < 1 || m_lanes.count(queue)) {
        qCWarning(lcQueue) << "queue worker: refusing handler for queue" << queue;
        return false;
    }
    m_lanes.emplace(queue, Lane{std::move(handler), concurrency, 0});
    schedulePump();
    return true;
}

void Worker::start()
{
    m_started = true;
    m_stopping = false;
    schedulePump();
}

void Worker::stop()
{
    m_stopping = true;
    m_timer.stop();
    m_nextWake.reset();
    if (inFlight() == 0)
        emit stopped();
}

void Worker::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (m_paused) {
        m_timer.stop();
        m_nextWake.reset();
    } else {
        schedulePump();
    }
}

int Worker::inFlight(const QString &queue) const
{
    int total = 0;
    for (const auto &[name, lane] : m_lanes) {
        if (queue.isEmpty() || queue == name)
            total += lane.inFlight;
    }
    return total;
}

void Worker::schedulePump()
{
    if (m_pumpScheduled || !m_started || m_stopping || m_paused)
        return;
    m_pumpScheduled = true;
    // Queued, so a burst of enqueues or finishes becomes one pull, and a handler that reports
    // synchronously never re-enters pump().
    QMetaObject::invokeMethod(this, &Worker::pump, Qt::QueuedConnection);
}

void Worker::pump()
{
    m_pumpScheduled = false;
    if (!m_started || m_stopping || m_paused)
        return;
    bool storageError = false;
    QStringList names;
    for (const auto &entry : m_lanes)
        names.append(entry.first);
    for (const QString &name : std::as_const(names)) {
        const Lane &lane = m_lanes.at(name);
        const int free = lane.concurrency - lane.inFlight;
        if (free <= 0)
            continue;
        const Storage::Result<QList<Job>> claimed = m_queue.claim(name, free);
        if (!claimed) {
            qCWarning(lcQueue) << "queue worker: cannot claim jobs of" << name << ":" << claimed.error().message;
            storageError = true;
            continue;
        }
        for (const Job &job : claimed.value()) {
            if (m_stopping)
                break; // a handler stopped us; unstarted jobs stay running and are recovered at start-up
            dispatch(name, job);
        }
    }
    armTimer(storageError);
}

void Worker::dispatch(const QString &queue, const Job &job)
{
    Lane &lane = m_lanes.at(queue);
    ++lane.inFlight;
    emit jobStarted(job.id, queue);
    const QPointer<Worker> self(this);
    const qint64 id = job.id;
    auto completion = std::make_shared<Completion>([self, queue, id](const Outcome &outcome) {
        if (!self)
            return; // the Worker is gone: the job stays running and is recovered at start-up
        QMetaObject::invokeMethod(self, [self, queue, id, outcome]() {
            if (self)
                self->finish(queue, id, outcome);
        }, Qt::AutoConnection);
    });
    Done done = [completion](const Outcome &outcome) { completion->call(outcome); };
    const Handler handler = lane.handler; // a copy: the handler may add lanes while it runs
    try {
        handler(job, std::move(done));
    } catch (const std::exception &e) {
        completion->call(Outcome::retry(u"handler threw: %1"_s.arg(QString::fromUtf8(e.what()))));
    } catch (...) {
        completion->call(Outcome::retry(u"handler threw an unknown exception"_s));
    }
}

void Worker::finish(const QString &queue, qint64 id, const Outcome &outcome)
{
    QString result;
    switch (outcome.kind) {
    case Outcome::Kind::Success:
        if (const Storage::Result<void> r = m_queue.complete(id); r)
            result = u"done"_s;
        else
            qCWarning(lcQueue) << "queue worker: cannot complete job" << id << ":" << r.error().message;
        break;
    case Outcome::Kind::Retry:
        if (const Storage::Result<FailResult> r = m_queue.fail(id, outcome.error, outcome.retryAfter); r)
            result = r->state == JobState::Dead ? u"dead"_s : u"retry"_s;
        else
            qCWarning(lcQueue) << "queue worker: cannot record the failure of job" << id << ":" << r.error().message;
        break;
    case Outcome::Kind::Permanent:
        if (const Storage::Result<void> r = m_queue.deadLetter(id, outcome.error); r)
            result = u"dead"_s;
        else
            qCWarning(lcQueue) << "queue worker: cannot dead-letter job" << id << ":" << r.error().message;
        break;
    }
    // A failed write leaves the job running in the database: it is retried after the next start.
    if (result.isEmpty())
        result = u"error"_s;
    if (auto it = m_lanes.find(queue); it != m_lanes.end())
        it->second.inFlight = std::max(0, it->second.inFlight - 1);
    emit jobFinished(id, queue, result);
    if (m_stopping) {
        if (inFlight() == 0)
            emit stopped();
        return;
    }
    schedulePump();
}

void Worker::armTimer(bool afterError)
{
    m_timer.stop();
    m_nextWake.reset();
    const QDateTime now = m_clock();
    std::optional<QDateTime> earliest;
    if (afterError)
        earliest = now.addMSecs(ErrorRetryWait.count());
    for (const auto &[name, lane] : m_lanes) {
        if (lane.inFlight >= lane.concurrency)
            continue; // a finishing job pulls for this queue
        const Storage::Result<std::optional<QDateTime>> due = m_queue.nextDueTime(name);
        if (!due) {
            qCWarning(lcQueue) << "queue worker: cannot read the next due time of" << name << ":" << due.error().message;
            earliest = now.addMSecs(ErrorRetryWait.count());
            continue;
        }
        if (due.value() && (!earliest || *due.value() < *earliest))
            earliest = *due.value();
    }
    if (!earliest)
        return;
    m_nextWake = earliest;
    const qint64 wait = std::clamp<qint64>(now.msecsTo(*earliest), 0, MaxTimerWait.count());
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace Moltdesk::Queue
