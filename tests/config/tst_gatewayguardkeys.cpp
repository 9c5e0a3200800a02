// The gateway.* keys of the transport guards (docs/configuration.md "gateway", docs/http.md):
// defaults, good values, and one clear line naming the key path for a wrong type or value.
#include "config/loader.h"
#include "support/configtestfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Config::Loader;
using Moltdesk::Config::LoadResult;
using Moltdesk::TestSupport::ConfigTestFiles;

class TestGatewayGuardKeys : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void goodValues();
    void rejectsBadValue_data();
    void rejectsBadValue();
};

void TestGatewayGuardKeys::defaults()
{
    const LoadResult result = Loader::parse("{}"_ba, u"config.json"_s);
    QVERIFY(result.ok());
    const auto &gw = result.settings.gateway;
    QCOMPARE(gw.headerTimeoutSeconds, 30);
    QCOMPARE(gw.bodyTimeoutSeconds, 30);
    QCOMPARE(gw.allowedHosts, QStringList());
    QCOMPARE(gw.authFailureLimit, 10);
    QCOMPARE(gw.authFailureBlockSeconds, 60);
}

void TestGatewayGuardKeys::goodValues()
{
    const LoadResult result = Loader::parse(
        ConfigTestFiles::json("{'gateway':{'headerTimeoutSeconds':5,'bodyTimeoutSeconds':7,"
                              "'allowedHosts':['moltdesk.lan','192.168.1.20','::1'],"
                              "'authFailureLimit':0,'authFailureBlockSeconds':600}}"),
        u"config.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const auto &gw = result.settings.gateway;
    QCOMPARE(gw.headerTimeoutSeconds, 5);
    QCOMPARE(gw.bodyTimeoutSeconds, 7);
    QCOMPARE(gw.allowedHosts, (QStringList{u"moltdesk.lan"_s, u"192.168.1.20"_s, u"::1"_s}));
    QCOMPARE(gw.authFailureLimit, 0);
    QCOMPARE(gw.authFailureBlockSeconds, 600);
}

void TestGatewayGuardKeys::rejectsBadValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    QTest::newRow("string body timeout") << ConfigTestFiles::json("{'gateway':{'bodyTimeoutSeconds':'30'}}")
                                         << u"gateway.bodyTimeoutSeconds"_s;
    QTest::newRow("zero body timeout") << ConfigTestFiles::json("{'gateway':{'bodyTimeoutSeconds':0}}")
                                       << u"gateway.bodyTimeoutSeconds"_s;
    QTest::newRow("huge header timeout") << ConfigTestFiles::json("{'gateway':{'headerTimeoutSeconds':99999}}")
                                         << u"gateway.headerTimeoutSeconds"_s;
    QTest::newRow("hosts not array") << ConfigTestFiles::json("{'gateway':{'allowedHosts':'moltdesk.lan'}}")
                                     << u"gateway.allowedHosts"_s;
    QTest::newRow("host with port") << ConfigTestFiles::json("{'gateway':{'allowedHosts':['moltdesk.lan:8787']}}")
                                    << u"gateway.allowedHosts[0]"_s;
    QTest::newRow("host with scheme") << ConfigTestFiles::json("{'gateway':{'allowedHosts':['ok.lan','https://x']}}")
                                      << u"gateway.allowedHosts[1]"_s;
    QTest::newRow("negative failure limit") << ConfigTestFiles::json("{'gateway':{'authFailureLimit':-1}}")
                                            << u"gateway.authFailureLimit"_s;
    QTest::newRow("bool block") << ConfigTestFiles::json("{'gateway':{'authFailureBlockSeconds':true}}")
                                << u"gateway.authFailureBlockSeconds"_s;
}

void TestGatewayGuardKeys::rejectsBadValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);

    const LoadResult result = Loader::parse(json, u"config.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(u"config.json: "_s + path + u": expected "_s),
             qPrintable(result.errors.first()));
}

QTEST_GUILESS_MAIN(TestGatewayGuardKeys)
#include "tst_gatewayguardkeys.moc"
