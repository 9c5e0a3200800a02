// Its own main (not QTEST_GUILESS_MAIN): D-Bus must be broken *before* QCoreApplication and
// QtKeychain exist, so the process really has no keychain. Asserts KeychainSecretStore says so with
// a clear reason and that a failed write leaves nothing under HOME.
#include "security/keychainsecretstore.h"
#include "security/operatortoken.h"
#include "support/securityresultcatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Security;
using Moltdesk::TestSupport::SecurityResultCatcher;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
public:
    explicit TestKeychainUnavailable(const QString &home)
        : m_home(home)
    {
    }

private:
    static SecretResult wait(const std::function<void(SecurityResultCatcher *)> &start)
    {
        SecurityResultCatcher catcher;
        QSignalSpy spy(&catcher, &SecurityResultCatcher::caught);
        start(&catcher);
        if (!spy.wait(20000))
            return SecretResult::failure(SecretResult::Status::Error, u"timed out"_s);
        return catcher.last();
    }

    QStringList filesUnderHome() const
    {
        QStringList files;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    QString m_home;
    KeychainSecretStore m_store;

private slots:
    void probeReportsUnavailable()
    {
        const SecretResult r = wait([&](SecurityResultCatcher *c) { m_store.probe(c, c->callback()); });
        QCOMPARE(r.status(), SecretResult::Status::Unavailable);
        QVERIFY2(r.message().contains(u"No keychain (Secret Service) is reachable"_s), qPrintable(r.message()));
        QVERIFY(r.message().contains(u"GNOME Keyring or KWallet"_s));
    }

    void writeAndReadReportUnavailable()
    {
        const QString value = u"must-never-land-in-a-file-0123456789"_s;
        const SecretResult w = wait([&](SecurityResultCatcher *c) { m_store.write(u"OPENAI_API_KEY"_s, value, c, c->callback()); });
        QCOMPARE(w.status(), SecretResult::Status::Unavailable);
        QVERIFY(!w.message().contains(value));
        const SecretResult r = wait([&](SecurityResultCatcher *c) { m_store.read(u"OPENAI_API_KEY"_s, c, c->callback()); });
        QCOMPARE(r.status(), SecretResult::Status::Unavailable);
        QVERIFY(r.value().isEmpty());
    }

    void nothingWrittenUnderHome()
    {
        // A failed keychain write must not leave the secret anywhere else. (QtKeychain 0.13's own
        // insecure fallback only exists on its KWallet path, so this cannot prove that we keep it
        // off: KeychainSecretStore sets setInsecureFallback(false) on every job for that.)
        QVERIFY2(filesUnderHome().isEmpty(), qPrintable(filesUnderHome().join(u", "_s)));
        QSettings settings(u"moltdesk"_s);
        QVERIFY(settings.allKeys().isEmpty());
    }

    void guiOperatorTokenIsEphemeral()
    {
        QTemporaryDir data;
        OperatorToken token(OperatorToken::Mode::Gui, &m_store, nullptr, data.path());
        QStringList notices;
        token.setNoticeSink([&notices](const QString &line) { notices.append(line); });
        QSignalSpy ready(&token, &OperatorToken::ready);
        token.ensure();
        QVERIFY(ready.wait(20000));
        QCOMPARE(token.origin(), OperatorToken::Origin::Ephemeral);
        QVERIFY(token.keychainProblem().contains(u"Secret Service"_s));
        QVERIFY(notices.isEmpty());
        QVERIFY(QDir(data.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        QVERIFY(filesUnderHome().isEmpty());
    }
};

int main(int argc, char **argv)
{
    // Break the session bus before anything can connect to it, and keep any fallback file inside
    // a scratch HOME we can inspect.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/moltdesk-no-bus");
    qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + u"/.config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + u"/.local/share"_s));

    QCoreApplication app(argc, argv);
    app.setApplicationName(u"moltdesk"_s);
    app.setOrganizationName(u"moltdesk"_s);
    TestKeychainUnavailable test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
