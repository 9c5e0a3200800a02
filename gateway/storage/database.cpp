#include "storage/database.h"

#include "base/logging.h"
#include "storage/threadconnections.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

namespace {

constexpr int SqliteNotADb = 26; // SQLITE_NOTADB, https://www.sqlite.org/rescode.html#notadb
constexpr int SqliteCorrupt = 11; // SQLITE_CORRUPT

// Distinguishes the connection names of several Database objects in one process.
std::atomic_int s_instanceCounter = 0;

bool isCorruption(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == SqliteNotADb || (code & 0xff) == SqliteCorrupt;
}

Result<QVariant> pragma(QSqlDatabase &db, const QString &statement, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (isCorruption(query.lastError()))
            return Error{Error::Code::Corrupt,
                         u"%1 is not a valid SQLite database (%2); move it aside or restore a backup"_s
                             .arg(QDir::toNativeSeparators(path), query.lastError().databaseText())};
        return Storage::sqlError(u"%1 on %2"_s.arg(statement, path), query.lastError());
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

Database::Database(const QString &dataDir, QList<Migration> migrations, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_migrations(std::move(migrations))
    , m_connections(new ThreadConnections(u"moltdesk-db%1"_s.arg(++s_instanceCounter),
                                          [this](QSqlDatabase &db) { return configure(db); }, this))
{
}

Database::~Database() = default;

QString Database::filePath() const
{
    return QDir(m_dataDir).filePath(u"moltdesk.db"_s);
}

Result<void> Database::configure(QSqlDatabase &db) const
{
    const QString path = filePath();
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open())
        return Error::io(u"cannot open database %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                                              db.lastError().text()));
    // The first statement reads the header, so a corrupt file is reported here.
    const Result<QVariant> mode = pragma(db, u"PRAGMA journal_mode=WAL"_s, path);
    if (!mode)
        return mode.error();
    if (mode.value().toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error::io(u"cannot switch %1 to WAL mode (got '%2')"_s.arg(path, mode.value().toString()));
    for (const QString &statement : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
                                     u"PRAGMA busy_timeout=%1"_s.arg(BusyTimeoutMs)}) {
        if (const Result<QVariant> r = pragma(db, statement, path); !r)
            return r.error();
    }
    return {};
}

Result<void> Database::open()
{
    if (m_open)
        return {};
    const QFileInfo dir(m_dataDir);
    if (!QDir().mkpath(m_dataDir) || !dir.isDir())
        return Error::io(u"cannot create data directory %1"_s.arg(QDir::toNativeSeparators(m_dataDir)));
    if (!dir.isWritable())
        return Error::io(u"data directory %1 is not writable"_s.arg(QDir::toNativeSeparators(m_dataDir)));
    // Created owner-only before SQLite sees it: SQLite gives the -wal and -shm files the mode of the
    // database file (docs/storage.md "File modes").
    const QByteArray native = QFile::encodeName(filePath());
    if (const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
        fd >= 0)
        ::close(fd);

    Result<QSqlDatabase> db = m_connections->connection();
    if (!db)
        return db.error();
    if (Result<void> r = migrate(db.value()); !r)
        return r;
    m_open = true;
    return {};
}

Result<QSqlDatabase> Database::connection()
{
    if (!m_open)
        return Error::invalid(u"the database is not open (call Database::open() first)"_s);
    return m_connections->connection();
}

QStringList Database::connectionNames() const
{
    return m_connections->connectionNames();
}

Result<int> Database::schemaVersion()
{
    Result<QSqlDatabase> db = m_connections->connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (!query.exec(u"SELECT version FROM schema_version WHERE id = 1"_s) || !query.next())
        return Storage::sqlError(u"cannot read the schema version"_s, query.lastError());
    return query.value(0).toInt();
}

Result<void> Database::migrate(QSqlDatabase &db)
{
    {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        QSqlQuery query(db);
        // One row, pinned by the CHECK, so "the version" is never ambiguous.
        if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                        " id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"_s)
            || !query.exec(u"INSERT OR IGNORE INTO schema_version (id, version) VALUES (1, 0)"_s))
            return Storage::sqlError(u"cannot create the schema_version table"_s, query.lastError());
        if (Result<void> r = tx.commit(); !r)
            return r;
    }
    const Result<int> current = schemaVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error{Error::Code::Database,
                     u"database %1 has schema version %2, newer than this build supports (%3); "
                     "use a newer Moltdesk"_s.arg(filePath()).arg(current.value()).arg(latestVersion())};
    for (int version = current.value() + 1; version <= latestVersion(); ++version) {
        if (Result<void> r = applyMigration(db, version); !r)
            return r;
    }
    return {};
}

Result<void> Database::applyMigration(QSqlDatabase &db, int version)
{
    const Migration &migration = m_migrations.at(version - 1);
    const auto fail = [&](const QString &why) {
        return Error{Error::Code::Database, u"migration %1 (%2) failed, schema left at version %3: %4"_s
                                                .arg(version).arg(migration.description).arg(version - 1).arg(why)};
    };
    Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error().message);
    // Re-read under the write lock: another process may have migrated meanwhile.
    QSqlQuery query(db);
    if (!query.exec(u"SELECT version FROM schema_version WHERE id = 1"_s) || !query.next())
        return fail(query.lastError().text());
    const int found = query.value(0).toInt();
    query.finish();
    if (found >= version)
        return {};
    if (found != version - 1)
        return fail(u"expected version %1, found %2"_s.arg(version - 1).arg(found));

    if (!migration.apply)
        return fail(u"migration has no step"_s);
    if (Result<void> r = migration.apply(db); !r)
        return fail(r.error().message); // tx rolls back every change of this step
    query.prepare(u"UPDATE schema_version SET version = :version WHERE id = 1"_s);
    query.bindValue(u":version"_s, version);
    if (!query.exec())
        return fail(query.lastError().text());
    query.finish();
    if (Result<void> r = tx.commit(); !r)
        return fail(r.error().message);
    qCInfo(lcStorage) << "applied migration" << version << migration.description;
    return {};
}

} // namespace Moltdesk::Storage
