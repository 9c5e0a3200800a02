#include "channels/senderratelimiter.h"

#include <algorithm>
#include <vector>

namespace Moltdesk::Channels {

SenderRateLimiter::SenderRateLimiter(int requestsPerMinute, int burstSize, Clock clock)
    : m_clock(std::move(clock))
{
    setLimits(requestsPerMinute, burstSize);
}

void SenderRateLimiter::setLimits(int requestsPerMinute, int burstSize)
{
    m_perMinute = requestsPerMinute;
    m_burst = burstSize > 0 ? burstSize : std::max(1, requestsPerMinute);
    m_refillFullMs =
        requestsPerMinute > 0 ? (qint64(m_burst) * 60000 + requestsPerMinute - 1) / requestsPerMinute : 0;
    m_entries.clear();
    m_lastSweepMs = -1;
}

qint64 SenderRateLimiter::nowMs() const
{
    return readClock(m_clock).toMSecsSinceEpoch();
}

bool SenderRateLimiter::isIdle(const Entry &entry, qint64 now) const
{
    const bool refilled = now - entry.lastSeenMs >= m_refillFullMs;
    const bool windowOver = entry.noticeAtMs < 0 || now - entry.noticeAtMs >= NoticeWindowMs;
    return refilled && windowOver;
}

SenderRateLimiter::Verdict SenderRateLimiter::check(const QString &channel, const QString &senderId)
{
    if (m_perMinute <= 0)
        return {};
    const qint64 now = nowMs();
    if (m_lastSweepMs < 0 || now - m_lastSweepMs >= SweepIntervalMs || m_entries.size() >= MaxTrackedSenders) {
        m_lastSweepMs = now;
        sweep();
    }

    const QString key = channel + QChar(0x1f) + senderId;
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        it = m_entries.insert(key, Entry{Base::TokenBucket(m_perMinute, m_burst), now, -1});
    Entry &entry = it.value();
    entry.lastSeenMs = now;
    if (entry.bucket.tryTake(now))
        return {};

    Verdict verdict;
    verdict.allowed = false;
    if (entry.noticeAtMs < 0 || now - entry.noticeAtMs >= NoticeWindowMs) {
        entry.noticeAtMs = now;
        verdict.notify = true;
    }
    return verdict;
}

void SenderRateLimiter::sweep()
{
    const qint64 now = nowMs();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (isIdle(it.value(), now))
            it = m_entries.erase(it);
        else
            ++it;
    }
    if (m_entries.size() < MaxTrackedSenders)
        return;
    // Still full of active senders (a flood of distinct ids): drop the least recently seen half.
    // They lose at most their partly used bucket, i.e. they may get a fresh burst.
    std::vector<qint64> seen;
    seen.reserve(size_t(m_entries.size()));
    for (const Entry &entry : std::as_const(m_entries))
        seen.push_back(entry.lastSeenMs);
    auto middle = seen.begin() + qsizetype(seen.size() / 2);
    std::nth_element(seen.begin(), middle, seen.end());
    const qint64 cutoff = *middle;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->lastSeenMs <= cutoff)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace Moltdesk::Channels
