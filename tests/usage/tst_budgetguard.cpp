#include "core/schemamigrations.h"
#include "metrics/registry.h"
#include "storage/database.h"
#include "usage/budgetguard.h"
#include "usage/pricelookup.h"
#include "usage/usagestore.h"
#include "usage/usagetracker.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Usage;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestBudgetGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<UsageStore> m_store;
    QDateTime m_now;
    const QTimeZone m_berlin{"Europe/Berlin"};

    void spend(const QString &isoUtc, const QString &provider, double usd)
    {
        CallRecord r;
        r.time = utc(isoUtc);
        r.provider = provider;
        r.model = u"m"_s;
        r.costUsd = usd;
        QVERIFY(m_store->record(r));
    }

    std::unique_ptr<BudgetGuard> guard(const Config::BudgetSettings &budgets)
    {
        return std::make_unique<BudgetGuard>(*m_store, budgets, m_berlin, [this] { return m_now; });
    }

private slots:
    void init()
    {
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"moltdesk.db"_s));
        m_db = std::make_unique<Storage::Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open());
        m_store = std::make_unique<UsageStore>(*m_db);
        m_now = utc(u"2026-06-15T10:00:00Z"_s); // 12:00 in Berlin
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void noCapsAllowsEverything()
    {
        spend(u"2026-06-15T09:00:00Z"_s, u"anthropic"_s, 1000.0);
        auto g = guard({});
        QVERIFY(g->check(u"anthropic"_s).allowed);
    }

    void underCapAllows()
    {
        Config::BudgetSettings b;
        b.total.dailyUsd = 5.0;
        spend(u"2026-06-15T09:00:00Z"_s, u"anthropic"_s, 4.99);
        spend(u"2026-06-14T21:00:00Z"_s, u"anthropic"_s, 100.0); // 23:00 yesterday in Berlin
        auto g = guard(b);
        const BudgetDecision d = g->check(u"anthropic"_s);
        QVERIFY(d.allowed);
        QVERIFY(d.reason.isEmpty());
    }

    void overDailyCapDeniesWithReason()
    {
        Config::BudgetSettings b;
        b.total.dailyUsd = 5.0;
        spend(u"2026-06-15T08:00:00Z"_s, u"openai"_s, 3.0);
        spend(u"2026-06-15T09:00:00Z"_s, u"anthropic"_s, 2.02);
        auto g = guard(b);
        QSignalSpy reached(g.get(), &BudgetGuard::capReached);
        const BudgetDecision d = g->check(u"anthropic"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, u"Daily budget of $5.00 reached ($5.02 spent today). Calls resume at midnight "
                           "Europe/Berlin or raise ai.budgets.dailyUsd."_s);
        QCOMPARE(d.state.periodEnd.toUTC(), utc(u"2026-06-15T22:00:00Z"_s));
        QCOMPARE(reached.count(), 1);
        // Denied again, but the panel hears about it only once per period.
        QVERIFY(!g->check(u"openai"_s).allowed);
        QCOMPARE(reached.count(), 1);
    }

    void exactlyAtCapDenies()
    {
        Config::BudgetSettings b;
        b.total.dailyUsd = 2.0;
        spend(u"2026-06-15T09:00:00Z"_s, u"anthropic"_s, 2.0);
        QVERIFY(!guard(b)->check(u"anthropic"_s).allowed);
        b.total.dailyUsd = 0.0; // a zero cap means "no paid calls at all"
        init();
        QVERIFY(!guard(b)->check(u"anthropic"_s).allowed);
    }

    void perProviderCap()
    {
        Config::BudgetSettings b;
        b.perProvider.insert(u"openai"_s, {1.0, std::nullopt});
        spend(u"2026-06-15T09:00:00Z"_s, u"openai"_s, 1.5);
        spend(u"2026-06-15T09:00:00Z"_s, u"anthropic"_s, 50.0);
        auto g = guard(b);
        QVERIFY(g->check(u"anthropic"_s).allowed);
        const BudgetDecision d = g->check(u"openai"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.state.provider, u"openai"_s);
        QVERIFY2(d.reason.startsWith(u"Daily openai budget of $1.00 reached ($1.50 spent today)."_s), qPrintable(d.reason));
        QVERIFY(d.reason.contains(u"ai.budgets.perProvider.openai.dailyUsd"_s));
    }

    void monthlyCap()
    {
        Config::BudgetSettings b;
        b.total.monthlyUsd = 10.0;
        b.total.dailyUsd = 100.0;
        spend(u"2026-05-31T21:30:00Z"_s, u"anthropic"_s, 50.0); // 23:30 on 31 May in Berlin: last month
        spend(u"2026-06-01T08:00:00Z"_s, u"anthropic"_s, 6.0);
        spend(u"2026-06-10T08:00:00Z"_s, u"anthropic"_s, 4.5);
        const BudgetDecision d = guard(b)->check(u"anthropic"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.state.period, BudgetState::Period::Monthly);
        QCOMPARE(d.reason, u"Monthly budget of $10.00 reached ($10.50 spent this month). Calls resume on "
                           "2026-07-01 (Europe/Berlin) or raise ai.budgets.monthlyUsd."_s);
    }

    void dayRolloverWithInjectedClock()
    {
        Config::BudgetSettings b;
        b.total.dailyUsd = 1.0;
        m_now = utc(u"2026-06-15T21:00:00Z"_s); // 23:00 Berlin
        spend(u"2026-06-15T20:00:00Z"_s, u"anthropic"_s, 1.0);
        auto g = guard(b);
        QSignalSpy reached(g.get(), &BudgetGuard::capReached);
        QVERIFY(!g->check(u"anthropic"_s).allowed);
        m_now = utc(u"2026-06-15T21:59:59Z"_s);
        QVERIFY(!g->check(u"anthropic"_s).allowed);
        m_now = utc(u"2026-06-15T22:00:00Z"_s); // midnight Berlin: a new budget day
        QVERIFY(g->check(u"anthropic"_s).allowed);
        spend(u"2026-06-15T22:30:00Z"_s, u"anthropic"_s, 1.0);
        m_now = utc(u"2026-06-15T22:31:00Z"_s);
        QVERIFY(!g->check(u"anthropic"_s).allowed);
        QCOMPARE(reached.count(), 2); // once per day
    }

    void unreadableSpendDenies()
    {
        Config::BudgetSettings b;
        b.total.dailyUsd = 1.0;
        auto g = guard(b);
        QSqlQuery drop(m_db->connection().value());
        QVERIFY(drop.exec(u"DROP TABLE usage_calls"_s));
        const BudgetDecision d = g->check(u"anthropic"_s);
        QVERIFY(!d.allowed);
        QVERIFY(d.reason.contains(u"could not be checked"_s));
    }

    void trackerRecordsCostsMetricsAndAnnouncesCap()
    {
        Config::AiSettings settings;
        PriceTable table;
        table.insert(u"gpt-4o"_s, {2.5, 10.0, 1.25, 0.0});
        const PriceLookup prices(table, settings);
        Config::BudgetSettings b;
        b.total.dailyUsd = 0.03;
        auto g = guard(b);
        QSignalSpy reached(g.get(), &BudgetGuard::capReached);
        Metrics::Registry metrics;
        UsageTracker tracker(*m_store, prices, g.get(), &metrics);

        ProviderCall call;
        call.time = m_now;
        call.sessionKey = u"api:x"_s;
        call.channel = u"api"_s;
        call.provider = u"openai"_s;
        call.model = u"gpt-4o"_s;
        call.usage = {10000, 1000, 6000, 0, false}; // $0.0275, see tst_costcalculator
        const auto first = tracker.record(call);
        QVERIFY(first);
        QVERIFY(first->costUsd);
        QVERIFY(qAbs(*first->costUsd - 0.0275) < 1e-12);
        QCOMPARE(first->usage.inputTokens, 4000); // stored as uncached input

        // The same call as the provider clients report it (cached already subtracted): same cost.
        ProviderCall disjoint = call;
        disjoint.usage = {4000, 1000, 6000, 0, false};
        disjoint.disjointCounts = true;
        disjoint.time = m_now.addYears(-1); // outside today's budget window
        UsageTracker unmetered(*m_store, prices); // keeps the metric counts below about `tracker`
        const auto same = unmetered.record(disjoint);
        QVERIFY(same);
        QVERIFY(qAbs(*same->costUsd - 0.0275) < 1e-12);
        QCOMPARE(same->usage.inputTokens, 4000);
        QCOMPARE(same->usage.cacheReadTokens, 6000);
        QCOMPARE(reached.count(), 0);

        call.cacheHit = true; // a response-cache hit costs nothing
        const auto hit = tracker.record(call);
        QCOMPARE(*hit->costUsd, 0.0);

        call.cacheHit = false;
        call.model = u"unknown-model"_s;
        call.error = u"timeout"_s;
        const auto unknown = tracker.record(call);
        QVERIFY(!unknown->costUsd);

        call.model = u"gpt-4o"_s;
        call.error.clear();
        QVERIFY(tracker.record(call)); // now $0.055 > $0.03
        QCOMPARE(reached.count(), 1);
        QVERIFY(!g->check(u"openai"_s).allowed);

        const Metrics::Labels ok = {{u"provider"_s, u"openai"_s}, {u"model"_s, u"gpt-4o"_s}, {u"outcome"_s, u"ok"_s}};
        QCOMPARE(metrics.value(u"moltdesk_provider_calls_total"_s, ok), 2.0);
        QCOMPARE(metrics.value(u"moltdesk_provider_calls_total"_s,
                               {{u"provider"_s, u"openai"_s}, {u"model"_s, u"gpt-4o"_s}, {u"outcome"_s, u"cache_hit"_s}}),
                 1.0);
        QCOMPARE(metrics.value(u"moltdesk_provider_calls_total"_s,
                               {{u"provider"_s, u"openai"_s}, {u"model"_s, u"unknown-model"_s}, {u"outcome"_s, u"error"_s}}),
                 1.0);
        QCOMPARE(metrics.value(u"moltdesk_provider_tokens_total"_s,
                               {{u"provider"_s, u"openai"_s}, {u"model"_s, u"gpt-4o"_s}, {u"kind"_s, u"cache_read"_s}}),
                 12000.0);
        QVERIFY(qAbs(metrics.value(u"moltdesk_provider_cost_usd_total"_s,
                                   {{u"provider"_s, u"openai"_s}, {u"model"_s, u"gpt-4o"_s}})
                     - 0.055) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestBudgetGuard)
#include "tst_budgetguard.moc"
