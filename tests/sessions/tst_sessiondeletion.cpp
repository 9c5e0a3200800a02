// Issue 13, item 17, as the attack: a conversation fills the disk with attachments and workspace
// files, and "deleting" a conversation leaves its memory, files and attachments behind. Real
// stores on one database, the real memory and files tools, sessions.delete over a real WebSocket;
// what remains is read from the database file with a connection of the test's own
// (docs/storage.md "Quotas", "Deleting a session").
#include "agent/tools/filestool.h"
#include "agent/tools/memorytool.h"
#include "agent/tools/workspacepath.h"
#include "control/sessions.h"
#include "core/schemamigrations.h"
#include "sessions/sessionpurger.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Sessions;

namespace {

const QString kVictim = u"telegram:dm:42"_s;
const QString kOther = u"telegram:dm:43"_s;

} // namespace

class TestSessionDeletion : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::utc());
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::KvStore> m_kv;
    std::unique_ptr<Storage::ObjectStore> m_objects;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<Agent::MemoryTool> m_memory;
    std::unique_ptr<Agent::FilesTool> m_files;
    std::unique_ptr<TestSupport::WsTestHarness> m_harness;
    std::unique_ptr<TestSupport::WsTestClient> m_client;

    static Agent::ToolContext context(const QString &session)
    {
        return {session, u"telegram"_s, session.section(u':', 2), u"run"_s, u"call"_s};
    }

    // An independent connection to the database file: what is really on disk, not what a store says.
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        QSqlDatabase db = QSqlDatabase::database(u"deletion-check"_s);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"deletion-check"_s);
            db.setDatabaseName(m_db->filePath());
            if (!db.open())
                return -1;
        }
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    qint64 rowsOwnedBy(const QString &session)
    {
        return count(u"SELECT count(*) FROM objects WHERE json_extract(custom_metadata, '$.session') = ?"
                     " OR substr(key, 1, length(?)) = ?"_s,
                     {session, SessionPurger::workspacePrefix(SessionKey::parse(session).value()),
                      SessionPurger::workspacePrefix(SessionKey::parse(session).value())});
    }

    // Data files on disk (objects/<2 hex>/<id>), outside .tmp.
    int filesOnDisk() const
    {
        int files = 0;
        QDirIterator it(m_objects->rootPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (!it.next().contains(u"/.tmp/"_s))
                ++files;
        }
        return files;
    }

    int filesInTmp() const { return int(QDir(m_objects->tempPath()).entryList(QDir::Files | QDir::Hidden).size()); }

    void fill(const QString &session, const QString &tag)
    {
        NewMessage m;
        m.role = u"user"_s;
        m.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(u"hello from "_s + tag)}}};
        QVERIFY(m_store->append(SessionKey::parse(session).value(), m).ok());
        const Agent::ToolContext ctx = context(session);
        for (const char *key : {"plans", "diary/monday"}) {
            const auto put = m_memory->execute({{u"action"_s, u"put"_s}, {u"key"_s, QString::fromLatin1(key)},
                                                {u"value"_s, tag}}, ctx);
            QVERIFY2(!put.isError, qPrintable(put.plainText()));
        }
        const auto user = m_memory->execute({{u"action"_s, u"put"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"name"_s},
                                             {u"value"_s, tag}}, ctx);
        QVERIFY2(!user.isError, qPrintable(user.plainText()));
        for (const char *path : {"notes/todo.md", "report.txt"}) {
            const auto written = m_files->execute({{u"action"_s, u"write"_s}, {u"path"_s, QString::fromLatin1(path)},
                                                   {u"content"_s, tag.repeated(10)}}, ctx);
            QVERIFY2(!written.isError, qPrintable(written.plainText()));
        }
        // An attachment as a channel stores it: its own key scheme, the session in its metadata.
        const auto attachment = m_objects->putBytes(u"telegram/%1/17/0-photo.jpg"_s.arg(ctx.userId), QByteArray(300, 'p'),
                                                    u"image/jpeg"_s,
                                                    {{Storage::ObjectSessionKey, session}, {u"chatId"_s, ctx.userId}});
        QVERIFY2(attachment.ok(), qPrintable(attachment.ok() ? QString() : attachment.error().message));
    }

    QJsonObject call(const QString &method, const QJsonObject &params)
    {
        const auto response = m_client->waitForResponse(m_client->sendRequest(method, params));
        return response ? *response : QJsonObject();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Storage::Database>(m_dir->path(), Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_kv = std::make_unique<Storage::KvStore>(*m_db);
        m_objects = std::make_unique<Storage::ObjectStore>(*m_db);
        QVERIFY(m_objects->open().ok());
        Config::StorageSettings settings;
        settings.sessionTtlSeconds = 3600;
        m_store = std::make_unique<SessionStore>(*m_db, settings, [this] { return m_now; });
        SessionPurger::removeOwnedDataWith(*m_store, *m_kv, *m_objects); // as Core::Gateway wires it
        m_memory = std::make_unique<Agent::MemoryTool>(*m_kv);
        m_files = std::make_unique<Agent::FilesTool>(*m_objects);
        m_harness = std::make_unique<TestSupport::WsTestHarness>();
        Control::registerSessionMethods(m_harness->registry, *m_store);
        QVERIFY(m_harness->listen());
        m_client = std::make_unique<TestSupport::WsTestClient>();
        const auto hello = m_client->connectWithToken(m_harness->url(), QString::fromUtf8(m_harness->operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
    }

    void cleanup()
    {
        QSqlDatabase::removeDatabase(u"deletion-check"_s);
        m_client.reset();
        m_harness.reset();
        m_files.reset();
        m_memory.reset();
        m_store.reset();
        m_objects.reset();
        m_kv.reset();
        m_db.reset();
        m_dir.reset();
    }

    // The purger removes exactly the prefixes the tools write under.
    void prefixesMatchTheTools()
    {
        const SessionKey key = SessionKey::parse(u"telegram:group:-100123"_s).value();
        QCOMPARE(SessionPurger::workspacePrefix(key), Agent::WorkspacePath::rootKey(key.toString()));
    }

    void deleteRemovesEverythingTheSessionOwned()
    {
        fill(kVictim, u"victim"_s);
        fill(kOther, u"other"_s);
        const qint64 victimId = count(u"SELECT id FROM sessions WHERE key = ?"_s, {kVictim});
        QVERIFY(victimId > 0);
        QCOMPARE(count(u"SELECT count(*) FROM session_messages WHERE session_id = ?"_s, {victimId}), 1);
        const QString memoryPrefix = SessionPurger::conversationMemoryPrefix(SessionKey::parse(kVictim).value());
        QCOMPARE(count(u"SELECT count(*) FROM kv WHERE namespace = 'memory_conversation' AND substr(key, 1, length(?)) = ?"_s,
                       {memoryPrefix, memoryPrefix}), 2);
        QCOMPARE(rowsOwnedBy(kVictim), 3);
        QCOMPARE(filesOnDisk(), 6);

        const QJsonObject answer = call(u"sessions.delete"_s, {{u"key"_s, kVictim}});
        QVERIFY2(answer.value(u"ok"_s).toBool(), QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(u"payload"_s).toObject().value(u"deleted"_s).toBool(), true);

        // Nothing of the victim's conversation is left: no row, no message, no memory, no object, no file.
        QCOMPARE(count(u"SELECT count(*) FROM sessions WHERE key = ?"_s, {kVictim}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM session_messages WHERE session_id = ?"_s, {victimId}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM kv WHERE namespace = 'memory_conversation' AND substr(key, 1, length(?)) = ?"_s,
                       {memoryPrefix, memoryPrefix}), 0);
        QCOMPARE(rowsOwnedBy(kVictim), 0);
        QCOMPARE(count(u"SELECT count(*) FROM objects WHERE key LIKE '%42%' OR custom_metadata LIKE '%dm:42%'"_s), 0);
        QCOMPARE(filesOnDisk(), 3);
        // The other conversation is untouched; the person's own (user-scope) memory is theirs, not
        // the conversation's (docs/storage.md "Deleting a session").
        QCOMPARE(rowsOwnedBy(kOther), 3);
        QCOMPARE(count(u"SELECT count(*) FROM kv WHERE namespace = 'memory_conversation'"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM kv WHERE namespace = 'memory_user'"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM objects"_s), qint64(filesOnDisk()));
    }

    // Expiry: attachments, files and memory go with their session at storage.sessionTTL.
    void ttlPurgeRemovesOwnedDataToo()
    {
        fill(kVictim, u"victim"_s);
        m_now = m_now.addSecs(7200);
        fill(kOther, u"other"_s); // active now
        QCOMPARE(m_store->purgeIdle().value(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM sessions WHERE key = ?"_s, {kVictim}), 0);
        QCOMPARE(rowsOwnedBy(kVictim), 0);
        QCOMPARE(rowsOwnedBy(kOther), 3);
        QCOMPARE(count(u"SELECT count(*) FROM kv WHERE namespace = 'memory_conversation'"_s), 2);
        QCOMPARE(filesOnDisk(), 3);
    }

    // The attack: one conversation writes until the disk is full.
    void perConversationQuota()
    {
        m_objects->setQuotas(1000, 0);
        const Agent::ToolContext ctx = context(kVictim);
        const auto write = [&](const QString &path, int bytes) {
            return m_files->execute({{u"action"_s, u"write"_s}, {u"path"_s, path}, {u"content"_s, QString(bytes, u'x')}}, ctx);
        };
        QVERIFY(!write(u"a.txt"_s, 600).isError);
        const Agent::ToolResult over = write(u"b.txt"_s, 600);
        QVERIFY(over.isError);
        QVERIFY2(over.plainText().contains(u"could not write b.txt: refused: this conversation already stores 600 bytes"_s),
                 qPrintable(over.plainText()));
        QVERIFY2(over.plainText().contains(u"storage.quota.perConversationBytes"_s), qPrintable(over.plainText()));
        // Nothing half-written: no row, no file, nothing left in .tmp.
        QCOMPARE(count(u"SELECT count(*) FROM objects"_s), 1);
        QCOMPARE(filesOnDisk(), 1);
        QCOMPARE(filesInTmp(), 0);
        QVERIFY(m_files->execute({{u"action"_s, u"read"_s}, {u"path"_s, u"b.txt"_s}}, ctx).plainText().contains(u"no such file"_s));
        // Replacing a file counts its new size only; another conversation has its own quota.
        QVERIFY(!write(u"a.txt"_s, 950).isError);
        QVERIFY(!m_files->execute({{u"action"_s, u"write"_s}, {u"path"_s, u"b.txt"_s}, {u"content"_s, QString(900, u'y')}},
                                  context(kOther)).isError);
        // An attachment is counted the same way.
        const auto attachment = m_objects->putBytes(u"telegram/42/18/0-big.pdf"_s, QByteArray(100, 'p'), u"application/pdf"_s,
                                                    {{Storage::ObjectSessionKey, kVictim}});
        QVERIFY(!attachment.ok());
        QVERIFY2(attachment.error().message.contains(u"storage.quota.perConversationBytes"_s), qPrintable(attachment.error().message));
        QCOMPARE(m_objects->usage(kVictim).value(), 950);
        QCOMPARE(filesInTmp(), 0);
    }

    void totalQuota()
    {
        m_objects->setQuotas(0, 2000);
        for (int i = 0; i < 3; ++i) {
            const auto put = m_objects->putBytes(u"telegram/%1/1/0-f"_s.arg(i), QByteArray(600, 'z'), {},
                                                 {{Storage::ObjectSessionKey, u"telegram:dm:%1"_s.arg(i)}});
            QVERIFY(put.ok());
        }
        const auto over = m_files->execute({{u"action"_s, u"write"_s}, {u"path"_s, u"c.txt"_s}, {u"content"_s, QString(300, u'x')}},
                                           context(kVictim));
        QVERIFY(over.isError);
        QVERIFY2(over.plainText().contains(u"over the total quota"_s), qPrintable(over.plainText()));
        QVERIFY2(over.plainText().contains(u"storage.quota.totalBytes"_s), qPrintable(over.plainText()));
        QCOMPARE(m_objects->usage().value(), 1800);
        QCOMPARE(filesOnDisk(), 3);
        QCOMPARE(filesInTmp(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionDeletion)
#include "tst_sessiondeletion.moc"
