#pragma once

#include "channels/channelclock.h"
#include "storage/result.h"

#include <QString>

namespace Moltdesk::Storage {
class Database;
}

namespace Moltdesk::Channels {

// Idempotency for inbound messages: records (channel, message key) in SQLite so a redelivered
// webhook update or a re-polled update produces one reply, across restarts too. Channels retry
// deliveries they think failed (Telegram resends an update until the webhook answers 2xx; Meta
// and Discord do the same), so "processed once" has to be decided by us.
//
// Callable from any thread (each uses its own SQLite connection). A claim is one INSERT OR
// IGNORE on the primary key: atomic even between two threads or two processes.
class InboundLedger
{
public:
    enum class Claim { New, Duplicate };

    static constexpr int DefaultRetentionDays = 7;
    static constexpr int PurgeBatchSize = 500;

    explicit InboundLedger(Storage::Database &database, Clock clock = {});

    // New: first time this key is seen on this channel (now recorded). Duplicate: already there.
    Storage::Result<Claim> claim(const QString &channel, const QString &messageKey);
    // Forgets a claim whose message could not be handed on (e.g. the queue write failed), so the
    // channel's redelivery is processed instead of being dropped as a duplicate.
    Storage::Result<void> release(const QString &channel, const QString &messageKey);
    Storage::Result<bool> contains(const QString &channel, const QString &messageKey);

    // Deletes entries recorded more than `retentionDays` ago, at most PurgeBatchSize rows per
    // transaction so a large purge never holds the write lock for long. Returns rows deleted.
    // Run it from a worker thread (QtConcurrent) on a timer.
    Storage::Result<int> purgeOlderThan(int retentionDays = DefaultRetentionDays);

private:
    Storage::Database &m_database;
    Clock m_clock;
};

} // namespace Moltdesk::Channels
