#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/kvstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Storage;

// Fixture: a fresh database per test and a clock the test moves by hand, so TTLs never sleep.
class TestKvStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KvStore> m_kv;
    QDateTime m_now;

    KvStore &kv(KvLimits limits = {})
    {
        m_kv = std::make_unique<KvStore>(*m_db, limits, [this] { return m_now; });
        return *m_kv;
    }

    int rawRowCount()
    {
        QSqlQuery q(m_db->connection().value());
        return q.exec(u"SELECT count(*) FROM kv"_s) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        kv();
    }

    void cleanup()
    {
        m_kv.reset();
        m_db.reset();
        m_dir.reset();
    }

    void putGetRemove_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("type");
        QTest::newRow("text") << u"héllo wörld"_s.toUtf8() << int(KvValueType::Text);
        QTest::newRow("json") << R"({"a":[1,2,3]})"_ba << int(KvValueType::Json);
        QTest::newRow("binary with NULs") << QByteArray("\x00\x01\xff\x00zz", 6) << int(KvValueType::Binary);
        QTest::newRow("empty") << QByteArray() << int(KvValueType::Binary);
    }

    void putGetRemove()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, type);
        QVERIFY(m_kv->put(u"MOLTBOT_KV"_s, u"k"_s, value, KvValueType(type)).ok());
        const auto got = m_kv->get(u"MOLTBOT_KV"_s, u"k"_s);
        QVERIFY(got.ok() && got.value().has_value());
        QCOMPARE(got.value()->data, value.isNull() ? QByteArray(""_ba) : value);
        QCOMPARE(int(got.value()->type), type);
        QVERIFY(!got.value()->expiration);

        QCOMPARE(m_kv->remove(u"MOLTBOT_KV"_s, u"k"_s).value(), true);
        QVERIFY(!m_kv->get(u"MOLTBOT_KV"_s, u"k"_s).value().has_value());
        QCOMPARE(m_kv->remove(u"MOLTBOT_KV"_s, u"k"_s).value(), false); // missing is not an error
    }

    void overwriteReplacesValue()
    {
        QVERIFY(m_kv->putText(u"MOLTBOT_KV"_s, u"k"_s, u"one"_s).ok());
        QVERIFY(m_kv->putText(u"MOLTBOT_KV"_s, u"k"_s, u"two"_s).ok());
        QCOMPARE(m_kv->get(u"MOLTBOT_KV"_s, u"k"_s).value()->data, "two"_ba);
        QCOMPARE(rawRowCount(), 1);
    }

    void jsonAndMetadata()
    {
        const QJsonDocument doc(QJsonObject{{u"session"_s, u"telegram:dm:42"_s}, {u"turns"_s, 3}});
        KvPutOptions options;
        options.metadata = QJsonObject{{u"owner"_s, u"bot"_s}};
        QVERIFY(m_kv->putJson(u"MOLTBOT_SESSIONS"_s, u"s1"_s, doc, options).ok());
        QCOMPARE(*m_kv->getJson(u"MOLTBOT_SESSIONS"_s, u"s1"_s).value(), doc);
        QCOMPARE(m_kv->get(u"MOLTBOT_SESSIONS"_s, u"s1"_s).value()->metadata, options.metadata);

        options.metadata = 42; // any JSON value, as in KV
        QVERIFY(m_kv->put(u"MOLTBOT_SESSIONS"_s, u"bin"_s, "\xff\xfe"_ba, KvValueType::Binary, options).ok());
        QCOMPARE(m_kv->list(u"MOLTBOT_SESSIONS"_s).value().keys.at(0).metadata, QJsonValue(42));
        const auto notJson = m_kv->getJson(u"MOLTBOT_SESSIONS"_s, u"bin"_s);
        QVERIFY(!notJson.ok());
        QVERIFY(notJson.error().message.contains(u"not JSON"_s));
        QVERIFY(!m_kv->getJson(u"MOLTBOT_SESSIONS"_s, u"missing"_s).value().has_value());
    }

    void namespacesAreIsolated()
    {
        QVERIFY(m_kv->putText(u"MOLTBOT_KV"_s, u"k"_s, u"a"_s).ok());
        QVERIFY(m_kv->putText(u"MOLTBOT_SESSIONS"_s, u"k"_s, u"b"_s).ok());
        QCOMPARE(m_kv->get(u"MOLTBOT_KV"_s, u"k"_s).value()->data, "a"_ba);
        QCOMPARE(m_kv->get(u"MOLTBOT_SESSIONS"_s, u"k"_s).value()->data, "b"_ba);
        QCOMPARE(m_kv->namespaces().value(), (QStringList{u"MOLTBOT_KV"_s, u"MOLTBOT_SESSIONS"_s}));
        QVERIFY(m_kv->remove(u"MOLTBOT_KV"_s, u"k"_s).value());
        QCOMPARE(m_kv->get(u"MOLTBOT_SESSIONS"_s, u"k"_s).value()->data, "b"_ba);
    }

    void listPagesWithPrefixAndCursor()
    {
        // Bulk-load through one transaction of the same table the store uses, to keep the test fast
        // (2,600 separate fsync'd commits would take seconds); reading goes through the API.
        QVERIFY(m_kv->putText(u"NS"_s, u"other"_s, u"x"_s).ok());
        {
            QSqlDatabase c = m_db->connection().value();
            QVERIFY(c.transaction());
            QSqlQuery q(c);
            q.prepare(u"INSERT INTO kv (namespace, key, value, type, updated) VALUES ('NS', ?, 'v', 0, 0)"_s);
            for (int i = 0; i < 2500; ++i) {
                q.addBindValue(u"user:%1"_s.arg(i, 5, 10, QChar(u'0')));
                QVERIFY(q.exec());
            }
            for (int i = 0; i < 100; ++i) {
                q.addBindValue(u"zeta:%1"_s.arg(i));
                QVERIFY(q.exec());
            }
            QVERIFY(c.commit());
        }
        QStringList seen;
        QString cursor;
        int pages = 0;
        for (;;) {
            const Result<KvListResult> page = m_kv->list(u"NS"_s, u"user:"_s, cursor);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            ++pages;
            for (const KvKey &key : page->keys)
                seen.append(key.name);
            if (page->complete) {
                QVERIFY(page->cursor.isEmpty());
                break;
            }
            QCOMPARE(page->keys.size(), 1000);
            cursor = page->cursor;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 2500);
        QCOMPARE(seen.first(), u"user:00000"_s);
        QCOMPARE(seen.last(), u"user:02499"_s);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);

        // Small explicit limit, and the cap of 1000.
        const auto small = m_kv->list(u"NS"_s, u"zeta:"_s, {}, 7);
        QCOMPARE(small->keys.size(), 7);
        QVERIFY(!small->complete);
        QCOMPARE(m_kv->list(u"NS"_s, {}, {}, 5000)->keys.size(), 1000);
        QCOMPARE(m_kv->list(u"NS"_s, u"nomatch"_s)->keys.size(), 0);
        QVERIFY(m_kv->list(u"NS"_s, u"nomatch"_s)->complete);
    }

    void badCursorIsAClearError()
    {
        const auto r = m_kv->list(u"NS"_s, {}, u"definitely-not-a-cursor!"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QVERIFY(r.error().message.contains(u"cursor"_s));
    }

    void expiredKeysVanishAtOnce()
    {
        KvPutOptions ttl;
        ttl.expirationTtl = 60;
        QVERIFY(m_kv->putText(u"NS"_s, u"short"_s, u"v"_s, ttl).ok());
        KvPutOptions absolute;
        absolute.expiration = m_now.addSecs(3600);
        QVERIFY(m_kv->putText(u"NS"_s, u"long"_s, u"v"_s, absolute).ok());
        QVERIFY(m_kv->putText(u"NS"_s, u"forever"_s, u"v"_s).ok());
        QCOMPARE(m_kv->get(u"NS"_s, u"short"_s).value()->expiration, m_now.addSecs(60));

        m_now = m_now.addSecs(59);
        QVERIFY(m_kv->get(u"NS"_s, u"short"_s).value().has_value());
        m_now = m_now.addSecs(1);
        QVERIFY(!m_kv->get(u"NS"_s, u"short"_s).value().has_value());
        QCOMPARE(m_kv->list(u"NS"_s)->keys.size(), 2);
        QCOMPARE(rawRowCount(), 3); // invisible, not yet purged

        m_now = m_now.addSecs(3600);
        QCOMPARE(m_kv->list(u"NS"_s)->keys.size(), 1);
        QCOMPARE(m_kv->purgeExpired().value(), 2);
        QCOMPARE(rawRowCount(), 1);
    }

    void backgroundPurgeDeletesInBatches()
    {
        KvPutOptions ttl;
        ttl.expirationTtl = 60;
        {
            QSqlDatabase c = m_db->connection().value();
            QVERIFY(c.transaction());
            QSqlQuery q(c);
            QVERIFY(q.exec(u"INSERT INTO kv_namespaces (name, created) VALUES ('NS', 0)"_s));
            q.prepare(u"INSERT INTO kv (namespace, key, value, type, expiration, updated) VALUES ('NS', ?, 'v', 0, ?, 0)"_s);
            for (int i = 0; i < KvStore::DefaultPurgeBatch * 2 + 10; ++i) {
                q.addBindValue(u"k%1"_s.arg(i));
                q.addBindValue(m_now.addSecs(60).toMSecsSinceEpoch());
                QVERIFY(q.exec());
            }
            QVERIFY(c.commit());
        }
        QVERIFY(m_kv->putText(u"NS"_s, u"kept"_s, u"v"_s).ok());
        QSignalSpy purged(m_kv.get(), &KvStore::expiredPurged);
        m_kv->startPurging(std::chrono::milliseconds(10));
        QTest::qWait(50);
        QCOMPARE(purged.count(), 0); // nothing expired yet
        m_now = m_now.addSecs(61);
        QTRY_COMPARE(rawRowCount(), 1);
        QVERIFY(purged.count() >= 3); // batched: 500 + 500 + 10
        int total = 0;
        for (const QList<QVariant> &args : purged) {
            QVERIFY(args.at(0).toInt() <= KvStore::DefaultPurgeBatch);
            total += args.at(0).toInt();
        }
        QCOMPARE(total, KvStore::DefaultPurgeBatch * 2 + 10);
        m_kv->stopPurging();
    }

    void limitsAreClearErrors_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("valueBytes");
        QTest::addColumn<int>("metadataBytes");
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<QString>("message");
        const QString ok = u"key"_s;
        QTest::newRow("empty key") << u"NS"_s << QString() << 1 << 0 << qint64(0) << u"must not be empty"_s;
        QTest::newRow("dot key") << u"NS"_s << u".."_s << 1 << 0 << qint64(0) << u"'.' or '..'"_s;
        // 257 two-byte characters = 514 UTF-8 bytes: the limit counts bytes, not characters.
        QTest::newRow("key 514 bytes") << u"NS"_s << QString(257, QChar(0xe9)) << 1 << 0 << qint64(0) << u"514 bytes, the limit is 512"_s;
        QTest::newRow("value too large") << u"NS"_s << ok << 4097 << 0 << qint64(0) << u"value is 4097 bytes"_s;
        QTest::newRow("metadata too large") << u"NS"_s << ok << 1 << 1100 << qint64(0) << u"metadata is"_s;
        QTest::newRow("ttl too short") << u"NS"_s << ok << 1 << 0 << qint64(59) << u"at least 60 seconds"_s;
        QTest::newRow("bad namespace") << u"bad ns/x"_s << ok << 1 << 0 << qint64(0) << u"invalid KV namespace"_s;
        QTest::newRow("empty namespace") << QString() << ok << 1 << 0 << qint64(0) << u"invalid KV namespace"_s;
    }

    void limitsAreClearErrors()
    {
        QFETCH(QString, ns);
        QFETCH(QString, key);
        QFETCH(int, valueBytes);
        QFETCH(int, metadataBytes);
        QFETCH(qint64, ttl);
        QFETCH(QString, message);
        KvLimits limits;
        limits.maxValueBytes = 4096; // configurable; the default is KV's 25 MiB
        KvStore &store = kv(limits);
        KvPutOptions options;
        if (metadataBytes > 0)
            options.metadata = QString(metadataBytes, u'm');
        if (ttl > 0)
            options.expirationTtl = ttl;
        const Result<void> r = store.put(ns, key, QByteArray(valueBytes, 'v'), KvValueType::Binary, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(rawRowCount(), 0); // nothing half-written
        // The same value within limits is accepted (the error was about the limit, not the call).
        QVERIFY(store.put(u"NS"_s, u"fine"_s, QByteArray(4096, 'v'), KvValueType::Binary).ok());
    }

    void expirationOptionsAreValidated()
    {
        KvPutOptions both;
        both.expirationTtl = 120;
        both.expiration = m_now.addSecs(120);
        QVERIFY(m_kv->putText(u"NS"_s, u"k"_s, u"v"_s, both).error().message.contains(u"not both"_s));
        KvPutOptions past;
        past.expiration = m_now.addSecs(-10);
        QVERIFY(!m_kv->putText(u"NS"_s, u"k"_s, u"v"_s, past).ok());
        KvLimits testLimits;
        testLimits.minTtlSeconds = 1; // tests may lower KV's 60 s minimum
        KvPutOptions oneSecond;
        oneSecond.expirationTtl = 1;
        QVERIFY(kv(testLimits).putText(u"NS"_s, u"k"_s, u"v"_s, oneSecond).ok());
    }

    void usableFromAWorkerThread()
    {
        bool ok = false;
        QThread *worker = QThread::create([&] {
            ok = m_kv->putText(u"NS"_s, u"from-worker"_s, u"w"_s).ok()
                && m_kv->get(u"NS"_s, u"from-worker"_s).value().has_value();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(ok);
        QCOMPARE(m_kv->get(u"NS"_s, u"from-worker"_s).value()->data, "w"_ba);
    }
};

QTEST_GUILESS_MAIN(TestKvStore)
#include "tst_kvstore.moc"
