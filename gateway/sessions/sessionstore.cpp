#include "sessions/sessionstore.h"

#include "base/logging.h"
#include "sessions/contentblocks.h"
#include "sessions/sessionpruner.h"
#include "storage/database.h"
#include "storage/listcursor.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using Moltdesk::Storage::Error;
using Moltdesk::Storage::Result;

namespace Moltdesk::Sessions {

namespace {

const QString MessageColumns =
    u"seq, generation, role, content, created, channel_message_id, model, usage, run_id, metadata, bytes"_s;

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

StoredMessage messageFrom(const QSqlQuery &query, int currentGeneration)
{
    StoredMessage m;
    m.seq = query.value(0).toLongLong();
    m.generation = query.value(1).toInt();
    m.archived = m.generation < currentGeneration;
    m.role = query.value(2).toString();
    m.content = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    m.createdMs = query.value(4).toLongLong();
    m.channelMessageId = query.value(5).toString();
    m.model = query.value(6).toString();
    m.usage = objectFrom(query.value(7));
    m.runId = query.value(8).toString();
    m.metadata = objectFrom(query.value(9));
    m.bytes = query.value(10).toLongLong();
    return m;
}

// LIKE treats % and _ as wildcards; a search for "a_b" means those characters literally.
QString likePattern(const QString &search)
{
    QString escaped = search;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Storage::sqlError(what, query.lastError());
    return {};
}

} // namespace

SessionStore::SessionStore(Storage::Database &database, const Config::StorageSettings &settings, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
    , m_maxSessionBytes(settings.maxSessionSizeBytes)
    , m_ttlSeconds(settings.sessionTtlSeconds)
{
}

void SessionStore::setLimits(const Config::StorageSettings &settings)
{
    m_maxSessionBytes = settings.maxSessionSizeBytes;
    m_ttlSeconds = settings.sessionTtlSeconds;
}

qint64 SessionStore::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

Result<QSqlDatabase> SessionStore::connection()
{
    return m_database.connection();
}

Result<std::optional<SessionStore::SessionRow>> SessionStore::findSession(QSqlDatabase &db, const SessionKey &key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id, generation, last_seq FROM sessions WHERE key = ?"_s);
    query.addBindValue(key.toString());
    if (auto ran = exec(query, u"reading session"_s); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<SessionRow>();
    return std::optional<SessionRow>(SessionRow{query.value(0).toLongLong(), query.value(1).toInt(),
                                                query.value(2).toLongLong()});
}

Result<SessionStore::SessionRow> SessionStore::ensureSession(QSqlDatabase &db, const SessionKey &key, qint64 now)
{
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO sessions (key, channel, kind, created, last_activity) VALUES (?, ?, ?, ?, ?)"
                   " ON CONFLICT(key) DO NOTHING"_s);
    insert.addBindValue(key.toString());
    insert.addBindValue(key.channel());
    insert.addBindValue(SessionKey::kindName(key.kind()));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (auto ran = exec(insert, u"creating session"_s); !ran)
        return ran.error();
    auto found = findSession(db, key);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::Database, u"session row vanished while creating it"_s};
    return *found.value();
}

Result<StoredMessage> SessionStore::append(const SessionKey &key, const NewMessage &message)
{
    return insertMessage(key, message, false);
}

Result<StoredMessage> SessionStore::insertMessage(const SessionKey &key, const NewMessage &message, bool isSummary)
{
    if (!key.isValid())
        return Error::invalid(u"invalid session key"_s);
    if (message.role != u"user"_s && message.role != u"assistant"_s)
        return Error::invalid(u"message role must be \"user\" or \"assistant\""_s);
    if (const QString problem = ContentBlocks::validate(message.content); !problem.isEmpty())
        return Error::invalid(u"message "_s + problem);
    const QByteArray content = QJsonDocument(message.content).toJson(QJsonDocument::Compact);
    const qint64 maxBytes = m_maxSessionBytes.load();
    if (content.size() > maxBytes)
        return Error::tooLarge(u"message content is %1 bytes, more than storage.maxSessionSize (%2 bytes)"_s
                                   .arg(content.size()).arg(maxBytes));

    auto db = connection();
    if (!db)
        return db.error();
    Storage::Transaction transaction(db.value());
    if (!transaction.begun())
        return transaction.begun().error();
    const qint64 now = nowMs();
    auto row = ensureSession(db.value(), key, now);
    if (!row)
        return row.error();

    StoredMessage stored;
    stored.seq = row->lastSeq + 1;
    stored.generation = row->generation;
    stored.role = message.role;
    stored.content = message.content;
    stored.createdMs = now;
    stored.channelMessageId = message.channelMessageId;
    stored.model = message.model;
    stored.usage = message.usage;
    stored.runId = message.runId;
    stored.metadata = message.metadata;
    stored.bytes = content.size();

    QSqlQuery insert(db.value());
    insert.prepare(u"INSERT INTO session_messages (session_id, seq, generation, role, content, bytes, created,"
                   " channel_message_id, model, usage, run_id, metadata, is_summary, starts_turn)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(row->id);
    insert.addBindValue(stored.seq);
    insert.addBindValue(stored.generation);
    insert.addBindValue(stored.role);
    insert.addBindValue(QString::fromUtf8(content));
    insert.addBindValue(stored.bytes);
    insert.addBindValue(now);
    insert.addBindValue(message.channelMessageId.isEmpty() ? QVariant() : QVariant(message.channelMessageId));
    insert.addBindValue(message.model.isEmpty() ? QVariant() : QVariant(message.model));
    insert.addBindValue(message.usage.isEmpty() ? QVariant() : QVariant(compact(message.usage)));
    insert.addBindValue(message.runId.isEmpty() ? QVariant() : QVariant(message.runId));
    insert.addBindValue(message.metadata.isEmpty() ? QVariant() : QVariant(compact(message.metadata)));
    insert.addBindValue(isSummary ? 1 : 0);
    insert.addBindValue(!isSummary && ContentBlocks::startsTurn(message.role, message.content) ? 1 : 0);
    if (auto ran = exec(insert, u"storing message"_s); !ran)
        return ran.error();

    QSqlQuery update(db.value());
    update.prepare(u"UPDATE sessions SET last_seq = ?, last_activity = ?, message_count = message_count + 1,"
                   " stored_count = stored_count + 1, stored_bytes = stored_bytes + ? WHERE id = ?"_s);
    update.addBindValue(stored.seq);
    update.addBindValue(now);
    update.addBindValue(stored.bytes);
    update.addBindValue(row->id);
    if (auto ran = exec(update, u"updating session"_s); !ran)
        return ran.error();

    if (auto pruned = SessionPruner::pruneToFit(db.value(), key.toString(), row->id, row->generation, stored.seq,
                                                m_maxSessionBytes.load());
        !pruned)
        return pruned.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<std::optional<SessionInfo>> SessionStore::session(const SessionKey &key)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"SELECT key, channel, kind, title, created, last_activity, generation, message_count,"
                  " stored_count, stored_bytes FROM sessions WHERE key = ?"_s);
    query.addBindValue(key.toString());
    if (auto ran = exec(query, u"reading session"_s); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<SessionInfo>();
    SessionInfo info;
    info.key = query.value(0).toString();
    info.channel = query.value(1).toString();
    info.kind = query.value(2).toString();
    info.title = query.value(3).toString();
    info.createdMs = query.value(4).toLongLong();
    info.lastActivityMs = query.value(5).toLongLong();
    info.generation = query.value(6).toInt();
    info.messageCount = query.value(7).toLongLong();
    info.archivedCount = query.value(8).toLongLong() - info.messageCount;
    info.storedBytes = query.value(9).toLongLong();
    return std::optional<SessionInfo>(info);
}

Result<void> SessionStore::setTitle(const SessionKey &key, const QString &title)
{
    if (title.size() > MaxTitleLength)
        return Error::invalid(u"session title is longer than %1 characters"_s.arg(MaxTitleLength));
    auto db = connection();
    if (!db)
        return db.error();
    Storage::Transaction transaction(db.value());
    if (!transaction.begun())
        return transaction.begun().error();
    auto row = ensureSession(db.value(), key, nowMs());
    if (!row)
        return row.error();
    QSqlQuery query(db.value());
    query.prepare(u"UPDATE sessions SET title = ? WHERE id = ?"_s);
    query.addBindValue(title);
    query.addBindValue(row->id);
    if (auto ran = exec(query, u"setting session title"_s); !ran)
        return ran;
    return transaction.commit();
}

Result<SessionPage> SessionStore::list(const SessionListQuery &request)
{
    if (request.limit < 1 || request.limit > MaxListLimit)
        return Error::invalid(u"limit must be between 1 and %1"_s.arg(MaxListLimit));
    // The cursor is "<last activity ms>:<row id>" of the last row of the previous page, wrapped
    // in the storage module's opaque cursor encoding.
    std::optional<std::pair<qint64, qint64>> after;
    if (!request.cursor.isEmpty()) {
        auto decoded = Storage::ListCursor::decode(request.cursor);
        const QStringList parts = decoded ? decoded.value().split(u':') : QStringList();
        bool okActivity = false;
        bool okId = false;
        if (parts.size() == 2) {
            after = std::pair(parts.at(0).toLongLong(&okActivity), parts.at(1).toLongLong(&okId));
        }
        if (!okActivity || !okId)
            return Error::invalid(u"invalid sessions cursor (pass back nextCursor of a previous listing unchanged)"_s);
    }
    QString sql = u"SELECT id, key, channel, kind, title, created, last_activity, generation, message_count,"
                  " stored_count, stored_bytes FROM sessions WHERE 1 = 1"_s;
    if (!request.channel.isEmpty())
        sql += u" AND channel = :channel"_s;
    if (!request.search.isEmpty())
        sql += u" AND (key LIKE :searchKey ESCAPE '\\' OR title LIKE :searchTitle ESCAPE '\\')"_s;
    if (after)
        sql += u" AND (last_activity, id) < (:activity, :id)"_s;
    sql += u" ORDER BY last_activity DESC, id DESC LIMIT :limit"_s;

    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(sql);
    if (!request.channel.isEmpty())
        query.bindValue(u":channel"_s, request.channel);
    if (!request.search.isEmpty())
    {
        query.bindValue(u":searchKey"_s, likePattern(request.search));
        query.bindValue(u":searchTitle"_s, likePattern(request.search));
    }
    if (after) {
        query.bindValue(u":activity"_s, after->first);
        query.bindValue(u":id"_s, after->second);
    }
    query.bindValue(u":limit"_s, request.limit + 1); // one extra row tells whether a next page exists
    if (auto ran = exec(query, u"listing sessions"_s); !ran)
        return ran.error();
    SessionPage page;
    qint64 lastId = 0;
    while (query.next()) {
        if (page.sessions.size() == request.limit) {
            const SessionInfo &last = page.sessions.constLast();
            page.nextCursor = Storage::ListCursor::encode(u"%1:%2"_s.arg(last.lastActivityMs).arg(lastId));
            break;
        }
        SessionInfo info;
        lastId = query.value(0).toLongLong();
        info.key = query.value(1).toString();
        info.channel = query.value(2).toString();
        info.kind = query.value(3).toString();
        info.title = query.value(4).toString();
        info.createdMs = query.value(5).toLongLong();
        info.lastActivityMs = query.value(6).toLongLong();
        info.generation = query.value(7).toInt();
        info.messageCount = query.value(8).toLongLong();
        info.archivedCount = query.value(9).toLongLong() - info.messageCount;
        info.storedBytes = query.value(10).toLongLong();
        page.sessions.append(info);
    }
    return page;
}

Result<HistoryPage> SessionStore::history(const SessionKey &key, const HistoryQuery &request)
{
    if (request.limit < 1 || request.limit > MaxHistoryLimit)
        return Error::invalid(u"limit must be between 1 and %1"_s.arg(MaxHistoryLimit));
    auto db = connection();
    if (!db)
        return db.error();
    auto row = findSession(db.value(), key);
    if (!row)
        return row.error();
    HistoryPage page;
    if (!row.value())
        return page;
    QString sql = u"SELECT "_s + MessageColumns + u" FROM session_messages WHERE session_id = :id"_s;
    if (!request.includeArchived)
        sql += u" AND generation = :generation"_s;
    if (request.beforeSeq)
        sql += u" AND seq < :before"_s;
    sql += u" ORDER BY seq DESC LIMIT :limit"_s;
    QSqlQuery query(db.value());
    query.prepare(sql);
    query.bindValue(u":id"_s, row.value()->id);
    if (!request.includeArchived)
        query.bindValue(u":generation"_s, row.value()->generation);
    if (request.beforeSeq)
        query.bindValue(u":before"_s, *request.beforeSeq);
    query.bindValue(u":limit"_s, request.limit + 1);
    if (auto ran = exec(query, u"reading history"_s); !ran)
        return ran.error();
    while (query.next()) {
        if (page.messages.size() == request.limit) {
            page.hasMore = true;
            break;
        }
        page.messages.append(messageFrom(query, row.value()->generation));
    }
    std::reverse(page.messages.begin(), page.messages.end());
    return page;
}

Result<ContextSource> SessionStore::contextSource(const SessionKey &key)
{
    auto db = connection();
    if (!db)
        return db.error();
    auto row = findSession(db.value(), key);
    if (!row)
        return row.error();
    ContextSource source;
    if (!row.value())
        return source;
    const SessionRow session = *row.value();
    QSqlQuery summary(db.value());
    summary.prepare(u"SELECT "_s + MessageColumns + u" FROM session_messages WHERE session_id = ? AND generation = ?"
                    " AND is_summary = 1 ORDER BY seq DESC LIMIT 1"_s);
    summary.addBindValue(session.id);
    summary.addBindValue(session.generation);
    if (auto ran = exec(summary, u"reading summary"_s); !ran)
        return ran.error();
    qint64 after = 0;
    if (summary.next()) {
        source.summary = messageFrom(summary, session.generation);
        after = source.summary->metadata.value(u"upToSeq"_s).toInteger();
    }
    // Bounded by storage.maxSessionSize, so reading the whole current window is fine.
    QSqlQuery query(db.value());
    query.prepare(u"SELECT "_s + MessageColumns + u" FROM session_messages WHERE session_id = ? AND generation = ?"
                  " AND is_summary = 0 AND seq > ? ORDER BY seq"_s);
    query.addBindValue(session.id);
    query.addBindValue(session.generation);
    query.addBindValue(after);
    if (auto ran = exec(query, u"reading context messages"_s); !ran)
        return ran.error();
    while (query.next())
        source.messages.append(messageFrom(query, session.generation));
    return source;
}

Result<StoredMessage> SessionStore::setSummary(const SessionKey &key, const QString &text, qint64 upToSeq)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(u"summary text is empty"_s);
    auto db = connection();
    if (!db)
        return db.error();
    auto row = findSession(db.value(), key);
    if (!row)
        return row.error();
    if (!row.value())
        return Error{Error::Code::NotFound, u"no session %1 to summarise"_s.arg(key.toString())};
    if (upToSeq < 1 || upToSeq > row.value()->lastSeq)
        return Error::invalid(u"upToSeq %1 is not a message of this session (1..%2)"_s.arg(upToSeq).arg(row.value()->lastSeq));
    NewMessage message;
    message.role = u"user"_s;
    message.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}};
    message.metadata = {{u"summary"_s, true}, {u"upToSeq"_s, upToSeq}};
    return insertMessage(key, message, true);
}

