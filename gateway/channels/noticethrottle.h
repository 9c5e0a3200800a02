#pragma once

#include "channels/channelclock.h"

#include <QHash>
#include <QString>

namespace Moltdesk::Channels {

// "Tell this sender at most once per interval": for notices to senders who are not admitted
// (e.g. "pairing is busy, try later"), which the rate limiter never sees. Without it every
// message from a stranger would make the bot answer - an amplifier anyone could trigger.
// Bounded: entries older than the interval are dropped on the next sweep, and past MaxEntries
// new keys are refused a notice rather than grow the map.
class NoticeThrottle
{
public:
    static constexpr int MaxEntries = 10000;

    explicit NoticeThrottle(qint64 intervalMs, Clock clock = {});

    // True if a notice may go to `key` now (and records it).
    bool allow(const QString &key);
    int size() const { return int(m_lastNotice.size()); }

private:
    void sweep(qint64 now);

    qint64 m_intervalMs;
    Clock m_clock;
    QHash<QString, qint64> m_lastNotice;
    qint64 m_lastSweepMs = -1;
};

} // namespace Moltdesk::Channels
