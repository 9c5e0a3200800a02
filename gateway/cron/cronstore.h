#pragma once

#include "cron/job.h"
#include "cron/runrecord.h"
#include "storage/result.h"

#include <QList>

#include <optional>

namespace Moltdesk::Storage {
class Database;
}

namespace Moltdesk::Cron {

// Persists jobs (table cron_jobs) and their run history (cron_runs) in the gateway database.
// Every call uses the calling thread's connection; each is one short statement or transaction,
// quick enough for the gateway thread.
//
// History is capped per job: recordRun() keeps the newest `historyPerJob` entries of that job
// (default 50) and deletes older ones in the same transaction.
class CronStore
{
public:
    static constexpr int DefaultHistoryPerJob = 50;

    explicit CronStore(Storage::Database &database, int historyPerJob = DefaultHistoryPerJob);

    int historyPerJob() const { return m_historyPerJob; }

    Storage::Result<QList<Job>> jobs();
    Storage::Result<std::optional<Job>> job(const QString &id);
    // Inserts or replaces the whole job row (its history stays).
    Storage::Result<void> save(const Job &job);
    // False if there was no such job. Its history goes with it.
    Storage::Result<bool> remove(const QString &id);

    // Appends to the job's history and trims it; returns the record with its id.
    Storage::Result<RunRecord> recordRun(const RunRecord &record);
    // Newest first, at most `limit` (1..historyPerJob).
    Storage::Result<QList<RunRecord>> runs(const QString &jobId, int limit);

private:
    Storage::Database &m_database;
    int m_historyPerJob;
};

} // namespace Moltdesk::Cron
