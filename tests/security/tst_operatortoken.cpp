#include "security/envsecretstore.h"
#include "security/keychainsecretstore.h"
#include "security/memorysecretstore.h"
#include "security/operatortoken.h"
#include "security/secretredactor.h"
#include "support/securityresultcatcher.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Security;
using Moltdesk::TestSupport::SecurityResultCatcher;
using Mode = OperatorToken::Mode;
using Origin = OperatorToken::Origin;

// OperatorToken start-up policies (docs/secrets.md). Keychain flows use the real Secret Service.
class TestOperatorToken : public QObject
{
    Q_OBJECT

private:
    struct Run {
        std::unique_ptr<OperatorToken> token;
        QStringList notices;
        bool ready = false;
        QString failure;
    };

    // Starts OperatorToken::ensure() and waits for ready() or failed().
    static std::unique_ptr<Run> start(Mode mode, SecretStore *keychain, SecretStore *env, const QString &dataDir,
                                      SecretRedactor *redactor = nullptr)
    {
        auto run = std::make_unique<Run>();
        run->token = std::make_unique<OperatorToken>(mode, keychain, env, dataDir, redactor);
        QStringList *notices = &run->notices;
        run->token->setNoticeSink([notices](const QString &line) { notices->append(line); });
        QSignalSpy ready(run->token.get(), &OperatorToken::ready);
        QSignalSpy failed(run->token.get(), &OperatorToken::failed);
        run->token->ensure();
        // Not QTRY_*: this helper returns a value; a timeout shows up as neither ready nor failed.
        (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000);
        run->ready = !ready.isEmpty();
        if (!failed.isEmpty())
            run->failure = failed.first().first().toString();
        else if (!run->ready)
            run->failure = u"timed out: neither ready() nor failed()"_s;
        return run;
    }

    static SecretResult wait(const std::function<void(SecurityResultCatcher *)> &begin)
    {
        SecurityResultCatcher catcher;
        QSignalSpy spy(&catcher, &SecurityResultCatcher::caught);
        begin(&catcher);
        if (!spy.wait(15000))
            return SecretResult::failure(SecretResult::Status::Error, u"timed out"_s);
        return catcher.last();
    }

    static bool isGeneratedToken(const QString &token)
    {
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        return hex.match(token).hasMatch();
    }

    const QString m_service = u"moltdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore m_keychain{m_service};
    const QString m_name = u"MOLTDESK_TOKEN"_s;

private slots:
    void initTestCase()
    {
        const SecretResult probe = wait([&](SecurityResultCatcher *c) { m_keychain.probe(c, c->callback()); });
        QVERIFY2(probe.isOk(), qPrintable(u"The Secret Service must be reachable (dbus-run-session + unlocked gnome-keyring): "_s
                                          + probe.message()));
    }

    void cleanup()
    {
        wait([&](SecurityResultCatcher *c) { m_keychain.remove(m_name, c, c->callback()); });
    }

    void generate()
    {
        const QString a = OperatorToken::generate();
        const QString b = OperatorToken::generate();
        QVERIFY(isGeneratedToken(a));
        QVERIFY(isGeneratedToken(b));
        QVERIFY(a != b);
    }

    void headlessEnvironmentWins()
    {
        QTemporaryDir data;
        QProcessEnvironment env;
        env.insert(m_name, u"env-provided-operator-token-0123456789abcdef"_s);
        EnvSecretStore envStore({}, env);
        MemorySecretStore keychain({{m_name, u"keychain-token-should-not-be-used-0123456789"_s}});
        auto run = start(Mode::Headless, &keychain, &envStore, data.path());
        QVERIFY2(run->ready, qPrintable(run->failure));
        QCOMPARE(run->token->origin(), Origin::Environment);
        QCOMPARE(run->token->token(), u"env-provided-operator-token-0123456789abcdef"_s);
        QVERIFY(run->notices.isEmpty());
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
        // A token from the environment can't be rotated from the panel.
        QSignalSpy rotateFailed(run->token.get(), &OperatorToken::rotateFailed);
        run->token->rotate();
        QCOMPARE(rotateFailed.size(), 1);
        QVERIFY(rotateFailed.first().first().toString().contains(m_name));
    }

