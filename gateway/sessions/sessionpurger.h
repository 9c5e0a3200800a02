#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include "storage/result.h"

#include <chrono>

namespace Moltdesk::Storage {
class KvStore;
class ObjectStore;
} // namespace Moltdesk::Storage

namespace Moltdesk::Sessions {

class SessionKey;
class SessionStore;

// Enforces storage.sessionTTL in the background: every `interval` it deletes idle sessions on a
// pool thread (SessionStore::purgeIdle uses that thread's own connection), one batch per short
// transaction, chaining batches while they come back full so a large backlog never holds the
// write lock for long. The store's injected clock decides what is idle.
class SessionPurger : public QObject
{
    Q_OBJECT

public:
    explicit SessionPurger(SessionStore &store, int batchSize = 200, QObject *parent = nullptr);
    ~SessionPurger() override;

    // What a session owns besides its messages (docs/storage.md "Deleting a session"): its
    // conversation memory (KV namespace memory_conversation, keys under the percent-encoded session
    // key and '/'), its workspace files (objects under workspace/<encoded key>/) and every object
    // whose custom metadata names it (attachments). Removes them all; returns how many rows went.
    static Storage::Result<int> removeOwnedData(Storage::KvStore &kv, Storage::ObjectStore &objects, const SessionKey &key);
    // Makes `store` call removeOwnedData for every session it deletes (sessions.delete, TTL purge).
    static void removeOwnedDataWith(SessionStore &store, Storage::KvStore &kv, Storage::ObjectStore &objects);
    // The key prefixes of what removeOwnedData deletes, for tests and the docs.
    static QString conversationMemoryPrefix(const SessionKey &key);
    static QString workspacePrefix(const SessionKey &key);

    void start(std::chrono::milliseconds interval = std::chrono::minutes(10));
    void stop();
    // Starts a purge now unless one is running; false if one was already running.
    bool purgeNow();
    bool isPurging() const { return m_watcher.isRunning(); }

signals:
    // After a purge run: sessions deleted in total (0 included), or the error text.
    void purged(int count);
    void purgeFailed(const QString &error);

private:
    void runBatch();
    void batchFinished();

    SessionStore &m_store;
    int m_batchSize;
    int m_runTotal = 0;
    QTimer m_timer;
    QFutureWatcher<std::pair<int, QString>> m_watcher;
};

} // namespace Moltdesk::Sessions
