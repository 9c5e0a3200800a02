#pragma once

#include "channels/channelclock.h"
#include "base/tokenbucket.h"

#include <QHash>
#include <QString>

namespace Moltdesk::Channels {

// Per-sender rate limit (security.rateLimit.requestsPerMinute / burstSize): one token bucket per
// (channel, sender). A sender may send `burstSize` messages at once, then one more every
// 60 s / requestsPerMinute. Over the limit the message is dropped before any provider call, and
// the sender is told once per window (NoticeWindowMs) - later drops in the window are silent, so
// a flood never turns into a flood of notices.
//
// Memory stays bounded: a bucket that has refilled completely (and whose notice window is over)
// is indistinguishable from a new one, so it is forgotten; a sweep runs at most once per minute
// of clock time. MaxTrackedSenders caps the map even under a flood of distinct senders (the
// oldest-idle entries go first).
class SenderRateLimiter
{
public:
    static constexpr qint64 NoticeWindowMs = 60 * 1000;
    static constexpr qint64 SweepIntervalMs = 60 * 1000;
    static constexpr int MaxTrackedSenders = 100000;

    struct Verdict
    {
        bool allowed = true;
        bool notify = false; // dropped, and this is the window's one notice
    };

    // requestsPerMinute <= 0 disables the limit.
    SenderRateLimiter(int requestsPerMinute, int burstSize, Clock clock = {});

    Verdict check(const QString &channel, const QString &senderId);
    // Config reload (security.rateLimit): every sender starts over with a full bucket of the new
    // size, so a lowered limit never punishes what was allowed under the old one.
    void setLimits(int requestsPerMinute, int burstSize);

    int trackedSenders() const { return int(m_entries.size()); }
    // Forgets idle buckets now (normally done by check() once per SweepIntervalMs).
    void sweep();

private:
    struct Entry
    {
        Base::TokenBucket bucket;
        qint64 lastSeenMs = 0;
        qint64 noticeAtMs = -1; // start of the current notice window, -1 = none
    };

    qint64 nowMs() const;
    bool isIdle(const Entry &entry, qint64 now) const;

    int m_perMinute = 0;
    int m_burst = 1;
    qint64 m_refillFullMs = 0; // time for an empty bucket to fill up again
    Clock m_clock;
    QHash<QString, Entry> m_entries;
    qint64 m_lastSweepMs = -1;
};

} // namespace Moltdesk::Channels
