#include "host/commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Host::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void resolvesDefaults();
    void helpMentionsEveryOption();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("envFile");

    QTest::newRow("nothing") << QStringList{} << false << QString() << QString() << QString() << QString();
    QTest::newRow("headless") << QStringList{u"--headless"_s} << true << QString() << QString() << QString()
                              << QString();
    QTest::newRow("separate values")
        << QStringList{u"--data-dir"_s, u"/tmp/d"_s, u"--config"_s, u"c.json"_s, u"--listen"_s,
                       u"127.0.0.1:0"_s, u"--env-file"_s, u".env"_s}
        << false << u"/tmp/d"_s << u"c.json"_s << u"127.0.0.1:0"_s << u".env"_s;
    QTest::newRow("equals values") << QStringList{u"--headless"_s, u"--listen=[::1]:9000"_s, u"--data-dir=/x y"_s}
                                   << true << u"/x y"_s << QString() << u"[::1]:9000"_s << QString();
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, args);
    args.prepend(u"moltdesk"_s);
    const auto result = CommandLine::parse(args);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QTEST(result.options.headless, "headless");
    QTEST(result.options.dataDir, "dataDir");
    QTEST(result.options.config, "config");
    QTEST(result.options.listen, "listen");
    QTEST(result.options.envFile, "envFile");
}

void TestCommandLine::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << QStringList{u"--bogus"_s} << u"unknown option '--bogus'"_s;
    QTest::newRow("missing value") << QStringList{u"--listen"_s} << u"option '--listen' needs a value"_s;
    QTest::newRow("empty value") << QStringList{u"--config="_s} << u"option '--config' needs a non-empty value"_s;
    QTest::newRow("positional") << QStringList{u"serve"_s} << u"unexpected argument 'serve'"_s;
}

void TestCommandLine::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    args.prepend(u"moltdesk"_s);
    const auto result = CommandLine::parse(args);
    QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
}

void TestCommandLine::resolvesDefaults()
{
    Moltdesk::Host::CommandLineOptions options;
    qunsetenv("MOLTDESK_DATA_DIR");
    qunsetenv("MOLTDESK_CONFIG");
    QCOMPARE(CommandLine::resolveDataDir(options, u"/home/u/.local/share/moltdesk"_s),
             u"/home/u/.local/share/moltdesk"_s);
    QCOMPARE(CommandLine::resolveConfigPath(options, u"/data"_s), u"/data/config.json"_s);

    qputenv("MOLTDESK_DATA_DIR", "/from/env");
    qputenv("MOLTDESK_CONFIG", "/env/config.json");
    QCOMPARE(CommandLine::resolveDataDir(options, u"/default"_s), u"/from/env"_s);
    QCOMPARE(CommandLine::resolveConfigPath(options, u"/data"_s), u"/env/config.json"_s);

    options.dataDir = u"/flag/wins/../dir"_s;
    options.config = u"/flag/config.json"_s;
    QCOMPARE(CommandLine::resolveDataDir(options, u"/default"_s), u"/flag/dir"_s);
    QCOMPARE(CommandLine::resolveConfigPath(options, u"/data"_s), u"/flag/config.json"_s);
    qunsetenv("MOLTDESK_DATA_DIR");
    qunsetenv("MOLTDESK_CONFIG");
}

void TestCommandLine::helpMentionsEveryOption()
{
    const QString help = CommandLine::helpText();
    for (const char *option : {"--headless", "--data-dir", "--config", "--listen", "--env-file", "--version", "--help"})
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
