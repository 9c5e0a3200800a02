#include "storage/sqlconsole.h"

#include "storage/database.h"
#include "storage/threadconnections.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

namespace {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    // The QSQLITE driver hands out its sqlite3* wrapped in a QVariant; on Debian the plugin links
    // the same system libsqlite3 as we do, so the handle is valid for our sqlite3_* calls.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// PRAGMAs that only read. With an argument they are still reads for these names (table_info(x)).
bool isReadOnlyPragma(const char *name, const char *argument)
{
    static const char *const introspection[] = {"table_info", "table_xinfo", "table_list", "index_list",
                                                "index_info", "index_xinfo", "foreign_key_list",
                                                "database_list", "collation_list", "function_list"};
    static const char *const settings[] = {"journal_mode", "page_size", "page_count", "freelist_count",
                                           "user_version", "schema_version", "encoding", "foreign_keys",
                                           "synchronous", "query_only", "compile_options"};
    for (const char *allowed : introspection) {
        if (qstricmp(name, allowed) == 0)
            return true;
    }
    // A settings pragma with an argument would change the setting.
    for (const char *allowed : settings) {
        if (qstricmp(name, allowed) == 0)
            return argument == nullptr;
    }
    return false;
}

// SQL functions the console never runs, though they only "read" (docs/storage.md, SqlConsole):
// fts3_tokenizer() returns a tokenizer's C pointer (an address leak, and with two arguments it
// installs one); load_extension() loads native code; readfile()/writefile()/edit()/fsdir are the
// shell's file access, present when an extension or a custom build provides them; fts5() hands out
// the FTS5 API pointer.
bool isDeniedFunction(const char *name)
{
    static const char *const denied[] = {"fts3_tokenizer", "load_extension", "readfile", "writefile",
                                         "edit", "fsdir", "fts5", "sqlite_dbpage", "zipfile"};
    for (const char *d : denied) {
        if (qstricmp(name, d) == 0)
            return true;
    }
    return false;
}

// What the authorizer last refused on this thread, for the error message (the console's connections
// are per thread, and prepare and the authorizer run on the caller's thread).
thread_local QByteArray t_deniedWhat;

int deny(const QByteArray &what)
{
    t_deniedWhat = what;
    return SQLITE_DENY;
}

int authorizer(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    switch (action) {
    case SQLITE_ATTACH:
        return deny("ATTACH");
    case SQLITE_DETACH:
        return deny("DETACH");
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return deny("transactions");
    case SQLITE_PRAGMA:
        return isReadOnlyPragma(arg1, arg2) ? SQLITE_OK : deny("PRAGMA " + QByteArray(arg1) + (arg2 ? " with a value" : ""));
    case SQLITE_FUNCTION:
        // arg2 is the function's name (arg1 is unused for this action).
        return arg2 && isDeniedFunction(arg2) ? deny("the function " + QByteArray(arg2) + "()") : SQLITE_OK;
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        return deny("virtual tables");
    default:
        // Reads pass; writes are left to SQLite's read-only connection, which refuses them.
        return SQLITE_OK;
    }
}

struct ProgressContext
{
    QElapsedTimer timer;
    qint64 limitMs = 0;
    bool timedOut = false;
};

int onProgress(void *context)
{
    auto *progress = static_cast<ProgressContext *>(context);
    if (progress->timer.elapsed() <= progress->limitMs)
        return 0;
    progress->timedOut = true;
    return 1; // non-zero: SQLite interrupts the statement
}

// Ensures `sql` is exactly one statement, using SQLite's own parser rather than splitting on ';'
// (which breaks on string literals and comments). Returns that statement without what follows it
// (trailing comments), because Qt's driver refuses any non-blank tail.
Result<QString> singleStatement(sqlite3 *handle, const QByteArray &sql)
{
    const char *tail = nullptr;
    sqlite3_stmt *statement = nullptr;
    t_deniedWhat.clear();
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, &tail);
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        // A denied function fails with SQLITE_ERROR ("not authorized to use function"), the other
        // denials with SQLITE_AUTH: what the authorizer refused is the better message either way.
        if (!t_deniedWhat.isEmpty())
            return Error{Error::Code::ReadOnly, u"refused: the SQL console is read-only and does not allow %1"_s.arg(
                                                    QString::fromUtf8(t_deniedWhat))};
        if (rc == SQLITE_AUTH)
            return Error{Error::Code::ReadOnly,
                         u"refused: the SQL console is read-only (ATTACH, DETACH, transactions, "
                         "setting-changing PRAGMAs and some functions are not allowed): %1"_s.arg(message)};
        return Error::invalid(u"SQL error: %1"_s.arg(message));
    }
    if (!statement)
        return Error::invalid(u"the query is empty"_s);
    const char *end = sql.constData() + sql.size();
    const QString first = QString::fromUtf8(sql.constData(), tail ? tail - sql.constData() : sql.size());
    while (tail && tail < end) {
        statement = nullptr;
        const char *next = nullptr;
        rc = sqlite3_prepare_v2(handle, tail, int(end - tail), &statement, &next);
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK || statement)
            return Error::invalid(u"only one SQL statement can be run at a time"_s);
        if (next == tail)
            break;
        tail = next; // whitespace or comments only so far
    }
    return first;
}

} // namespace

