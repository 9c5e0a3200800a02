#include "security/envsecretstore.h"
#include "security/keychainsecretstore.h"
#include "security/layeredsecretstore.h"
#include "support/securityresultcatcher.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using Moltdesk::Security::EnvSecretStore;
using Moltdesk::Security::KeychainSecretStore;
using Moltdesk::Security::LayeredSecretStore;
using Moltdesk::Security::SecretResult;
using Moltdesk::Security::SecretStore;
using Moltdesk::TestSupport::SecurityResultCatcher;

// Runs against the real Secret Service (gnome-keyring inside dbus-run-session, see docs/secrets.md).
// A missing keychain FAILS this test on purpose: the test script always provides one.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // A unique service per run keeps runs (and teammates sharing a keyring) apart.
    const QString m_service = u"moltdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore m_store{m_service};

    SecretResult wait(const std::function<void(SecurityResultCatcher *)> &start)
    {
        SecurityResultCatcher catcher;
        QSignalSpy spy(&catcher, &SecurityResultCatcher::caught);
        start(&catcher);
        if (!spy.wait(15000))
            return SecretResult::failure(SecretResult::Status::Error, u"timed out waiting for the keychain"_s);
        return catcher.last();
    }
    SecretResult read(const QString &name)
    {
        return wait([&](SecurityResultCatcher *c) { m_store.read(name, c, c->callback()); });
    }
    SecretResult write(const QString &name, const QString &value)
    {
        return wait([&](SecurityResultCatcher *c) { m_store.write(name, value, c, c->callback()); });
    }
    SecretResult remove(const QString &name)
    {
        return wait([&](SecurityResultCatcher *c) { m_store.remove(name, c, c->callback()); });
    }

private slots:
    void initTestCase()
    {
        const SecretResult probe = wait([&](SecurityResultCatcher *c) { m_store.probe(c, c->callback()); });
        QVERIFY2(probe.isOk(),
                 qPrintable(u"The Secret Service must be reachable for this test (run it under dbus-run-session "
                            "with gnome-keyring-daemon --unlock): "_s
                            + SecretResult::statusName(probe.status()) + u": "_s + probe.message()));
    }

    void lifecycle()
    {
        const QString name = u"LIFECYCLE_TOKEN"_s;
        QCOMPARE(read(name).status(), SecretResult::Status::NotFound);

        { const SecretResult w = write(name, u"first-value-123"_s); QVERIFY2(w.isOk(), qPrintable(SecretResult::statusName(w.status()) + u": "_s + w.message())); }
        SecretResult r = read(name);
        QVERIFY2(r.isOk(), qPrintable(r.message()));
        QCOMPARE(r.value(), u"first-value-123"_s);
        QCOMPARE(r.source(), u"keychain"_s);

        QVERIFY(write(name, u"second-value-456"_s).isOk());
        QCOMPARE(read(name).value(), u"second-value-456"_s);

        QVERIFY(remove(name).isOk());
        r = read(name);
        QCOMPARE(r.status(), SecretResult::Status::NotFound);
        QVERIFY(r.value().isEmpty());
        QVERIFY(r.message().contains(name));
        // Removing again is not an error.
        QVERIFY(remove(name).isOk());
    }

    void values_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("unicode") << u"pässwörd-🔑-密钥-ключ"_s;
        QString big;
        for (int i = 0; big.size() < 4096; ++i)
            big += QString::number(i % 10);
        QTest::newRow("4KiB") << big;
        QTest::newRow("4KiB unicode") << QString(2048, QChar(0x00e9)) + QString(2048, QChar(u'x'));
        QTest::newRow("whitespace kept") << u"  spaced value\twith tab\n"_s;
    }
    void values()
    {
        QFETCH(QString, value);
        const QString name = u"VALUE_"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        QVERIFY(write(name, value).isOk());
        const SecretResult r = read(name);
        QVERIFY2(r.isOk(), qPrintable(r.message()));
        QCOMPARE(r.value(), value);
        QVERIFY(remove(name).isOk());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << QString() << u"v"_s;
        QTest::newRow("space in name") << u"BAD NAME"_s << u"v"_s;
        QTest::newRow("leading digit") << u"1ABC"_s << u"v"_s;
        QTest::newRow("empty value") << u"GOOD_NAME"_s << QString();
    }
    void rejectsBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const SecretResult r = write(name, value);
        QCOMPARE(r.status(), SecretResult::Status::Error);
        QVERIFY(!r.message().isEmpty());
    }

    void messagesNeverContainTheValue()
    {
        const QString value = u"very-secret-value-for-message-check"_s;
        // A failing write (invalid name) must not echo the value.
        const SecretResult bad = write(u"BAD NAME"_s, value);
        QVERIFY(!bad.message().contains(value));
        QVERIFY(write(u"MSG_CHECK"_s, value).isOk());
        const SecretResult r = read(u"MSG_CHECK"_s);
        QVERIFY(!r.message().contains(value));
        QVERIFY(remove(u"MSG_CHECK"_s).isOk());
    }

    void callbackDroppedWhenContextDies()
    {
        auto *context = new QObject;
        bool called = false;
        m_store.read(u"ANY_NAME"_s, context, [&called](const SecretResult &) { called = true; });
        delete context;
        // A later operation completing proves the first one has finished too (jobs run in order).
        QVERIFY(read(u"ANY_NAME"_s).status() == SecretResult::Status::NotFound);
        QVERIFY(!called);
    }

    void layeredEnvironmentBeforeKeychain()
    {
        QVERIFY(write(u"ANTHROPIC_API_KEY"_s, u"from-keychain-anthropic"_s).isOk());
        QVERIFY(write(u"OPENAI_API_KEY"_s, u"from-keychain-openai"_s).isOk());
        QProcessEnvironment env;
        env.insert(u"ANTHROPIC_API_KEY"_s, u"from-environment-anthropic"_s);
        EnvSecretStore envStore({}, env);
        LayeredSecretStore layered({&envStore, &m_store}, &m_store);
        auto layeredRead = [&](const QString &name) {
            return wait([&](SecurityResultCatcher *c) { layered.read(name, c, c->callback()); });
        };
        SecretResult r = layeredRead(u"ANTHROPIC_API_KEY"_s);
        QCOMPARE(r.value(), u"from-environment-anthropic"_s);
        QCOMPARE(r.source(), u"environment"_s);
        r = layeredRead(u"OPENAI_API_KEY"_s);
        QCOMPARE(r.value(), u"from-keychain-openai"_s);
        QCOMPARE(r.source(), u"keychain"_s);
        QCOMPARE(layeredRead(u"DISCORD_BOT_TOKEN"_s).status(), SecretResult::Status::NotFound);
        // Writes land in the keychain.
        QVERIFY(wait([&](SecurityResultCatcher *c) { layered.write(u"DISCORD_BOT_TOKEN"_s, u"written-through"_s, c, c->callback()); }).isOk());
        QCOMPARE(read(u"DISCORD_BOT_TOKEN"_s).value(), u"written-through"_s);
        for (const QString &name : {u"ANTHROPIC_API_KEY"_s, u"OPENAI_API_KEY"_s, u"DISCORD_BOT_TOKEN"_s})
            QVERIFY(remove(name).isOk());
    }

    void cleanupTestCase()
    {
        for (const QString &name : {u"LIFECYCLE_TOKEN"_s, u"MSG_CHECK"_s})
            remove(name);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
