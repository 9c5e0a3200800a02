#include "security/envsecretstore.h"
#include "security/layeredsecretstore.h"
#include "security/memorysecretstore.h"
#include "security/secretcatalog.h"
#include "support/securityresultcatcher.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Security;
using Moltdesk::TestSupport::SecurityResultCatcher;
using Status = SecretResult::Status;

// The stores that need no keychain: in-memory, environment, layering, the catalog.
class TestSecretStores : public QObject
{
    Q_OBJECT

private:
    static SecretResult wait(const std::function<void(SecurityResultCatcher *)> &start)
    {
        SecurityResultCatcher catcher;
        QSignalSpy spy(&catcher, &SecurityResultCatcher::caught);
        start(&catcher);
        if (!spy.wait(5000))
            return SecretResult::failure(Status::Error, u"timed out"_s);
        return catcher.last();
    }
    static SecretResult read(SecretStore &store, const QString &name)
    {
        return wait([&](SecurityResultCatcher *c) { store.read(name, c, c->callback()); });
    }
    static SecretResult write(SecretStore &store, const QString &name, const QString &value)
    {
        return wait([&](SecurityResultCatcher *c) { store.write(name, value, c, c->callback()); });
    }
    static SecretResult remove(SecretStore &store, const QString &name)
    {
        return wait([&](SecurityResultCatcher *c) { store.remove(name, c, c->callback()); });
    }
    static QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> values)
    {
        QProcessEnvironment e;
        for (const auto &[k, v] : values)
            e.insert(k, v);
        return e;
    }

