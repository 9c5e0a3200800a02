#include "sessions/sessionpurger.h"

#include "base/logging.h"
#include "sessions/sessionstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Moltdesk::Sessions {

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
