// The Usage page offscreen against a scripted gateway: the daily chart carries the usage.cost
// values (with empty days filled), budgets show the cap and turn red when reached, calls of
// unknown price are stated and never shown as $0, the CSV export writes the per-day table, and a
// usage.budget event refreshes the page.
#include "host/gatewaythread.h"
#include "pages/budgetbar.h"
#include "pages/usageformat.h"
#include "pages/usagepage.h"
#include "support/uiscriptedprompter.h"
#include "support/uiusagefakegateway.h"
#include "threadgatewayclient.h"
#include "widgets/statusline.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestUsagePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartsCarryTheCostPerDay();
    void budgetsShowCapReached();
    void unknownPriceIsStated_data();
    void unknownPriceIsStated();
    void exportsCsv();
    void budgetEventRefreshes();
    void gatewayErrorIsShown();
    void againstRealGateway();
};

namespace {

QJsonObject totals(int calls, double cost, int tokens, int unknown = 0, double cacheRate = 0)
{
    return {{u"calls"_s, calls},        {u"inputTokens"_s, tokens / 2}, {u"outputTokens"_s, tokens - tokens / 2},
            {u"cacheReadTokens"_s, 0},  {u"cacheWriteTokens"_s, 0},     {u"totalTokens"_s, tokens},
            {u"costUsd"_s, cost},       {u"unknownCostCalls"_s, unknown}, {u"cacheHits"_s, 0},
            {u"cacheHitRate"_s, cacheRate}, {u"errors"_s, 0},           {u"estimatedCalls"_s, 0}};
}

QJsonObject keyed(const QString &key, const QJsonObject &row)
{
    QJsonObject out = row;
    out.insert(u"key"_s, key);
    return out;
}

// Three days, the middle one without calls (the gateway leaves it out).
QJsonObject dayPayload()
{
    QJsonObject d1 = keyed(u"2026-11-25"_s, totals(4, 0.5, 1000));
    d1.insert(u"date"_s, u"2026-11-25"_s);
    QJsonObject d3 = keyed(u"2026-11-27"_s, totals(6, 1.25, 3000, 3));
    d3.insert(u"date"_s, u"2026-11-27"_s);
    return {{u"from"_s, u"2026-11-25"_s}, {u"to"_s, u"2026-11-27"_s}, {u"days"_s, 3},
            {u"groupBy"_s, u"day"_s},     {u"rows"_s, QJsonArray{d1, d3}},
            {u"totals"_s, totals(10, 1.75, 4000, 3, 0.25)}};
}

QJsonObject budget(const QString &period, double cap, double spent)
{
    return {{u"provider"_s, QJsonValue()},
            {u"period"_s, period},
            {u"capUsd"_s, cap},
            {u"spentUsd"_s, spent},
            {u"remainingUsd"_s, qMax(0.0, cap - spent)},
            {u"reached"_s, spent >= cap},
            {u"periodStart"_s, u"2026-11-27T00:00:00Z"_s},
            {u"resumesAt"_s, u"2026-11-28T00:00:00Z"_s},
            {u"configKey"_s, period == u"daily" ? u"ai.budgets.dailyUsd"_s : u"ai.budgets.monthlyUsd"_s}};
}

void script(Ui::UiUsageFakeGateway &gateway, double dailySpent = 1.25)
{
    gateway.answer(u"usage.status"_s,
                   QJsonObject{{u"today"_s, totals(6, dailySpent, 3000, 3)},
                               {u"month"_s, totals(10, 1.75, 4000, 3)},
                               {u"budgets"_s, QJsonArray{budget(u"daily"_s, 1.0, dailySpent),
                                                         budget(u"monthly"_s, 20.0, 1.75)}}});
    gateway.handle(u"usage.cost"_s, [](const QJsonObject &params) {
        const QString group = params.value(u"groupBy"_s).toString();
        if (group == u"day")
            return Ui::UiUsageFakeGateway::Answer{dayPayload(), std::nullopt};
        QJsonArray rows;
        if (group == u"model")
            rows = {keyed(u"claude-sonnet-4"_s, totals(8, 1.75, 3500)), keyed(u"llama3"_s, totals(2, 0, 500, 2))};
        else if (group == u"channel")
            rows = {keyed(u"telegram"_s, totals(7, 1.5, 3000)), keyed(u"webchat"_s, totals(3, 0.25, 1000))};
        else
            rows = {keyed(u"telegram:42"_s, totals(5, 1.0, 2000)), keyed(u"webchat:me"_s, totals(3, 0, 900, 3))};
        return Ui::UiUsageFakeGateway::Answer{
            QJsonObject{{u"groupBy"_s, group}, {u"rows"_s, rows}, {u"totals"_s, totals(10, 1.75, 4000, 3)}},
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

void TestUsagePage::chartsCarryTheCostPerDay()
{
    Ui::UiUsageFakeGateway gateway;
    script(gateway);
    Ui::UiScriptedPrompter prompter;
    Ui::UsagePage page(services(&gateway, &prompter));
    page.resize(1000, 900);
    page.show();
    page.activate();

    QTRY_COMPARE(page.days().size(), 3);
    const QList<Ui::UiUsageFakeGateway::Call> costCalls = gateway.callsOf(u"usage.cost"_s);
    QVERIFY(!costCalls.isEmpty());
    QCOMPARE(costCalls.first().params.value(u"days"_s).toInt(), 30);

    QBarSeries *bars = nullptr;
    QLineSeries *line = nullptr;
    const QList<QAbstractSeries *> series = page.dailyChart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *b = qobject_cast<QBarSeries *>(s))
            bars = b;
        if (auto *l = qobject_cast<QLineSeries *>(s))
            line = l;
    }
    QVERIFY(bars);
    QVERIFY(line);
    QCOMPARE(bars->barSets().size(), 1);
    QBarSet *cost = bars->barSets().first();
    QCOMPARE(cost->count(), 3);
    QCOMPARE(cost->at(0), 0.5);
    QCOMPARE(cost->at(1), 0.0); // the day without calls is filled in
    QCOMPARE(cost->at(2), 1.25);
    QCOMPARE(line->count(), 3);
    QCOMPARE(line->at(2).y(), 3000.0);

    // By channel: a pie with both channels; top conversations listed.
    QTRY_VERIFY(!page.channelChart()->series().isEmpty());
    auto *pie = qobject_cast<QPieSeries *>(page.channelChart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 2);
    auto *table = page.findChild<QTableWidget *>(u"usageTopSessions"_s);
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"telegram:42"_s);
    QCOMPARE(page.findChild<QLabel *>(u"usageCacheRate"_s)->text(), Ui::UsageFormat::percent(0.25));

    QTRY_VERIFY(!page.statusLine()->isBusy());
    page.grab().save(u"/tmp/usagepage.png"_s);

    // Switching the range reloads with the new day count.
    gateway.calls.clear();
    page.setRangeDays(7);
    QTRY_VERIFY(!gateway.callsOf(u"usage.cost"_s).isEmpty());
    QCOMPARE(gateway.callsOf(u"usage.cost"_s).first().params.value(u"days"_s).toInt(), 7);
}

void TestUsagePage::budgetsShowCapReached()
{
    Ui::UiUsageFakeGateway gateway;
    script(gateway, 1.25);
    Ui::UsagePage page(services(&gateway, nullptr));
    page.show();
    page.activate();
    QTRY_COMPARE(page.budgetBars().size(), 2);
    Ui::BudgetBar *daily = page.budgetBars().at(0);
    Ui::BudgetBar *monthly = page.budgetBars().at(1);
    QVERIFY(daily->isReached());
    QVERIFY2(daily->text().contains(u"Reached"_s), qPrintable(daily->text()));
    QVERIFY(daily->text().contains(Ui::UsageFormat::dollars(1.0)));
    QVERIFY(!monthly->isReached());
    QVERIFY(monthly->text().contains(Ui::UsageFormat::dollars(20.0)));
}

void TestUsagePage::unknownPriceIsStated_data()
{
    QTest::addColumn<double>("cost");
    QTest::addColumn<int>("unknown");
    QTest::addColumn<int>("calls");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all known") << 1.5 << 0 << 4 << u"$1.50"_s;
    QTest::newRow("some unknown") << 1.5 << 3 << 7 << u"$1.50 + 3 call(s) of unknown price"_s;
    QTest::newRow("one unknown") << 0.25 << 1 << 2 << u"$0.2500 + 1 call(s) of unknown price"_s;
    QTest::newRow("all unknown, never $0") << 0.0 << 3 << 3 << u"unknown price (3 call(s))"_s;
}

void TestUsagePage::unknownPriceIsStated()
{
    QFETCH(double, cost);
    QFETCH(int, unknown);
    QFETCH(int, calls);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(Ui::UsageFormat::cost(cost, unknown, calls), expected);
}

void TestUsagePage::exportsCsv()
{
    QLocale::setDefault(QLocale::c());
    Ui::UiUsageFakeGateway gateway;
    script(gateway);
    QTemporaryDir dir;
    Ui::UiScriptedPrompter prompter;
    prompter.saveAnswer = dir.filePath(u"usage.csv"_s);
    Ui::UsagePage page(services(&gateway, &prompter));
    page.show();
    page.activate();
    QTRY_COMPARE(page.days().size(), 3);
    // The summary states the unknown-price calls of the range.
    QCOMPARE(page.findChild<QLabel *>(u"usageTotalCost"_s)->text(), u"$1.75"_s);
    QVERIFY(page.findChild<QLabel *>(u"usageUnknownPrice"_s)->text().startsWith(u"+ 3 call(s) of unknown price"_s));

    page.exportCsv();
    QFile file(prompter.saveAnswer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three days, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), "date,calls,input_tokens,output_tokens,cache_read_tokens,cache_write_tokens,"
                          "total_tokens,cost_usd,unknown_price_calls\r"_ba);
    QCOMPARE(lines.at(1), "2026-11-25,4,500,500,0,0,1000,0.500000,0\r"_ba);
    QCOMPARE(lines.at(2), "2026-11-26,0,0,0,0,0,0,0.000000,0\r"_ba);
    QCOMPARE(lines.at(3), "2026-11-27,6,1500,1500,0,0,3000,1.250000,3\r"_ba);
    QVERIFY(page.statusLine()->text().contains(u"3 day(s) exported"_s));

    // Cancelling the file chooser writes nothing.
    prompter.saveAnswer.clear();
    QVERIFY(QFile::remove(dir.filePath(u"usage.csv"_s)));
    page.exportCsv();
    QVERIFY(!QFile::exists(dir.filePath(u"usage.csv"_s)));
}

void TestUsagePage::budgetEventRefreshes()
{
    Ui::UiUsageFakeGateway gateway;
    script(gateway, 0.5);
    Ui::UsagePage page(services(&gateway, nullptr));
    page.show();
    page.activate();
    QTRY_COMPARE(page.budgetBars().size(), 2);
    QVERIFY(!page.budgetBars().first()->isReached());

    script(gateway, 1.5);
    gateway.emitEvent(u"usage.budget"_s, QJsonObject{{u"reached"_s, true}});
    QTRY_VERIFY(page.budgetBars().size() == 2 && page.budgetBars().first()->isReached());

    // Not while the page is hidden behind another one.
    page.deactivate();
    gateway.calls.clear();
    gateway.emitEvent(u"usage.budget"_s, QJsonObject{});
    QCoreApplication::processEvents();
    QVERIFY(gateway.calls.isEmpty());
}

void TestUsagePage::gatewayErrorIsShown()
{
    Ui::UiUsageFakeGateway gateway;
    gateway.fail(u"usage.status"_s, Ws::RpcError::unavailable(u"usage: the usage database could not be read"_s));
    gateway.fail(u"usage.cost"_s, Ws::RpcError::unavailable(u"usage: the usage database could not be read"_s));
    Ui::UsagePage page(services(&gateway, nullptr));
    page.show();
    page.activate();
    QTRY_VERIFY(page.statusLine()->isError());
    QVERIFY(page.statusLine()->text().contains(u"could not be read"_s));
}

void TestUsagePage::againstRealGateway()
{
    // The real usage.cost/usage.status over Host::GatewayThread with an empty usage table: every
    // day of the range is there (as zero), no budget is configured, nothing fails.
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
    Ui::UsagePage page(services(&client, nullptr));
    page.setRangeDays(7);
    page.show();
    page.activate();
    QTRY_COMPARE_WITH_TIMEOUT(page.days().size(), 7, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.statusLine()->isBusy(), 5000);
    QVERIFY2(!page.statusLine()->isError(), qPrintable(page.statusLine()->text()));
    QVERIFY(page.budgetBars().isEmpty());
    const QDate first = QDate::fromString(page.days().first().key, Qt::ISODate);
    QCOMPARE(QDate::fromString(page.days().last().key, Qt::ISODate), first.addDays(6));
    QCOMPARE(page.findChild<QLabel *>(u"usageCalls"_s)->text(), u"0"_s);
    thread.stop();
}

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
