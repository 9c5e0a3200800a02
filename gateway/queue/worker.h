#pragma once

#include "base/clock.h"
#include "queue/queuetypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <optional>

namespace Moltdesk::Queue {

class JobQueue;

// Pulls jobs from a JobQueue and hands them to per-queue handlers (the Queues consumer).
// Lives on the gateway thread; handlers run there and must not block: they start their work and
// report the outcome later through `done`.
//
// When it pulls: at once when a job becomes available (JobQueue::jobAvailable, coalesced into
// one pull per event-loop turn), when a running job finishes (a slot frees up, or an ordering key
// unblocks), and from one single-shot timer armed for the earliest next-run among queues with a
// free slot (delayed jobs, retries in backoff). No polling loop: with nothing due the timer is
// off. The timer never waits longer than MaxTimerWait, because QTimer runs on the monotonic clock,
// which on Linux stands still while the machine sleeps; re-checking each minute catches up after
// a resume (and after a wall-clock change) without busy polling.
class Worker : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;
    // Report the job's outcome exactly once; later calls are ignored. May be called from any
    // thread (it is posted to the Worker's thread). If every copy is dropped without being
    // called, the job is retried with the error "handler dropped the job without an outcome".
    using Done = std::function<void(const Outcome &outcome)>;
    using Handler = std::function<void(const Job &job, Done done)>;

    static constexpr std::chrono::milliseconds MaxTimerWait{60'000};
    // After a storage error while pulling, try again this much later rather than spinning.
    static constexpr std::chrono::milliseconds ErrorRetryWait{5'000};

    explicit Worker(JobQueue &queue, Clock clock = &Worker::systemClock, QObject *parent = nullptr);
    ~Worker() override;

    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    // One handler per queue, at most `concurrency` (>= 1) of its jobs in flight at once. False
    // for an invalid queue name, an empty handler, concurrency < 1 or a queue already added.
    bool addQueue(const QString &queue, Handler handler, int concurrency = 1);

    // Starts pulling (call JobQueue::open() first, so crash leftovers are pending again).
    void start();
    // Shutdown: stops claiming and disarms the timer. Jobs in flight may still finish and their
    // outcomes are recorded; any whose outcome never comes stay `running` in the database and
    // are pending again at the next JobQueue::open(). Nothing is lost either way.
    // `stopped` is emitted once nothing is in flight (at once if nothing is).
    void stop();

    // Holds claiming without stopping: while paused no job is claimed, so waiting jobs stay
    // `pending` in the database (no attempt is counted and nothing can time out or dead-letter:
    // a claimed job has no visibility timeout). Jobs already in flight finish normally and their
    // outcomes are recorded. Resuming pulls at once, in the queue's usual order.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    bool isRunning() const { return m_started && !m_stopping; }
    int inFlight(const QString &queue = {}) const; // empty = all queues
    // When the retry/delay timer will next pull; nullopt when it is not armed.
    std::optional<QDateTime> nextWakeAt() const { return m_nextWake; }

signals:
    void jobStarted(qint64 id, const QString &queue);
    // `result` is "done", "retry" or "dead"; "error" if recording the outcome itself failed.
    void jobFinished(qint64 id, const QString &queue, const QString &result);
    void stopped();

private:
    struct Lane
    {
        Handler handler;
        int concurrency = 1;
        int inFlight = 0;
    };

    void schedulePump();
    void pump();
    void dispatch(const QString &queue, const Job &job);
    void finish(const QString &queue, qint64 id, const Outcome &outcome);
    void armTimer(bool afterError);

    JobQueue &m_queue;
    Clock m_clock;
    std::map<QString, Lane> m_lanes; // std::map: references stay valid while handlers add lanes
    QTimer m_timer;
    std::optional<QDateTime> m_nextWake;
    bool m_started = false;
    bool m_stopping = false;
    bool m_pumpScheduled = false;
    bool m_paused = false;
};

} // namespace Moltdesk::Queue
