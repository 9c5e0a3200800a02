#include "sessions/sessionactor.h"

#include <utility>

namespace Moltdesk::Sessions {

std::optional<SessionActor::Entry> SessionActor::startNext()
{
    if (isRunning() || m_pending.empty())
        return std::nullopt;
    Entry entry = std::move(m_pending.front());
    m_pending.pop_front();
    m_runningId = entry.id;
    m_runningAbort = entry.onAbort;
    m_runningAborted = false;
    return entry;
}

bool SessionActor::finish(quint64 id)
{
    if (id == 0 || id != m_runningId)
        return false;
    m_runningId = 0;
    m_runningAbort = nullptr;
    return true;
}

bool SessionActor::abort()
{
    if (!isRunning())
        return false;
    if (!m_runningAborted) {
        m_runningAborted = true;
        // Move the handler out first: it may re-enter the manager (e.g. call done() at once).
        const AbortHandler handler = std::exchange(m_runningAbort, nullptr);
        if (handler)
            handler();
    }
    return true;
}

int SessionActor::cancelPending()
{
    const int count = int(m_pending.size());
    m_pending.clear();
    return count;
}

} // namespace Moltdesk::Sessions
