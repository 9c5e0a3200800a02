// The Cron page offscreen against a scripted gateway: jobs listed with schedule in words and
// source, the add dialog's local preview of the next runs and its refusal of a bad expression,
// run now calling cron.run, config jobs protected from removal, user jobs removed after a confirm.
#include "host/gatewaythread.h"
#include "pages/cronjobdialog.h"
#include "pages/cronpage.h"
#include "pages/cronwords.h"
#include "support/uiscriptedprompter.h"
#include "support/uiusagefakegateway.h"
#include "threadgatewayclient.h"
#include "widgets/statusline.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestCronPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsJobs();
    void previewShowsNextRuns_data();
    void previewShowsNextRuns();
    void refusesBadSchedule_data();
    void refusesBadSchedule();
    void runNowCallsCronRun();
    void removeRespectsSource();
    void addSendsDialogParams();
    void scheduleInWords_data();
    void scheduleInWords();
    void againstRealGateway();
};

namespace {

QJsonObject job(const QString &id, const QString &source, const QJsonValue &lastRun = QJsonValue::Null)
{
    return {{u"id"_s, id},
            {u"kind"_s, u"cron"_s},
            {u"schedule"_s, u"0 9 * * MON-FRI"_s},
            {u"timezone"_s, u"Europe/Berlin"_s},
            {u"description"_s, u"cron 0 9 * * MON-FRI (Europe/Berlin)"_s},
            {u"prompt"_s, u"Morning briefing"_s},
            {u"session"_s, QString(u"cron:"_s + id)},
            {u"deliverTo"_s, u""_s},
            {u"enabled"_s, true},
            {u"source"_s, source},
            {u"created"_s, u"2026-11-01T08:00:00.000Z"_s},
            {u"lastRun"_s, lastRun},
            {u"nextRun"_s, u"2026-11-30T08:00:00.000Z"_s},
            {u"running"_s, false}};
}

void script(Ui::UiUsageFakeGateway &gateway)
{
    gateway.answer(u"cron.list"_s, QJsonObject{{u"jobs"_s, QJsonArray{job(u"briefing"_s, u"config"_s),
                                                                       job(u"backup"_s, u"user"_s,
                                                                           u"2026-11-27T08:00:00.000Z"_s)}}});
    gateway.answer(u"cron.runs"_s,
                   QJsonObject{{u"id"_s, u"backup"_s},
                               {u"runs"_s, QJsonArray{QJsonObject{{u"id"_s, 7},
                                                                  {u"jobId"_s, u"backup"_s},
                                                                  {u"scheduled"_s, u"2026-11-27T08:00:00.000Z"_s},
                                                                  {u"started"_s, u"2026-11-27T08:00:01.000Z"_s},
                                                                  {u"finished"_s, u"2026-11-27T08:00:09.000Z"_s},
                                                                  {u"outcome"_s, u"error"_s},
                                                                  {u"detail"_s, u"provider timed out"_s},
                                                                  {u"manual"_s, false}}}}});
    gateway.answer(u"cron.run"_s, QJsonObject{{u"id"_s, u"backup"_s}, {u"status"_s, u"started"_s}});
    gateway.answer(u"cron.remove"_s, QJsonObject{{u"id"_s, u"backup"_s}, {u"removed"_s, true}});
    gateway.handle(u"cron.add"_s, [](const QJsonObject &params) {
        return Ui::UiUsageFakeGateway::Answer{QJsonObject{{u"job"_s, job(params.value(u"id"_s).toString(), u"user"_s)}},
                                              std::nullopt};
    });
}

Ui::PanelServices services(Ui::GatewayClient *gateway, Ui::Prompter *prompter)
{
    Ui::PanelServices s;
    s.gateway = gateway;
    s.prompter = prompter;
    return s;
}

} // namespace

