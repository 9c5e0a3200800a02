// Process-level tests of the command line: --version/--help, argument errors, configuration and
// env-file errors (exit 2), start-up failures (exit 1) and the data-directory lock
// (README.md "Running", docs/configuration.md).
#include "support/appprocess.h"
#include "support/configtestfiles.h"

#include "base/version.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppProcess;

namespace {

const QString kBinary = QStringLiteral(MOLTDESK_BINARY);

bool writeFile(const QString &path, const QByteArray &data)
{
    return Moltdesk::TestSupport::ConfigTestFiles::write(path, data);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        AppProcess app(kBinary);
        QVERIFY(app.start({u"--version"_s}));
        QCOMPARE(app.waitForExit(), 0);
        QCOMPARE(app.stdOut(), "moltdesk "_ba + Moltdesk::Base::kVersion + '\n');
        QVERIFY2(app.stdErr().isEmpty(), app.stdErr().constData());
    }

    void help_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("--help") << u"--help"_s;
        QTest::newRow("-h") << u"-h"_s;
    }

    void help()
    {
        QFETCH(QString, flag);
        AppProcess app(kBinary);
        QVERIFY(app.start({flag}));
        QCOMPARE(app.waitForExit(), 0);
        const QByteArray out = app.stdOut();
        QVERIFY2(out.startsWith("Usage: moltdesk"), out.constData());
        for (const char *option : {"--headless", "--data-dir", "--config", "--listen", "--env-file", "--version", "--help"})
            QVERIFY2(out.contains(option), option);
        QVERIFY(app.stdErr().isEmpty());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{u"--headless"_s, u"--frobnicate"_s} << u"--frobnicate"_s;
        QTest::newRow("unknown option with value") << QStringList{u"--port=8080"_s} << u"--port"_s;
        QTest::newRow("missing value") << QStringList{u"--headless"_s, u"--listen"_s} << u"--listen"_s;
        QTest::newRow("empty value") << QStringList{u"--data-dir="_s} << u"--data-dir"_s;
        QTest::newRow("stray argument") << QStringList{u"serve"_s} << u"serve"_s;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        AppProcess app(kBinary);
        QVERIFY(app.start(arguments));
        QCOMPARE(app.waitForExit(), 2);
        const QByteArray err = app.stdErr();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.endsWith('\n'), err.constData());
        QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
        QVERIFY(app.stdOut().isEmpty());
    }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("keyPath");
        QTest::newRow("wrong type") << R"({"security":{"rateLimit":{"burstSize":"ten"}}})"_ba
                                    << u"security.rateLimit.burstSize"_s;
        QTest::newRow("bad enum") << R"({"security":{"dmPolicy":"everyone"}})"_ba << u"security.dmPolicy"_s;
        QTest::newRow("bad listen") << R"({"gateway":{"listen":"nowhere"}})"_ba << u"gateway.listen"_s;
        QTest::newRow("negative size") << R"({"gateway":{"maxBodyBytes":-5}})"_ba << u"gateway.maxBodyBytes"_s;
        QTest::newRow("section not an object") << R"({"ai":42})"_ba << u"ai"_s;
        QTest::newRow("invalid JSON") << R"({"gateway": {"listen": )"_ba << QString();
        QTest::newRow("not an object") << R"([1, 2, 3])"_ba << QString();
    }

    void configErrors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, keyPath);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString configPath = data.filePath(u"settings-under-test.json"_s);
        QVERIFY(writeFile(configPath, config));

        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--config"_s, configPath,
                           u"--listen"_s, u"127.0.0.1:0"_s}));
        QCOMPARE(app.waitForExit(), 2);
        const QByteArray err = app.stdErr();
        QVERIFY2(err.contains("settings-under-test.json"), err.constData());
        if (!keyPath.isEmpty())
            QVERIFY2(err.contains(keyPath.toUtf8()), err.constData());
        QCOMPARE(app.programErrorLines().size(), 1);
        QVERIFY2(!app.stdOut().contains("listening on"), app.transcript().constData());
    }

    void badListenOption_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("no port") << u"127.0.0.1"_s;
        QTest::newRow("port out of range") << u"127.0.0.1:70000"_s;
        QTest::newRow("not a number") << u"127.0.0.1:http"_s;
        QTest::newRow("not an address") << u"no such host!:80"_s;
    }

    void badListenOption()
    {
        QFETCH(QString, listen);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, listen}));
        QCOMPARE(app.waitForExit(), 2);
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("--listen"), lines.first().constData());
    }

    void badEnvFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("where");
        QTest::newRow("line without =") << "# secrets\nOPENAI_API_KEY=sk-test-1234567890\nthis line is wrong\n"_ba
                                        << u":3"_s;
        QTest::newRow("bad name") << "1BAD-NAME=value\n"_ba << u":1"_s;
        QTest::newRow("unterminated quote") << "A=1\nB=\"never closed\n"_ba << u":2"_s;
    }

    void badEnvFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, where);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString envPath = data.filePath(u"broken.env"_s);
        QVERIFY(writeFile(envPath, contents));

        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s,
                           u"--env-file"_s, envPath}));
        QCOMPARE(app.waitForExit(), 2);
        const QByteArray err = app.stdErr();
        QVERIFY2(err.contains(QByteArray("broken.env" + where.toUtf8())), err.constData());
        QVERIFY2(!err.contains("sk-test-1234567890"), err.constData());
    }

    void missingEnvFile()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s,
                           u"--env-file"_s, data.filePath(u"absent.env"_s)}));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY2(app.stdErr().contains("absent.env"), app.stdErr().constData());
    }

    void unknownConfigKeyWarns()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QVERIFY(writeFile(data.filePath(u"config.json"_s),
                          R"({"gateway":{"listne":"127.0.0.1:1"},"telemetry":true})"_ba));
        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        QVERIFY2(app.stdErr().contains("gateway.listne"), app.transcript().constData());
        QVERIFY2(app.stdErr().contains("telemetry"), app.transcript().constData());
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void portInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const QString listen = u"127.0.0.1:%1"_s.arg(occupant.serverPort());
        QTemporaryDir data;
        QVERIFY(data.isValid());

        AppProcess app(kBinary);
        // A known token, so the only program line is the failure (no one-time token notice).
        QProcessEnvironment env = AppProcess::cleanEnvironment();
        env.insert(u"MOLTDESK_TOKEN"_s, u"apptests-operator-token-0123456789abcdef"_s);
        app.setEnvironment(env);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, listen}));
        QCOMPARE(app.waitForExit(), 1);
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(listen.toUtf8()), lines.first().constData());
        QVERIFY(!app.stdOut().contains("listening on"));
    }

    void dataDirectoryNotWritable()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        // A regular file where the data directory should be: cannot be created, whoever runs this.
        const QString blocked = parent.filePath(u"not-a-directory"_s);
        QVERIFY(writeFile(blocked, "x"));
        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, blocked + u"/data"_s, u"--listen"_s, u"127.0.0.1:0"_s}));
        QCOMPARE(app.waitForExit(), 1);
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("not-a-directory"), lines.first().constData());
    }

    void dataDirectoryLock()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList args{u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s};

        AppProcess first(kBinary);
        QVERIFY(first.start(args));
        QVERIFY2(first.waitForListening().isValid(), first.transcript().constData());

        AppProcess second(kBinary);
        QVERIFY(second.start(args));
        QCOMPARE(second.waitForExit(), 1);
        const QList<QByteArray> lines = second.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QDir::toNativeSeparators(data.path()).toUtf8()), lines.first().constData());
        QVERIFY(first.isRunning());

        QVERIFY(first.sendSignal(SIGTERM));
        QCOMPARE(first.waitForExit(), 0);

        AppProcess third(kBinary);
        QVERIFY(third.start(args));
        QVERIFY2(third.waitForListening().isValid(), third.transcript().constData());
        QVERIFY(third.sendSignal(SIGTERM));
        QCOMPARE(third.waitForExit(), 0);
    }

    void secretInConfigIsRefusedWithoutEchoingIt()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QByteArray secret = "sk-ant-SECRETVALUE-4f2b9c1d7e3a8b6c5d4e3f2a1b0c9d8e"_ba;
        QVERIFY(writeFile(data.filePath(u"config.json"_s),
                          "{\"ai\":{\"providers\":{\"anthropic\":{\"apiKey\":\""_ba + secret + "\"}}}}"_ba));
        AppProcess app(kBinary);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY2(app.stdErr().contains("ai.providers.anthropic.apiKey"), app.stdErr().constData());
        QVERIFY2(!app.stdErr().contains("SECRETVALUE"), app.stdErr().constData());
        QVERIFY(!app.stdOut().contains("SECRETVALUE"));
        QFile log(data.filePath(u"logs/moltdesk.log"_s));
        if (log.open(QIODevice::ReadOnly))
            QVERIFY(!log.readAll().contains("SECRETVALUE"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
