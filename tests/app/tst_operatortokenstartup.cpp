// Process-level tests of how the operator token (MOLTDESK_TOKEN) is provisioned at start-up in
// headless mode without a keychain (docs/secrets.md "The operator token"): environment vs
// --env-file, the DATA/operator-token file and its permission checks, and the rule that a
// non-loopback listener needs a provisioned token of at least 32 characters (docs/secrets.md "Listening beyond loopback").
#include "support/apphttp.h"
#include "support/appprocess.h"
#include "support/configtestfiles.h"
#include "support/wstestclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppHttp;
using Moltdesk::TestSupport::AppProcess;
using Moltdesk::TestSupport::ConfigTestFiles;
using Moltdesk::TestSupport::WsTestClient;

namespace {

const QString kBinary = QStringLiteral(MOLTDESK_BINARY);
const QString kEnvToken = u"apptests-token-from-environment-0123456789"_s;
const QString kFileToken = u"apptests-token-from-env-file-9876543210ab"_s;

// Connects to /ws with `token` and says whether hello-ok came back.
bool accepted(quint16 port, const QString &token)
{
    WsTestClient client;
    const auto response = client.connectWithToken(AppHttp::wsUrl(port), token);
    return response && response->value(u"ok"_s).toBool();
}

} // namespace

