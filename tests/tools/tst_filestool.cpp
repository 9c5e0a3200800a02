#include "agent/toolregistry.h"
#include "agent/tools/filestool.h"
#include "agent/tools/workspacepath.h"
#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Agent;

class TestFilesTool : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::ObjectStore> m_objects;
    std::unique_ptr<FilesTool> m_tool;

    static ToolContext session(const QString &key) { return {key, u"webchat"_s, u"u"_s, {}, {}}; }
    ToolResult call(const QJsonObject &input, const QString &sessionKey = u"webchat:a"_s)
    {
        return m_tool->execute(input, session(sessionKey));
    }
    static QJsonObject json(const ToolResult &r) { return QJsonDocument::fromJson(r.plainText().toUtf8()).object(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_objects = std::make_unique<Storage::ObjectStore>(*m_db);
        QVERIFY(m_objects->open().ok());
        FilesLimits limits;
        limits.maxReadBytes = 1000;
        limits.maxWriteBytes = 5000;
        m_tool = std::make_unique<FilesTool>(*m_objects, ToolWorker(nullptr), limits);
    }

    void cleanup()
    {
        m_tool.reset();
        m_objects.reset();
        m_db.reset();
        m_dir.reset();
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("normalized"); // empty + error: refused
        QTest::addColumn<bool>("refused");
        QTest::newRow("plain") << u"notes/a.txt"_s << u"notes/a.txt"_s << false;
        QTest::newRow("dots and slashes") << u"./notes//./a.txt"_s << u"notes/a.txt"_s << false;
        QTest::newRow("leading slash") << u"/notes/a.txt"_s << u"notes/a.txt"_s << false;
        QTest::newRow("inner dotdot") << u"notes/../b.txt"_s << u"b.txt"_s << false;
        QTest::newRow("backslashes") << u"notes\\a.txt"_s << u"notes/a.txt"_s << false;
        QTest::newRow("root") << u""_s << u""_s << false;
        QTest::newRow("escape") << u"../x"_s << QString() << true;
        QTest::newRow("deep escape") << u"a/../../x"_s << QString() << true;
        QTest::newRow("backslash escape") << u"..\\webchat%3Ab\\x"_s << QString() << true;
        QTest::newRow("absolute escape") << u"/../../etc/passwd"_s << QString() << true;
        QTest::newRow("control char") << u"a\nb"_s << QString() << true;
        QTest::newRow("too long") << QString(600, u'a') << QString() << true;
    }

    void normalize()
    {
        QFETCH(QString, path);
        QFETCH(QString, normalized);
        QFETCH(bool, refused);
        QString error;
        const auto result = WorkspacePath::normalize(path, &error);
        QCOMPARE(!result.has_value(), refused);
        if (result)
            QCOMPARE(*result, normalized);
        else
            QVERIFY(!error.isEmpty());
    }

    void roundTrip()
    {
        ToolResult r = call({{u"action"_s, u"write"_s}, {u"path"_s, u"notes/todo.md"_s}, {u"content"_s, u"- milk\n- tëa"_s}});
        QVERIFY2(!r.isError, qPrintable(r.plainText()));
        QCOMPARE(json(r)[u"bytes"_s].toInt(), 13);
        r = call({{u"action"_s, u"read"_s}, {u"path"_s, u"./notes/../notes/todo.md"_s}});
        QCOMPARE(r.plainText(), u"- milk\n- tëa"_s);
        call({{u"action"_s, u"write"_s}, {u"path"_s, u"b.json"_s}, {u"content"_s, u"{}"_s}});

        const QJsonArray files = json(call({{u"action"_s, u"list"_s}}))[u"files"_s].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)[u"path"_s].toString(), u"b.json"_s);
        QCOMPARE(files.at(0)[u"contentType"_s].toString(), u"application/json; charset=utf-8"_s);
        QCOMPARE(files.at(1)[u"path"_s].toString(), u"notes/todo.md"_s);
        QCOMPARE(json(call({{u"action"_s, u"list"_s}, {u"path"_s, u"notes"_s}}))[u"files"_s].toArray().size(), 1);

        // Stored where the rest of the gateway expects it.
        QVERIFY(m_objects->head(u"workspace/webchat:a/notes/todo.md"_s).value().has_value());

        QVERIFY(!call({{u"action"_s, u"delete"_s}, {u"path"_s, u"notes/todo.md"_s}}).isError);
        r = call({{u"action"_s, u"read"_s}, {u"path"_s, u"notes/todo.md"_s}});
        QVERIFY(r.isError);
        QVERIFY(r.plainText().contains(u"no such file"_s));
        QVERIFY(call({{u"action"_s, u"delete"_s}, {u"path"_s, u"notes/todo.md"_s}}).isError);
    }

    void sessionsAreIsolated()
    {
        call({{u"action"_s, u"write"_s}, {u"path"_s, u"secret.txt"_s}, {u"content"_s, u"mine"_s}});
        const ToolResult other = call({{u"action"_s, u"read"_s}, {u"path"_s, u"secret.txt"_s}}, u"webchat:b"_s);
        QVERIFY(other.isError);
        QVERIFY(json(call({{u"action"_s, u"list"_s}}, u"webchat:b"_s))[u"files"_s].toArray().isEmpty());
        // Traversal toward the other workspace is refused, not clamped.
        const ToolResult escape = call({{u"action"_s, u"read"_s}, {u"path"_s, u"../webchat:a/secret.txt"_s}}, u"webchat:b"_s);
        QVERIFY(escape.isError);
        QVERIFY2(escape.plainText().contains(u"leaves the workspace"_s), qPrintable(escape.plainText()));
        // A session key that is a prefix-with-slash of another does not see into it.
        call({{u"action"_s, u"write"_s}, {u"path"_s, u"x.txt"_s}, {u"content"_s, u"nested"_s}}, u"webchat:a/evil"_s);
        QCOMPARE(json(call({{u"action"_s, u"list"_s}}))[u"files"_s].toArray().size(), 1);
        QVERIFY(call({{u"action"_s, u"read"_s}, {u"path"_s, u"evil/x.txt"_s}}).isError);
    }

    void capsAndBinary()
    {
        ToolResult r = call({{u"action"_s, u"write"_s}, {u"path"_s, u"big.txt"_s}, {u"content"_s, QString(5001, u'x')}});
        QVERIFY(r.isError);
        QVERIFY(r.plainText().contains(u"the limit is 5000 bytes"_s));

        QVERIFY(!call({{u"action"_s, u"write"_s}, {u"path"_s, u"long.txt"_s}, {u"content"_s, QString(3000, u'y')}}).isError);
        r = call({{u"action"_s, u"read"_s}, {u"path"_s, u"long.txt"_s}});
        QVERIFY(!r.isError);
        QVERIFY(r.plainText().startsWith(QString(1000, u'y') + u"\n[cut: first 1000 of 3000 bytes shown]"_s));

        QVERIFY(m_objects->putBytes(u"workspace/webchat:a/pic.png"_s, QByteArray("\x89PNG\0\0\0", 7), u"image/png"_s).ok());
        r = call({{u"action"_s, u"read"_s}, {u"path"_s, u"pic.png"_s}});
        QVERIFY(!r.isError);
        QVERIFY2(r.plainText().contains(u"binary file (image/png, 7 bytes)"_s), qPrintable(r.plainText()));

        r = call({{u"action"_s, u"read"_s}, {u"path"_s, u"/"_s}});
        QVERIFY(r.isError);
        QVERIFY(r.plainText().contains(u"must name a file"_s));
        r = call({{u"action"_s, u"write"_s}, {u"path"_s, u"a.txt"_s}});
        QVERIFY(r.plainText().contains(u"\"content\""_s));
    }

    void throughRegistryOnWorker()
    {
        QThreadPool pool;
        ToolRegistry registry;
        registry.registerTool(std::make_shared<FilesTool>(*m_objects, ToolWorker(&pool)));
        std::optional<QList<ToolResult>> results;
        registry.runAll({{u"1"_s, u"files"_s, {{u"action"_s, u"write"_s}, {u"path"_s, u"w.txt"_s}, {u"content"_s, u"hi"_s}}},
                         {u"2"_s, u"files"_s, {{u"action"_s, u"read"_s}, {u"path"_s, u"../../x"_s}}},
                         {u"3"_s, u"files"_s, {{u"action"_s, u"chmod"_s}}}},
                        session(u"webchat:reg"_s), [&](QList<ToolResult> r) { results = r; });
        QTRY_VERIFY(results.has_value());
        QVERIFY2(!results->at(0).isError, qPrintable(results->at(0).plainText()));
        QVERIFY(results->at(1).plainText().contains(u"leaves the workspace"_s));
        QVERIFY(results->at(2).plainText().contains(u"input.action: must be one of"_s));
        pool.waitForDone();
    }
};

QTEST_GUILESS_MAIN(TestFilesTool)
#include "tst_filestool.moc"
