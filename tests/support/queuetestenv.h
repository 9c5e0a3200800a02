#pragma once

#include "queue/jobqueue.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace Moltdesk::TestSupport {

// A data dir with an open Database and a hand-driven clock for queue tests: time only moves
// when the test calls advance(), so backoff and TTL arithmetic is exact and nothing sleeps.
class QueueTestEnv
{
public:
    QueueTestEnv();

    bool ok() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }

    Storage::Database &database() { return *m_database; }
    QString dataDir() const { return m_dir.path(); }

    QDateTime now() const { return *m_now; }
    void advance(std::chrono::milliseconds by) { *m_now = m_now->addMSecs(by.count()); }
    // A clock function that follows advance(), also after this env is copied into lambdas.
    std::function<QDateTime()> clock() const;

    // Closes and reopens the database, as a restart of the process would.
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<QDateTime> m_now;
    std::unique_ptr<Storage::Database> m_database;
    QString m_openError;
};

} // namespace Moltdesk::TestSupport
