#include "sessions/sessionpurger.h"

#include "base/logging.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"

#include <QUrl>

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

// The same encodings as the memory tool's owner prefix and WorkspacePath::rootKey (docs/tools.md,
// memory and files); tst_sessiondeletion writes through the real tools and checks nothing is left.
QString SessionPurger::conversationMemoryPrefix(const SessionKey &key)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(key.toString())) + u'/';
}

QString SessionPurger::workspacePrefix(const SessionKey &key)
{
    return u"workspace/"_s + QString::fromLatin1(QUrl::toPercentEncoding(key.toString(), ":@")) + u'/';
}

Storage::Result<int> SessionPurger::removeOwnedData(Storage::KvStore &kv, Storage::ObjectStore &objects,
                                                    const SessionKey &key)
{
    const auto memory = kv.removePrefix(u"memory_conversation"_s, conversationMemoryPrefix(key));
    if (!memory)
        return memory.error();
    const auto removed = objects.removeOwnedBy(key.toString(), {workspacePrefix(key)});
    if (!removed)
        return removed.error();
    if (memory.value() + removed.value() > 0)
        qCInfo(lcSessions).noquote() << "session" << key.toString() << "deleted with" << memory.value()
                                     << "memory keys and" << removed.value() << "files";
    return memory.value() + removed.value();
}

void SessionPurger::removeOwnedDataWith(SessionStore &store, Storage::KvStore &kv, Storage::ObjectStore &objects)
{
    store.setOwnedDataRemover([&kv, &objects](const SessionKey &key) -> Storage::Result<void> {
        if (auto removed = removeOwnedData(kv, objects, key); !removed)
            return removed.error();
        return {};
    });
}

SessionPurger::SessionPurger(SessionStore &store, int batchSize, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_batchSize(std::max(1, batchSize))
{
    connect(&m_timer, &QTimer::timeout, this, &SessionPurger::purgeNow);
    connect(&m_watcher, &QFutureWatcher<std::pair<int, QString>>::finished, this, &SessionPurger::batchFinished);
}

SessionPurger::~SessionPurger()
{
    // A batch is one short statement; let it finish rather than leave it touching a dead store.
    m_watcher.waitForFinished();
}

void SessionPurger::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void SessionPurger::stop()
{
    m_timer.stop();
}

bool SessionPurger::purgeNow()
{
    if (m_watcher.isRunning())
        return false;
    m_runTotal = 0;
    runBatch();
    return true;
}

void SessionPurger::runBatch()
{
    SessionStore *store = &m_store;
    const int batch = m_batchSize;
    m_watcher.setFuture(QtConcurrent::run([store, batch]() -> std::pair<int, QString> {
        const auto result = store->purgeIdle(batch);
        return result ? std::pair(result.value(), QString()) : std::pair(-1, result.error().message);
    }));
}

void SessionPurger::batchFinished()
{
    const auto [count, error] = m_watcher.result();
    if (count < 0) {
        qCWarning(lcSessions).noquote() << "session TTL purge failed:" << error;
        emit purgeFailed(error);
        return;
    }
    m_runTotal += count;
    if (count == m_batchSize) {
        runBatch(); // more may be waiting
        return;
    }
    emit purged(m_runTotal);
}

} // namespace Moltdesk::Sessions