    void headlessEnvFileUsedWhenProcessEnvLacksIt()
    {
        QTemporaryDir data;
        EnvSecretStore envStore({{m_name, u"from-the-env-file-0123456789abcdef0123"_s}}, QProcessEnvironment());
        MemorySecretStore keychain;
        auto run = start(Mode::Headless, &keychain, &envStore, data.path());
        QVERIFY(run->ready);
        QCOMPARE(run->token->token(), u"from-the-env-file-0123456789abcdef0123"_s);
        QCOMPARE(keychain.count(), 0);
    }

    void headlessKeychainHasIt()
    {
        QTemporaryDir data;
        QVERIFY(wait([&](SecurityResultCatcher *c) {
                    m_keychain.write(m_name, u"stored-in-the-keychain-0123456789abcdef"_s, c, c->callback());
                }).isOk());
        EnvSecretStore envStore({}, QProcessEnvironment());
        auto run = start(Mode::Headless, &m_keychain, &envStore, data.path());
        QVERIFY2(run->ready, qPrintable(run->failure));
        QCOMPARE(run->token->origin(), Origin::Keychain);
        QCOMPARE(run->token->token(), u"stored-in-the-keychain-0123456789abcdef"_s);
        QVERIFY(run->notices.isEmpty());
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
    }

