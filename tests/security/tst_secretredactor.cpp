#include "security/constanttime.h"
#include "security/secretredactor.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Security;

// SecretRedactor (the log's second line of defence) and constantTimeEquals.
class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void redacts_data()
    {
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringList{u"sk-ant-1234567890"_s} << u"key=sk-ant-1234567890 ok"_s << u"key=[REDACTED] ok"_s;
        QTest::newRow("twice") << QStringList{u"abcdefgh"_s} << u"abcdefgh/abcdefgh"_s << u"[REDACTED]/[REDACTED]"_s;
        QTest::newRow("overlapping, longest first") << QStringList{u"token123"_s, u"token123-extended"_s}
                                                    << u"x token123-extended y token123"_s << u"x [REDACTED] y [REDACTED]"_s;
        QTest::newRow("percent-encoded in a URL") << QStringList{u"a+b/c=d e&f"_s}
                                                  << u"GET /x?k=a%2Bb%2Fc%3Dd%20e%26f"_s << u"GET /x?k=[REDACTED]"_s;
        QTest::newRow("unicode") << QStringList{u"пароль-секрет"_s} << u"pw: пароль-секрет."_s << u"pw: [REDACTED]."_s;
        QTest::newRow("untouched") << QStringList{u"zzzzzzzzzz"_s} << u"nothing to see"_s << u"nothing to see"_s;
        QTest::newRow("short values ignored") << QStringList{u"1234567"_s} << u"id 1234567"_s << u"id 1234567"_s;
    }
    void redacts()
    {
        QFETCH(QStringList, secrets);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        SecretRedactor redactor;
        for (const QString &s : secrets)
            redactor.addSecret(s);
        QCOMPARE(redactor.redact(input), expected);
    }

    void minimumLengthAndRemoval()
    {
        SecretRedactor redactor;
        QVERIFY(!redactor.addSecret(u"short"_s));
        QVERIFY(!redactor.addSecret(QString()));
        QCOMPARE(redactor.patternCount(), 0);
        QVERIFY(redactor.addSecret(u"exactly8"_s));
        QCOMPARE(redactor.redact(u"exactly8"_s), u"[REDACTED]"_s);
        redactor.removeSecret(u"exactly8"_s);
        QCOMPARE(redactor.redact(u"exactly8"_s), u"exactly8"_s);
        redactor.addSecret(u"another-secret"_s);
        redactor.clear();
        QCOMPARE(redactor.patternCount(), 0);
    }

    void threadSafe()
    {
        // Writers register secrets while readers redact; run under TSan/ASan this catches races,
        // and without a lock QList reallocation crashes readers in practice.
        SecretRedactor redactor;
        auto writer = QtConcurrent::run([&redactor] {
            for (int i = 0; i < 2000; ++i)
                redactor.addSecret(u"secret-value-%1"_s.arg(i));
        });
        auto reader = QtConcurrent::run([&redactor] {
            int redacted = 0;
            for (int i = 0; i < 2000; ++i) {
                if (redactor.redact(u"line with secret-value-0 inside"_s).contains(u"[REDACTED]"_s))
                    ++redacted;
            }
            return redacted;
        });
        writer.waitForFinished();
        reader.waitForFinished();
        QCOMPARE(redactor.redact(u"secret-value-1999 and secret-value-0"_s), u"[REDACTED] and [REDACTED]"_s);
    }

    void constantTime_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << "0123456789abcdef"_ba << "0123456789abcdef"_ba << true;
        QTest::newRow("last byte differs") << "0123456789abcdef"_ba << "0123456789abcdeX"_ba << false;
        QTest::newRow("first byte differs") << "0123456789abcdef"_ba << "X123456789abcdef"_ba << false;
        QTest::newRow("prefix") << "0123456789abcdef"_ba << "0123456789"_ba << false;
        QTest::newRow("empty vs value") << QByteArray() << "x"_ba << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("embedded NUL") << QByteArray("ab\0cd", 5) << QByteArray("ab\0ce", 5) << false;
        QTest::newRow("binary equal") << QByteArray(64, '\xff') << QByteArray(64, '\xff') << true;
    }
    void constantTime()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(constantTimeEquals(a, b), equal);
        QCOMPARE(constantTimeEquals(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
