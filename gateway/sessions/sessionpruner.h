#pragma once

#include "storage/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Moltdesk::Sessions {

// storage.maxSessionSize enforcement, run by SessionStore inside the append's transaction.
// Deletes the session's oldest messages (by seq, so archived generations go first) until its
// stored content bytes fit `maxBytes`. Never deleted: the newest turn — from the current
// generation's newest user message that opens a turn (starts_turn), or at least the message at
// `lastSeq` — and the current generation's newest summary. Logs one line per pruning.
class SessionPruner
{
public:
    static Storage::Result<void> pruneToFit(QSqlDatabase &db, const QString &key, qint64 sessionId, int generation,
                                            qint64 lastSeq, qint64 maxBytes);
};

} // namespace Moltdesk::Sessions
