// The --env-file parser: every quoting rule, comments, export, CRLF, and invalid lines reported by
// line number without ever echoing the line (it may hold a secret).
#include "config/dotenv.h"
#include "support/configtestfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Config::DotEnv;
using Moltdesk::TestSupport::ConfigTestFiles;

using Pairs = QList<std::pair<QString, QString>>;

class TestDotEnv : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void invalidLines_data();
    void invalidLines();
    void lastValueWinsAtFirstPosition();
    void loadNamesFile();
    void loadRefusesFilesOthersCanAccess();
};

void TestDotEnv::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Pairs>("expected");

    QTest::newRow("plain") << "A=1\nB=two\n"_ba << Pairs{{u"A"_s, u"1"_s}, {u"B"_s, u"two"_s}};
    QTest::newRow("no final newline") << "A=1"_ba << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("empty value") << "A=\nB= \n"_ba << Pairs{{u"A"_s, QString()}, {u"B"_s, QString()}};
    QTest::newRow("export prefix") << "export ANTHROPIC_API_KEY=sk-1\nexport\tB=2\n"_ba
                                   << Pairs{{u"ANTHROPIC_API_KEY"_s, u"sk-1"_s}, {u"B"_s, u"2"_s}};
    QTest::newRow("name starting with export") << "exported=1\n"_ba << Pairs{{u"exported"_s, u"1"_s}};
    QTest::newRow("blank lines and comments") << "\n# comment\n   # indented comment\n\nA=1\n\n"_ba
                                              << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("whitespace trimmed") << "  A  =   spaced value   \n"_ba << Pairs{{u"A"_s, u"spaced value"_s}};
    QTest::newRow("inline comment") << "A=value # comment\nB=value\t# tab comment\n"_ba
                                    << Pairs{{u"A"_s, u"value"_s}, {u"B"_s, u"value"_s}};
    QTest::newRow("hash without blank stays") << "A=abc#def\nB=http://x/#frag\n"_ba
                                              << Pairs{{u"A"_s, u"abc#def"_s}, {u"B"_s, u"http://x/#frag"_s}};
    QTest::newRow("only a comment after =") << "A= # nothing\n"_ba << Pairs{{u"A"_s, QString()}};
    QTest::newRow("equals in value") << "A=b=c==\n"_ba << Pairs{{u"A"_s, u"b=c=="_s}};
    QTest::newRow("single quotes literal") << "A='x \\n $B # not a comment'\n"_ba
                                           << Pairs{{u"A"_s, u"x \\n $B # not a comment"_s}};
    QTest::newRow("single quotes keep spaces") << "A='  padded  '\n"_ba << Pairs{{u"A"_s, u"  padded  "_s}};
    QTest::newRow("double quote escapes") << "A=\"line1\\nline2\\t\\\"q\\\" back\\\\slash\"\n"_ba
                                          << Pairs{{u"A"_s, u"line1\nline2\t\"q\" back\\slash"_s}};
    QTest::newRow("unknown escape kept") << "A=\"C:\\dir\"\n"_ba << Pairs{{u"A"_s, u"C:\\dir"_s}};
    QTest::newRow("double quotes multi-line")
        << "KEY=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT=1\n"_ba
        << Pairs{{u"KEY"_s, u"-----BEGIN-----\nabc\n-----END-----"_s}, {u"NEXT"_s, u"1"_s}};
    QTest::newRow("single quotes multi-line") << "A='x\ny'\n"_ba << Pairs{{u"A"_s, u"x\ny"_s}};
    QTest::newRow("comment after quotes") << "A=\"v\" # c\nB='w'\n"_ba << Pairs{{u"A"_s, u"v"_s}, {u"B"_s, u"w"_s}};
    QTest::newRow("hash inside quotes") << "A=\"a # b\"\n"_ba << Pairs{{u"A"_s, u"a # b"_s}};
    QTest::newRow("empty quotes") << "A=\"\"\nB=''\n"_ba << Pairs{{u"A"_s, QString()}, {u"B"_s, QString()}};
    QTest::newRow("CRLF") << "A=1\r\nB=\"x\r\ny\"\r\n# c\r\nC=3 # c\r\n"_ba
                          << Pairs{{u"A"_s, u"1"_s}, {u"B"_s, u"x\ny"_s}, {u"C"_s, u"3"_s}};
    QTest::newRow("BOM") << "\xEF\xBB\xBF" "A=1\n"_ba << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("utf-8 value") << "A=h\xC3\xA9llo\n"_ba << Pairs{{u"A"_s, u"h\u00e9llo"_s}};
    QTest::newRow("dotted name") << "app.port=1\n_X=2\n"_ba << Pairs{{u"app.port"_s, u"1"_s}, {u"_X"_s, u"2"_s}};
}

