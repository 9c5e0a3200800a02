#pragma once

#include "sessions/sessionkey.h"
#include "storage/result.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace Moltdesk::Storage {
class Database;
}

namespace Moltdesk::Sessions {

// Which conversations the operator has taken over from the bot (docs/sessions.md "Taking over a
// conversation"). While a session is taken over, its channel messages are stored but the agent
// does not answer them; the operator answers with chat.inject.
//
// Only channel conversations (<channel>:dm:<id>, <channel>:group:<id>) can be taken over: webchat,
// cron and api sessions have no person on the other side waiting for a human.
//
// Persisted in table session_takeovers (takeoverMigration()); the keys are also held in memory,
// loaded by load(), so the per-message check and the session listing cost no query. Writes go to
// SQLite first and change the memory only when committed. Lives on the gateway thread.
class TakeoverStore : public QObject
{
    Q_OBJECT

public:
    explicit TakeoverStore(Storage::Database &database, QObject *parent = nullptr);

    // Reads the stored keys (start-up).
    Storage::Result<void> load();

    bool isTakenOver(const QString &sessionKey) const { return m_keys.contains(sessionKey); }
    QStringList keys() const; // sorted

    // Turns take-over on or off. True when the state changed (idempotent otherwise);
    // InvalidArgument for a session kind that cannot be taken over, with a sentence saying why.
    Storage::Result<bool> set(const SessionKey &key, bool on);

    // Empty when `key` can be taken over; otherwise why not.
    static QString refusal(const SessionKey &key);

signals:
    void changed(const QString &sessionKey, bool takenOver);

private:
    Storage::Database &m_database;
    QSet<QString> m_keys;
};

} // namespace Moltdesk::Sessions
