#include "channels/pairingstore.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

PendingPairing pendingFrom(const QSqlRecord &row)
{
    // Column order of every SELECT below: channel, sender_id, code, sender_name, requested, expires
    PendingPairing pairing;
    pairing.channel = row.value(0).toString();
    pairing.senderId = row.value(1).toString();
    pairing.code = row.value(2).toString();
    pairing.senderName = row.value(3).toString();
    pairing.requestedAt = fromMs(row.value(4).toLongLong());
    pairing.expiresAt = fromMs(row.value(5).toLongLong());
    return pairing;
}

} // namespace

PairingStore::PairingStore(Storage::Database &database, Clock clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_clock(std::move(clock))
{
}

QString PairingStore::cacheKey(const QString &channel, const QString &senderId)
{
    return channel + QChar(0x1f) + senderId;
}

Storage::Result<void> PairingStore::open()
{
    Storage::Result<QSqlQuery> rows = Storage::Sql::exec(
        m_database, u"loading paired senders"_s,
        u"SELECT channel, sender_id, status, sender_name, decided, rejection_notified FROM channel_senders"_s);
    if (!rows)
        return rows.error();
    QSqlQuery &query = rows.value();
    m_decisions.clear();
    m_rejectionNotified.clear();
    while (query.next()) {
        PairedSender sender;
        sender.channel = query.value(0).toString();
        sender.senderId = query.value(1).toString();
        sender.status = query.value(2).toString() == u"approved"_s ? PairedSender::Status::Approved
                                                                   : PairedSender::Status::Rejected;
        sender.senderName = query.value(3).toString();
        sender.decidedAt = fromMs(query.value(4).toLongLong());
        const QString key = cacheKey(sender.channel, sender.senderId);
        m_decisions.insert(key, sender);
        m_rejectionNotified.insert(key, query.value(5).toBool());
    }
    return {};
}

PairingStore::SenderState PairingStore::senderState(const QString &channel, const QString &senderId) const
{
    const auto it = m_decisions.constFind(cacheKey(channel, senderId));
    if (it == m_decisions.cend())
        return SenderState::Unknown;
    return it->status == PairedSender::Status::Approved ? SenderState::Approved : SenderState::Rejected;
}

QString PairingStore::generateCode()
{
    // bounded() on the system CSPRNG is unbiased, so every code is equally likely.
    QString code;
    code.reserve(CodeLength);
    for (int i = 0; i < CodeLength; ++i)
        code.append(CodeAlphabet.at(int(QRandomGenerator::system()->bounded(quint32(CodeAlphabet.size())))));
    return code;
}

QString PairingStore::normaliseCode(const QString &code)
{
    QString normal;
    for (const QChar c : code) {
        if (c.isSpace() || c == u'-')
            continue;
        normal.append(c.toUpper());
    }
    return normal;
}

Storage::Result<PairingStore::Request> PairingStore::request(const QString &channel, const QString &senderId,
                                                             const QString &senderName)
{
    if (channel.isEmpty() || senderId.isEmpty())
        return Storage::Error::invalid(u"pairing needs a channel and a sender id"_s);
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = readClock(m_clock).toMSecsSinceEpoch();

    // One transaction: the cap check and the insert must not interleave with another request.
    Storage::Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    if (const auto expired = Storage::Sql::exec(db.value(), u"expiring pairing codes"_s,
                                                u"DELETE FROM channel_pairings WHERE channel = ? AND expires <= ?"_s,
                                                {channel, now});
        !expired)
        return expired.error();

    Request request;
    const auto existing = Storage::Sql::one(db.value(), u"reading pairing code"_s,
                                            u"SELECT channel, sender_id, code, sender_name, requested, expires, notified"
                                            " FROM channel_pairings WHERE channel = ? AND sender_id = ?"_s,
                                            {channel, senderId});
    if (!existing)
        return existing.error();
    if (existing.value()) {
        request.outcome = Request::Outcome::Pending;
        request.pairing = pendingFrom(*existing.value());
        request.notify = now - existing.value()->value(6).toLongLong() >= ReminderIntervalMs;
        if (request.notify) {
            if (const auto reminded = Storage::Sql::exec(
                    db.value(), u"recording pairing reminder"_s,
                    u"UPDATE channel_pairings SET notified = ? WHERE channel = ? AND sender_id = ?"_s,
                    {now, channel, senderId});
                !reminded)
                return reminded.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return request;
    }

    const auto count = Storage::Sql::one(db.value(), u"counting pairing codes"_s,
                                         u"SELECT COUNT(*) FROM channel_pairings WHERE channel = ?"_s, {channel});
    if (!count)
        return count.error();
    if (count.value() && count.value()->value(0).toInt() >= MaxPendingPerChannel) {
        if (auto committed = tx.commit(); !committed) // keeps the expiry deletes
            return committed.error();
        request.outcome = Request::Outcome::CapReached;
        return request;
    }

    PendingPairing pairing;
    pairing.channel = channel;
    pairing.senderId = senderId;
    pairing.senderName = senderName;
    pairing.requestedAt = fromMs(now);
    pairing.expiresAt = fromMs(now + CodeLifetimeMs);
    // 31^8 codes against at most 3 live ones: a collision is astronomically rare, but the unique
    // index would turn it into a failed insert, so draw again instead.
    for (int attempt = 0; attempt < 5 && pairing.code.isEmpty(); ++attempt) {
        const QString code = generateCode();
        const Storage::Result<int> stored = Storage::Sql::affected(
            db.value(), u"storing pairing code"_s,
            u"INSERT OR IGNORE INTO channel_pairings"
            " (channel, sender_id, code, sender_name, requested, expires, notified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {channel, senderId, code, senderName, now, now + CodeLifetimeMs, now});
        if (!stored)
            return stored.error();
        if (stored.value() == 1)
            pairing.code = code;
    }
    if (pairing.code.isEmpty())
        return Storage::Error{Storage::Error::Code::Database, u"could not draw a unique pairing code"_s};
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    request.outcome = Request::Outcome::Issued;
    request.pairing = pairing;
    request.notify = true;
    qCInfo(lcChannels) << "pairing code issued on" << channel << "for sender" << senderId;
    Q_EMIT requested(pairing);
    return request;
}

Storage::Result<bool> PairingStore::takeRejectionNotice(const QString &channel, const QString &senderId)
{
    const QString key = cacheKey(channel, senderId);
    if (senderState(channel, senderId) != SenderState::Rejected || m_rejectionNotified.value(key))
        return false;
    if (const auto noted = Storage::Sql::exec(
            m_database, u"recording rejection notice"_s,
            u"UPDATE channel_senders SET rejection_notified = 1 WHERE channel = ? AND sender_id = ?"_s,
            {channel, senderId});
        !noted)
        return noted.error();
    m_rejectionNotified.insert(key, true);
    return true;
}

Storage::Result<QList<PendingPairing>> PairingStore::pending(const QString &channel)
{
    // Two statements rather than "? = ''": a null QString binds as SQL NULL, which compares as unknown.
    const QString filter = channel.isEmpty() ? QString() : u" AND channel = ?"_s;
    Storage::Sql::BindList binds{readClock(m_clock).toMSecsSinceEpoch()};
    if (!channel.isEmpty())
        binds.append(channel);
    Storage::Result<QSqlQuery> query = Storage::Sql::exec(
        m_database, u"listing pairing codes"_s,
        u"SELECT channel, sender_id, code, sender_name, requested, expires FROM channel_pairings"
        " WHERE expires > ?"_s + filter + u" ORDER BY requested, channel, sender_id"_s,
        binds);
    if (!query)
        return query.error();
    QList<PendingPairing> list;
    while (query->next())
        list.append(pendingFrom(query->record()));
    return list;
}

QList<PairedSender> PairingStore::senders(const QString &channel) const
{
    QList<PairedSender> list;
    for (const PairedSender &sender : m_decisions) {
        if (channel.isEmpty() || sender.channel == channel)
            list.append(sender);
    }
    std::sort(list.begin(), list.end(), [](const PairedSender &a, const PairedSender &b) {
        if (a.decidedAt != b.decidedAt)
            return a.decidedAt > b.decidedAt;
        return std::tie(a.channel, a.senderId) < std::tie(b.channel, b.senderId);
    });
    return list;
}

Storage::Result<PairedSender> PairingStore::approve(const QString &channel, const QString &code)
{
    return decide(channel, code, PairedSender::Status::Approved);
}

Storage::Result<PairedSender> PairingStore::reject(const QString &channel, const QString &code)
{
    return decide(channel, code, PairedSender::Status::Rejected);
}

Storage::Result<PairedSender> PairingStore::decide(const QString &channel, const QString &code,
                                                   PairedSender::Status status)
{
    const QString normal = normaliseCode(code);
    if (channel.isEmpty() || normal.isEmpty())
        return Storage::Error::invalid(u"give the channel and the pairing code"_s);
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = readClock(m_clock).toMSecsSinceEpoch();
    Storage::Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    const auto row = Storage::Sql::one(db.value(), u"reading pairing code"_s,
                                       u"SELECT channel, sender_id, code, sender_name, requested, expires"
                                       " FROM channel_pairings WHERE channel = ? AND code = ? AND expires > ?"_s,
                                       {channel, normal, now});
    if (!row)
        return row.error();
    if (!row.value()) {
        return Storage::Error{Storage::Error::Code::NotFound,
                              u"no pending pairing with code %1 on %2 (codes expire after 1 hour; the sender "
                              "gets a new one by writing again)"_s.arg(normal, channel)};
    }
    const PendingPairing pairing = pendingFrom(*row.value());

    PairedSender sender;
    sender.channel = channel;
    sender.senderId = pairing.senderId;
    sender.senderName = pairing.senderName;
    sender.status = status;
    sender.decidedAt = fromMs(now);
    if (const auto stored = Storage::Sql::exec(
            db.value(), u"storing pairing decision"_s,
            u"INSERT OR REPLACE INTO channel_senders"
            " (channel, sender_id, status, sender_name, decided, rejection_notified) VALUES (?, ?, ?, ?, ?, 0)"_s,
            {channel, sender.senderId, PairedSender::statusName(status), sender.senderName, now});
        !stored)
        return stored.error();
    if (const auto removed = Storage::Sql::exec(db.value(), u"removing pairing code"_s,
                                                u"DELETE FROM channel_pairings WHERE channel = ? AND sender_id = ?"_s,
                                                {channel, sender.senderId});
        !removed)
        return removed.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    const QString key = cacheKey(channel, sender.senderId);
    m_decisions.insert(key, sender);
    m_rejectionNotified.insert(key, false);
    qCInfo(lcChannels) << "pairing" << PairedSender::statusName(status) << "on" << channel << "for sender"
                       << sender.senderId;
    Q_EMIT resolved(sender);
    return sender;
}

Storage::Result<bool> PairingStore::forget(const QString &channel, const QString &senderId)
{
    if (const auto forgotten = Storage::Sql::exec(m_database, u"forgetting paired sender"_s,
                                                  u"DELETE FROM channel_senders WHERE channel = ? AND sender_id = ?"_s,
                                                  {channel, senderId});
        !forgotten)
        return forgotten.error();
    const QString key = cacheKey(channel, senderId);
    m_rejectionNotified.remove(key);
    const bool known = m_decisions.remove(key) > 0;
    if (known)
        Q_EMIT forgotten(channel, senderId);
    return known;
}

} // namespace Moltdesk::Channels
