#include "channels/noticethrottle.h"

namespace Moltdesk::Channels {

NoticeThrottle::NoticeThrottle(qint64 intervalMs, Clock clock)
    : m_intervalMs(intervalMs),
      m_clock(std::move(clock))
{
}

bool NoticeThrottle::allow(const QString &key)
{
    const qint64 now = readClock(m_clock).toMSecsSinceEpoch();
    if (m_lastSweepMs < 0 || now - m_lastSweepMs >= m_intervalMs || m_lastNotice.size() >= MaxEntries) {
        m_lastSweepMs = now;
        sweep(now);
    }
    const auto it = m_lastNotice.constFind(key);
    if (it != m_lastNotice.cend() && now - it.value() < m_intervalMs)
        return false;
    if (it == m_lastNotice.cend() && m_lastNotice.size() >= MaxEntries)
        return false;
    m_lastNotice.insert(key, now);
    return true;
}

void NoticeThrottle::sweep(qint64 now)
{
    for (auto it = m_lastNotice.begin(); it != m_lastNotice.end();) {
        if (now - it.value() >= m_intervalMs)
            it = m_lastNotice.erase(it);
        else
            ++it;
    }
}

} // namespace Moltdesk::Channels
