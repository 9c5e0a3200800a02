// SessionStore: append/read/paging, listing (search, channel filter, keyset paging over 100,000
// sessions), /reset archiving, delete, restart, maxSessionSize pruning, TTL purge, migration.
#include "core/schemamigrations.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionpurger.h"
#include "sessions/sessionsmigration.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimeZone>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Sessions;

namespace {

SessionKey key(const QString &text)
{
    return SessionKey::parse(text).value();
}

NewMessage text(const QString &role, const QString &body)
{
    NewMessage m;
    m.role = role;
    m.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, body}}};
    return m;
}

QString firstText(const StoredMessage &m)
{
    return m.content.at(0).toObject().value(u"text"_s).toString();
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_now = QDateTime(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::utc());
        m_db = std::make_unique<Storage::Database>(m_dir->filePath(u"data"_s), Moltdesk::Core::SchemaMigrations::all());
        const auto opened = m_db->open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        m_store = makeStore();
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void appendAndReadHistory()
    {
        const SessionKey k = key(u"telegram:dm:1"_s);
        NewMessage first = text(u"user"_s, u"hello"_s);
        first.channelMessageId = u"tg-77"_s;
        auto stored = m_store->append(k, first);
        QVERIFY(stored.ok());
        QCOMPARE(stored->seq, 1);
        m_now = m_now.addSecs(1);
        NewMessage reply = text(u"assistant"_s, u"hi there"_s);
        reply.model = u"anthropic/claude-sonnet-4-5"_s;
        reply.usage = {{u"inputTokens"_s, 10}, {u"outputTokens"_s, 3}};
        reply.runId = u"run-1"_s;
        QVERIFY(m_store->append(k, reply).ok());

        const auto page = m_store->history(k);
        QVERIFY(page.ok());
        QCOMPARE(page->messages.size(), 2);
        QVERIFY(!page->hasMore);
        QCOMPARE(page->messages.at(0).role, u"user"_s);
        QCOMPARE(firstText(page->messages.at(0)), u"hello"_s);
        QCOMPARE(page->messages.at(0).channelMessageId, u"tg-77"_s);
        QCOMPARE(page->messages.at(1).model, u"anthropic/claude-sonnet-4-5"_s);
        QCOMPARE(page->messages.at(1).usage.value(u"outputTokens"_s).toInt(), 3);
        QCOMPARE(page->messages.at(1).runId, u"run-1"_s);
        QCOMPARE(page->messages.at(1).createdMs, m_now.toMSecsSinceEpoch());

        const auto info = m_store->session(k);
        QVERIFY(info.ok() && info->has_value());
        QCOMPARE(info->value().messageCount, 2);
        QCOMPARE(info->value().channel, u"telegram"_s);
        QCOMPARE(info->value().kind, u"dm"_s);
        QCOMPARE(info->value().lastActivityMs, m_now.toMSecsSinceEpoch());

        // Another sender's DM is another history.
        QCOMPARE(m_store->history(key(u"telegram:dm:2"_s))->messages.size(), 0);
    }

    void badMessagesAreRefused_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QJsonArray>("content");
        QTest::newRow("bad role") << u"system"_s << QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"x"_s}}};
        QTest::newRow("empty content") << u"user"_s << QJsonArray();
        QTest::newRow("not an object") << u"user"_s << QJsonArray{u"x"_s};
        QTest::newRow("text without text") << u"user"_s << QJsonArray{QJsonObject{{u"type"_s, u"text"_s}}};
        QTest::newRow("tool_use without id") << u"assistant"_s
            << QJsonArray{QJsonObject{{u"type"_s, u"tool_use"_s}, {u"name"_s, u"x"_s}, {u"input"_s, QJsonObject()}}};
        QTest::newRow("tool_result without id") << u"user"_s
            << QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s}, {u"content"_s, u"x"_s}}};
    }

    void badMessagesAreRefused()
    {
        QFETCH(QString, role);
        QFETCH(QJsonArray, content);
        NewMessage m;
        m.role = role;
        m.content = content;
        const auto stored = m_store->append(key(u"api:x"_s), m);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, Storage::Error::Code::InvalidArgument);
        QVERIFY(!m_store->session(key(u"api:x"_s))->has_value()); // nothing half-written
    }

    void concurrentAppendsFromWorkers()
    {
        // Each worker thread uses its own connection; BEGIN IMMEDIATE serialises the writers, so
        // seq numbers stay unique and gapless and the counters match the rows.
        const SessionKey k = key(u"discord:group:1"_s);
        QList<QFuture<int>> futures;
        for (int w = 0; w < 4; ++w) {
            futures.append(QtConcurrent::run([this, k, w]() {
                int failures = 0;
                for (int i = 0; i < 25; ++i)
                    failures += m_store->append(k, text(u"user"_s, u"w%1-%2"_s.arg(w).arg(i))).ok() ? 0 : 1;
                return failures;
            }));
        }
        for (QFuture<int> &future : futures)
            QCOMPARE(future.result(), 0);
        HistoryQuery query;
        query.limit = 1000;
        const auto page = m_store->history(k, query);
        QCOMPARE(page->messages.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(page->messages.at(i).seq, i + 1);
        QCOMPARE(m_store->session(k)->value().messageCount, 100);
    }

    void historyPaging()
    {
        const SessionKey k = key(u"webchat:w1"_s);
        for (int i = 1; i <= 25; ++i)
            QVERIFY(m_store->append(k, text(i % 2 ? u"user"_s : u"assistant"_s, QString::number(i))).ok());
        HistoryQuery query;
        query.limit = 10;
        auto page = m_store->history(k, query);
        QCOMPARE(page->messages.size(), 10);
        QVERIFY(page->hasMore);
        QCOMPARE(page->messages.first().seq, 16);
        QCOMPARE(page->messages.last().seq, 25);
        query.beforeSeq = page->messages.first().seq;
        page = m_store->history(k, query);
        QCOMPARE(page->messages.first().seq, 6);
        QCOMPARE(page->messages.last().seq, 15);
        query.beforeSeq = 6;
        page = m_store->history(k, query);
        QCOMPARE(page->messages.size(), 5);
        QVERIFY(!page->hasMore);
        QCOMPARE(firstText(page->messages.first()), u"1"_s);
        query.limit = 0;
        QVERIFY(!m_store->history(k, query).ok());
    }

    void listSearchAndChannelFilter()
    {
        const QStringList keys{u"telegram:dm:1"_s, u"telegram:group:-5"_s, u"discord:dm:1"_s, u"cron:daily"_s,
                               u"api:ann"_s};
        for (const QString &k : keys) {
            m_now = m_now.addSecs(10);
            QVERIFY(m_store->append(key(k), text(u"user"_s, k)).ok());
        }
        QVERIFY(m_store->setTitle(key(u"cron:daily"_s), u"Morning Digest"_s).ok());

        SessionListQuery query;
        auto page = m_store->list(query);
        QCOMPARE(page->sessions.size(), 5);
        QCOMPARE(page->sessions.first().key, u"api:ann"_s); // newest activity first
        QCOMPARE(page->sessions.last().key, u"telegram:dm:1"_s);
        QVERIFY(page->nextCursor.isEmpty());

        query.channel = u"telegram"_s;
        page = m_store->list(query);
        QCOMPARE(page->sessions.size(), 2);
        QCOMPARE(page->sessions.at(0).key, u"telegram:group:-5"_s);

        query.channel.clear();
        query.search = u"digest"_s; // title, case-insensitive
        page = m_store->list(query);
        QCOMPARE(page->sessions.size(), 1);
        QCOMPARE(page->sessions.at(0).title, u"Morning Digest"_s);

        query.search = u":dm:"_s; // key substring
        QCOMPARE(m_store->list(query)->sessions.size(), 2);
        query.search = u"_"_s; // a LIKE wildcard, matched literally
        QCOMPARE(m_store->list(query)->sessions.size(), 0);

        query = {};
        query.cursor = u"garbage"_s;
        QCOMPARE(m_store->list(query).error().code, Storage::Error::Code::InvalidArgument);
        query = {};
        query.limit = SessionStore::MaxListLimit + 1;
        QVERIFY(!m_store->list(query).ok());
    }

    void hundredThousandSessionsKeysetPaging()
    {
        // Insert directly in one transaction (the public append would commit 100,000 times).
        constexpr int Count = 100000;
        {
            QSqlDatabase db = m_db->connection().value();
            Storage::Transaction transaction(db);
            QVERIFY(transaction.begun().ok());
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO sessions (key, channel, kind, created, last_activity, message_count)"
                           " VALUES (?, ?, 'dm', 0, ?, 1)"_s);
            for (int i = 0; i < Count; ++i) {
                insert.bindValue(0, u"telegram:dm:%1"_s.arg(i));
                insert.bindValue(1, i % 10 == 0 ? u"discord"_s : u"telegram"_s);
                insert.bindValue(2, qint64(i / 3)); // ties in last_activity: the id breaks them
                QVERIFY(insert.exec());
            }
            QVERIFY(transaction.commit().ok());
        }
        SessionListQuery query;
        query.limit = 100;
        auto page = m_store->list(query);
        QVERIFY(page.ok());
        QCOMPARE(page->sessions.size(), 100);
        QCOMPARE(page->sessions.first().key, u"telegram:dm:99999"_s);
        QVERIFY(!page->nextCursor.isEmpty());

        // Walk 500 pages via the cursor; every row is seen once, in strict order.
        QSet<QString> seen;
        qint64 previousActivity = std::numeric_limits<qint64>::max();
        for (int p = 0; p < 500; ++p) {
            for (const SessionInfo &info : page->sessions) {
                QVERIFY(info.lastActivityMs <= previousActivity);
                previousActivity = info.lastActivityMs;
                QVERIFY2(!seen.contains(info.key), qPrintable(info.key));
                seen.insert(info.key);
            }
            query.cursor = page->nextCursor;
            page = m_store->list(query);
            QVERIFY(page.ok());
        }
        QCOMPARE(seen.size(), 50000);
        QCOMPARE(page->sessions.first().key, u"telegram:dm:49999"_s);

        // A channel-filtered later page.
        query = {};
        query.limit = 500;
        query.channel = u"discord"_s;
        int total = 0;
        for (page = m_store->list(query); page.ok(); page = m_store->list(query)) {
            total += int(page->sessions.size());
            for (const SessionInfo &info : page->sessions)
                QCOMPARE(info.channel, u"discord"_s);
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        QCOMPARE(total, Count / 10);
    }

    void resetArchives()
    {
        const SessionKey k = key(u"telegram:dm:9"_s);
        QVERIFY(m_store->append(k, text(u"user"_s, u"old question"_s)).ok());
        QVERIFY(m_store->append(k, text(u"assistant"_s, u"old answer"_s)).ok());
        const auto generation = m_store->reset(k);
        QVERIFY(generation.ok());
        QCOMPARE(generation.value(), 2);
        QVERIFY(m_store->append(k, text(u"user"_s, u"new question"_s)).ok());

        auto page = m_store->history(k);
        QCOMPARE(page->messages.size(), 1);
        QCOMPARE(firstText(page->messages.at(0)), u"new question"_s);
        QCOMPARE(page->messages.at(0).seq, 3); // seq continues across generations
        QVERIFY(!page->messages.at(0).archived);

        HistoryQuery all;
        all.includeArchived = true;
        page = m_store->history(k, all);
        QCOMPARE(page->messages.size(), 3);
        QVERIFY(page->messages.at(0).archived);
        QVERIFY(page->messages.at(1).archived);
        QCOMPARE(page->messages.at(0).generation, 1);

        const auto context = m_store->contextSource(k);
        QCOMPARE(context->messages.size(), 1);
        const auto info = m_store->session(k)->value();
        QCOMPARE(info.messageCount, 1);
        QCOMPARE(info.archivedCount, 2);
        QCOMPARE(m_store->reset(key(u"api:nobody"_s)).value(), 1);
    }

    void deleteSession()
    {
        const SessionKey k = key(u"discord:group:77"_s);
        QVERIFY(m_store->append(k, text(u"user"_s, u"x"_s)).ok());
        QVERIFY(m_store->append(key(u"discord:group:78"_s), text(u"user"_s, u"y"_s)).ok());
        QCOMPARE(m_store->remove(k).value(), true);
        QCOMPARE(m_store->remove(k).value(), false);
        QVERIFY(!m_store->session(k)->has_value());
        QCOMPARE(m_store->history(k)->messages.size(), 0);
        QSqlQuery orphans(m_db->connection().value());
        QVERIFY(orphans.exec(u"SELECT count(*) FROM session_messages"_s) && orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 1); // the other session's message only
        // A new conversation under the same key starts from scratch.
        QCOMPARE(m_store->append(k, text(u"user"_s, u"again"_s))->seq, 1);
    }

    void restartKeepsHistory()
    {
        const SessionKey k = key(u"whatsapp:dm:+491"_s);
        QVERIFY(m_store->append(k, text(u"user"_s, u"remember me"_s)).ok());
        QVERIFY(m_store->append(k, text(u"assistant"_s, u"I will"_s)).ok());
        m_store.reset();
        m_db.reset();

        m_db = std::make_unique<Storage::Database>(m_dir->filePath(u"data"_s), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_store = makeStore();
        const auto page = m_store->history(k);
        QCOMPARE(page->messages.size(), 2);
        QCOMPARE(firstText(page->messages.at(0)), u"remember me"_s);
        QCOMPARE(m_store->append(k, text(u"user"_s, u"still there?"_s))->seq, 3);
    }

    void maxSessionSizePrunesOldest()
    {
        Config::StorageSettings settings;
        settings.maxSessionSizeBytes = 1000;
        m_store->setLimits(settings);
        const SessionKey k = key(u"telegram:dm:5"_s);
        const QString body(100, u'a'); // ~138 bytes of content JSON each
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_store->append(k, text(i % 2 ? u"assistant"_s : u"user"_s, body)).ok());
        const auto info = m_store->session(k)->value();
        QVERIFY2(info.storedBytes <= 1000, qPrintable(QString::number(info.storedBytes)));
        const auto page = m_store->history(k);
        QCOMPARE(page->messages.last().seq, 20); // newest kept
        QVERIFY(page->messages.first().seq > 1);  // oldest gone
        QCOMPARE(info.messageCount, page->messages.size());
        qint64 bytes = 0;
        for (const StoredMessage &m : page->messages)
            bytes += m.bytes;
        QCOMPARE(bytes, info.storedBytes);

        // The newest turn is never pruned: a user message opening a turn, then a long tool loop
        // bigger than the cap, keeps everything from that user message on.
        QVERIFY(m_store->append(k, text(u"user"_s, u"do the thing"_s)).ok());
        const qint64 turnSeq = m_store->history(k)->messages.last().seq;
        for (int i = 0; i < 6; ++i) {
            NewMessage use;
            use.role = u"assistant"_s;
            use.content = QJsonArray{QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, u"t%1"_s.arg(i)},
                                                 {u"name"_s, u"fetch"_s}, {u"input"_s, QJsonObject{{u"q"_s, body}}}}};
            QVERIFY(m_store->append(k, use).ok());
            NewMessage result;
            result.role = u"user"_s;
            result.content = QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, u"t%1"_s.arg(i)},
                                                    {u"content"_s, body}}};
            QVERIFY(m_store->append(k, result).ok());
        }
        const auto after = m_store->history(k);
        QCOMPARE(after->messages.first().seq, turnSeq);
        QCOMPARE(after->messages.size(), 13);

        // A single message bigger than the cap is refused with a clear error.
        const auto huge = m_store->append(k, text(u"user"_s, QString(2000, u'x')));
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().code, Storage::Error::Code::TooLarge);
        QVERIFY(huge.error().message.contains(u"maxSessionSize"_s));
    }

    void ttlPurgeWithInjectedClock()
    {
        Config::StorageSettings settings;
        settings.sessionTtlSeconds = 3600;
        m_store->setLimits(settings);
        for (int i = 0; i < 7; ++i)
            QVERIFY(m_store->append(key(u"api:old%1"_s.arg(i)), text(u"user"_s, u"x"_s)).ok());
        m_now = m_now.addSecs(3000);
        QVERIFY(m_store->append(key(u"api:fresh"_s), text(u"user"_s, u"x"_s)).ok());
        QCOMPARE(m_store->purgeIdle().value(), 0); // nobody idle for an hour yet
        m_now = m_now.addSecs(700);                 // the old ones now idle 3700 s, fresh 700 s

        SessionPurger purger(*m_store, 3); // small batches: 3 + 3 + 1
        QSignalSpy purged(&purger, &SessionPurger::purged);
        QVERIFY(purger.purgeNow());
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.at(0).at(0).toInt(), 7);
        SessionListQuery query;
        const auto page = m_store->list(query);
        QCOMPARE(page->sessions.size(), 1);
        QCOMPARE(page->sessions.at(0).key, u"api:fresh"_s);
        QSqlQuery rows(m_db->connection().value());
        QVERIFY(rows.exec(u"SELECT count(*) FROM session_messages"_s) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
    }

    void migrationOnFreshAndPreviousDatabase()
    {
        // Fresh: the tables exist at the latest version.
        QSqlQuery tables(m_db->connection().value());
        QVERIFY(tables.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                            " AND name IN ('sessions', 'session_messages')"_s) && tables.next());
        QCOMPARE(tables.value(0).toInt(), 2);
        QCOMPARE(m_db->schemaVersion().value(), m_db->latestVersion());

        // Previous latest: every migration before ours, with KV rows written, then upgraded.
        QList<Storage::Migration> all = Core::SchemaMigrations::all();
        qsizetype ours = -1;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).description == sessionsMigration().description)
                ours = i;
        }
        QVERIFY(ours >= 0);
        QTemporaryDir dir;
        {
            Storage::Database old(dir.path(), all.mid(0, ours));
            QVERIFY(old.open().ok());
            Storage::KvStore kv(old);
            QVERIFY(kv.putText(u"MOLTBOT_KV"_s, u"greeting"_s, u"hello"_s).ok());
        }
        Storage::Database upgraded(dir.path(), all);
        const auto opened = upgraded.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(upgraded.schemaVersion().value(), upgraded.latestVersion());
        Storage::KvStore kv(upgraded);
        QCOMPARE(kv.get(u"MOLTBOT_KV"_s, u"greeting"_s)->value().data, "hello"_ba);
        SessionStore store(upgraded);
        QVERIFY(store.append(key(u"api:u"_s), text(u"user"_s, u"after upgrade"_s)).ok());
    }

private:
    std::unique_ptr<SessionStore> makeStore()
    {
        return std::make_unique<SessionStore>(*m_db, Config::StorageSettings(), [this]() { return m_now; });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<SessionStore> m_store;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