void TestCronPage::listsJobs()
{
    Ui::UiUsageFakeGateway gateway;
    script(gateway);
    Ui::CronPage page(services(&gateway, nullptr));
    page.resize(900, 600);
    page.show();
    page.activate();
    QTableWidget *jobs = page.jobTable();
    QTRY_COMPARE(jobs->rowCount(), 2);
    QCOMPARE(jobs->item(0, 0)->text(), u"briefing"_s);
    QVERIFY2(jobs->item(0, 1)->text().startsWith(u"on weekdays at 09:00"_s), qPrintable(jobs->item(0, 1)->text()));
    QCOMPARE(jobs->item(0, 4)->text(), u"configuration"_s);
    QCOMPARE(jobs->item(1, 4)->text(), u"added here"_s);
    QCOMPARE(jobs->item(0, 3)->text(), u"—"_s);
    // The last run's outcome comes from cron.runs.
    QTRY_VERIFY2(jobs->item(1, 3)->text().endsWith(u"failed"_s), qPrintable(jobs->item(1, 3)->text()));

    page.selectJob(u"backup"_s);
    QTRY_COMPARE(page.historyTable()->rowCount(), 1);
    QCOMPARE(page.historyTable()->item(0, 3)->text(), u"failed"_s);
    QCOMPARE(page.historyTable()->item(0, 4)->text(), u"provider timed out"_s);
    page.grab().save(u"/tmp/cronpage.png"_s);
}

void TestCronPage::previewShowsNextRuns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("expected"); // UTC, ISO

    // Friday 2026-11-27 15:00 UTC.
    QTest::newRow("weekdays 9:00 UTC") << u"cron"_s << u"0 9 * * MON-FRI"_s << u"UTC"_s
                                       << QStringList{u"2026-11-30T09:00:00Z"_s, u"2026-12-01T09:00:00Z"_s,
                                                      u"2026-12-02T09:00:00Z"_s, u"2026-12-03T09:00:00Z"_s,
                                                      u"2026-12-04T09:00:00Z"_s};
    QTest::newRow("Berlin is UTC+1 in winter") << u"cron"_s << u"30 18 * * *"_s << u"Europe/Berlin"_s
                                               << QStringList{u"2026-11-27T17:30:00Z"_s, u"2026-11-28T17:30:00Z"_s,
                                                              u"2026-11-29T17:30:00Z"_s, u"2026-11-30T17:30:00Z"_s,
                                                              u"2026-12-01T17:30:00Z"_s};
    QTest::newRow("every 90 minutes") << u"every"_s << u"1h30m"_s << u"UTC"_s
                                      << QStringList{u"2026-11-27T16:30:00Z"_s, u"2026-11-27T18:00:00Z"_s,
                                                     u"2026-11-27T19:30:00Z"_s, u"2026-11-27T21:00:00Z"_s,
                                                     u"2026-11-27T22:30:00Z"_s};
    QTest::newRow("once") << u"at"_s << u"2026-12-24T18:00"_s << u"UTC"_s
                          << QStringList{u"2026-12-24T18:00:00Z"_s};
}

void TestCronPage::previewShowsNextRuns()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QStringList, expected);
    Ui::CronJobDialog dialog;
    dialog.setNow(QDateTime(QDate(2026, 11, 27), QTime(15, 0), QTimeZone::utc()));
    dialog.setSchedule(kind, text, zone);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QStringList got;
    const QList<QDateTime> times = dialog.previewTimes();
    for (const QDateTime &t : times)
        got << t.toUTC().toString(Qt::ISODate);
    QCOMPARE(got, expected);
    QCOMPARE(dialog.previewText().count(u'•'), expected.size());
    if (kind == u"cron")
        QVERIFY2(dialog.previewText().startsWith(Ui::CronWords::describeCron(text)), qPrintable(dialog.previewText()));
    QVERIFY(dialog.errorText().isEmpty());
    if (QTest::currentDataTag() == QByteArrayView("Berlin is UTC+1 in winter"))
        dialog.grab().save(u"/tmp/cronjobdialog.png"_s);
}

