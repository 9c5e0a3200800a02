#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/sqlconsole.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Storage;

class TestSqlConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlConsole> m_console;

    int rowCount()
    {
        QSqlQuery q(m_db->connection().value());
        return q.exec(u"SELECT count(*) FROM notes"_s) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        QSqlDatabase c = m_db->connection().value();
        QSqlQuery q(c);
        QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s));
        QVERIFY(c.transaction());
        q.prepare(u"INSERT INTO notes (body) VALUES (?)"_s);
        for (int i = 0; i < 50; ++i) {
            q.addBindValue(u"note %1"_s.arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(c.commit());
        m_console = std::make_unique<SqlConsole>(*m_db);
    }

    void cleanupTestCase()
    {
        m_console.reset();
        m_db.reset();
    }

    void selectWithRowCap_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("cap below") << 10 << 10 << true;
        QTest::newRow("cap exact") << 50 << 50 << false;
        QTest::newRow("cap above") << 1000 << 50 << false;
    }

    void selectWithRowCap()
    {
        QFETCH(int, cap);
        QFETCH(int, rows);
        QFETCH(bool, truncated);
        const auto r = m_console->query(u"SELECT id, body AS text FROM notes ORDER BY id"_s, cap);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->columns, (QStringList{u"id"_s, u"text"_s}));
        QCOMPARE(r->rows.size(), rows);
        QCOMPARE(r->truncated, truncated);
        QCOMPARE(r->rows.first(), (QVariantList{1, u"note 0"_s}));
        QVERIFY(r->elapsedMs >= 0);
    }

    void readsAreAllowed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("semicolon in a literal") << u"SELECT 'a;b'"_s;
        QTest::newRow("trailing semicolon and comment") << u"SELECT 1; -- done"_s;
        QTest::newRow("introspection pragma") << u"PRAGMA table_info(notes)"_s;
        QTest::newRow("setting read") << u"PRAGMA journal_mode"_s;
        QTest::newRow("kv table") << u"SELECT count(*) FROM kv"_s;
    }

    void readsAreAllowed()
    {
        QFETCH(QString, sql);
        const auto r = m_console->query(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(!r->rows.isEmpty());
    }

    void writesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert") << u"INSERT INTO notes (body) VALUES ('x')"_s;
        QTest::newRow("update") << u"UPDATE notes SET body = 'x'"_s;
        QTest::newRow("delete") << u"DELETE FROM notes"_s;
        QTest::newRow("drop") << u"DROP TABLE notes"_s;
        QTest::newRow("create") << u"CREATE TABLE evil (x)"_s;
        QTest::newRow("create temp") << u"CREATE TEMP TABLE evil (x)"_s;
        QTest::newRow("insert ... returning") << u"INSERT INTO notes (body) VALUES ('x') RETURNING id"_s;
        QTest::newRow("attach") << u"ATTACH DATABASE ':memory:' AS scratch"_s;
        QTest::newRow("pragma write") << u"PRAGMA query_only=0"_s;
        QTest::newRow("pragma journal") << u"PRAGMA journal_mode=DELETE"_s;
        QTest::newRow("begin") << u"BEGIN"_s;
        QTest::newRow("vacuum") << u"VACUUM"_s;
    }

    void writesAreRefused()
    {
        QFETCH(QString, sql);
        const auto r = m_console->query(sql);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ReadOnly);
        QVERIFY2(r.error().message.contains(u"read-only"_s), qPrintable(r.error().message));
        QCOMPARE(rowCount(), 50);
        // The connection is still query-only and usable afterwards.
        QCOMPARE(m_console->query(u"PRAGMA query_only"_s)->rows.at(0).at(0).toInt(), 1);
    }

    // The attack: a panel user (or a script driving sqlconsole over the protocol) uses "read-only"
    // functions and pragmas to leak a C pointer, load native code or change the database.
    void dangerousFunctionsAndPragmasAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("fts3_tokenizer pointer leak") << u"SELECT hex(fts3_tokenizer('simple'))"_s << u"fts3_tokenizer"_s;
        QTest::newRow("fts3_tokenizer in a subquery")
            << u"SELECT * FROM notes WHERE body = (SELECT FTS3_TOKENIZER('porter'))"_s << u"fts3_tokenizer"_s;
        QTest::newRow("fts3_tokenizer install") << u"SELECT fts3_tokenizer('evil', x'0000000000000000')"_s
                                                << u"fts3_tokenizer"_s;
        QTest::newRow("load_extension") << u"SELECT load_extension('/tmp/evil.so')"_s << u"load_extension"_s;
        QTest::newRow("pragma writable_schema") << u"PRAGMA writable_schema=1"_s << u"writable_schema"_s;
        QTest::newRow("pragma wal_checkpoint") << u"PRAGMA wal_checkpoint(TRUNCATE)"_s << u"wal_checkpoint"_s;
        QTest::newRow("pragma optimize") << u"PRAGMA optimize"_s << u"optimize"_s;
        QTest::newRow("pragma incremental_vacuum") << u"PRAGMA incremental_vacuum"_s << u"incremental_vacuum"_s;
        QTest::newRow("pragma trusted_schema") << u"PRAGMA trusted_schema=1"_s << u"trusted_schema"_s;
        QTest::newRow("attach a file") << u"ATTACH DATABASE '/tmp/moltdesk-evil.db' AS x"_s << u"ATTACH"_s;
        QTest::newRow("savepoint") << u"SAVEPOINT s"_s << u"transactions"_s;
    }

    void dangerousFunctionsAndPragmasAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        const auto r = m_console->query(sql);
        QVERIFY2(!r.ok(), qPrintable(sql));
        QVERIFY2(r.error().code == Error::Code::ReadOnly, qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(named, Qt::CaseInsensitive), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(u"/tmp/moltdesk-evil.db"_s));
        QCOMPARE(rowCount(), 50);
        QCOMPARE(m_console->query(u"PRAGMA query_only"_s)->rows.at(0).at(0).toInt(), 1);
    }

    // Table-valued pragma functions cannot change a setting either, and shell-only file functions
    // do not exist on this connection.
    void noSideDoorsToWritesOrFiles_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("pragma_user_version(5)") << u"SELECT * FROM pragma_user_version(5)"_s;
        QTest::newRow("pragma_journal_mode('DELETE')") << u"SELECT * FROM pragma_journal_mode('DELETE')"_s;
        QTest::newRow("readfile") << u"SELECT readfile('/etc/passwd')"_s;
        QTest::newRow("writefile") << u"SELECT writefile('/tmp/moltdesk-evil.db', 'x')"_s;
    }

    void noSideDoorsToWritesOrFiles()
    {
        QFETCH(QString, sql);
        QCOMPARE(m_console->query(u"PRAGMA journal_mode"_s)->rows.at(0).at(0).toString(), u"wal"_s);
        const auto r = m_console->query(sql);
        QVERIFY2(!r.ok(), qPrintable(sql));
        QVERIFY(!QFile::exists(u"/tmp/moltdesk-evil.db"_s));
        QCOMPARE(m_console->query(u"PRAGMA journal_mode"_s)->rows.at(0).at(0).toString(), u"wal"_s);
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QVERIFY(q.value(0).toInt() != 5);
    }

    void oneStatementOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("two selects") << u"SELECT 1; SELECT 2"_s;
        QTest::newRow("select then drop") << u"SELECT 1; DROP TABLE notes"_s;
        QTest::newRow("after a comment") << u"SELECT 1; /* c */ SELECT 2;"_s;
    }

    void oneStatementOnly()
    {
        QFETCH(QString, sql);
        const auto r = m_console->query(sql);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"only one SQL statement"_s), qPrintable(r.error().message));
        QCOMPARE(rowCount(), 50);
    }

    void badInputIsAClearError()
    {
        QVERIFY(m_console->query(u"   "_s).error().message.contains(u"empty"_s));
        QVERIFY(m_console->query(u"SELEC 1"_s).error().message.contains(u"syntax error"_s));
        QVERIFY(m_console->query(u"SELECT * FROM missing"_s).error().message.contains(u"no such table"_s));
        QVERIFY(!m_console->query(u"SELECT 1"_s, 0).ok());
        QVERIFY(!m_console->query(u"SELECT 1"_s, 10, 0).ok());
    }

    void runawayQueryIsStopped()
    {
        QElapsedTimer timer;
        timer.start();
        const auto r = m_console->query(
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"_s, 10, 200);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Timeout);
        QVERIFY2(r.error().message.contains(u"time limit of 200 ms"_s), qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < 30000); // it stopped at all (an infinite query never returns)
        // The handler is removed afterwards: a normal query runs to completion.
        QVERIFY(m_console->query(u"SELECT count(*) FROM notes"_s).ok());
    }

    void infiniteRowsHitTheRowCap()
    {
        const auto r = m_console->query(
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"_s, 25, 5000);
        QVERIFY(r.ok());
        QCOMPARE(r->rows.size(), 25);
        QVERIFY(r->truncated);
    }

    void seesCommittedWrites()
    {
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(u"INSERT INTO notes (body) VALUES ('fresh')"_s));
        const auto r = m_console->query(u"SELECT count(*) FROM notes"_s);
        QCOMPARE(r->rows.at(0).at(0).toInt(), 51);
        QVERIFY(q.exec(u"DELETE FROM notes WHERE body = 'fresh'"_s));
    }

    void listsTables()
    {
        const auto r = m_console->tables();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QStringList names;
        for (const SqlTableInfo &t : r.value())
            names.append(t.name);
        for (const QString &expected : {u"kv"_s, u"kv_namespaces"_s, u"notes"_s, u"objects"_s, u"schema_version"_s})
            QVERIFY2(names.contains(expected), qPrintable(names.join(u',')));
        const SqlTableInfo notes = r.value().at(names.indexOf(u"notes"_s));
        QCOMPARE(notes.columns.size(), 2);
        QCOMPARE(notes.columns.at(0).name, u"id"_s);
        QVERIFY(notes.columns.at(0).primaryKey);
        QCOMPARE(notes.columns.at(1).type, u"TEXT"_s);
        QVERIFY(notes.columns.at(1).notNull);
    }
};

QTEST_GUILESS_MAIN(TestSqlConsole)
#include "tst_sqlconsole.moc"
