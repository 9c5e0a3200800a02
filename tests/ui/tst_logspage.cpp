// The Logs page offscreen against a real Base::EventLog: lines arrive by polling, the level filter
// and the search narrow them, copy gives the shown lines, and the page stays bounded.
#include "base/eventlog.h"
#include "pages/logspage.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestLogsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheLog();
    void filtersByLevel_data();
    void filtersByLevel();
    void searchAndCopy();
    void staysBounded();
};

namespace {

void fill(Base::EventLog &log)
{
    log.append(QtDebugMsg, u"moltdesk.http"_s, u"GET /health 200"_s);
    log.append(QtInfoMsg, u"moltdesk.gateway"_s, u"listening on 127.0.0.1:18789"_s);
    log.append(QtInfoMsg, u"moltdesk.telegram"_s, u"polling started for @demo_bot"_s);
    log.append(QtWarningMsg, u"moltdesk.providers"_s, u"anthropic: 429, retrying in 2 s"_s);
    log.append(QtCriticalMsg, u"moltdesk.telegram"_s, u"getUpdates failed: 401 Unauthorized"_s);
}

} // namespace

void TestLogsPage::followsTheLog()
{
    Base::EventLog log;
    fill(log);
    Ui::LogsPage page({}, &log);
    page.resize(900, 400);
    page.show();
    page.activate();
    QCOMPARE(page.totalRows(), 5);
    QCOMPARE(page.shownRows(), 4); // info and above by default
    log.append(QtInfoMsg, u"moltdesk.cron"_s, u"job backup started"_s);
    // The page polls while shown.
    QTRY_COMPARE(page.totalRows(), 6);
    page.grab().save(u"/tmp/logspage.png"_s);

    page.deactivate();
    log.append(QtInfoMsg, u"moltdesk.cron"_s, u"job backup finished"_s);
    QTest::qWait(700);
    QCOMPARE(page.totalRows(), 6); // not while hidden behind another page
    page.activate();
    QCOMPARE(page.totalRows(), 7); // caught up at once on return
}

void TestLogsPage::filtersByLevel_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("shown");
    QTest::newRow("debug") << int(QtDebugMsg) << 5;
    QTest::newRow("info") << int(QtInfoMsg) << 4;
    QTest::newRow("warning") << int(QtWarningMsg) << 2;
    QTest::newRow("error") << int(QtCriticalMsg) << 1;
}

void TestLogsPage::filtersByLevel()
{
    QFETCH(int, level);
    QFETCH(int, shown);
    Base::EventLog log;
    fill(log);
    Ui::LogsPage page({}, &log);
    page.activate();
    page.setMinimumLevel(QtMsgType(level));
    QCOMPARE(page.shownRows(), shown);
    QCOMPARE(page.totalRows(), 5);
}

void TestLogsPage::searchAndCopy()
{
    Base::EventLog log;
    fill(log);
    Ui::LogsPage page({}, &log);
    page.show();
    page.activate();
    page.setSearchText(u"TELEGRAM"_s); // category match, case-insensitive
    QCOMPARE(page.shownRows(), 2);
    page.setSearchText(u"429"_s); // message match
    QCOMPARE(page.shownRows(), 1);
    page.setMinimumLevel(QtCriticalMsg);
    QCOMPARE(page.shownRows(), 0); // both filters apply
    page.setMinimumLevel(QtDebugMsg);
    page.setSearchText(u"telegram"_s);
    page.copy();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(u"info\tmoltdesk.telegram\tpolling started for @demo_bot"_s));
    QVERIFY(lines.at(1).endsWith(u"error\tmoltdesk.telegram\tgetUpdates failed: 401 Unauthorized"_s));

    page.setPaused(true);
    QVERIFY(page.isPaused());
    log.append(QtCriticalMsg, u"moltdesk.telegram"_s, u"still failing"_s);
    page.poll();
    QCOMPARE(page.shownRows(), 3); // paused only stops the scrolling, not the collecting
}

void TestLogsPage::staysBounded()
{
    Base::EventLog log(10);
    Ui::LogsPage page({}, &log);
    page.activate();
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 8; ++i)
            log.append(QtInfoMsg, u"moltdesk.bench"_s, u"line %1"_s.arg(round * 8 + i));
        page.poll();
    }
    QCOMPARE(page.totalRows(), 10);
    page.setSearchText(u"line 23"_s);
    QCOMPARE(page.shownRows(), 1);
    page.setSearchText(u"line 13"_s);
    QCOMPARE(page.shownRows(), 0); // fell off the front
}

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