Result<int> SessionStore::reset(const SessionKey &key)
{
    auto db = connection();
    if (!db)
        return db.error();
    Storage::Transaction transaction(db.value());
    if (!transaction.begun())
        return transaction.begun().error();
    QSqlQuery query(db.value());
    query.prepare(u"UPDATE sessions SET generation = generation + 1, message_count = 0, last_activity = ?"
                  " WHERE key = ? RETURNING generation"_s);
    query.addBindValue(nowMs());
    query.addBindValue(key.toString());
    if (auto ran = exec(query, u"resetting session"_s); !ran)
        return ran.error();
    const int generation = query.next() ? query.value(0).toInt() : 1;
    query.finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return generation;
}

Result<bool> SessionStore::remove(const SessionKey &key)
{
    if (m_removeOwned) {
        if (auto removed = m_removeOwned(key); !removed)
            return removed.error();
    }
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    // session_messages rows go with it (ON DELETE CASCADE; the database enables foreign_keys).
    query.prepare(u"DELETE FROM sessions WHERE key = ?"_s);
    query.addBindValue(key.toString());
    if (auto ran = exec(query, u"deleting session"_s); !ran)
        return ran.error();
    return query.numRowsAffected() > 0;
}

Result<int> SessionStore::purgeIdle(int batchSize)
{
    const qint64 ttl = m_ttlSeconds.load();
    if (ttl <= 0 || batchSize < 1)
        return 0;
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE last_activity < ?"
                  " ORDER BY last_activity, id LIMIT ?) RETURNING key"_s);
    query.addBindValue(nowMs() - ttl * 1000);
    query.addBindValue(batchSize);
    if (auto ran = exec(query, u"purging idle sessions"_s); !ran)
        return ran.error();
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    query.finish();
    const int purged = int(keys.size());
    // Attachments, workspace files and memory expire with their session (storage.sessionTTL).
    for (const QString &text : std::as_const(keys)) {
        const auto key = SessionKey::parse(text);
        if (!key || !m_removeOwned)
            continue;
        if (auto removed = m_removeOwned(key.value()); !removed)
            qCWarning(lcSessions).noquote() << "could not remove the data of purged session" << text << ":"
                                            << removed.error().message;
    }
    if (purged > 0)
        qCInfo(lcSessions) << "purged" << purged << "sessions idle for longer than storage.sessionTTL (" << ttl << "s)";
    return purged;
}

} // namespace Moltdesk::Sessions
