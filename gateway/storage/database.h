#pragma once

#include "storage/migration.h"
#include "storage/result.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>

namespace Moltdesk::Storage {

class ThreadConnections;

// The D1 equivalent: owns DATA/moltdesk.db.
//
// Threading: every call uses the *calling thread's* own named connection (opened lazily, removed
// when that QThread finishes), so Database and the stores built on it may be used from any thread,
// including a worker doing large object puts or bulk deletes. The Database must outlive every
// thread that uses it. Writers serialise through SQLite's lock (WAL lets readers continue); the
// busy timeout makes a second writer wait rather than fail.
//
// Pragmas (https://www.sqlite.org/pragma.html): journal_mode=WAL (readers never block the writer),
// foreign_keys=ON, busy_timeout, and synchronous=FULL rather than NORMAL: in WAL mode NORMAL may
// lose the last commits on power loss, and the gateway answers a webhook 200 only once the update
// is durably stored, so a commit must have reached the disk when it returns.
class Database : public QObject
{
    Q_OBJECT

public:
    static constexpr int BusyTimeoutMs = 5000;

    // `migrations`: the whole ordered schema history (the gateway passes
    // Core::SchemaMigrations::all(); storage knows no module above it).
    Database(const QString &dataDir, QList<Migration> migrations, QObject *parent = nullptr);
    ~Database() override;

    // Creates the data directory, opens the file and applies pending migrations, each in its own
    // transaction. Clear errors for an unwritable directory, a corrupt file, a failed migration or
    // a schema newer than this build. Call once before anything else.
    Result<void> open();
    bool isOpen() const { return m_open.load(); }

    QString dataDir() const { return m_dataDir; }
    QString filePath() const;

    // The calling thread's connection (opened on first use in that thread).
    Result<QSqlDatabase> connection();

    Result<int> schemaVersion();
    int latestVersion() const { return int(m_migrations.size()); }

    QStringList connectionNames() const;

private:
    Result<void> configure(QSqlDatabase &db) const;
    Result<void> migrate(QSqlDatabase &db);
    Result<void> applyMigration(QSqlDatabase &db, int version);

    QString m_dataDir;
    QList<Migration> m_migrations;
    ThreadConnections *m_connections;
    std::atomic_bool m_open = false;
};

} // namespace Moltdesk::Storage
