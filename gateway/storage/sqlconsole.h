#pragma once

#include "storage/result.h"
#include "storage/sqlconsoletypes.h"

#include <QSqlDatabase>

#include <memory>

namespace Moltdesk::Storage {

class Database;
class ThreadConnections;

// The control panel's D1 console: one SQL statement at a time against moltdesk.db, strictly
// read-only, with a row cap and a time limit.
//
// Read-only is enforced by SQLite, not by keyword matching: the connection is opened with
// SQLITE_OPEN_READONLY and PRAGMA query_only=1 (https://www.sqlite.org/pragma.html#pragma_query_only),
// so every write (INSERT/UPDATE/DELETE/CREATE/DROP, also into TEMP) fails inside SQLite. The only
// statements a read-only connection would still run are those that change the connection itself:
// ATTACH/DETACH (could attach a writable in-memory database), PRAGMA with side effects (could turn
// query_only off) and BEGIN/SAVEPOINT (would pin a WAL snapshot). An authorizer callback
// (https://www.sqlite.org/c3ref/set_authorizer.html) refuses exactly those.
//
// The time limit uses sqlite3_progress_handler on the native handle, which makes SQLite abort the
// running statement with SQLITE_INTERRUPT (https://www.sqlite.org/c3ref/progress_handler.html).
//
// Threading: like Database, each calling thread gets its own read-only connection.
class SqlConsole
{
public:
    static constexpr int DefaultRowCap = 1000;
    static constexpr int MaxRowCap = 10000;
    static constexpr int DefaultTimeLimitMs = 5000;
    static constexpr int MaxTimeLimitMs = 60000;

    // `database` must be open (the file and its WAL exist).
    explicit SqlConsole(Database &database);
    ~SqlConsole();
    SqlConsole(const SqlConsole &) = delete;
    SqlConsole &operator=(const SqlConsole &) = delete;

    Result<SqlConsoleResult> query(const QString &sql, int rowCap = DefaultRowCap,
                                   int timeLimitMs = DefaultTimeLimitMs);

    // User tables (not sqlite_* internals) with their columns, sorted by name.
    Result<QList<SqlTableInfo>> tables();

private:
    Result<QSqlDatabase> connection();

    Database &m_database;
    std::unique_ptr<ThreadConnections> m_connections;
};

} // namespace Moltdesk::Storage