void TestCronPage::refusesBadSchedule_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("message");
    QTest::newRow("minute out of range") << u"cron"_s << u"61 * * * *"_s << u"UTC"_s << u"61 is out of range 0-59"_s;
    QTest::newRow("four fields") << u"cron"_s << u"0 9 * *"_s << u"UTC"_s << u"The schedule is not valid"_s;
    QTest::newRow("bad zone") << u"cron"_s << u"0 9 * * *"_s << u"Mars/Olympus"_s << u"is not a time zone"_s;
    QTest::newRow("too often") << u"every"_s << u"10s"_s << u"UTC"_s << u"The schedule is not valid"_s;
    QTest::newRow("in the past") << u"at"_s << u"2020-01-01T00:00"_s << u"UTC"_s << u"never runs again"_s;
}

void TestCronPage::refusesBadSchedule()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, message);
    Ui::CronJobDialog dialog;
    dialog.setNow(QDateTime(QDate(2026, 11, 27), QTime(15, 0), QTimeZone::utc()));
    dialog.setPrompt(u"hello"_s);
    dialog.setSchedule(kind, text, zone);
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(dialog.previewTimes().isEmpty());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());

    dialog.setSchedule(u"cron"_s, u"*/15 * * * *"_s, u"UTC"_s);
    QVERIFY(dialog.isValid());
    QVERIFY(ok->isEnabled());
}

void TestCronPage::runNowCallsCronRun()
{
    Ui::UiUsageFakeGateway gateway;
    script(gateway);
    Ui::CronPage page(services(&gateway, nullptr));
    page.show();
    page.activate();
    QTRY_COMPARE(page.jobTable()->rowCount(), 2);
    page.selectJob(u"backup"_s);
    auto *run = page.findChild<QPushButton *>(u"cronRun"_s);
    QVERIFY(run->isEnabled());
    run->click();
    QTRY_COMPARE(gateway.callsOf(u"cron.run"_s).size(), 1);
    QCOMPARE(gateway.callsOf(u"cron.run"_s).first().params.value(u"id"_s).toString(), u"backup"_s);
    QTRY_VERIFY(page.statusLine()->text().contains(u"started"_s));
}

void TestCronPage::removeRespectsSource()
{
    Ui::UiUsageFakeGateway gateway;
    script(gateway);
    Ui::UiScriptedPrompter prompter;
    Ui::CronPage page(services(&gateway, &prompter));
    page.show();
    page.activate();
    QTRY_COMPARE(page.jobTable()->rowCount(), 2);
    auto *remove = page.findChild<QPushButton *>(u"cronRemove"_s);

    page.selectJob(u"briefing"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(u"configuration"_s));
    page.removeSelected();
    QVERIFY(page.statusLine()->isError());
    QVERIFY(page.statusLine()->text().contains(u"cannot be removed here"_s));
    QVERIFY(prompter.asked.isEmpty());

    page.selectJob(u"backup"_s);
    prompter.confirmAnswer = false;
    remove->click();
    QCOMPARE(prompter.asked.size(), 1);
    QCoreApplication::processEvents();
    QVERIFY(gateway.callsOf(u"cron.remove"_s).isEmpty());
    prompter.confirmAnswer = true;
    remove->click();
    QTRY_COMPARE(gateway.callsOf(u"cron.remove"_s).size(), 1);
    QCOMPARE(gateway.callsOf(u"cron.remove"_s).first().params.value(u"id"_s).toString(), u"backup"_s);
}

