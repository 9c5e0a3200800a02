#include "cron/cronmigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Cron {

Storage::Migration cronMigration()
{
    // Times are milliseconds since the Unix epoch (UTC), like the KV tables. Runs go with their
    // job (ON DELETE CASCADE); the history is capped per job by CronStore.
    return Storage::Migration::fromSql(u"cron jobs and run history"_s, {
        u"CREATE TABLE cron_jobs ("
        "  id TEXT PRIMARY KEY,"
        "  kind TEXT NOT NULL CHECK (kind IN ('cron', 'every', 'at')),"
        "  schedule TEXT NOT NULL,"
        "  timezone TEXT NOT NULL,"
        "  prompt TEXT NOT NULL,"
        "  session TEXT NOT NULL DEFAULT '',"
        "  deliver_to TEXT NOT NULL DEFAULT '',"
        "  enabled INTEGER NOT NULL,"
        "  source TEXT NOT NULL CHECK (source IN ('config', 'user')),"
        "  created INTEGER NOT NULL,"
        "  last_run INTEGER,"
        "  last_scheduled INTEGER,"
        "  next_run INTEGER)"_s,
        u"CREATE TABLE cron_runs ("
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
        "  job_id TEXT NOT NULL REFERENCES cron_jobs(id) ON DELETE CASCADE,"
        "  scheduled INTEGER NOT NULL,"
        "  started INTEGER NOT NULL,"
        "  finished INTEGER NOT NULL,"
        "  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error', 'skipped')),"
        "  detail TEXT NOT NULL DEFAULT '',"
        "  manual INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX cron_runs_job ON cron_runs(job_id, id)"_s,
    });
}

} // namespace Moltdesk::Cron
