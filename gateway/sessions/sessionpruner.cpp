#include "sessions/sessionpruner.h"

#include "base/logging.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using Moltdesk::Storage::Error;
using Moltdesk::Storage::Result;

namespace Moltdesk::Sessions {

namespace {

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Storage::sqlError(what, query.lastError());
    return {};
}

} // namespace

Result<void> SessionPruner::pruneToFit(QSqlDatabase &db, const QString &key, qint64 sessionId, int generation,
                                       qint64 lastSeq, qint64 maxBytes)
{
    QSqlQuery total(db);
    total.prepare(u"SELECT stored_bytes FROM sessions WHERE id = ?"_s);
    total.addBindValue(sessionId);
    if (auto ran = exec(total, u"reading session size"_s); !ran)
        return ran;
    const qint64 excess = total.next() ? total.value(0).toLongLong() - maxBytes : 0;
    if (excess <= 0)
        return {};

    // Protected: the newest turn (from the newest user message that opens one; at least the
    // message just stored) and the current summary.
    QSqlQuery limits(db);
    limits.prepare(u"SELECT"
                   " (SELECT MAX(seq) FROM session_messages WHERE session_id = ? AND generation = ? AND starts_turn = 1),"
                   " (SELECT MAX(seq) FROM session_messages WHERE session_id = ? AND generation = ? AND is_summary = 1)"_s);
    for (int i = 0; i < 2; ++i) {
        limits.addBindValue(sessionId);
        limits.addBindValue(generation);
    }
    if (auto ran = exec(limits, u"reading prune limits"_s); !ran)
        return ran;
    limits.next();
    const qint64 turnStart = limits.value(0).isNull() ? lastSeq : std::min(limits.value(0).toLongLong(), lastSeq);
    const qint64 summarySeq = limits.value(1).isNull() ? -1 : limits.value(1).toLongLong();

    QSqlQuery candidates(db);
    candidates.prepare(u"SELECT seq, bytes, generation FROM session_messages WHERE session_id = ? AND seq < ?"
                       " ORDER BY seq"_s);
    candidates.addBindValue(sessionId);
    candidates.addBindValue(turnStart);
    if (auto ran = exec(candidates, u"reading prune candidates"_s); !ran)
        return ran;
    QList<qint64> victims;
    qint64 freed = 0;
    qint64 currentRemoved = 0;
    while (freed < excess && candidates.next()) {
        const qint64 seq = candidates.value(0).toLongLong();
        if (seq == summarySeq)
            continue;
        victims.append(seq);
        freed += candidates.value(1).toLongLong();
        if (candidates.value(2).toInt() == generation)
            ++currentRemoved;
    }
    candidates.finish();
    if (victims.isEmpty()) {
        qCWarning(lcSessions).noquote() << "session" << key << "is over storage.maxSessionSize by"
                                        << excess << "bytes, but only its newest turn is left; keeping it";
        return {};
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM session_messages WHERE session_id = ? AND seq = ?"_s);
    for (const qint64 seq : std::as_const(victims)) {
        remove.bindValue(0, sessionId);
        remove.bindValue(1, seq);
        if (auto ran = exec(remove, u"pruning message"_s); !ran)
            return ran;
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE sessions SET stored_bytes = stored_bytes - ?, stored_count = stored_count - ?,"
                   " message_count = message_count - ? WHERE id = ?"_s);
    update.addBindValue(freed);
    update.addBindValue(qint64(victims.size()));
    update.addBindValue(currentRemoved);
    update.addBindValue(sessionId);
    if (auto ran = exec(update, u"updating session size"_s); !ran)
        return ran;
    qCInfo(lcSessions).noquote() << "session" << key << ": pruned the" << victims.size()
                                 << "oldest messages (seq" << victims.first() << "to" << victims.last() << ","
                                 << freed << "bytes) to stay within storage.maxSessionSize of" << maxBytes << "bytes";
    return {};
}

} // namespace Moltdesk::Sessions
