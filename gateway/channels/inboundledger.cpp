#include "channels/inboundledger.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

namespace {

Storage::Result<void> validKey(const QString &channel, const QString &messageKey)
{
    if (channel.isEmpty() || messageKey.isEmpty())
        return Storage::Error::invalid(u"the inbound ledger needs a channel and a message key"_s);
    return {};
}

} // namespace

InboundLedger::InboundLedger(Storage::Database &database, Clock clock)
    : m_database(database),
      m_clock(std::move(clock))
{
}

Storage::Result<InboundLedger::Claim> InboundLedger::claim(const QString &channel, const QString &messageKey)
{
    if (auto valid = validKey(channel, messageKey); !valid)
        return valid.error();
    const Storage::Result<int> inserted = Storage::Sql::affected(
        m_database, u"recording inbound message"_s,
        u"INSERT OR IGNORE INTO channel_inbound (channel, message_key, received) VALUES (?, ?, ?)"_s,
        {channel, messageKey, readClock(m_clock).toMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    // OR IGNORE: an existing row makes the insert a no-op with 0 rows changed.
    return inserted.value() == 1 ? Claim::New : Claim::Duplicate;
}

Storage::Result<void> InboundLedger::release(const QString &channel, const QString &messageKey)
{
    if (auto valid = validKey(channel, messageKey); !valid)
        return valid.error();
    if (const auto released = Storage::Sql::exec(m_database, u"releasing inbound message"_s,
                                                 u"DELETE FROM channel_inbound WHERE channel = ? AND message_key = ?"_s,
                                                 {channel, messageKey});
        !released)
        return released.error();
    return {};
}

Storage::Result<bool> InboundLedger::contains(const QString &channel, const QString &messageKey)
{
    const auto row = Storage::Sql::one(m_database, u"reading inbound ledger"_s,
                                       u"SELECT 1 FROM channel_inbound WHERE channel = ? AND message_key = ?"_s,
                                       {channel, messageKey});
    if (!row)
        return row.error();
    return row.value().has_value();
}

Storage::Result<int> InboundLedger::purgeOlderThan(int retentionDays)
{
    if (retentionDays < 1)
        return Storage::Error::invalid(u"ledger retention must be at least 1 day"_s);
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 cutoff = readClock(m_clock).addDays(-retentionDays).toMSecsSinceEpoch();
    int total = 0;
    for (;;) {
        // Each DELETE is its own (auto-committed) short transaction.
        const Storage::Result<int> affected = Storage::Sql::affected(
            db.value(), u"purging inbound ledger"_s,
            u"DELETE FROM channel_inbound WHERE (channel, message_key) IN ("
            " SELECT channel, message_key FROM channel_inbound WHERE received < ? LIMIT ?)"_s,
            {cutoff, PurgeBatchSize});
        if (!affected)
            return affected.error();
        const int deleted = affected.value();
        total += deleted;
        if (deleted < PurgeBatchSize)
            return total;
    }
}

} // namespace Moltdesk::Channels