SqlConsole::SqlConsole(Database &database)
    : m_database(database)
{
    static std::atomic_int instances = 0;
    const QString path = database.filePath();
    m_connections = std::make_unique<ThreadConnections>(
        u"moltdesk-console%1"_s.arg(++instances), [path](QSqlDatabase &db) -> Result<void> {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::BusyTimeoutMs));
            if (!db.open())
                return Error::io(u"cannot open %1 read-only: %2"_s.arg(path, db.lastError().text()));
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA query_only=1"_s))
                return Storage::sqlError(u"cannot make the console connection query-only"_s, query.lastError());
            sqlite3 *handle = nativeHandle(db);
            if (!handle)
                return Error{Error::Code::Database, u"the Qt SQLite driver exposes no native handle"_s};
            sqlite3_set_authorizer(handle, &authorizer, nullptr);
            return {};
        });
}

SqlConsole::~SqlConsole() = default;

Result<QSqlDatabase> SqlConsole::connection()
{
    if (!m_database.isOpen())
        return Error::invalid(u"the database is not open"_s);
    return m_connections->connection();
}

Result<SqlConsoleResult> SqlConsole::query(const QString &sql, int rowCap, int timeLimitMs)
{
    if (rowCap <= 0 || rowCap > MaxRowCap)
        return Error::invalid(u"row cap must be between 1 and %1"_s.arg(MaxRowCap));
    if (timeLimitMs <= 0 || timeLimitMs > MaxTimeLimitMs)
        return Error::invalid(u"time limit must be between 1 and %1 ms"_s.arg(MaxTimeLimitMs));
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    sqlite3 *handle = nativeHandle(db.value());
    if (!handle)
        return Error{Error::Code::Database, u"the Qt SQLite driver exposes no native handle"_s};
    const Result<QString> statement = singleStatement(handle, sql.toUtf8());
    if (!statement)
        return statement.error();

    ProgressContext progress;
    progress.limitMs = timeLimitMs;
    progress.timer.start();
    // Every 1000 virtual machine instructions: cheap, yet well under a millisecond apart.
    sqlite3_progress_handler(handle, 1000, &onProgress, &progress);
    const auto clearHandler = qScopeGuard([handle] { sqlite3_progress_handler(handle, 0, nullptr, nullptr); });

    SqlConsoleResult result;
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    const auto failure = [&]() -> Error {
        if (progress.timedOut)
            return Error{Error::Code::Timeout, u"query stopped: it ran longer than the time limit of %1 ms"_s.arg(timeLimitMs)};
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_READONLY || code == SQLITE_AUTH)
            return Error{Error::Code::ReadOnly, u"refused: the SQL console is read-only (%1)"_s.arg(query.lastError().databaseText())};
        return Error::invalid(u"SQL error: %1"_s.arg(query.lastError().databaseText()));
    };
    if (!query.prepare(statement.value()) || !query.exec())
        return failure();
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        result.columns.append(record.fieldName(i));
    while (query.next()) {
        if (result.rows.size() == rowCap) {
            result.truncated = true;
            break;
        }
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row.append(query.value(i));
        result.rows.append(row);
    }
    if (query.lastError().isValid())
        return failure(); // e.g. interrupted while stepping through rows
    query.finish();
    result.elapsedMs = progress.timer.elapsed();
    return result;
}

Result<QList<SqlTableInfo>> SqlConsole::tables()
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    QSqlQuery names(db.value());
    if (!names.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                    " ORDER BY name"_s))
        return Storage::sqlError(u"cannot list tables"_s, names.lastError());
    QList<SqlTableInfo> tables;
    while (names.next())
        tables.append({names.value(0).toString(), {}});
    names.finish();
    for (SqlTableInfo &table : tables) {
        QSqlQuery columns(db.value());
        columns.prepare(u"SELECT name, type, \"notnull\", pk FROM pragma_table_info(:table) ORDER BY cid"_s);
        columns.bindValue(u":table"_s, table.name);
        if (!columns.exec())
            return Storage::sqlError(u"cannot read the columns of %1"_s.arg(table.name), columns.lastError());
        while (columns.next())
            table.columns.append({columns.value(0).toString(), columns.value(1).toString(),
                                  columns.value(2).toBool(), columns.value(3).toInt() > 0});
    }
    return tables;
}

} // namespace Moltdesk::Storage