void TestCronPage::addSendsDialogParams()
{
    Ui::CronJobDialog dialog;
    dialog.setSchedule(u"every"_s, u"15m"_s, u"Europe/Berlin"_s);
    dialog.setPrompt(u"  Check the queue  "_s);
    const QJsonObject params = dialog.params();
    QCOMPARE(params.value(u"every"_s).toString(), u"15m"_s);
    QCOMPARE(params.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(params.value(u"prompt"_s).toString(), u"Check the queue"_s);
    QVERIFY(!params.contains(u"schedule"_s));
    QVERIFY(!params.contains(u"id"_s));

    Ui::UiUsageFakeGateway gateway;
    script(gateway);
    Ui::CronPage page(services(&gateway, nullptr));
    page.show();
    page.activate();
    QTRY_COMPARE(page.jobTable()->rowCount(), 2);
    page.addJob(params);
    QTRY_COMPARE(gateway.callsOf(u"cron.add"_s).size(), 1);
    QCOMPARE(gateway.callsOf(u"cron.add"_s).first().params, params);
    QTRY_COMPARE(gateway.callsOf(u"cron.list"_s).size(), 2); // reloaded after adding

    gateway.fail(u"cron.add"_s, Ws::RpcError::invalidRequest(u"cron: a job \"backup\" already exists"_s));
    page.addJob(params);
    QTRY_VERIFY(page.statusLine()->isError());
    QVERIFY(page.statusLine()->text().contains(u"already exists"_s));
}

void TestCronPage::scheduleInWords_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("words");
    QTest::newRow("weekdays") << u"0 9 * * MON-FRI"_s << u"on weekdays at 09:00"_s;
    QTest::newRow("daily") << u"30 18 * * *"_s << u"every day at 18:30"_s;
    QTest::newRow("every 15 min") << u"*/15 * * * *"_s << u"every 15 min"_s;
    QTest::newRow("hourly at :05") << u"5 * * * *"_s << u"every hour at minute 5"_s;
    QTest::newRow("every 6 h") << u"0 */6 * * *"_s << u"every 6 h at minute 0"_s;
    QTest::newRow("monthly") << u"0 8 1 * *"_s << u"on day 1 of every month at 08:00"_s;
    QTest::newRow("macro") << u"@hourly"_s << u"every hour"_s;
    QTest::newRow("unusual stays exact") << u"0 9 1-7 * MON"_s << u"0 9 1-7 * MON"_s;
}

void TestCronPage::scheduleInWords()
{
    QFETCH(QString, expression);
    QFETCH(QString, words);
    QCOMPARE(Ui::CronWords::describeCron(expression), words);
}

void TestCronPage::againstRealGateway()
{
    // The same page over Host::GatewayThread: cron.add, cron.list, cron.run and cron.remove as the
    // app runs them.
    QTemporaryDir dir;
    Host::GatewayThread thread;
    QSignalSpy listening(&thread, &Host::GatewayThread::listening);
    Core::GatewayOptions options;
    options.dataDir = dir.path();
    options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
    options.operatorToken = [] { return u"0123456789abcdef0123456789abcdef0123456789abcdef"_s; };
    options.settings.ai.fallbackModels.clear();
    thread.start(options);
    QVERIFY(listening.wait(10000));
    Ui::ThreadGatewayClient client(&thread);
    Ui::UiScriptedPrompter prompter;
    Ui::CronPage page(services(&client, &prompter));
    page.show();
    page.activate();
    QTRY_VERIFY(!page.statusLine()->isBusy());
    QCOMPARE(page.jobTable()->rowCount(), 0);

    Ui::CronJobDialog dialog;
    dialog.setSchedule(u"cron"_s, u"0 7 * * *"_s, u"UTC"_s);
    dialog.setPrompt(u"Good morning"_s);
    QJsonObject params = dialog.params();
    params.insert(u"id"_s, u"wake-up"_s);
    page.addJob(params);
    QTRY_COMPARE_WITH_TIMEOUT(page.jobTable()->rowCount(), 1, 5000);
    QCOMPARE(page.jobTable()->item(0, 0)->text(), u"wake-up"_s);
    QCOMPARE(page.jobTable()->item(0, 4)->text(), u"added here"_s);
    QVERIFY2(page.jobTable()->item(0, 1)->text().startsWith(u"every day at 07:00"_s),
             qPrintable(page.jobTable()->item(0, 1)->text()));

    // A bad schedule that slipped past the dialog is refused by the gateway, in words.
    page.addJob({{u"schedule"_s, u"0 25 * * *"_s}, {u"prompt"_s, u"x"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(page.statusLine()->isError(), 5000);
    QVERIFY2(page.statusLine()->text().contains(u"hour"_s), qPrintable(page.statusLine()->text()));

    page.selectJob(u"wake-up"_s);
    page.runSelected();
    QTRY_VERIFY_WITH_TIMEOUT(page.statusLine()->text().contains(u"started"_s), 5000);

    page.removeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(page.jobTable()->rowCount(), 0, 5000);
    thread.stop();
}

QTEST_MAIN(TestCronPage)
#include "tst_cronpage.moc"
