#include "security/originpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Security::OriginPolicy;

class TestOriginPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
};

void TestOriginPolicy::decides_data()
{
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("expected");

    const QStringList none;
    QTest::newRow("no origin: not a browser") << none << QString() << true;
    QTest::newRow("loopback ip") << none << u"http://127.0.0.1:8787"_s << true;
    QTest::newRow("localhost") << none << u"http://localhost:5173"_s << true;
    QTest::newRow("ipv6 loopback") << none << u"http://[::1]:8787"_s << true;
    QTest::newRow("foreign site") << none << u"https://evil.example"_s << false;
    QTest::newRow("null origin") << none << u"null"_s << false;
    QTest::newRow("file page") << none << u"file://"_s << false;
    QTest::newRow("lan address") << none << u"http://192.168.1.5:8787"_s << false;

    const QStringList list{u"https://Panel.Example.com"_s, u"http://10.0.0.2:8080"_s};
    QTest::newRow("listed, case and default port") << list << u"https://panel.example.com:443"_s << true;
    QTest::newRow("listed with port") << list << u"http://10.0.0.2:8080"_s << true;
    QTest::newRow("listed host other port") << list << u"http://10.0.0.2:9090"_s << false;
    QTest::newRow("other scheme") << list << u"http://panel.example.com"_s << false;
    QTest::newRow("loopback not implied once a list is set") << list << u"http://127.0.0.1:8787"_s << false;
}

void TestOriginPolicy::decides()
{
    QFETCH(QStringList, allowed);
    QFETCH(QString, origin);
    QFETCH(bool, expected);
    QCOMPARE(OriginPolicy(allowed).isAllowed(origin), expected);
}

QTEST_GUILESS_MAIN(TestOriginPolicy)
#include "tst_originpolicy.moc"
