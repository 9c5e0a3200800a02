#include "agent/toolregistry.h"
#include "agent/tools/memorytool.h"
#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/kvstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Agent;

class TestMemoryTool : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::KvStore> m_kv;
    std::unique_ptr<MemoryTool> m_tool;

    static ToolContext ctx(const QString &session, const QString &channel, const QString &user)
    {
        return {session, channel, user, {}, {}};
    }
    QJsonObject call(const QJsonObject &input, const ToolContext &context, bool expectError = false)
    {
        const ToolResult r = m_tool->execute(input, context);
        if (r.isError != expectError)
            qWarning() << "unexpected result" << r.plainText();
        return r.isError ? QJsonObject{{u"error"_s, r.plainText()}}
                         : QJsonDocument::fromJson(r.plainText().toUtf8()).object();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_kv = std::make_unique<Storage::KvStore>(*m_db);
        MemoryLimits limits;
        limits.maxValueBytes = 100;
        limits.maxKeysPerScope = 3;
        m_tool = std::make_unique<MemoryTool>(*m_kv, ToolWorker(nullptr), limits);
    }

    void cleanup()
    {
        m_tool.reset();
        m_kv.reset();
        m_db.reset();
        m_dir.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("text") << QJsonValue(u"likes tea"_s);
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, 1}, {u"b"_s, QJsonArray{true, u"x"_s}}});
        QTest::newRow("number") << QJsonValue(42.5);
        QTest::newRow("bool") << QJsonValue(false);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void roundTrip()
    {
        QFETCH(QJsonValue, value);
        const ToolContext c = ctx(u"telegram:dm:1"_s, u"telegram"_s, u"1"_s);
        QVERIFY(call({{u"action"_s, u"put"_s}, {u"key"_s, u"pref"_s}, {u"value"_s, value}}, c)[u"stored"_s].toBool());
        QJsonObject got = call({{u"action"_s, u"get"_s}, {u"key"_s, u"pref"_s}}, c);
        QVERIFY(got[u"found"_s].toBool());
        QCOMPARE(got[u"value"_s], value);
        QCOMPARE(call({{u"action"_s, u"list"_s}}, c)[u"keys"_s].toArray(), (QJsonArray{u"pref"_s}));
        QVERIFY(call({{u"action"_s, u"delete"_s}, {u"key"_s, u"pref"_s}}, c)[u"deleted"_s].toBool());
        QVERIFY(!call({{u"action"_s, u"get"_s}, {u"key"_s, u"pref"_s}}, c)[u"found"_s].toBool());
        QVERIFY(!call({{u"action"_s, u"delete"_s}, {u"key"_s, u"pref"_s}}, c)[u"deleted"_s].toBool());
    }

    void scopesAreIsolated()
    {
        const ToolContext alice = ctx(u"telegram:dm:1"_s, u"telegram"_s, u"1"_s);
        const ToolContext aliceGroup = ctx(u"telegram:group:9"_s, u"telegram"_s, u"1"_s);
        const ToolContext bob = ctx(u"telegram:dm:2"_s, u"telegram"_s, u"2"_s);
        const ToolContext discordOne = ctx(u"discord:dm:1"_s, u"discord"_s, u"1"_s);
        call({{u"action"_s, u"put"_s}, {u"key"_s, u"topic"_s}, {u"value"_s, u"dm only"_s}}, alice);
        call({{u"action"_s, u"put"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"name"_s}, {u"value"_s, u"Alice"_s}}, alice);

        // The conversation scope stays in its conversation, even for the same user.
        QVERIFY(!call({{u"action"_s, u"get"_s}, {u"key"_s, u"topic"_s}}, aliceGroup)[u"found"_s].toBool());
        QVERIFY(!call({{u"action"_s, u"get"_s}, {u"key"_s, u"topic"_s}}, bob)[u"found"_s].toBool());
        QVERIFY(call({{u"action"_s, u"list"_s}}, bob)[u"keys"_s].toArray().isEmpty());
        // The user scope follows the user to another conversation, but not to another user or channel.
        QCOMPARE(call({{u"action"_s, u"get"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"name"_s}}, aliceGroup)[u"value"_s]
                     .toString(), u"Alice"_s);
        QVERIFY(!call({{u"action"_s, u"get"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"name"_s}}, bob)[u"found"_s].toBool());
        QVERIFY(!call({{u"action"_s, u"get"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"name"_s}}, discordOne)[u"found"_s]
                     .toBool());
        // Scopes do not mix either.
        QVERIFY(!call({{u"action"_s, u"get"_s}, {u"key"_s, u"name"_s}}, alice)[u"found"_s].toBool());
        // A session key that extends another one with "/" is not inside it.
        const ToolContext prefixed = ctx(u"telegram:dm:1/x"_s, u"telegram"_s, u"1"_s);
        call({{u"action"_s, u"put"_s}, {u"key"_s, u"k"_s}, {u"value"_s, u"v"_s}}, prefixed);
        QCOMPARE(call({{u"action"_s, u"list"_s}}, alice)[u"keys"_s].toArray(), (QJsonArray{u"topic"_s}));
        // No user: the user scope says so.
        QVERIFY(call({{u"action"_s, u"list"_s}, {u"scope"_s, u"user"_s}}, ctx(u"cron:j1"_s, u"cron"_s, {}), true)[u"error"_s]
                    .toString().contains(u"no single user"_s));
    }

    void badKeysAndCaps_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("traversal") << QJsonObject{{u"action"_s, u"get"_s}, {u"key"_s, u"../telegram%3Adm%3A2/x"_s}}
                                   << u"invalid key"_s;
        QTest::newRow("dotdot segment") << QJsonObject{{u"action"_s, u"get"_s}, {u"key"_s, u"a/../b"_s}} << u"invalid key"_s;
        QTest::newRow("space") << QJsonObject{{u"action"_s, u"get"_s}, {u"key"_s, u"a b"_s}} << u"invalid key"_s;
        QTest::newRow("missing key") << QJsonObject{{u"action"_s, u"get"_s}} << u"\"key\" is required"_s;
        QTest::newRow("missing value") << QJsonObject{{u"action"_s, u"put"_s}, {u"key"_s, u"k"_s}} << u"\"value\" is required"_s;
        QTest::newRow("too large") << QJsonObject{{u"action"_s, u"put"_s}, {u"key"_s, u"k"_s}, {u"value"_s, QString(101, u'x')}}
                                   << u"the limit is 100 bytes"_s;
    }

    void badKeysAndCaps()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, error);
        const QString got = call(input, ctx(u"telegram:dm:1"_s, u"telegram"_s, u"1"_s), true)[u"error"_s].toString();
        QVERIFY2(got.contains(error), qPrintable(got));
    }

    void keyCountCap()
    {
        const ToolContext c = ctx(u"webchat:a"_s, u"webchat"_s, u"a"_s);
        for (const QString &k : {u"k1"_s, u"k2"_s, u"k3"_s})
            QVERIFY(call({{u"action"_s, u"put"_s}, {u"key"_s, k}, {u"value"_s, 1}}, c)[u"stored"_s].toBool());
        QVERIFY(call({{u"action"_s, u"put"_s}, {u"key"_s, u"k4"_s}, {u"value"_s, 1}}, c, true)[u"error"_s].toString()
                    .contains(u"limit"_s));
        // Overwriting an existing key is still allowed at the cap.
        QVERIFY(call({{u"action"_s, u"put"_s}, {u"key"_s, u"k3"_s}, {u"value"_s, 2}}, c)[u"stored"_s].toBool());
    }

    void runsOnWorkerThroughRegistry()
    {
        QThreadPool pool;
        ToolRegistry registry;
        registry.registerTool(std::make_shared<MemoryTool>(*m_kv, ToolWorker(&pool)));
        std::optional<QList<ToolResult>> results;
        const ToolContext c = ctx(u"webchat:w"_s, u"webchat"_s, u"w"_s);
        registry.runAll({{u"1"_s, u"memory"_s, {{u"action"_s, u"put"_s}, {u"key"_s, u"x"_s}, {u"value"_s, u"1"_s}}},
                         {u"2"_s, u"memory"_s, {{u"action"_s, u"fly"_s}}}},
                        c, [&](QList<ToolResult> r) { results = r; });
        QTRY_VERIFY(results.has_value());
        QVERIFY2(!results->at(0).isError, qPrintable(results->at(0).plainText()));
        QVERIFY(results->at(1).isError);
        QVERIFY(results->at(1).plainText().contains(u"input.action: must be one of"_s));
        pool.waitForDone();
        QVERIFY(m_kv->get(QString::fromLatin1(MemoryTool::ConversationNamespace), u"webchat%3Aw/x"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestMemoryTool)
#include "tst_memorytool.moc"
