#include "agent/toolregistry.h"
#include "agent/tools/currenttimetool.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Agent;

class TestCurrentTimeTool : public QObject
{
    Q_OBJECT

private:
    // 2026-03-29 00:30 UTC: thirty minutes before Europe's switch to summer time (01:00 UTC).
    static QDateTime fixedNow() { return QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC); }

private slots:
    void zones_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("weekday");
        QTest::newRow("UTC") << u"UTC"_s << u"2026-03-29T00:30:00+00:00"_s << u"Sunday"_s;
        QTest::newRow("Berlin, still winter time") << u"Europe/Berlin"_s << u"2026-03-29T01:30:00+01:00"_s << u"Sunday"_s;
        QTest::newRow("New York, already DST, day before") << u"America/New_York"_s << u"2026-03-28T20:30:00-04:00"_s
                                                         << u"Saturday"_s;
        QTest::newRow("Kolkata, half-hour offset") << u"Asia/Kolkata"_s << u"2026-03-29T06:00:00+05:30"_s << u"Sunday"_s;
        QTest::newRow("default zone (Tokyo)") << QString() << u"2026-03-29T09:30:00+09:00"_s << u"Sunday"_s;
    }

    void zones()
    {
        QFETCH(QString, zone);
        QFETCH(QString, iso);
        QFETCH(QString, weekday);
        CurrentTimeTool tool(&TestCurrentTimeTool::fixedNow, QTimeZone("Asia/Tokyo"));
        const ToolResult result = tool.now(zone);
        QVERIFY2(!result.isError, qPrintable(result.plainText()));
        const QJsonObject answer = QJsonDocument::fromJson(result.plainText().toUtf8()).object();
        QCOMPARE(answer[u"iso8601"_s].toString(), iso);
        QCOMPARE(answer[u"weekday"_s].toString(), weekday);
        QCOMPARE(answer[u"unixTime"_s].toInteger(), fixedNow().toSecsSinceEpoch());
        QCOMPARE(answer[u"timezone"_s].toString(), zone.isEmpty() ? u"Asia/Tokyo"_s : zone);
    }

    void dstChangeVisibleAnHourLater()
    {
        CurrentTimeTool tool([] { return fixedNow().addSecs(3600); });
        const QJsonObject answer = QJsonDocument::fromJson(tool.now(u"Europe/Berlin"_s).plainText().toUtf8()).object();
        QCOMPARE(answer[u"iso8601"_s].toString(), u"2026-03-29T03:30:00+02:00"_s);
        QCOMPARE(answer[u"isDaylightTime"_s].toBool(), true);
    }

    void badZones_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("made up") << u"Mars/Olympus_Mons"_s;
        QTest::newRow("path") << u"../../etc/passwd"_s;
        QTest::newRow("garbage") << u"not a zone"_s;
    }

    void badZones()
    {
        QFETCH(QString, zone);
        CurrentTimeTool tool(&TestCurrentTimeTool::fixedNow);
        const ToolResult result = tool.now(zone);
        QVERIFY(result.isError);
        QVERIFY2(result.plainText().contains(u"unknown time zone"_s), qPrintable(result.plainText()));
    }

    void throughRegistry()
    {
        ToolRegistry registry;
        registry.registerTool(std::make_shared<CurrentTimeTool>(&TestCurrentTimeTool::fixedNow, QTimeZone::utc()));
        QCOMPARE(registry.enabledTools().at(0)[u"name"_s].toString(), u"current_time"_s);

        std::optional<ToolResult> ok;
        registry.run({u"1"_s, u"current_time"_s, {{u"timezone"_s, u"Europe/Berlin"_s}}}, {}, [&](ToolResult r) { ok = r; });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(!ok->isError);
        QVERIFY(ok->plainText().contains(u"+01:00"_s));

        std::optional<ToolResult> bad;
        registry.run({u"2"_s, u"current_time"_s, {{u"tz"_s, u"UTC"_s}}}, {}, [&](ToolResult r) { bad = r; });
        QTRY_VERIFY(bad.has_value());
        QVERIFY(bad->isError);
        QVERIFY2(bad->plainText().contains(u"unknown property \"tz\""_s), qPrintable(bad->plainText()));
    }
};

QTEST_GUILESS_MAIN(TestCurrentTimeTool)
#include "tst_currenttimetool.moc"
