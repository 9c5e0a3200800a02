#pragma once

#include "base/clock.h"
#include "sessions/sessionactor.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Moltdesk::Sessions {

// The Durable Object's execution model: one actor per session key. Tasks posted for one key run
// strictly one at a time in arrival order — the next starts only after the previous one called
// done() — while tasks for different keys run concurrently (interleaved on this thread's event
// loop, or on workers if the tasks hand their work off).
//
// Contract:
// - A task is `void(std::function<void()> done)`: start the work (quickly — it runs on this
//   object's thread), call done() exactly once when finished, from any thread. Extra calls are
//   ignored. A task that throws is logged and counts as done.
// - The next task always starts from the event loop, never inside done(), so deep chains of
//   synchronous tasks cannot grow the stack.
// - abort(key) calls the running task's abort handler (given to post()); the task must then
//   finish and call done(). Ordering is never broken: nothing else for that key starts until it
//   does. cancelPending(key) drops tasks not yet started.
// - Actors with nothing running or queued are dropped after `idleTimeout` (swept by a timer), so
//   the map does not grow with every key ever seen.
// - Durability: this class holds in-flight work in memory only. What must survive a restart is
//   the queue's job (its worker re-posts a job here after a restart); history survives because
//   tasks write it to SessionStore (SQLite) before calling done().
//
// Threading: post() may be called from any thread (it hops to this object's thread); the other
// methods belong to this object's thread.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void()>;
    using Task = SessionActor::Task;
    using AbortHandler = SessionActor::AbortHandler;
    using Clock = Base::Clock;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    explicit SessionManager(std::chrono::milliseconds idleTimeout = std::chrono::minutes(5),
                            Clock clock = &SessionManager::systemClock, QObject *parent = nullptr);
    ~SessionManager() override;

    void post(const QString &key, Task task, AbortHandler onAbort = {});
    bool abort(const QString &key);
    int cancelPending(const QString &key);

    int queueLength(const QString &key) const; // waiting tasks, not counting the running one
    bool isRunning(const QString &key) const;
    int activeCount() const;                    // keys with a running task
    int actorCount() const { return int(m_actors.size()); }

    // Drops actors idle for at least idleTimeout (by the clock); returns how many.
    int sweepIdle();

signals:
    void taskStarted(const QString &key);
    void taskFinished(const QString &key, bool aborted);

private:
    struct Liveness;

    void postHere(const QString &key, Task task, AbortHandler onAbort);
    void startNext(const QString &key);
    void finished(const QString &key, quint64 id);
    qint64 nowMs() const { return m_clock().toMSecsSinceEpoch(); }

    std::chrono::milliseconds m_idleTimeout;
    Clock m_clock;
    QHash<QString, std::shared_ptr<SessionActor>> m_actors;
    quint64 m_nextId = 1;
    int m_active = 0;
    QTimer m_sweepTimer;
    std::shared_ptr<Liveness> m_liveness;
};

} // namespace Moltdesk::Sessions
