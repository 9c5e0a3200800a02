#include "channels/inboundledger.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

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
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"INSERT OR IGNORE INTO channel_inbound (channel, message_key, received) VALUES (?, ?, ?)"_s);
    query.addBindValue(channel);
    query.addBindValue(messageKey);
    query.addBindValue(readClock(m_clock).toMSecsSinceEpoch());
    if (!query.exec())
        return Storage::Error::fromSql(u"recording inbound message"_s, query.lastError());
    // OR IGNORE: an existing row makes the insert a no-op with 0 rows changed.
    return query.numRowsAffected() == 1 ? Claim::New : Claim::Duplicate;
}

Storage::Result<void> InboundLedger::release(const QString &channel, const QString &messageKey)
{
    if (auto valid = validKey(channel, messageKey); !valid)
        return valid.error();
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"DELETE FROM channel_inbound WHERE channel = ? AND message_key = ?"_s);
    query.addBindValue(channel);
    query.addBindValue(messageKey);
    if (!query.exec())
        return Storage::Error::fromSql(u"releasing inbound message"_s, query.lastError());
    return {};
}

Storage::Result<bool> InboundLedger::contains(const QString &channel, const QString &messageKey)
{
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"SELECT 1 FROM channel_inbound WHERE channel = ? AND message_key = ?"_s);
    query.addBindValue(channel);
    query.addBindValue(messageKey);
    if (!query.exec())
        return Storage::Error::fromSql(u"reading inbound ledger"_s, query.lastError());
    return query.next();
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
        QSqlQuery query(db.value());
        query.prepare(u"DELETE FROM channel_inbound WHERE (channel, message_key) IN ("
                      " SELECT channel, message_key FROM channel_inbound WHERE received < ? LIMIT ?)"_s);
        query.addBindValue(cutoff);
        query.addBindValue(PurgeBatchSize);
        if (!query.exec())
            return Storage::Error::fromSql(u"purging inbound ledger"_s, query.lastError());
        const int deleted = query.numRowsAffected();
        total += deleted;
        if (deleted < PurgeBatchSize)
            return total;
    }
}

} // namespace Moltdesk::Channels
