// Storage::Sql: exec / one / affected with positional and named binds, on a Database and on a
// transaction's connection, and the errors: each names the statement's purpose and carries the
// driver's reason.

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Storage;

namespace {

Migration notes()
{
    return Migration::fromSql(u"notes"_s, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
                                           " body BLOB, stars INTEGER)"_s});
}

} // namespace

class TestSqlStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(u"data-%1"_s.arg(QLatin1StringView(QTest::currentTestFunction()))),
                                          QList<Migration>{notes()});
        const Result<void> opened = m_db->open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    }

    void cleanup() { m_db.reset(); }

    void positionalAndNamedBinds()
    {
        const Result<int> first = Sql::affected(*m_db, u"cannot add note"_s,
                                                u"INSERT INTO notes (id, title, body, stars) VALUES (?, ?, ?, ?)"_s,
                                                {1, u"one"_s, QByteArray("\x01\x02"), QVariant()});
        QVERIFY(first.ok());
        QCOMPARE(first.value(), 1);
        const qint64 id = 2;
        QVERIFY(Sql::exec(*m_db, u"cannot add note"_s,
                          u"INSERT INTO notes (id, title, stars) VALUES (:id, :title, :stars)"_s,
                          {{u":title"_s, u"two"_s}, {u":id"_s, id}, {u":stars"_s, 5}})
                    .ok());

        const auto one = Sql::one(*m_db, u"cannot read note"_s, u"SELECT title, body, stars FROM notes WHERE id = ?"_s, {1});
        QVERIFY(one.ok());
        QVERIFY(one.value().has_value());
        QCOMPARE(one.value()->value(0).toString(), u"one"_s);
        QCOMPARE(one.value()->value(u"body"_s).toByteArray(), QByteArray("\x01\x02"));
        QVERIFY(one.value()->value(2).isNull());

        const auto two = Sql::one(*m_db, u"cannot read note"_s, u"SELECT stars FROM notes WHERE id = :id"_s,
                                  {{u":id"_s, 2}});
        QCOMPARE(two.value()->value(0).toInt(), 5);
    }

    void oneWithoutRowsIsNone()
    {
        const auto none = Sql::one(*m_db, u"cannot read note"_s, u"SELECT title FROM notes WHERE id = ?"_s, {42});
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());
    }

    void execIteratesRows()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(Sql::exec(*m_db, u"cannot add note"_s, u"INSERT INTO notes (id, title) VALUES (?, ?)"_s,
                              {i, u"n%1"_s.arg(i)})
                        .ok());
        Result<QSqlQuery> rows = Sql::exec(*m_db, u"cannot list notes"_s, u"SELECT title FROM notes ORDER BY id"_s);
        QVERIFY(rows.ok());
        QStringList titles;
        while (rows->next())
            titles << rows->value(0).toString();
        QCOMPARE(titles, (QStringList{u"n1"_s, u"n2"_s, u"n3"_s}));
    }

    void affectedCountsChangedRows()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(Sql::exec(*m_db, u"cannot add note"_s, u"INSERT INTO notes (id, title) VALUES (?, 'x')"_s, {i}).ok());
        QCOMPARE(Sql::affected(*m_db, u"cannot star notes"_s, u"UPDATE notes SET stars = 1 WHERE id >= ?"_s, {2}).value(), 2);
        QCOMPARE(Sql::affected(*m_db, u"cannot remove note"_s, u"DELETE FROM notes WHERE id = ?"_s, {9}).value(), 0);
    }

    void errorsNameThePurpose()
    {
        // A statement SQLite cannot prepare (no such table).
        const Result<QSqlQuery> bad = Sql::exec(*m_db, u"cannot read widgets"_s, u"SELECT * FROM widgets"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Database);
        QVERIFY2(bad.error().message.startsWith(u"cannot read widgets: "_s), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(u"widgets"_s, Qt::CaseInsensitive), qPrintable(bad.error().message));

        // A statement that prepares but fails when run (a constraint).
        const Result<int> refused = Sql::affected(*m_db, u"cannot add note"_s,
                                                  u"INSERT INTO notes (id, title) VALUES (?, ?)"_s, {1, QVariant()});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(u"cannot add note: "_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"NOT NULL"_s), qPrintable(refused.error().message));

        const auto missing = Sql::one(*m_db, u"cannot read note"_s, u"SELECT nope FROM notes"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.startsWith(u"cannot read note: "_s));
    }

    void worksInsideATransaction()
    {
        const QSqlDatabase db = m_db->connection().value();
        {
            Transaction tx(db);
            QVERIFY(tx.begun().ok());
            QVERIFY(Sql::exec(db, u"cannot add note"_s, u"INSERT INTO notes (id, title) VALUES (1, 'kept')"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        {
            Transaction tx(db);
            QVERIFY(tx.begun().ok());
            QVERIFY(Sql::exec(db, u"cannot add note"_s, u"INSERT INTO notes (id, title) VALUES (2, 'rolled back')"_s).ok());
            // no commit: rolled back
        }
        QCOMPARE(Sql::one(db, u"cannot count notes"_s, u"SELECT count(*) FROM notes"_s).value()->value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
