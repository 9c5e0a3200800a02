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

const QString kGroupIdPrefix = u"group:"_s;

// The sender_id column: a group's chat id is prefixed so it never meets a sender's row.
QString storedId(PendingPairing::Kind kind, const QString &id)
{
    return kind == PendingPairing::Kind::Group ? kGroupIdPrefix + id : id;
}

PendingPairing::Kind kindFrom(const QString &name)
{
    return name == u"group"_s ? PendingPairing::Kind::Group : PendingPairing::Kind::Sender;
}

QString idFrom(PendingPairing::Kind kind, const QString &stored)
{
    return kind == PendingPairing::Kind::Group && stored.startsWith(kGroupIdPrefix) ? stored.mid(kGroupIdPrefix.size())
                                                                                    : stored;
}

PendingPairing pendingFrom(const QSqlRecord &row)
{
    // Column order of every SELECT below: channel, sender_id, code, sender_name, requested, expires, kind
    PendingPairing pairing;
    pairing.kind = kindFrom(row.value(6).toString());
    pairing.channel = row.value(0).toString();
    pairing.senderId = idFrom(pairing.kind, row.value(1).toString());
    pairing.code = row.value(2).toString();
    pairing.senderName = PendingPairing::cleanName(row.value(3).toString());
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

QString PairingStore::cacheKey(Kind kind, const QString &channel, const QString &id)
{
    return channel + QChar(0x1f) + storedId(kind, id);
}

Storage::Result<void> PairingStore::open()
{
    Storage::Result<QSqlQuery> rows = Storage::Sql::exec(
        m_database, u"loading paired senders"_s,
        u"SELECT channel, sender_id, status, sender_name, decided, rejection_notified, kind FROM channel_senders"_s);
    if (!rows)
        return rows.error();
    QSqlQuery &query = rows.value();
    m_decisions.clear();
    m_rejectionNotified.clear();
    while (query.next()) {
        PairedSender sender;
        sender.kind = kindFrom(query.value(6).toString());
        sender.channel = query.value(0).toString();
        sender.senderId = idFrom(sender.kind, query.value(1).toString());
        sender.status = query.value(2).toString() == u"approved"_s ? PairedSender::Status::Approved
                                                                   : PairedSender::Status::Rejected;
        sender.senderName = PendingPairing::cleanName(query.value(3).toString());
        sender.decidedAt = fromMs(query.value(4).toLongLong());
        const QString key = cacheKey(sender.kind, sender.channel, sender.senderId);
        m_decisions.insert(key, sender);
        m_rejectionNotified.insert(key, query.value(5).toBool());
    }
    return {};
}

PairingStore::SenderState PairingStore::senderState(const QString &channel, const QString &senderId) const
{
    return state(Kind::Sender, channel, senderId);
}

PairingStore::SenderState PairingStore::groupState(const QString &channel, const QString &chatId) const
{
    return state(Kind::Group, channel, chatId);
}

PairingStore::SenderState PairingStore::state(Kind kind, const QString &channel, const QString &id) const
{
    const auto it = m_decisions.constFind(cacheKey(kind, channel, id));
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
    return request(Kind::Sender, channel, senderId, senderName);
}

Storage::Result<PairingStore::Request> PairingStore::request(Kind kind, const QString &channel, const QString &id,
                                                             const QString &name)
{
    if (channel.isEmpty() || id.isEmpty())
        return Storage::Error::invalid(u"pairing needs a channel and a sender id"_s);
    Storage::Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = readClock(m_clock).toMSecsSinceEpoch();
    const QString kindName = PendingPairing::kindName(kind);
    const QString rowId = storedId(kind, id);
    const QString senderName = PendingPairing::cleanName(name);

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
                                            u"SELECT channel, sender_id, code, sender_name, requested, expires, kind,"
                                            " notified FROM channel_pairings WHERE channel = ? AND sender_id = ?"_s,
                                            {channel, rowId});
    if (!existing)
        return existing.error();
    if (existing.value()) {
        request.outcome = Request::Outcome::Pending;
        request.pairing = pendingFrom(*existing.value());
        request.notify = now - existing.value()->value(7).toLongLong() >= ReminderIntervalMs;
        if (request.notify) {
            if (const auto reminded = Storage::Sql::exec(
                    db.value(), u"recording pairing reminder"_s,
                    u"UPDATE channel_pairings SET notified = ? WHERE channel = ? AND sender_id = ?"_s,
                    {now, channel, rowId});
                !reminded)
                return reminded.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return request;
    }

    // Keep the newest: when the cap is reached the oldest live requests of this kind make room.
    Storage::Result<QSqlQuery> live = Storage::Sql::exec(
        db.value(), u"listing pairing codes"_s,
        u"SELECT channel, sender_id, code, sender_name, requested, expires, kind FROM channel_pairings"
        " WHERE channel = ? AND kind = ? ORDER BY requested DESC, sender_id DESC"_s,
        {channel, kindName});
    if (!live)
        return live.error();
    QList<PendingPairing> older;
    while (live->next())
        older.append(pendingFrom(live->record()));
    live->finish();
    while (older.size() >= MaxPendingPerChannel) {
        const PendingPairing oldest = older.takeLast();
        if (const auto removed = Storage::Sql::exec(db.value(), u"dropping the oldest pairing code"_s,
                                                    u"DELETE FROM channel_pairings WHERE channel = ? AND sender_id = ?"_s,
                                                    {channel, storedId(oldest.kind, oldest.senderId)});
            !removed)
            return removed.error();
        request.dropped.append(oldest);
    }

    PendingPairing pairing;
    pairing.kind = kind;
    pairing.channel = channel;
    pairing.senderId = id;
    pairing.senderName = senderName;
    pairing.requestedAt = fromMs(now);
    pairing.expiresAt = fromMs(now + CodeLifetimeMs);
    // 31^8 codes against a handful of live ones: a collision is astronomically rare, but the
    // unique index would turn it into a failed insert, so draw again instead.
    for (int attempt = 0; attempt < 5 && pairing.code.isEmpty(); ++attempt) {
        const QString code = generateCode();
        const Storage::Result<int> stored = Storage::Sql::affected(
            db.value(), u"storing pairing code"_s,
            u"INSERT OR IGNORE INTO channel_pairings"
            " (channel, sender_id, code, sender_name, requested, expires, notified, kind)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {channel, rowId, code, senderName, now, now + CodeLifetimeMs, now, kindName});
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
    qCInfo(lcChannels) << "pairing code issued on" << channel << "for" << kindName << id;
    for (const PendingPairing &gone : std::as_const(request.dropped)) {
        qCInfo(lcChannels) << "pairing request of" << PendingPairing::kindName(gone.kind) << gone.senderId << "on"
                           << channel << "dropped for a newer one";
        Q_EMIT dropped(gone);
    }
    Q_EMIT requested(pairing);
    return request;
}

Storage::Result<bool> PairingStore::takeRejectionNotice(const QString &channel, const QString &senderId)
{
    return takeRejectionNotice(Kind::Sender, channel, senderId);
}

Storage::Result<bool> PairingStore::takeRejectionNotice(Kind kind, const QString &channel, const QString &id)
{
    const QString key = cacheKey(kind, channel, id);
    if (state(kind, channel, id) != SenderState::Rejected || m_rejectionNotified.value(key))
        return false;
    if (const auto noted = Storage::Sql::exec(
            m_database, u"recording rejection notice"_s,
            u"UPDATE channel_senders SET rejection_notified = 1 WHERE channel = ? AND sender_id = ?"_s,
            {channel, storedId(kind, id)});
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
        u"SELECT channel, sender_id, code, sender_name, requested, expires, kind FROM channel_pairings"
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
                                       u"SELECT channel, sender_id, code, sender_name, requested, expires, kind"
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
    sender.kind = pairing.kind;
    sender.channel = channel;
    sender.senderId = pairing.senderId;
    sender.senderName = pairing.senderName;
    sender.status = status;
    sender.decidedAt = fromMs(now);
    if (const auto stored = Storage::Sql::exec(
            db.value(), u"storing pairing decision"_s,
            u"INSERT OR REPLACE INTO channel_senders"
            " (channel, sender_id, status, sender_name, decided, rejection_notified, kind) VALUES (?, ?, ?, ?, ?, 0, ?)"_s,
            {channel, storedId(sender.kind, sender.senderId), PairedSender::statusName(status), sender.senderName, now,
             PendingPairing::kindName(sender.kind)});
        !stored)
        return stored.error();
    if (const auto removed = Storage::Sql::exec(db.value(), u"removing pairing code"_s,
                                                u"DELETE FROM channel_pairings WHERE channel = ? AND sender_id = ?"_s,
                                                {channel, storedId(sender.kind, sender.senderId)});
        !removed)
        return removed.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    const QString key = cacheKey(sender.kind, channel, sender.senderId);
    m_decisions.insert(key, sender);
    m_rejectionNotified.insert(key, false);
    qCInfo(lcChannels) << "pairing" << PairedSender::statusName(status) << "on" << channel << "for"
                       << PendingPairing::kindName(sender.kind) << sender.senderId;
    Q_EMIT resolved(sender);
    return sender;
}

Storage::Result<bool> PairingStore::forget(const QString &channel, const QString &senderId)
{
    return forget(Kind::Sender, channel, senderId);
}

Storage::Result<bool> PairingStore::forget(Kind kind, const QString &channel, const QString &id)
{
    if (const auto deleted = Storage::Sql::exec(m_database, u"forgetting paired sender"_s,
                                                u"DELETE FROM channel_senders WHERE channel = ? AND sender_id = ?"_s,
                                                {channel, storedId(kind, id)});
        !deleted)
        return deleted.error();
    const QString key = cacheKey(kind, channel, id);
    m_rejectionNotified.remove(key);
    const bool known = m_decisions.remove(key) > 0;
    // Jobs follow people (docs/cron.md "Jobs the model creates"); a forgotten group has none.
    if (known && kind == Kind::Sender)
        Q_EMIT forgotten(channel, id);
    return known;
}

} // namespace Moltdesk::Channels