    void headlessCreatesInKeychain()
    {
        QTemporaryDir data;
        EnvSecretStore envStore({}, QProcessEnvironment());
        auto first = start(Mode::Headless, &m_keychain, &envStore, data.path());
        QVERIFY2(first->ready, qPrintable(first->failure));
        QCOMPARE(first->token->origin(), Origin::Keychain);
        const QString token = first->token->token();
        QVERIFY(isGeneratedToken(token));
        const SecretResult stored = wait([&](SecurityResultCatcher *c) { m_keychain.read(m_name, c, c->callback()); });
        QCOMPARE(stored.value(), token);
        // Shown once, with where it lives.
        QCOMPARE(first->notices.join(u'\n').count(token), 1);
        QVERIFY(first->notices.join(u'\n').contains(u"keychain"_s));
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));

        auto second = start(Mode::Headless, &m_keychain, &envStore, data.path());
        QVERIFY(second->ready);
        QCOMPARE(second->token->token(), token);
        QVERIFY(second->notices.isEmpty());
    }

    void headlessNoKeychainUsesA0600File()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"sub/operator-token"_s);
        std::unique_ptr<MemorySecretStore> keychain(MemorySecretStore::unavailable(KeychainSecretStore::unavailableReason()));
        EnvSecretStore envStore({}, QProcessEnvironment());
        // Even with a permissive umask the file must never be readable by others.
        const mode_t oldMask = ::umask(0);
        auto first = start(Mode::Headless, keychain.get(), &envStore, data.filePath(u"sub"_s));
        ::umask(oldMask);
        QVERIFY2(first->ready, qPrintable(first->failure));
        QCOMPARE(first->token->origin(), Origin::TokenFile);
        QVERIFY(first->token->isPersistent());
        QCOMPARE(first->token->tokenFilePath(), path);
        const QString token = first->token->token();
        QVERIFY(isGeneratedToken(token));

        QCOMPARE(QFile::permissions(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).trimmed(), token);

        const QString printed = first->notices.join(u'\n');
        QCOMPARE(printed.count(token), 1);
        QVERIFY(printed.contains(path));

        auto second = start(Mode::Headless, keychain.get(), &envStore, data.filePath(u"sub"_s));
        QVERIFY(second->ready);
        QCOMPARE(second->token->token(), token);
        QVERIFY2(second->notices.isEmpty(), qPrintable(second->notices.join(u'\n')));

        // Rotation rewrites the file atomically, still 0600.
        QSignalSpy rotated(second->token.get(), &OperatorToken::rotated);
        second->token->rotate();
        QCOMPARE(rotated.size(), 1);
        QVERIFY(second->token->token() != token);
        QVERIFY(!second->token->verify(token.toUtf8()));
        QVERIFY(second->token->verify(second->token->token().toUtf8()));
        QCOMPARE(QFile::permissions(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).trimmed(), second->token->token());
    }

    void headlessRejectsBadTokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("hint");
        QTest::newRow("world-readable") << QByteArray(64, 'a') << 0644 << u"chmod 600"_s;
        QTest::newRow("group-readable") << QByteArray(64, 'a') << 0640 << u"chmod 600"_s;
        QTest::newRow("too short") << "abc"_ba << 0600 << u"valid token"_s;
        QTest::newRow("empty") << QByteArray() << 0600 << u"valid token"_s;
        QTest::newRow("spaces inside") << "abcdefghijklmnop qrstuvwxyz0123456789"_ba << 0600 << u"valid token"_s;
    }
    void headlessRejectsBadTokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, hint);
        QTemporaryDir data;
        const QString path = data.filePath(u"operator-token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        std::unique_ptr<MemorySecretStore> keychain(MemorySecretStore::unavailable(u"none"_s));
        auto run = start(Mode::Headless, keychain.get(), nullptr, data.path());
        QVERIFY(!run->ready);
        QVERIFY2(run->failure.contains(hint), qPrintable(run->failure));
        QVERIFY(run->failure.contains(path));
        if (!content.isEmpty())
            QVERIFY(!run->failure.contains(QString::fromLatin1(content)));
        QVERIFY(run->notices.isEmpty());
    }

    void headlessRefusedKeychainFailsWithoutFile()
    {
        QTemporaryDir data;
        MemorySecretStore keychain;
        keychain.setState(SecretResult::Status::Denied, u"The keychain is locked."_s);
        auto run = start(Mode::Headless, &keychain, nullptr, data.path());
        QVERIFY(!run->ready);
        QVERIFY(run->failure.contains(u"The keychain is locked."_s));
        QVERIFY(run->failure.contains(m_name));
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
    }

    void guiCreatesInKeychainSilently()
    {
        QTemporaryDir data;
        auto run = start(Mode::Gui, &m_keychain, nullptr, data.path());
        QVERIFY2(run->ready, qPrintable(run->failure));
        QCOMPARE(run->token->origin(), Origin::Keychain);
        QVERIFY(run->notices.isEmpty());
        QVERIFY(run->token->keychainProblem().isEmpty());
        const SecretResult stored = wait([&](SecurityResultCatcher *c) { m_keychain.read(m_name, c, c->callback()); });
        QCOMPARE(stored.value(), run->token->token());

        QSignalSpy rotated(run->token.get(), &OperatorToken::rotated);
        const QString old = run->token->token();
        run->token->rotate();
        QVERIFY(rotated.wait(15000));
        QVERIFY(run->token->token() != old);
        const SecretResult after = wait([&](SecurityResultCatcher *c) { m_keychain.read(m_name, c, c->callback()); });
        QCOMPARE(after.value(), run->token->token());
    }

    void guiEphemeralWhenNoKeychain_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("unavailable") << int(SecretResult::Status::Unavailable);
        QTest::newRow("denied") << int(SecretResult::Status::Denied);
    }
    void guiEphemeralWhenNoKeychain()
    {
        QFETCH(int, state);
        QTemporaryDir data;
        MemorySecretStore keychain;
        keychain.setState(SecretResult::Status(state), u"No keychain (Secret Service) is reachable"_s);
        SecretRedactor redactor;
        auto run = start(Mode::Gui, &keychain, nullptr, data.path(), &redactor);
        QVERIFY(run->ready);
        QCOMPARE(run->token->origin(), Origin::Ephemeral);
        QVERIFY(!run->token->isPersistent());
        QVERIFY(run->token->keychainProblem().contains(u"Secret Service"_s));
        QVERIFY(isGeneratedToken(run->token->token()));
        // Never written in clear anywhere, never printed.
        QVERIFY(QDir(data.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        QVERIFY(run->notices.isEmpty());
        QCOMPARE(keychain.count(), 0);
        // ...and redacted from logs.
        QCOMPARE(redactor.redact(u"Bearer "_s + run->token->token()), u"Bearer [REDACTED]"_s);
        QVERIFY(run->token->verify(run->token->token().toUtf8()));
        QVERIFY(!run->token->verify(QByteArrayView()));
        QVERIFY(!run->token->verify("wrong"_ba));
    }
};

QTEST_GUILESS_MAIN(TestOperatorToken)
#include "tst_operatortoken.moc"