void TestDotEnv::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(Pairs, expected);

    const DotEnv env = DotEnv::parse(input, u".env"_s);
    QVERIFY2(env.ok(), qPrintable(env.errors().join(u'\n')));
    Pairs actual;
    for (const DotEnv::Entry &entry : env.entries())
        actual.append({entry.name, entry.value});
    QCOMPARE(actual, expected);
}

void TestDotEnv::invalidLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("validNames");

    const QString badName = u"expected NAME=value with NAME made of letters, digits and '_'"_s;
    QTest::newRow("no equals") << "A=1\nSECRETVALUE\nB=2\n"_ba << QStringList{u".env:2: "_s + badName}
                               << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("bad name") << "1A=SECRETVALUE\nMY-KEY=SECRETVALUE\n"_ba
                              << QStringList{u".env:1: "_s + badName, u".env:2: "_s + badName} << QStringList{};
    QTest::newRow("empty name") << "=SECRETVALUE\n"_ba << QStringList{u".env:1: "_s + badName} << QStringList{};
    QTest::newRow("unterminated double") << "A=1\nB=\"SECRETVALUE\nC=3\n"_ba
                                         << QStringList{u".env:2: unterminated double-quoted value"_s}
                                         << QStringList{u"A"_s};
    QTest::newRow("unterminated single") << "A='SECRETVALUE\n"_ba
                                         << QStringList{u".env:1: unterminated single-quoted value"_s} << QStringList{};
    QTest::newRow("text after quote") << "A=\"x\"SECRETVALUE\nB=2\n"_ba
                                      << QStringList{u".env:1: unexpected text after the closing quote"_s}
                                      << QStringList{u"B"_s};
    QTest::newRow("line count after multi-line") << "A=\"x\ny\"\nSECRETVALUE\r\n"_ba
                                                 << QStringList{u".env:3: "_s + badName} << QStringList{u"A"_s};
}

void TestDotEnv::invalidLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, validNames);

    const DotEnv env = DotEnv::parse(input, u".env"_s);
    QVERIFY(!env.ok());
    QCOMPARE(env.errors(), errors);
    QCOMPARE(env.names(), validNames);
    QVERIFY(!env.errors().join(u'\n').contains(u"SECRETVALUE"_s));
}

void TestDotEnv::lastValueWinsAtFirstPosition()
{
    const DotEnv env = DotEnv::parse("A=1\nB=2\nA=3\n"_ba);
    QVERIFY(env.ok());
    QCOMPARE(env.names(), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(env.value(u"A"_s), u"3"_s);
    QCOMPARE(env.entries().first().line, 3);
    QVERIFY(!env.contains(u"C"_s));
    QCOMPARE(env.value(u"C"_s, u"fallback"_s), u"fallback"_s);
}

void TestDotEnv::loadNamesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"prod.env"_s);
    QVERIFY(ConfigTestFiles::write(path, "TELEGRAM_BOT_TOKEN=123:abc\nbroken line\n"_ba));
    const DotEnv env = DotEnv::load(path);
    QCOMPARE(env.value(u"TELEGRAM_BOT_TOKEN"_s), u"123:abc"_s);
    QCOMPARE(env.errors().size(), 1);
    QVERIFY(env.errors().first().startsWith(path + u":2: "_s));

    const DotEnv missing = DotEnv::load(dir.filePath(u"missing.env"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors().first().startsWith(dir.filePath(u"missing.env"_s) + u": cannot read: "_s));
}

// The attack: a secrets file other local users can read (or one another user planted) is used.
void TestDotEnv::loadRefusesFilesOthersCanAccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"prod.env"_s);
    QVERIFY(ConfigTestFiles::write(path, "OPENAI_API_KEY=sk-should-not-be-read\n"_ba));
    QVERIFY(DotEnv::load(path).ok());
    for (const QFileDevice::Permissions extra : {QFileDevice::Permissions(QFileDevice::ReadGroup),
                                                 QFileDevice::Permissions(QFileDevice::ReadOther),
                                                 QFileDevice::Permissions(QFileDevice::WriteOther)}) {
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | extra));
        const DotEnv env = DotEnv::load(path);
        QVERIFY(!env.ok());
        QVERIFY(env.entries().isEmpty());
        QCOMPARE(env.errors().size(), 1);
        QVERIFY2(env.errors().first().startsWith(path + u": refused: "_s), qPrintable(env.errors().first()));
        QVERIFY2(env.errors().first().contains(u"chmod 600 "_s + path), qPrintable(env.errors().first()));
        QVERIFY(!env.errors().first().contains(u"sk-should"_s));
    }
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
