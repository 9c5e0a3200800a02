#include "sessions/sessionsmigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

Storage::Migration sessionsMigration()
{
    // Times are UTC milliseconds since the epoch, as in the storage tables.
    // - sessions.id is the rowid: message rows and the listing's keyset cursor use it instead of
    //   the (up to 256 character) key.
    // - last_seq hands out message numbers; seq is never reused, so a /reset generation and a
    //   panel's paging cursor stay unambiguous.
    // - stored_bytes, stored_count (all generations) and message_count (current generation) are
    //   maintained on append/prune so listing 100,000 sessions
    //   never aggregates message rows.
    // - (last_activity, id) indexes serve the listing (newest first, keyset pagination) and the
    //   TTL purge (oldest first); the channel variant serves the channel filter.
    // - starts_turn marks a user message that opens a turn (not only tool results): pruning keeps
    //   everything from the newest such message on.
    return Storage::Migration::fromSql(u"sessions and their messages"_s, {
        u"CREATE TABLE sessions ("
        "  id INTEGER PRIMARY KEY,"
        "  key TEXT NOT NULL UNIQUE,"
        "  channel TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  title TEXT NOT NULL DEFAULT '',"
        "  created INTEGER NOT NULL,"
        "  last_activity INTEGER NOT NULL,"
        "  generation INTEGER NOT NULL DEFAULT 1,"
        "  last_seq INTEGER NOT NULL DEFAULT 0,"
        "  message_count INTEGER NOT NULL DEFAULT 0,"
        "  stored_count INTEGER NOT NULL DEFAULT 0,"
        "  stored_bytes INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX sessions_activity ON sessions(last_activity, id)"_s,
        u"CREATE INDEX sessions_channel_activity ON sessions(channel, last_activity, id)"_s,
        u"CREATE TABLE session_messages ("
        "  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
        "  seq INTEGER NOT NULL,"
        "  generation INTEGER NOT NULL,"
        "  role TEXT NOT NULL,"
        "  content TEXT NOT NULL,"
        "  bytes INTEGER NOT NULL,"
        "  created INTEGER NOT NULL,"
        "  channel_message_id TEXT,"
        "  model TEXT,"
        "  usage TEXT,"
        "  run_id TEXT,"
        "  metadata TEXT,"
        "  is_summary INTEGER NOT NULL DEFAULT 0,"
        "  starts_turn INTEGER NOT NULL DEFAULT 0,"
        "  PRIMARY KEY (session_id, seq)) WITHOUT ROWID"_s,
    });
}

} // namespace Moltdesk::Sessions
