#include "control/usage.h"
#include "core/schemamigrations.h"
#include "storage/database.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"
#include "usage/budgetguard.h"
#include "usage/usagestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Usage;
using namespace Moltdesk::TestSupport;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestUsageMethods : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<UsageStore> m_store;
    std::unique_ptr<BudgetGuard> m_guard;
    std::unique_ptr<WsTestHarness> m_harness;
    std::unique_ptr<WsTestClient> m_client;
    QDateTime m_now = utc(u"2026-03-30T10:00:00Z"_s);

    void spend(const QString &isoUtc, const QString &session, const QString &model, std::optional<double> usd)
    {
        CallRecord r;
        r.time = utc(isoUtc);
        r.sessionKey = session;
        r.channel = session.section(u':', 0, 0);
        r.provider = u"anthropic"_s;
        r.model = model;
        r.usage = {100, 50, 0, 0, false};
        r.costUsd = usd;
        QVERIFY(m_store->record(r));
    }

    QJsonObject call(const QString &method, const QJsonObject &params)
    {
        const QString id = m_client->sendRequest(method, params);
        const auto response = m_client->waitForResponse(id);
        return response ? *response : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Storage::Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open());
        m_store = std::make_unique<UsageStore>(*m_db);
        Config::BudgetSettings budgets;
        budgets.total.dailyUsd = 5.0;
        budgets.perProvider.insert(u"anthropic"_s, {std::nullopt, 20.0});
        m_guard = std::make_unique<BudgetGuard>(*m_store, budgets, QTimeZone("Europe/Berlin"),
                                                [this] { return m_now; });

        m_harness = std::make_unique<WsTestHarness>();
        Control::registerUsageMethods(m_harness->registry, *m_store, m_guard.get());
        QVERIFY(m_harness->listen());
        m_client = std::make_unique<WsTestClient>();
        const auto hello = m_client->connectWithToken(m_harness->url(), QString::fromUtf8(m_harness->operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
        const QJsonArray methods = hello->value(u"payload"_s)[u"features"_s][u"methods"_s].toArray();
        QVERIFY(methods.contains(u"usage.cost"_s));
        QVERIFY(methods.contains(u"usage.status"_s));

        spend(u"2026-03-28T22:30:00Z"_s, u"telegram:dm:1"_s, u"claude-sonnet-4-5"_s, 1.0); // 28 Mar Berlin
        spend(u"2026-03-28T23:30:00Z"_s, u"telegram:dm:1"_s, u"claude-sonnet-4-5"_s, 2.0); // 29 Mar
        spend(u"2026-03-30T08:00:00Z"_s, u"api:bob"_s, u"claude-opus-4-5"_s, 3.0);         // 30 Mar (today)
        spend(u"2026-03-30T09:00:00Z"_s, u"api:bob"_s, u"mystery"_s, std::nullopt);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_harness.reset();
        m_guard.reset();
        m_store.reset();
        m_db.reset();
    }

    void costByDayWithRange()
    {
        const QJsonObject res = call(u"usage.cost"_s, {{u"from"_s, u"2026-03-28"_s}, {u"to"_s, u"2026-03-30"_s},
                                                       {u"timezone"_s, u"Europe/Berlin"_s}});
        QVERIFY2(res.value(u"ok"_s).toBool(), QJsonDocument(res).toJson().constData());
        const QJsonObject payload = res.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"groupBy"_s).toString(), u"day"_s);
        QCOMPARE(payload.value(u"days"_s).toInt(), 3);
        const QJsonArray rows = payload.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0)[u"date"_s].toString(), u"2026-03-28"_s);
        QCOMPARE(rows.at(0)[u"costUsd"_s].toDouble(), 1.0);
        QCOMPARE(rows.at(1)[u"costUsd"_s].toDouble(), 2.0);
        QCOMPARE(rows.at(2)[u"calls"_s].toInt(), 2);
        QCOMPARE(rows.at(2)[u"unknownCostCalls"_s].toInt(), 1);
        QCOMPARE(payload.value(u"totals"_s)[u"costUsd"_s].toDouble(), 6.0);
        QCOMPARE(payload.value(u"totals"_s)[u"totalTokens"_s].toInt(), 600);
    }

    void costBySessionWithDays()
    {
        const QJsonObject res = call(u"usage.cost"_s, {{u"days"_s, 7}, {u"groupBy"_s, u"session"_s}, {u"limit"_s, 1}});
        QVERIFY(res.value(u"ok"_s).toBool());
        const QJsonObject payload = res.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"from"_s).toString(), u"2026-03-24"_s);
        QCOMPARE(payload.value(u"to"_s).toString(), u"2026-03-30"_s);
        const QJsonArray rows = payload.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[u"key"_s].toString(), u"api:bob"_s);
    }

    void badParams_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad groupBy") << u"usage.cost"_s << QJsonObject{{u"groupBy"_s, u"week"_s}} << u"groupBy"_s;
        QTest::newRow("bad date") << u"usage.cost"_s << QJsonObject{{u"from"_s, u"30/03/2026"_s}} << u"\"from\""_s;
        QTest::newRow("from after to") << u"usage.cost"_s
                                       << QJsonObject{{u"from"_s, u"2026-03-30"_s}, {u"to"_s, u"2026-03-01"_s}}
                                       << u"after"_s;
        QTest::newRow("days and from") << u"usage.cost"_s
                                       << QJsonObject{{u"days"_s, 3}, {u"from"_s, u"2026-03-01"_s}} << u"either"_s;
        QTest::newRow("days zero") << u"usage.cost"_s << QJsonObject{{u"days"_s, 0}} << u"\"days\""_s;
        QTest::newRow("days fraction") << u"usage.cost"_s << QJsonObject{{u"days"_s, 1.5}} << u"\"days\""_s;
        QTest::newRow("too long") << u"usage.cost"_s
                                  << QJsonObject{{u"from"_s, u"2020-01-01"_s}, {u"to"_s, u"2026-01-01"_s}}
                                  << u"at most"_s;
        QTest::newRow("bad zone") << u"usage.cost"_s << QJsonObject{{u"timezone"_s, u"Mars/Olympus"_s}}
                                  << u"timezone"_s;
        QTest::newRow("unknown key") << u"usage.cost"_s << QJsonObject{{u"since"_s, 1}} << u"since"_s;
        QTest::newRow("bad limit") << u"usage.cost"_s << QJsonObject{{u"limit"_s, u"ten"_s}} << u"limit"_s;
        QTest::newRow("status extra") << u"usage.status"_s << QJsonObject{{u"groupBy"_s, u"day"_s}}
                                      << u"timezone"_s;
        QTest::newRow("status zone") << u"usage.status"_s << QJsonObject{{u"timezone"_s, 5}} << u"timezone"_s;
    }

    void badParams()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, messagePart);
        const QJsonObject res = call(method, params);
        QVERIFY(res.contains(u"ok"_s));
        QVERIFY(!res.value(u"ok"_s).toBool());
        const QJsonObject error = res.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(messagePart),
                 qPrintable(error.value(u"message"_s).toString()));
    }

    void status()
    {
        const QJsonObject res = call(u"usage.status"_s, {});
        QVERIFY2(res.value(u"ok"_s).toBool(), QJsonDocument(res).toJson().constData());
        const QJsonObject payload = res.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
        QCOMPARE(payload.value(u"date"_s).toString(), u"2026-03-30"_s);
        QCOMPARE(payload.value(u"today"_s)[u"calls"_s].toInt(), 2);
        QCOMPARE(payload.value(u"today"_s)[u"costUsd"_s].toDouble(), 3.0);
        QCOMPARE(payload.value(u"month"_s)[u"costUsd"_s].toDouble(), 6.0);
        const QJsonArray budgets = payload.value(u"budgets"_s).toArray();
        QCOMPARE(budgets.size(), 2);
        QCOMPARE(budgets.at(0)[u"period"_s].toString(), u"daily"_s);
        QVERIFY(budgets.at(0)[u"provider"_s].isNull());
        QCOMPARE(budgets.at(0)[u"spentUsd"_s].toDouble(), 3.0);
        QCOMPARE(budgets.at(0)[u"remainingUsd"_s].toDouble(), 2.0);
        QCOMPARE(budgets.at(0)[u"reached"_s].toBool(), false);
        QCOMPARE(budgets.at(1)[u"provider"_s].toString(), u"anthropic"_s);
        QCOMPARE(budgets.at(1)[u"capUsd"_s].toDouble(), 20.0);
        QCOMPARE(budgets.at(1)[u"resumesAt"_s].toString(), u"2026-04-01T00:00:00+02:00"_s);

        const QJsonObject tokyo = call(u"usage.status"_s, {{u"timezone"_s, u"Asia/Tokyo"_s}});
        QCOMPARE(tokyo.value(u"payload"_s)[u"timezone"_s].toString(), u"Asia/Tokyo"_s);
        QCOMPARE(tokyo.value(u"payload"_s)[u"date"_s].toString(), u"2026-03-30"_s);
    }
};

QTEST_GUILESS_MAIN(TestUsageMethods)
#include "tst_usagemethods.moc"
