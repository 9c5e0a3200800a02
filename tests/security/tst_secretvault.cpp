// Security::SecretVault over a MemorySecretStore (the keychain's place): start-up loading with the
// environment first, and store()/remove() called from another thread (as the gateway's
// secrets.set does): the keychain is used on the vault's thread, the running value and the log
// redactor are updated before the caller's callback runs - on the caller's thread; a failed write
// changes nothing.
#include "security/envsecretstore.h"
#include "security/memorysecretstore.h"
#include "security/secretredactor.h"
#include "security/secretvault.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
// Lives on a worker thread and calls the vault from there.
class Caller : public QObject
{
public:
    explicit Caller(Security::SecretVault *vault)
        : m_vault(vault)
    {
    }
    void store(const QString &name, const QString &value)
    {
        m_vault->store(name, value, this, [this, name](const Security::SecretResult &result) {
            callbackThread = QThread::currentThread();
            valueAtCallback = m_vault->value(name);
            ok = result.isOk();
            message = result.message();
            done = true;
        });
    }
    void remove(const QString &name)
    {
        m_vault->remove(name, this, [this, name](const Security::SecretResult &result) {
            callbackThread = QThread::currentThread();
            valueAtCallback = m_vault->value(name);
            ok = result.isOk();
            done = true;
        });
    }

    Security::SecretVault *m_vault;
    std::atomic<bool> done = false;
    std::atomic<QThread *> callbackThread = nullptr;
    bool ok = false;
    QString valueAtCallback;
    QString message;
};
} // namespace

class TestSecretVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEnvironmentFirst()
    {
        Security::MemorySecretStore keychain({{u"ANTHROPIC_API_KEY"_s, u"sk-ant-keychain-1"_s},
                                              {u"TELEGRAM_BOT_TOKEN"_s, u"111:keychain-token"_s}});
        QProcessEnvironment environment;
        environment.insert(u"TELEGRAM_BOT_TOKEN"_s, u"222:environment-token"_s);
        Security::EnvSecretStore env(QHash<QString, QString>{}, environment);
        Security::SecretRedactor redactor;
        Security::SecretVault vault(&keychain, &env, &redactor);
        bool loaded = false;
        vault.load({u"ANTHROPIC_API_KEY"_s, u"TELEGRAM_BOT_TOKEN"_s, u"OPENAI_API_KEY"_s}, this,
                   [&loaded] { loaded = true; });
        QTRY_VERIFY(loaded);
        QCOMPARE(vault.value(u"ANTHROPIC_API_KEY"_s), u"sk-ant-keychain-1"_s);
        QCOMPARE(vault.source(u"ANTHROPIC_API_KEY"_s), u"keychain"_s);
        QCOMPARE(vault.value(u"TELEGRAM_BOT_TOKEN"_s), u"222:environment-token"_s);
        QCOMPARE(vault.source(u"TELEGRAM_BOT_TOKEN"_s), u"environment"_s);
        QCOMPARE(vault.value(u"OPENAI_API_KEY"_s), QString());
        QCOMPARE(vault.source(u"OPENAI_API_KEY"_s), QString());
        QCOMPARE(redactor.redact(u"a sk-ant-keychain-1 b 222:environment-token"_s), u"a [REDACTED] b [REDACTED]"_s);
    }

    void storeAndRemoveFromAnotherThread()
    {
        Security::MemorySecretStore keychain;
        Security::EnvSecretStore env(QHash<QString, QString>{}, QProcessEnvironment());
        Security::SecretRedactor redactor;
        Security::SecretVault vault(&keychain, &env, &redactor);
        QThread worker;
        worker.start();
        Caller caller(&vault);
        caller.moveToThread(&worker);

        QMetaObject::invokeMethod(&caller, [&caller] { caller.store(u"OPENAI_API_KEY"_s, u"sk-openai-42424242"_s); });
        QTRY_VERIFY(caller.done);
        QVERIFY(caller.ok);
        QCOMPARE(caller.callbackThread.load(), &worker);
        QCOMPARE(caller.valueAtCallback, u"sk-openai-42424242"_s); // in use before the caller heard back
        QVERIFY(keychain.contains(u"OPENAI_API_KEY"_s));
        QCOMPARE(vault.source(u"OPENAI_API_KEY"_s), u"keychain"_s);
        QVERIFY(!redactor.redact(u"sk-openai-42424242"_s).contains(u"42424242"_s));

        caller.done = false;
        QMetaObject::invokeMethod(&caller, [&caller] { caller.remove(u"OPENAI_API_KEY"_s); });
        QTRY_VERIFY(caller.done);
        QVERIFY(caller.ok);
        QCOMPARE(caller.valueAtCallback, QString());
        QVERIFY(!keychain.contains(u"OPENAI_API_KEY"_s));

        // The keychain refuses: nothing changes, the reason comes back.
        keychain.setState(Security::SecretResult::Status::Unavailable, u"No keychain (Secret Service) is reachable"_s);
        caller.done = false;
        QMetaObject::invokeMethod(&caller, [&caller] { caller.store(u"OPENAI_API_KEY"_s, u"sk-openai-other-1"_s); });
        QTRY_VERIFY(caller.done);
        QVERIFY(!caller.ok);
        QVERIFY2(caller.message.contains(u"No keychain"_s), qPrintable(caller.message));
        QCOMPARE(vault.value(u"OPENAI_API_KEY"_s), QString());

        worker.quit();
        worker.wait();
    }
};

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