private slots:
    void memoryLifecycle()
    {
        MemorySecretStore store;
        QCOMPARE(read(store, u"A_KEY"_s).status(), Status::NotFound);
        QVERIFY(write(store, u"A_KEY"_s, u"value-1"_s).isOk());
        QCOMPARE(read(store, u"A_KEY"_s).value(), u"value-1"_s);
        QVERIFY(write(store, u"A_KEY"_s, u"value-2"_s).isOk());
        QCOMPARE(read(store, u"A_KEY"_s).value(), u"value-2"_s);
        QVERIFY(remove(store, u"A_KEY"_s).isOk());
        QCOMPARE(read(store, u"A_KEY"_s).status(), Status::NotFound);
        QVERIFY(remove(store, u"A_KEY"_s).isOk()); // idempotent
        QCOMPARE(write(store, u"A_KEY"_s, QString()).status(), Status::Error);
        QCOMPARE(write(store, u"BAD NAME"_s, u"x"_s).status(), Status::Error);
    }

    void memoryUnavailable()
    {
        std::unique_ptr<MemorySecretStore> store(MemorySecretStore::unavailable(u"no keychain here"_s));
        const SecretResult p = wait([&](SecurityResultCatcher *c) { store->probe(c, c->callback()); });
        QCOMPARE(p.status(), Status::Unavailable);
        QCOMPARE(p.message(), u"no keychain here"_s);
        QCOMPARE(write(*store, u"A_KEY"_s, u"v"_s).status(), Status::Unavailable);
        QCOMPARE(store->count(), 0);
        store->setState(Status::Ok);
        QVERIFY(write(*store, u"A_KEY"_s, u"v"_s).isOk());
    }

    void callbacksAreQueuedToTheContextThread()
    {
        MemorySecretStore store({{u"A_KEY"_s, u"v"_s}});
        QThread worker;
        worker.start();
        QObject context;
        context.moveToThread(&worker);
        std::atomic<bool> done = false;
        std::atomic<Qt::HANDLE> ranOn = nullptr;
        QString value;
        // The worker is held until `!done` is checked: otherwise it may run the queued callback
        // first (it did under AddressSanitizer) and the check races.
        QSemaphore hold;
        QMetaObject::invokeMethod(&context, [&hold] { hold.acquire(); }, Qt::QueuedConnection);
        store.read(u"A_KEY"_s, &context, [&](const SecretResult &r) {
            value = r.value();
            ranOn = QThread::currentThreadId();
            done = true;
        });
        // Never synchronous, even for an in-memory store.
        const bool ranSynchronously = done;
        hold.release();
        QVERIFY(!ranSynchronously);
        QTRY_VERIFY(done);
        QVERIFY(ranOn.load() != QThread::currentThreadId());
        QCOMPARE(value, u"v"_s);
        worker.quit();
        worker.wait();
        context.moveToThread(thread());
    }

    void callbackDroppedWhenContextDies()
    {
        MemorySecretStore store({{u"A_KEY"_s, u"v"_s}});
        auto *context = new QObject;
        bool called = false;
        store.read(u"A_KEY"_s, context, [&called](const SecretResult &) { called = true; });
        delete context;
        // Once a later result has arrived, the earlier queued one would have run too.
        QVERIFY(read(store, u"A_KEY"_s).isOk());
        QVERIFY(!called);
    }

    void envPrecedence_data()
    {
        QTest::addColumn<QString>("processValue");
        QTest::addColumn<QString>("fileValue");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("source");
        QTest::newRow("process wins") << u"from-process"_s << u"from-file"_s << int(Status::Ok) << u"from-process"_s << u"environment"_s;
        QTest::newRow("file only") << QString() << u"from-file"_s << int(Status::Ok) << u"from-file"_s << u"env-file"_s;
        QTest::newRow("process only") << u"from-process"_s << QString() << int(Status::Ok) << u"from-process"_s << u"environment"_s;
        QTest::newRow("empty process falls to file") << u""_s << u"from-file"_s << int(Status::Ok) << u"from-file"_s << u"env-file"_s;
        QTest::newRow("neither") << QString() << QString() << int(Status::NotFound) << QString() << u"environment"_s;
    }
    void envPrecedence()
    {
        QFETCH(QString, processValue);
        QFETCH(QString, fileValue);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QFETCH(QString, source);
        QProcessEnvironment e;
        if (!processValue.isNull())
            e.insert(u"ANTHROPIC_API_KEY"_s, processValue);
        QHash<QString, QString> file;
        if (!fileValue.isNull())
            file.insert(u"ANTHROPIC_API_KEY"_s, fileValue);
        EnvSecretStore store(file, e);
        const SecretResult r = read(store, u"ANTHROPIC_API_KEY"_s);
        QCOMPARE(int(r.status()), status);
        QCOMPARE(r.value(), expected);
        QCOMPARE(r.source(), source);
    }

    void envFromQMapAndSystemEnvironment()
    {
        qputenv("MOLTDESK_TEST_SYSTEM_SECRET", "system-value");
        const QMap<QString, QString> file{{u"OPENAI_API_KEY"_s, u"file-key"_s}};
        EnvSecretStore store = EnvSecretStore::fromMap(file);
        QCOMPARE(read(store, u"OPENAI_API_KEY"_s).value(), u"file-key"_s);
        QCOMPARE(read(store, u"MOLTDESK_TEST_SYSTEM_SECRET"_s).value(), u"system-value"_s);
        qunsetenv("MOLTDESK_TEST_SYSTEM_SECRET");
    }

    void envIsReadOnly()
    {
        EnvSecretStore store({}, env({{u"A_KEY"_s, u"v"_s}}));
        QVERIFY(!store.isWritable());
        const SecretResult w = write(store, u"A_KEY"_s, u"new"_s);
        QCOMPARE(w.status(), Status::Error);
        QVERIFY(w.message().contains(u"A_KEY"_s));
        QVERIFY(!w.message().contains(u"new"_s));
        QCOMPARE(remove(store, u"A_KEY"_s).status(), Status::Error);
        QCOMPARE(read(store, u"A_KEY"_s).value(), u"v"_s);
    }

    void layeredReadOrderAndWrites()
    {
        EnvSecretStore envStore({}, env({{u"TELEGRAM_BOT_TOKEN"_s, u"env-token"_s}}));
        MemorySecretStore keychain({{u"TELEGRAM_BOT_TOKEN"_s, u"keychain-token"_s}, {u"OPENAI_API_KEY"_s, u"kc-openai"_s}});
        LayeredSecretStore layered({&envStore, &keychain}, &keychain);
        QCOMPARE(read(layered, u"TELEGRAM_BOT_TOKEN"_s).value(), u"env-token"_s);
        QCOMPARE(read(layered, u"TELEGRAM_BOT_TOKEN"_s).source(), u"environment"_s);
        QCOMPARE(read(layered, u"OPENAI_API_KEY"_s).value(), u"kc-openai"_s);
        QCOMPARE(read(layered, u"OPENAI_API_KEY"_s).source(), u"memory"_s);
        QCOMPARE(read(layered, u"DISCORD_BOT_TOKEN"_s).status(), Status::NotFound);

        QVERIFY(layered.isWritable());
        QVERIFY(write(layered, u"DISCORD_BOT_TOKEN"_s, u"written"_s).isOk());
        QVERIFY(keychain.contains(u"DISCORD_BOT_TOKEN"_s));
        QVERIFY(remove(layered, u"TELEGRAM_BOT_TOKEN"_s).isOk());
        // Removal touches the keychain only; the environment value still wins.
        QVERIFY(!keychain.contains(u"TELEGRAM_BOT_TOKEN"_s));
        QCOMPARE(read(layered, u"TELEGRAM_BOT_TOKEN"_s).value(), u"env-token"_s);
    }

    void layeredReportsUnavailableInsteadOfNotFound()
    {
        EnvSecretStore envStore({}, QProcessEnvironment());
        std::unique_ptr<MemorySecretStore> keychain(MemorySecretStore::unavailable(u"no keychain"_s));
        LayeredSecretStore layered({&envStore, keychain.get()}, keychain.get());
        const SecretResult r = read(layered, u"OPENAI_API_KEY"_s);
        QCOMPARE(r.status(), Status::Unavailable);
        QCOMPARE(r.message(), u"no keychain"_s);
        const SecretResult p = wait([&](SecurityResultCatcher *c) { layered.probe(c, c->callback()); });
        QCOMPARE(p.status(), Status::Unavailable);

        LayeredSecretStore readOnly({&envStore}, nullptr);
        QVERIFY(!readOnly.isWritable());
        QCOMPARE(write(readOnly, u"OPENAI_API_KEY"_s, u"x"_s).status(), Status::Error);
    }

    void nameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("env style") << u"ANTHROPIC_API_KEY"_s << true;
        QTest::newRow("dotted") << u"channel.telegram-2"_s << true;
        QTest::newRow("underscore first") << u"_X"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("digit first") << u"9X"_s << false;
        QTest::newRow("space") << u"A B"_s << false;
        QTest::newRow("slash") << u"A/B"_s << false;
        QTest::newRow("non-ascii") << u"KEY_é"_s << false;
        QTest::newRow("too long") << QString(129, u'A') << false;
    }
    void nameValidation()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(SecretStore::validateName(name).isEmpty(), valid);
    }

    void catalogListsTheContractNames()
    {
        const QStringList expected{u"ANTHROPIC_API_KEY"_s, u"OPENAI_API_KEY"_s, u"OPENAI_COMPATIBLE_API_KEY"_s, u"TELEGRAM_BOT_TOKEN"_s,
                                   u"DISCORD_BOT_TOKEN"_s, u"WHATSAPP_WEBHOOK_SECRET"_s, u"TELEGRAM_WEBHOOK_SECRET"_s,
                                   u"DISCORD_PUBLIC_KEY"_s, u"DISCORD_APPLICATION_ID"_s, u"WHATSAPP_ACCESS_TOKEN"_s,
                                   u"WHATSAPP_VERIFY_TOKEN"_s, u"MOLTDESK_TOKEN"_s, u"MOLTDESK_ENCRYPTION_KEY"_s};
        const QList<SecretCatalog::Entry> entries = SecretCatalog::entries();
        QCOMPARE(entries.size(), expected.size());
        for (const QString &name : expected) {
            QVERIFY2(SecretCatalog::isKnown(name), qPrintable(name));
            const SecretCatalog::Entry e = SecretCatalog::find(name);
            QVERIFY(!e.description.isEmpty());
            QVERIFY(!e.group.isEmpty());
            QVERIFY(SecretStore::validateName(name).isEmpty());
        }
        QVERIFY(!SecretCatalog::isKnown(u"NOT_A_SECRET"_s));
        QVERIFY(!SecretCatalog::find(u"DISCORD_PUBLIC_KEY"_s).confidential);
        QVERIFY(SecretCatalog::find(u"MOLTDESK_TOKEN"_s).confidential);
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
