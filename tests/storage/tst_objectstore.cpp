#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/objectstore.h"
#include "support/storagegeneratordevice.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::procStatusKiB;
using namespace Moltdesk::Storage;
using Moltdesk::TestSupport::StorageGeneratorDevice;

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString generatorSha256(qint64 size, quint32 seed)
{
    StorageGeneratorDevice device(size, -1, seed);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&device);
    return QString::fromLatin1(hash.result().toHex());
}

QStringList filesUnder(const QString &path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

class TestObjectStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ObjectStore> m_store;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<ObjectStore>(*m_db);
        QVERIFY(m_store->open().ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void roundTrip()
    {
        const QByteArray body = "hello \x00 object"_ba;
        const QJsonObject meta{{u"chat"_s, u"telegram:dm:42"_s}};
        const Result<ObjectInfo> put = m_store->putBytes(u"media/a.txt"_s, body, u"text/plain"_s, meta);
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().message));
        QCOMPARE(put->size, body.size());
        QCOMPARE(put->sha256, sha256Hex(body));

        const auto head = m_store->head(u"media/a.txt"_s);
        QVERIFY(head.ok() && head.value());
        QCOMPARE(head.value()->contentType, u"text/plain"_s);
        QCOMPARE(head.value()->customMetadata, meta);
        QCOMPARE(head.value()->sha256, sha256Hex(body));

        auto got = m_store->get(u"media/a.txt"_s);
        QVERIFY(got.ok() && got.value());
        const QByteArray read = got.value()->body->readAll();
        QCOMPARE(read, body);
        QCOMPARE(sha256Hex(read), got.value()->info.sha256);

        QVERIFY(m_store->putBytes(u"media/b.bin"_s, "b"_ba).ok());
        QCOMPARE(m_store->head(u"media/b.bin"_s).value()->contentType, u"application/octet-stream"_s);
        QVERIFY(m_store->putBytes(u"other/c"_s, "c"_ba).ok());
        const auto listed = m_store->list(u"media/"_s);
        QCOMPARE(listed->objects.size(), 2);
        QCOMPARE(listed->objects.at(0).key, u"media/a.txt"_s);
        QCOMPARE(listed->objects.at(1).key, u"media/b.bin"_s);
        QVERIFY(!listed->truncated);

        QCOMPARE(m_store->remove(u"media/a.txt"_s).value(), true);
        QVERIFY(!m_store->head(u"media/a.txt"_s).value());
        QVERIFY(!m_store->get(u"media/a.txt"_s).value());
        QCOMPARE(m_store->remove(u"media/a.txt"_s).value(), false);
        QCOMPARE(filesUnder(m_store->rootPath()).size(), 2); // the deleted body is gone from disk
    }

    void replaceKeepsCreatedAndDropsOldFile()
    {
        QVERIFY(m_store->putBytes(u"k"_s, "one"_ba).ok());
        const QDateTime created = m_store->head(u"k"_s).value()->created;
        QVERIFY(m_store->putBytes(u"k"_s, "two!"_ba).ok());
        const ObjectInfo info = *m_store->head(u"k"_s).value();
        QCOMPARE(info.size, 4);
        QCOMPARE(info.created, created);
        QCOMPARE(m_store->get(u"k"_s).value()->body->readAll(), "two!"_ba);
        QCOMPARE(filesUnder(m_store->rootPath()).size(), 1);
    }

    void listPagesWithCursor()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(m_store->putBytes(u"p/%1"_s.arg(i, 2, 10, QChar(u'0')), QByteArray::number(i)).ok());
        QStringList keys;
        QString cursor;
        int pages = 0;
        do {
            const auto page = m_store->list(u"p/"_s, cursor, 10);
            QVERIFY(page.ok());
            for (const ObjectInfo &o : page->objects)
                keys.append(o.key);
            cursor = page->cursor;
            QCOMPARE(page->truncated, !cursor.isEmpty());
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(keys.size(), 25);
        QCOMPARE(keys.first(), u"p/00"_s);
        QCOMPARE(keys.last(), u"p/24"_s);
        QVERIFY(!m_store->list({}, u"garbage"_s).ok());
    }

    void largeObjectIsStreamed()
    {
        constexpr qint64 size = 64LL * 1024 * 1024;
        const QString expected = generatorSha256(size, 7);
        // Reset the peak RSS counter (Linux >= 4.0) so VmHWM measures this put alone.
        QFile clearRefs(u"/proc/self/clear_refs"_s);
        const bool peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
        clearRefs.close();
        const qint64 before = procStatusKiB("VmRSS");
        QVERIFY(before > 0);

        StorageGeneratorDevice source(size, -1, 7);
        const Result<ObjectInfo> put = m_store->put(u"big.bin"_s, &source, u"application/x-test"_s);
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().message));

        const qint64 after = procStatusKiB(peakReset ? "VmHWM" : "VmRSS");
        const qint64 growthKiB = after - before;
        qInfo("RSS growth during a 64 MiB put: %lld KiB (peak measured: %d)", growthKiB, int(peakReset));
        QVERIFY2(growthKiB < 16 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(growthKiB)));

        QCOMPARE(put->size, size);
        QCOMPARE(put->sha256, expected);
        auto got = m_store->get(u"big.bin"_s);
        QCOMPARE(got.value()->body->size(), size);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(got.value()->body.get())); // streamed back, chunk by chunk
        QCOMPARE(QString::fromLatin1(hash.result().toHex()), expected);
    }

    void failingSourceLeavesNothing()
    {
        QVERIFY(m_store->putBytes(u"keep"_s, "original"_ba).ok());
        const QStringList filesBefore = filesUnder(m_store->rootPath());

        for (const QString &key : {u"new"_s, u"keep"_s}) {
            StorageGeneratorDevice source(4 * 1024 * 1024, 1024 * 1024);
            const Result<ObjectInfo> put = m_store->put(key, &source);
            QVERIFY(!put.ok());
            QCOMPARE(put.error().code, Error::Code::Io);
            QVERIFY2(put.error().message.contains(u"simulated source failure"_s), qPrintable(put.error().message));
        }
        QVERIFY(!m_store->head(u"new"_s).value());
        QCOMPARE(m_store->get(u"keep"_s).value()->body->readAll(), "original"_ba); // old object intact
        QCOMPARE(filesUnder(m_store->rootPath()), filesBefore);                   // no temp, no new file
        QCOMPARE(m_store->list()->objects.size(), 1);
    }

    void crashLeftoversAreCleanedAtStart()
    {
        QVERIFY(m_store->putBytes(u"real"_s, "data"_ba).ok());
        // A put interrupted mid-stream, and one interrupted between rename and commit.
        QFile stale(QDir(m_store->tempPath()).filePath(u"0123456789abcdef0123456789abcdef.part"_s));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(1000, 'x'));
        stale.close();
        QVERIFY(QDir().mkpath(QDir(m_store->rootPath()).filePath(u"ff"_s)));
        QFile orphan(QDir(m_store->rootPath()).filePath(u"ff/ff0000000000000000000000000000ff"_s));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("orphan");
        orphan.close();

        ObjectStore restarted(*m_db);
        QVERIFY(restarted.open().ok());
        QVERIFY(!stale.exists());
        QVERIFY(!orphan.exists());
        const auto listed = restarted.list();
        QCOMPARE(listed->objects.size(), 1);
        QCOMPARE(listed->objects.at(0).key, u"real"_s);
        QCOMPARE(restarted.get(u"real"_s).value()->body->readAll(), "data"_ba);
    }

    void keysNeverBecomePaths()
    {
        const QString key = u"../../escape/../../etc/passwd"_s;
        QVERIFY(m_store->putBytes(key, "x"_ba).ok());
        const QStringList files = filesUnder(m_dir->path());
        for (const QString &file : files)
            QVERIFY2(file.startsWith(m_store->rootPath()) || file.contains(u"moltdesk.db"_s), qPrintable(file));
        QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(u"../escape"_s)));
        QCOMPARE(m_store->get(key).value()->body->readAll(), "x"_ba);
    }

    void invalidInputIsAClearError_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonObject>("meta");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty key") << QString() << QJsonObject() << u"must not be empty"_s;
        QTest::newRow("key too long") << QString(1025, u'k') << QJsonObject() << u"1025 bytes, the limit is 1024"_s;
        QTest::newRow("non-string metadata") << u"k"_s << QJsonObject{{u"n"_s, 1}} << u"must be a string"_s;
        QTest::newRow("metadata too large") << u"k"_s << QJsonObject{{u"m"_s, QString(3000, u'm')}}
                                            << u"custom metadata is"_s;
    }

    void invalidInputIsAClearError()
    {
        QFETCH(QString, key);
        QFETCH(QJsonObject, meta);
        QFETCH(QString, message);
        const Result<ObjectInfo> r = m_store->putBytes(key, "x"_ba, {}, meta);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QVERIFY(filesUnder(m_store->rootPath()).isEmpty());
    }

    void sizeLimitIsEnforcedWhileStreaming()
    {
        ObjectLimits limits;
        limits.maxObjectBytes = 100 * 1024;
        ObjectStore small(*m_db, limits);
        StorageGeneratorDevice source(1024 * 1024);
        const Result<ObjectInfo> r = small.put(u"big"_s, &source);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"larger than the limit"_s), qPrintable(r.error().message));
        QVERIFY(filesUnder(m_store->rootPath()).isEmpty());
    }

    void putFromAWorkerThread()
    {
        Result<ObjectInfo> result = Error::invalid(u"not run"_s);
        QThread *worker = QThread::create([&] {
            StorageGeneratorDevice source(3 * 1024 * 1024, -1, 3);
            result = m_store->put(u"from-worker"_s, &source);
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(m_store->head(u"from-worker"_s).value()->sha256, generatorSha256(3 * 1024 * 1024, 3));
    }
};

QTEST_GUILESS_MAIN(TestObjectStore)
#include "tst_objectstore.moc"
