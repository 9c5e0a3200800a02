#include "sessions/sessionmanager.h"

#include "base/logging.h"

#include <QMutex>
#include <QThread>

#include <exception>

namespace Moltdesk::Sessions {

// Lets done() callbacks, which may outlive the manager and run on any thread, reach it safely:
// the destructor clears `manager` under the mutex before anything is torn down.
struct SessionManager::Liveness
{
    QMutex mutex;
    SessionManager *manager = nullptr;
};

SessionManager::SessionManager(std::chrono::milliseconds idleTimeout, Clock clock, QObject *parent)
    : QObject(parent)
    , m_idleTimeout(idleTimeout)
    , m_clock(std::move(clock))
    , m_liveness(std::make_shared<Liveness>())
{
    m_liveness->manager = this;
    m_sweepTimer.setInterval(std::max(idleTimeout, std::chrono::milliseconds(1000)));
    connect(&m_sweepTimer, &QTimer::timeout, this, &SessionManager::sweepIdle);
    m_sweepTimer.start();
}

SessionManager::~SessionManager()
{
    QMutexLocker locker(&m_liveness->mutex);
    m_liveness->manager = nullptr;
}

void SessionManager::post(const QString &key, Task task, AbortHandler onAbort)
{
    if (!task)
        return;
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, key, task = std::move(task), onAbort = std::move(onAbort)]() mutable {
            postHere(key, std::move(task), std::move(onAbort));
        }, Qt::QueuedConnection);
        return;
    }
    postHere(key, std::move(task), std::move(onAbort));
}

void SessionManager::postHere(const QString &key, Task task, AbortHandler onAbort)
{
    std::shared_ptr<SessionActor> &actor = m_actors[key];
    if (!actor)
        actor = std::make_shared<SessionActor>();
    actor->enqueue({m_nextId++, std::move(task), std::move(onAbort)});
    if (!actor->isRunning())
        startNext(key);
}

void SessionManager::startNext(const QString &key)
{
    const std::shared_ptr<SessionActor> actor = m_actors.value(key);
    if (!actor)
        return;
    std::optional<SessionActor::Entry> entry = actor->startNext();
    if (!entry) {
        if (actor->isIdle())
            actor->setIdleSinceMs(nowMs());
        return;
    }
    ++m_active;
    emit taskStarted(key);

    const quint64 id = entry->id;
    std::shared_ptr<Liveness> liveness = m_liveness;
    Done done = [liveness, key, id]() {
        QMutexLocker locker(&liveness->mutex);
        if (SessionManager *manager = liveness->manager) {
            // Always through the event loop: done() may come from a worker thread or from
            // inside the task itself, and the next task must not start on that stack.
            QMetaObject::invokeMethod(manager, [manager, key, id]() { manager->finished(key, id); },
                                      Qt::QueuedConnection);
        }
    };
    try {
        entry->task(done);
    } catch (const std::exception &error) {
        qCWarning(lcSessions).noquote() << "a task for session" << key << "threw:" << error.what();
        done();
    } catch (...) {
        qCWarning(lcSessions).noquote() << "a task for session" << key << "threw a non-standard exception";
        done();
    }
}

void SessionManager::finished(const QString &key, quint64 id)
{
    const std::shared_ptr<SessionActor> actor = m_actors.value(key);
    if (!actor)
        return;
    const bool aborted = actor->runningAborted();
    if (!actor->finish(id))
        return; // a second done() for the same task
    --m_active;
    emit taskFinished(key, aborted);
    startNext(key);
}

bool SessionManager::abort(const QString &key)
{
    const std::shared_ptr<SessionActor> actor = m_actors.value(key);
    return actor && actor->abort();
}

int SessionManager::cancelPending(const QString &key)
{
    const std::shared_ptr<SessionActor> actor = m_actors.value(key);
    if (!actor)
        return 0;
    const int count = actor->cancelPending();
    if (actor->isIdle())
        actor->setIdleSinceMs(nowMs());
    return count;
}

int SessionManager::queueLength(const QString &key) const
{
    const std::shared_ptr<SessionActor> actor = m_actors.value(key);
    return actor ? actor->pendingCount() : 0;
}

bool SessionManager::isRunning(const QString &key) const
{
    const std::shared_ptr<SessionActor> actor = m_actors.value(key);
    return actor && actor->isRunning();
}

int SessionManager::activeCount() const
{
    return m_active;
}

int SessionManager::sweepIdle()
{
    const qint64 cutoff = nowMs() - qint64(m_idleTimeout.count());
    int dropped = 0;
    for (auto it = m_actors.begin(); it != m_actors.end();) {
        if (it.value()->isIdle() && it.value()->idleSinceMs() <= cutoff) {
            it = m_actors.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    return dropped;
}

} // namespace Moltdesk::Sessions
