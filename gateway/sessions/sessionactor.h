#pragma once

#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace Moltdesk::Sessions {

// The per-key state of SessionManager: a FIFO of tasks and the one that runs. Plain data driven
// by the manager on its thread; it never runs anything itself.
class SessionActor
{
public:
    using Task = std::function<void(std::function<void()> done)>;
    using AbortHandler = std::function<void()>;

    struct Entry
    {
        quint64 id = 0;
        Task task;
        AbortHandler onAbort;
    };

    void enqueue(Entry entry) { m_pending.push_back(std::move(entry)); }
    // Moves the oldest pending task to "running" and returns it; nullopt if busy or empty.
    std::optional<Entry> startNext();
    // Clears "running" if `id` is the running task; false for a stale or repeated done().
    bool finish(quint64 id);
    // Calls the running task's abort handler once; false if nothing runs.
    bool abort();
    int cancelPending();

    bool isRunning() const { return m_runningId != 0; }
    bool runningAborted() const { return m_runningAborted; }
    int pendingCount() const { return int(m_pending.size()); }
    bool isIdle() const { return !isRunning() && m_pending.empty(); }

    qint64 idleSinceMs() const { return m_idleSinceMs; }
    void setIdleSinceMs(qint64 ms) { m_idleSinceMs = ms; }

private:
    std::deque<Entry> m_pending;
    quint64 m_runningId = 0;
    AbortHandler m_runningAbort;
    bool m_runningAborted = false;
    qint64 m_idleSinceMs = 0;
};

} // namespace Moltdesk::Sessions
