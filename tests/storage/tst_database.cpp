#include "storage/database.h"
#include "storage/storagemigration.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Storage;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool tableExists(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

// A test-only schema history: v1 stores notes as one "title|body" string; v2 splits them into
// columns. This is the shape of a real data-transforming migration.
Migration notesV1()
{
    return Migration::fromSql(u"notes as one string"_s,
                              {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, raw TEXT NOT NULL)"_s});
}

Migration notesV2()
{
    return Migration::fromSql(u"split notes into title and body"_s, {
        u"CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)"_s,
        u"INSERT INTO notes_new (id, title, body) SELECT id,"
        " CASE WHEN instr(raw, '|') > 0 THEN substr(raw, 1, instr(raw, '|') - 1) ELSE raw END,"
        " CASE WHEN instr(raw, '|') > 0 THEN substr(raw, instr(raw, '|') + 1) ELSE '' END"
        " FROM notes"_s,
        u"DROP TABLE notes"_s,
        u"ALTER TABLE notes_new RENAME TO notes"_s,
    });
}

Migration failingV3()
{
    // Creates a table, then fails: the table must not survive the rollback.
    return Migration::fromSql(u"broken step"_s, {u"CREATE TABLE half_done (x INTEGER)"_s,
                                                 u"INSERT INTO no_such_table VALUES (1)"_s});
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseReachesLatestVersion()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"data"_s), {Moltdesk::Storage::storageMigration()});
        const Result<void> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        QVERIFY(db.latestVersion() >= 1);
        QVERIFY(QFile::exists(dir.filePath(u"data/moltdesk.db"_s)));
        const QSqlDatabase c = db.connection().value();
        for (const QString &table : {u"kv"_s, u"kv_namespaces"_s, u"objects"_s})
            QVERIFY2(tableExists(c, table), qPrintable(table));
    }

    void pragmasAreSet()
    {
        QTemporaryDir dir;
        Database db(dir.path(), {Moltdesk::Storage::storageMigration()});
        QVERIFY(db.open().ok());
        const QSqlDatabase c = db.connection().value();
        QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(c, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(c, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(c, u"PRAGMA busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
    }

    void reopeningKeepsVersionAndData()
    {
        QTemporaryDir dir;
        {
            Database db(dir.path(), {notesV1()});
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection().value());
            QVERIFY(q.exec(u"INSERT INTO notes (raw) VALUES ('kept')"_s));
        }
        Database db(dir.path(), {notesV1()});
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion().value(), 1);
        QCOMPARE(scalar(db.connection().value(), u"SELECT raw FROM notes"_s).toString(), u"kept"_s);
    }

    void secondMigrationTransformsOldRows()
    {
        QTemporaryDir dir;
        {
            Database v1(dir.path(), {notesV1()});
            QVERIFY(v1.open().ok());
            QSqlQuery q(v1.connection().value());
            q.prepare(u"INSERT INTO notes (id, raw) VALUES (?, ?)"_s);
            const QList<std::pair<int, QString>> old = {{1, u"Groceries|milk, eggs"_s},
                                                        {2, u"no separator"_s},
                                                        {3, u"a|b|c"_s}};
            for (const auto &[id, raw] : old) {
                q.addBindValue(id);
                q.addBindValue(raw);
                QVERIFY(q.exec());
            }
        }
        Database v2(dir.path(), {notesV1(), notesV2()});
        QVERIFY(v2.open().ok());
        QCOMPARE(v2.schemaVersion().value(), 2);
        QSqlQuery q(v2.connection().value());
        QVERIFY(q.exec(u"SELECT id, title, body FROM notes ORDER BY id"_s));
        const QList<QStringList> expected = {{u"1"_s, u"Groceries"_s, u"milk, eggs"_s},
                                             {u"2"_s, u"no separator"_s, QString()},
                                             {u"3"_s, u"a"_s, u"b|c"_s}};
        QList<QStringList> actual;
        while (q.next())
            actual.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        QCOMPARE(actual, expected);
    }

    void failingMigrationRollsBack()
    {
        QTemporaryDir dir;
        {
            Database v1(dir.path(), {notesV1()});
            QVERIFY(v1.open().ok());
            QSqlQuery q(v1.connection().value());
            QVERIFY(q.exec(u"INSERT INTO notes (raw) VALUES ('t|b')"_s));
        }
        Database broken(dir.path(), {notesV1(), notesV2(), failingV3()});
        const Result<void> opened = broken.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"migration 3 (broken step) failed"_s),
                 qPrintable(opened.error().message));
        QVERIFY(!broken.isOpen());
        QVERIFY(!broken.connection().ok()); // refuses to serve a half-migrated schema
        // Migration 2 committed on its own; migration 3 left nothing behind.
        QCOMPARE(broken.schemaVersion().value(), 2);
        Database check(dir.path(), {notesV1(), notesV2()});
        QVERIFY(check.open().ok());
        QVERIFY(!tableExists(check.connection().value(), u"half_done"_s));
        QCOMPARE(scalar(check.connection().value(), u"SELECT title FROM notes"_s).toString(), u"t"_s);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        {
            Database v2(dir.path(), {notesV1(), notesV2()});
            QVERIFY(v2.open().ok());
        }
        Database v1(dir.path(), {notesV1()});
        const Result<void> opened = v1.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"newer than this build"_s), qPrintable(opened.error().message));
    }

    void unusableDataDirIsAClearError()
    {
        QTemporaryDir dir;
        // A data dir below a regular file can never be created, even when running as root.
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Database db(dir.filePath(u"file/data"_s), {Moltdesk::Storage::storageMigration()});
        const Result<void> opened = db.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Io);
        QVERIFY2(opened.error().message.contains(u"cannot create data directory"_s), qPrintable(opened.error().message));
    }

    void corruptFileIsAClearError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"moltdesk.db"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Database db(dir.path(), {Moltdesk::Storage::storageMigration()});
        const Result<void> opened = db.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY2(opened.error().message.contains(u"is not a valid SQLite database"_s), qPrintable(opened.error().message));
        QCOMPARE(file.size(), 8192); // nothing was overwritten
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        Database db(dir.path(), {notesV1()});
        QVERIFY(db.open().ok());
        const QString mainName = db.connection().value().connectionName();

        QString workerName;
        bool workerOk = false;
        QThread *worker = QThread::create([&] {
            Result<QSqlDatabase> c = db.connection();
            if (!c)
                return;
            workerName = c->connectionName();
            QSqlQuery q(c.value());
            workerOk = q.exec(u"INSERT INTO notes (raw) VALUES ('from worker')"_s);
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;

        QVERIFY(workerOk);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        // The worker's row is visible through the main thread's connection...
        QCOMPARE(scalar(db.connection().value(), u"SELECT raw FROM notes"_s).toString(), u"from worker"_s);
        // ...and its connection went away with the thread.
        QTRY_COMPARE(db.connectionNames(), QStringList{mainName});
        QVERIFY(!QSqlDatabase::contains(workerName));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
