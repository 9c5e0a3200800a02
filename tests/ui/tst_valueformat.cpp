// The pure helpers behind the pages: JSON validation with line/column, pretty printing, expiry and
// hex previews, text detection.
#include "valueformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestValueFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkJson_data();
    void checkJson();
    void prettyJson();
    void expiry();
    void hexPreview();
    void isText();
};

void TestValueFormat::checkJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<int>("line");

    QTest::newRow("object") << u"{ \"a\": 1 }"_s << true << QByteArray("{\"a\":1}") << 0;
    QTest::newRow("array") << u"[1, 2]"_s << true << QByteArray("[1,2]") << 0;
    QTest::newRow("string scalar") << u"\"hi\""_s << true << QByteArray("\"hi\"") << 0;
    QTest::newRow("number scalar") << u" 42 "_s << true << QByteArray("42") << 0;
    QTest::newRow("null") << u"null"_s << true << QByteArray("null") << 0;
    QTest::newRow("empty") << u"  "_s << false << QByteArray() << 1;
    QTest::newRow("missing quote on line 2") << u"{\n  a: 1\n}"_s << false << QByteArray() << 2;
    QTest::newRow("unterminated on line 3") << u"{\n\"a\": 1,\n\"b\": [1,\n"_s << false << QByteArray() << 4;
    QTest::newRow("two values") << u"1, 2"_s << false << QByteArray() << 1;
    QTest::newRow("trailing garbage") << u"{} x"_s << false << QByteArray() << 1;
}

void TestValueFormat::checkJson()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, compact);
    QFETCH(int, line);
    const Ui::ValueFormat::JsonCheck check = Ui::ValueFormat::checkJson(text);
    QCOMPARE(check.ok, ok);
    if (ok) {
        QCOMPARE(check.compact, compact);
        QVERIFY(check.error.isEmpty());
    } else {
        QVERIFY(!check.error.isEmpty());
        QCOMPARE(check.line, line);
        QVERIFY(check.column >= 1);
    }
}

void TestValueFormat::prettyJson()
{
    QCOMPARE(Ui::ValueFormat::prettyJson("{\"a\":1}"), u"{\n    \"a\": 1\n}"_s);
    QCOMPARE(Ui::ValueFormat::prettyJson("\"x\""), u"\"x\""_s);
    QVERIFY(Ui::ValueFormat::prettyJson("{nope").isEmpty());
}

void TestValueFormat::expiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(Ui::ValueFormat::expiry(std::nullopt, now), u"never expires"_s);
    QCOMPARE(Ui::ValueFormat::expiry(now.addSecs(-1), now), u"expired"_s);
    QCOMPARE(Ui::ValueFormat::expiry(now.addSecs(3 * 3600 + 4 * 60), now), u"expires in 3 h 4 min"_s);
    QCOMPARE(Ui::ValueFormat::expiry(now.addSecs(2 * 86400 + 3600), now), u"expires in 2 d 1 h 0 min"_s);
}

void TestValueFormat::hexPreview()
{
    const QString dump = Ui::ValueFormat::hexPreview(QByteArray("AB\x00\xff", 4));
    QVERIFY2(dump.startsWith(u"00000000  41 42 00 ff"_s), qPrintable(dump));
    QVERIFY(dump.contains(u"|AB..|"_s));
    const QString cut = Ui::ValueFormat::hexPreview(QByteArray(40, 'x'), 16);
    QVERIFY(cut.contains(u"24 more bytes"_s));
}

void TestValueFormat::isText()
{
    QVERIFY(Ui::ValueFormat::isText("plain"));
    QVERIFY(Ui::ValueFormat::isText(u"grüße"_s.toUtf8()));
    QVERIFY(!Ui::ValueFormat::isText(QByteArray("a\0b", 3)));
    QVERIFY(!Ui::ValueFormat::isText("\xff\xfe"));
    // A preview cut inside a two-byte character is still text; a whole value is not.
    const QByteArray cut = u"aü"_s.toUtf8().chopped(1);
    QVERIFY(!Ui::ValueFormat::isText(cut));
    QVERIFY(Ui::ValueFormat::isText(cut, true));
}

QTEST_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
