// The queue migration: applies on a fresh database and on one at the schema version before it
// with existing KV/object rows, which survive untouched.
#include "core/schemamigrations.h"
#include "queue/jobqueue.h"
#include "queue/queuemigration.h"
#include "storage/database.h"
#include "storage/kvstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {

bool tableExists(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

// The production history up to (not including) the queue migration, wherever the lead puts it.
QList<Storage::Migration> migrationsBeforeQueue()
{
    QList<Storage::Migration> before;
    const QString mine = Queue::queueMigration().description;
    for (const Storage::Migration &migration : Core::SchemaMigrations::all()) {
        if (migration.description == mine)
            return before;
        before.append(migration);
    }
    return {};
}

} // namespace

class TestQueueMigration : public QObject
{
    Q_OBJECT

private slots:
    void isInTheProductionHistory()
    {
        QVERIFY(!migrationsBeforeQueue().isEmpty());
    }

    void freshDatabase()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        const QSqlDatabase c = db.connection().value();
        QVERIFY(tableExists(c, u"queue_jobs"_s));
        QVERIFY(tableExists(c, u"queue_seen"_s));
        QSqlQuery bad(c);
        QVERIFY(!bad.exec(u"INSERT INTO queue_jobs (queue, payload, state, max_attempts, next_run, created, updated)"
                          " VALUES ('q', '{}', 'sleeping', 1, 0, 0, 0)"_s)); // CHECK on state
    }

    void upgradeKeepsExistingRows()
    {
        QTemporaryDir dir;
        const QList<Storage::Migration> before = migrationsBeforeQueue();
        {
            Storage::Database old(dir.path(), before);
            QVERIFY(old.open().ok());
            QCOMPARE(old.schemaVersion().value(), int(before.size()));
            QVERIFY(!tableExists(old.connection().value(), u"queue_jobs"_s));
            Storage::KvStore kv(old);
            QVERIFY(kv.putText(u"MOLTBOT_KV"_s, u"greeting"_s, u"hello"_s).ok());
        }
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        const Storage::Result<void> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        Storage::KvStore kv(db);
        QCOMPARE(kv.get(u"MOLTBOT_KV"_s, u"greeting"_s).value()->data, "hello"_ba);

        Queue::JobQueue queue(db);
        QCOMPARE(queue.open().value(), 0);
        QVERIFY(queue.enqueue(u"inbound"_s, {{u"ok"_s, true}}).ok());
        QCOMPARE(queue.claim(u"inbound"_s, 1).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueueMigration)
#include "tst_queuemigration.moc"
