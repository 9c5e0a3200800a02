#include "sessions/takeovermigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

Storage::Migration takeoverMigration()
{
    // Keyed by the session key, not sessions.id: a conversation can be taken over before its
    // first message is stored, and deleting its history (sessions.delete, the TTL purge) must not
    // silently hand it back to the bot. `since` is UTC milliseconds since the epoch.
    return Storage::Migration::fromSql(u"sessions taken over by the operator"_s, {
        u"CREATE TABLE session_takeovers ("
        "  key TEXT PRIMARY KEY,"
        "  since INTEGER NOT NULL) WITHOUT ROWID"_s,
    });
}

} // namespace Moltdesk::Sessions
