// HOST:PORT parsing shared by gateway.listen and --listen, plus the duration/size units.
#include "config/listenaddress.h"
#include "config/units.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Config::ListenAddress;
using Moltdesk::Config::Units;

class TestListenAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void durations_data();
    void durations();
    void sizes_data();
    void sizes();
};

void TestListenAddress::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("ipv4") << u"127.0.0.1:8787"_s << u"127.0.0.1"_s << 8787 << u"127.0.0.1:8787"_s << true;
    QTest::newRow("any port") << u"0.0.0.0:0"_s << u"0.0.0.0"_s << 0 << u"0.0.0.0:0"_s << false;
    QTest::newRow("max port") << u"10.1.2.3:65535"_s << u"10.1.2.3"_s << 65535 << u"10.1.2.3:65535"_s << false;
    QTest::newRow("ipv6 loopback") << u"[::1]:8787"_s << u"::1"_s << 8787 << u"[::1]:8787"_s << true;
    QTest::newRow("ipv6 any") << u"[::]:80"_s << u"::"_s << 80 << u"[::]:80"_s << false;
    QTest::newRow("localhost") << u"localhost:9000"_s << u"127.0.0.1"_s << 9000 << u"127.0.0.1:9000"_s << true;
}

void TestListenAddress::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, canonical);
    QFETCH(bool, loopback);

    QString error;
    const std::optional<ListenAddress> parsed = ListenAddress::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->address(), QHostAddress(address));
    QCOMPARE(parsed->port(), port);
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->isLoopback(), loopback);
    QCOMPARE(ListenAddress::parse(parsed->toString(), &error), parsed);
}

void TestListenAddress::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    const QString shape = u"expected HOST:PORT such as 127.0.0.1:8787 or [::1]:8787, got "_s;
    const QString port = u"expected a port from 0 to 65535 in HOST:PORT, got "_s;
    const QString host = u"expected an IP address or localhost as HOST in HOST:PORT, got "_s;
    QTest::newRow("empty") << QString() << shape + u"\"\""_s;
    QTest::newRow("port only") << u"8787"_s << shape + u"\"8787\""_s;
    QTest::newRow("no port") << u"127.0.0.1"_s << shape + u"\"127.0.0.1\""_s;
    QTest::newRow("empty host") << u":8787"_s << shape + u"\":8787\""_s;
    QTest::newRow("empty port") << u"127.0.0.1:"_s << port + u"\"127.0.0.1:\""_s;
    QTest::newRow("negative port") << u"127.0.0.1:-1"_s << port + u"\"127.0.0.1:-1\""_s;
    QTest::newRow("plus port") << u"127.0.0.1:+80"_s << port + u"\"127.0.0.1:+80\""_s;
    QTest::newRow("port too big") << u"127.0.0.1:65536"_s << port + u"\"127.0.0.1:65536\""_s;
    QTest::newRow("hostname") << u"example.com:80"_s << host + u"\"example.com:80\""_s;
    QTest::newRow("bad ipv4") << u"256.1.1.1:80"_s << host + u"\"256.1.1.1:80\""_s;
    QTest::newRow("unbracketed ipv6") << u"::1:80"_s
                                      << u"expected an IPv6 address in brackets as in [::1]:8787, got \"::1:80\""_s;
    QTest::newRow("bracket no colon") << u"[::1]8787"_s << shape + u"\"[::1]8787\""_s;
    QTest::newRow("ipv4 in brackets") << u"[127.0.0.1]:80"_s
                                      << u"expected an IPv6 address inside the brackets of [HOST]:PORT, got "
                                         u"\"[127.0.0.1]:80\""_s;
    QTest::newRow("zone id") << u"[fe80::1%eth0]:80"_s
                             << u"expected an IP address without a zone id as HOST in HOST:PORT, got "
                                u"\"[fe80::1%eth0]:80\""_s;
}

void TestListenAddress::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString actual;
    QVERIFY(!ListenAddress::parse(text, &actual));
    QCOMPARE(actual, error);
}

void TestListenAddress::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1 = invalid

    QTest::newRow("plain seconds") << u"90"_s << qint64(90);
    QTest::newRow("s") << u"45s"_s << qint64(45);
    QTest::newRow("m") << u"90m"_s << qint64(5400);
    QTest::newRow("h") << u"12h"_s << qint64(43200);
    QTest::newRow("d") << u"30d"_s << qint64(2592000);
    QTest::newRow("w") << u"2w"_s << qint64(1209600);
    QTest::newRow("compound") << u"1h30m"_s << qint64(5400);
    QTest::newRow("upper case") << u"1H"_s << qint64(3600);
    QTest::newRow("zero") << u"0"_s << qint64(-1);
    QTest::newRow("zero unit") << u"0d"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("words") << u"30 days"_s << qint64(-1);
    QTest::newRow("unit only") << u"d"_s << qint64(-1);
    QTest::newRow("trailing number") << u"1h30"_s << qint64(-1);
    QTest::newRow("negative") << u"-5m"_s << qint64(-1);
    QTest::newRow("overflow") << u"99999999999999999999w"_s << qint64(-1);
    QTest::newRow("product overflow") << u"9000000000000000w"_s << qint64(-1);
}

void TestListenAddress::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<qint64> parsed = Units::parseDuration(text);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestListenAddress::sizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1 = invalid

    QTest::newRow("plain") << u"512"_s << qint64(512);
    QTest::newRow("B") << u"512B"_s << qint64(512);
    QTest::newRow("kB") << u"64kB"_s << qint64(64000);
    QTest::newRow("KiB") << u"10KiB"_s << qint64(10240);
    QTest::newRow("MiB") << u"10MiB"_s << qint64(10485760);
    QTest::newRow("MB") << u"1MB"_s << qint64(1000000);
    QTest::newRow("GiB spaced") << u"1 GiB"_s << qint64(1073741824);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("decimal") << u"1.5MiB"_s << qint64(-1);
    QTest::newRow("unknown unit") << u"10 parsecs"_s << qint64(-1);
    QTest::newRow("no number") << u"MiB"_s << qint64(-1);
    QTest::newRow("overflow") << u"99999999999GiB"_s << qint64(-1);
}

void TestListenAddress::sizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(Units::parseSize(text).value_or(-1), bytes);
}

QTEST_GUILESS_MAIN(TestListenAddress)
#include "tst_listenaddress.moc"
