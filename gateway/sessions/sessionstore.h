#pragma once

#include "base/clock.h"
#include "config/storagesettings.h"
#include "sessions/sessionkey.h"
#include "sessions/sessiontypes.h"
#include "storage/result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>

namespace Moltdesk::Storage {
class Database;
}

namespace Moltdesk::Sessions {

// Durable conversation history (the Durable Object's storage), in SQLite through
// Storage::Database. See docs/sessions.md for the schema and policies.
//
// - Messages get a per-session seq that is never reused. `/reset` (reset()) starts a new
//   conversation generation: older messages stay stored but are "archived" — hidden from the
//   context and from default history, listed with includeArchived.
// - storage.maxSessionSize caps the content bytes stored per session (all generations). When an
//   append goes over it, the oldest messages are deleted (archived ones first, as they are older)
//   but never the newest turn — the newest user message that opens a turn and everything after
//   it — nor the current summary; a message bigger than the cap on its own is refused.
// - storage.sessionTTL: sessions idle longer than it are deleted by purgeIdle() (SessionPurger
//   calls it in the background, in batches).
//
// Threading: no thread-affine state; every call uses the calling thread's own connection, so
// this object may be used from the gateway thread and from workers at once.
class SessionStore
{
public:
    using Clock = Base::Clock;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    static constexpr int MaxListLimit = 500;
    static constexpr int MaxHistoryLimit = 1000;
    static constexpr int MaxTitleLength = 200;
    static constexpr int DefaultPurgeBatch = 200;

    explicit SessionStore(Storage::Database &database,
                          const Config::StorageSettings &settings = Config::StorageSettings(),
                          Clock clock = &SessionStore::systemClock);

    // Applies new limits (config reload). The next append/purge uses them.
    void setLimits(const Config::StorageSettings &settings);
    qint64 maxSessionBytes() const { return m_maxSessionBytes.load(); }

    // Creates the session on first use. Validates role and content blocks.
    Storage::Result<StoredMessage> append(const SessionKey &key, const NewMessage &message);

    Storage::Result<std::optional<SessionInfo>> session(const SessionKey &key);
    Storage::Result<void> setTitle(const SessionKey &key, const QString &title);

    // Newest sessions first (by last activity), keyset-paginated: the cursor names the last row
    // returned, so pages stay consistent while sessions are added and cost O(limit) each.
    Storage::Result<SessionPage> list(const SessionListQuery &query);

    // The newest `limit` messages (before beforeSeq), returned oldest first. An unknown session
    // has an empty history.
    Storage::Result<HistoryPage> history(const SessionKey &key, const HistoryQuery &query = {});

    // The current summary and the messages after it (see ContextSource).
    Storage::Result<ContextSource> contextSource(const SessionKey &key);

    // Stores `text` as the summary of the current generation's messages up to and including
    // `upToSeq`: a user message with metadata {"summary":true,"upToSeq":N}. The context then
    // starts with it and leaves out the messages it covers (they stay in history).
    Storage::Result<StoredMessage> setSummary(const SessionKey &key, const QString &text, qint64 upToSeq);

    // `/reset`: starts a new generation; returns it. Nothing happens to an unknown session (1).
    Storage::Result<int> reset(const SessionKey &key);

    // Deletes the session and all its messages; false if it did not exist. With an owned-data
    // remover set, what the session owns elsewhere goes first (a failure keeps the session).
    Storage::Result<bool> remove(const SessionKey &key);

    // Deletes at most batchSize sessions idle for longer than storage.sessionTTL (by the injected
    // clock), oldest first, in one short transaction. Returns how many. The owned-data remover
    // runs for each deleted session afterwards (a failure is logged; the next start does not retry).
    Storage::Result<int> purgeIdle(int batchSize = DefaultPurgeBatch);

    // Called with the key of every session deleted, from any thread (SessionPurger sets it up:
    // memory, workspace files, attachments -- docs/storage.md "Deleting a session").
    using OwnedDataRemover = std::function<Storage::Result<void>(const SessionKey &)>;
    void setOwnedDataRemover(OwnedDataRemover remover) { m_removeOwned = std::move(remover); }

private:
    struct SessionRow
    {
        qint64 id = 0;
        int generation = 1;
        qint64 lastSeq = 0;
    };

    Storage::Result<QSqlDatabase> connection();
    Storage::Result<std::optional<SessionRow>> findSession(QSqlDatabase &db, const SessionKey &key);
    Storage::Result<SessionRow> ensureSession(QSqlDatabase &db, const SessionKey &key, qint64 nowMs);
    Storage::Result<StoredMessage> insertMessage(const SessionKey &key, const NewMessage &message, bool isSummary);
    qint64 nowMs() const;

    Storage::Database &m_database;
    Clock m_clock;
    std::atomic<qint64> m_maxSessionBytes;
    std::atomic<qint64> m_ttlSeconds;
    OwnedDataRemover m_removeOwned; // set once while starting, before any other thread uses the store
};

} // namespace Moltdesk::Sessions