class TestOperatorTokenStartup : public QObject
{
    Q_OBJECT

private slots:
    void nonLoopbackRefusesWithoutUsableToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("no token") << QString() << "operator token"_ba;
        QTest::newRow("10-character token") << u"short12345"_s << "32"_ba;
        QTest::newRow("31-character token") << QString(31, u'a') << "32"_ba;
    }

    void nonLoopbackRefusesWithoutUsableToken()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, mentions);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        if (!token.isEmpty())
            app.setEnvironment(AppProcess::environmentWithToken(token));
        QVERIFY(app.start(AppProcess::headlessArguments(data.path(), u"0.0.0.0:0"_s)));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY2(!app.stdOut().contains("listening on"), app.transcript().constData());
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), lines.first().constData());
        QVERIFY2(lines.first().contains("MOLTDESK_TOKEN"), lines.first().constData());
        if (!token.isEmpty())
            QVERIFY2(!app.stdErr().contains(token.toUtf8()), app.stdErr().constData());
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
    }

    // Issue 13, as the attack: a short operator token or webhook secret can be guessed, on loopback
    // too (any local process or web page can try). Refused before anything listens.
    void shortSecretsAreRefusedOnLoopback_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("viaEnvFile");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("31-character token") << u"MOLTDESK_TOKEN"_s << QString(31, u'k') << false << "at least 32"_ba;
        QTest::newRow("short token in env file") << u"MOLTDESK_TOKEN"_s << u"tiny-token-123"_s << true << "at least 32"_ba;
        QTest::newRow("15-character webhook secret") << u"TELEGRAM_WEBHOOK_SECRET"_s << u"fifteen-chars-x"_s << false
                                                     << "at least 16"_ba;
        QTest::newRow("webhook secret in env file") << u"TELEGRAM_WEBHOOK_SECRET"_s << u"abc"_s << true << "at least 16"_ba;
        QTest::newRow("WhatsApp app secret") << u"WHATSAPP_WEBHOOK_SECRET"_s << u"0123456789"_s << false << "at least 16"_ba;
    }

    void shortSecretsAreRefusedOnLoopback()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, viaEnvFile);
        QFETCH(QByteArray, mentions);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QProcessEnvironment env = name == u"MOLTDESK_TOKEN"_s ? AppProcess::cleanEnvironment()
                                                              : AppProcess::environmentWithToken(kEnvToken);
        QStringList arguments = AppProcess::headlessArguments(data.path());
        if (viaEnvFile) {
            const QString envFile = data.filePath(u"secrets.env"_s);
            QVERIFY(ConfigTestFiles::write(envFile, name.toUtf8() + '=' + value.toUtf8() + '\n'));
            arguments << u"--env-file"_s << envFile;
        } else {
            env.insert(name, value);
        }
        AppProcess app(kBinary);
        app.setEnvironment(env);
        QVERIFY(app.start(arguments));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY2(!app.stdOut().contains("listening on"), app.transcript().constData());
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QByteArray(name.toUtf8() + " is too short")), lines.first().constData());
        QVERIFY2(lines.first().contains(mentions), lines.first().constData());
        QVERIFY2(!app.transcript().contains(value.toUtf8()), app.transcript().constData());
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
    }

    void operatorTokenFileWithoutKeychain()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString tokenPath = data.filePath(u"operator-token"_s);
        QString token;
        {
            AppProcess first(kBinary); // no MOLTDESK_TOKEN, keychain unreachable
            QVERIFY(first.start(AppProcess::headlessArguments(data.path())));
            QVERIFY2(first.waitForListening().isValid(), first.transcript().constData());
            static const QRegularExpression notice(u"operator token \\(shown only this once\\): (\\S+)"_s);
            const auto match = notice.match(QString::fromLocal8Bit(first.stdErr()));
            QVERIFY2(match.hasMatch(), first.transcript().constData());
            token = match.captured(1);
            QCOMPARE(token.size(), 64);
            QCOMPARE(QString::fromLocal8Bit(first.stdErr()).count(token), 1);
            QVERIFY(!first.stdOut().contains(token.toUtf8()));
            QVERIFY2(first.stdErr().contains(tokenPath.toUtf8()), first.stdErr().constData());

            struct stat info = {};
            QCOMPARE(::stat(QFile::encodeName(tokenPath).constData(), &info), 0);
            QCOMPARE(int(info.st_mode & 0777), 0600);
            QCOMPARE(AppProcess::readFile(tokenPath).trimmed(), token.toUtf8());
            QVERIFY(first.sendSignal(SIGTERM));
            QCOMPARE(first.waitForExit(), 0);
        }

        AppProcess second(kBinary);
        QVERIFY(second.start(AppProcess::headlessArguments(data.path())));
        QVERIFY2(second.waitForListening().isValid(), second.transcript().constData());
        QVERIFY2(!second.stdErr().contains("shown only this once"), second.stdErr().constData());
        QVERIFY(!second.stdErr().contains(token.toUtf8()));
        QVERIFY(!second.stdOut().contains(token.toUtf8()));

        WsTestClient client;
        const auto hello = client.connectWithToken(AppHttp::wsUrl(second.port()), QString::fromUtf8(AppProcess::readFile(tokenPath).trimmed()));
        QVERIFY(hello);
        QVERIFY2(hello->value(u"ok"_s).toBool(), QJsonDocument(*hello).toJson().constData());
        QVERIFY(second.sendSignal(SIGTERM));
        QCOMPARE(second.waitForExit(), 0);
    }
    void tokenPrecedence_data()
    {
        QTest::addColumn<QString>("environmentValue"); // null: not set at all
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("refused");
        // docs/secrets.md: the process environment wins over the env file...
        QTest::newRow("environment wins") << kEnvToken << kEnvToken << kFileToken;
        // ...and an empty value counts as unset.
        QTest::newRow("empty environment value") << u""_s << kFileToken << kEnvToken;
        QTest::newRow("env file only") << QString() << kFileToken << kEnvToken;
    }

    void tokenPrecedence()
    {
        QFETCH(QString, environmentValue);
        QFETCH(QString, expected);
        QFETCH(QString, refused);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString envFile = data.filePath(u"secrets.env"_s);
        QVERIFY(ConfigTestFiles::write(envFile, "MOLTDESK_TOKEN=" + kFileToken.toUtf8() + '\n'));
        QProcessEnvironment env = AppProcess::cleanEnvironment();
        if (!environmentValue.isNull())
            env.insert(u"MOLTDESK_TOKEN"_s, environmentValue);
        AppProcess app(kBinary);
        app.setEnvironment(env);
        QVERIFY(app.start(AppProcess::headlessArguments(data.path()) << u"--env-file"_s << envFile));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QVERIFY(accepted(app.port(), expected));
        QVERIFY(!accepted(app.port(), refused));
        // A provisioned token is never printed and never copied into the data directory.
        QVERIFY(!app.stdErr().contains(expected.toUtf8()));
        QVERIFY(!QFile::exists(data.filePath(u"operator-token"_s)));
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void nonLoopbackWithTokenFromEnvFile()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString envFile = data.filePath(u"secrets.env"_s);
        QVERIFY(ConfigTestFiles::write(envFile, "MOLTDESK_TOKEN='" + kFileToken.toUtf8() + "'\n"));
        AppProcess app(kBinary);
        QVERIFY(app.start(AppProcess::headlessArguments(data.path(), u"0.0.0.0:0"_s) << u"--env-file"_s << envFile));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QCOMPARE(AppHttp::get(app.port(), "/metrics", {{"Authorization", "Bearer " + kFileToken.toUtf8()}}).status, 200);
        QVERIFY(accepted(app.port(), kFileToken));
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void tokenFileAllowsNonLoopback()
    {
        // The refusal message's advice: "start once on 127.0.0.1 to create one".
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            AppProcess first(kBinary);
            QVERIFY(first.start(AppProcess::headlessArguments(data.path())));
            QVERIFY2(first.waitForListening().isValid(), first.transcript().constData());
            QVERIFY(first.sendSignal(SIGTERM));
            QCOMPARE(first.waitForExit(), 0);
        }
        const QByteArray token = AppProcess::readFile(data.filePath(u"operator-token"_s)).trimmed();
        QCOMPARE(token.size(), 64);

        AppProcess app(kBinary);
        QVERIFY(app.start(AppProcess::headlessArguments(data.path(), u"0.0.0.0:0"_s)));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QCOMPARE(AppHttp::get(app.port(), "/metrics").status, 401);
        QCOMPARE(AppHttp::get(app.port(), "/metrics", {{"Authorization", "Bearer " + token}}).status, 200);
        QVERIFY(accepted(app.port(), QString::fromLatin1(token)));
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void unusableTokenFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("mentions");
        const QByteArray good = "apptests-file-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"_ba;
        QTest::newRow("readable by others") << good << 0644 << "chmod 600"_ba;
        QTest::newRow("writable by group") << good << 0620 << "chmod 600"_ba;
        QTest::newRow("too short") << "tooshort\n"_ba << 0600 << "32"_ba;
    }

    void unusableTokenFileIsRefused()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, mode);
        QFETCH(QByteArray, mentions);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString path = data.filePath(u"operator-token"_s);
        QVERIFY(ConfigTestFiles::write(path, contents));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);

        AppProcess app(kBinary);
        QVERIFY(app.start(AppProcess::headlessArguments(data.path())));
        QCOMPARE(app.waitForExit(), 1);
        QVERIFY2(!app.stdOut().contains("listening on"), app.transcript().constData());
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path.toUtf8()), lines.first().constData());
        QVERIFY2(lines.first().contains(mentions), lines.first().constData());
        QVERIFY2(!app.stdErr().contains(contents.trimmed()), app.stdErr().constData());
        // Refused, not replaced: the operator decides what happens to it.
        QCOMPARE(AppProcess::readFile(path), contents);
    }
};

QTEST_GUILESS_MAIN(TestOperatorTokenStartup)
#include "tst_operatortokenstartup.moc"
