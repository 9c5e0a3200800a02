#include "queue/queuemigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Queue {

Storage::Migration queueMigration()
{
    // Times are milliseconds since the Unix epoch (UTC), as in the rest of the schema.
    // - AUTOINCREMENT: ids are never reused after done rows are purged, because queue_seen still
    //   names the job a dedupe key belonged to.
    // - queue_jobs_dedupe: a key is unique per queue while its job row exists; queue_seen keeps
    //   it remembered after the row is purged (see docs/queue.md, "Idempotency").
    // - queue_jobs_due serves claim() and the depth counts; queue_jobs_ordering answers "is an
    //   earlier job with this ordering key still pending or running?" without a scan.
    return Storage::Migration::fromSql(u"durable job queue"_s, {
        u"CREATE TABLE queue_jobs ("
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
        "  queue TEXT NOT NULL,"
        "  payload TEXT NOT NULL,"
        "  dedupe_key TEXT,"
        "  ordering_key TEXT,"
        "  state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'dead')),"
        "  attempts INTEGER NOT NULL DEFAULT 0,"
        "  max_attempts INTEGER NOT NULL CHECK (max_attempts >= 1),"
        "  next_run INTEGER NOT NULL,"
        "  last_error TEXT,"
        "  created INTEGER NOT NULL,"
        "  updated INTEGER NOT NULL)"_s,
        u"CREATE UNIQUE INDEX queue_jobs_dedupe ON queue_jobs(queue, dedupe_key) WHERE dedupe_key IS NOT NULL"_s,
        u"CREATE INDEX queue_jobs_due ON queue_jobs(queue, state, next_run)"_s,
        u"CREATE INDEX queue_jobs_ordering ON queue_jobs(queue, ordering_key, state, id)"
        " WHERE ordering_key IS NOT NULL"_s,
        u"CREATE INDEX queue_jobs_finished ON queue_jobs(state, updated)"_s,
        u"CREATE TABLE queue_seen ("
        "  queue TEXT NOT NULL,"
        "  dedupe_key TEXT NOT NULL,"
        "  job_id INTEGER NOT NULL,"
        "  expires INTEGER NOT NULL,"
        "  PRIMARY KEY (queue, dedupe_key)) WITHOUT ROWID"_s,
        u"CREATE INDEX queue_seen_expires ON queue_seen(expires)"_s,
    });
}

} // namespace Moltdesk::Queue
