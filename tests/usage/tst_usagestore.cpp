#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "usage/usagemigration.h"
#include "usage/usagestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Usage;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

CallRecord call(const QString &isoUtc, const QString &session, const QString &model, std::optional<double> cost,
                bool cacheHit = false)
{
    CallRecord r;
    r.time = utc(isoUtc);
    r.sessionKey = session;
    r.channel = session.section(u':', 0, 0);
    r.provider = model.startsWith(u"gpt"_s) ? u"openai"_s : u"anthropic"_s;
    r.model = model;
    r.usage = {100, 10, 1000, 0, false};
    r.latencyMs = 250;
    r.cacheHit = cacheHit;
    r.costUsd = cost;
    return r;
}

qint64 ms(const QString &iso) { return utc(iso).toMSecsSinceEpoch(); }

} // namespace

class TestUsageStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<UsageStore> m_store;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"moltdesk.db"_s));
        m_db = std::make_unique<Storage::Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
        const auto opened = m_db->open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_store = std::make_unique<UsageStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void migrationOnFreshDb()
    {
        QCOMPARE(m_db->schemaVersion().value(), m_db->latestVersion());
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name LIKE 'usage_calls%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4); // the table and its three indexes
    }

    void migrationOnExistingDb()
    {
        QTemporaryDir dir;
        // The schema as it was before this migration: everything up to, not including, usage_calls.
        QList<Storage::Migration> before = Core::SchemaMigrations::all();
        // The lead may reorder appended migrations at merge time, so find ours by its description
        // and build the database as it was just before it.
        const QString ours = UsageMigration::migration().description;
        const auto it = std::find_if(before.cbegin(), before.cend(),
                                     [&](const Storage::Migration &m) { return m.description == ours; });
        QVERIFY(it != before.cend());
        before = before.mid(0, it - before.cbegin());
        {
            Storage::Database old(dir.path(), before);
            QVERIFY(old.open());
            Storage::KvStore kv(old);
            QVERIFY(kv.put(u"MOLTBOT_KV"_s, u"kept"_s, "value"_ba));
        }
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        const auto opened = db.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        Storage::KvStore kv(db);
        const auto kept = kv.get(u"MOLTBOT_KV"_s, u"kept"_s);
        QVERIFY(kept && kept->has_value());
        UsageStore store(db);
        QVERIFY(store.record(call(u"2026-03-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 0.5)));
    }

    void rejectsBadRecords()
    {
        CallRecord r = call(u"2026-03-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 0.5);
        r.provider.clear();
        QCOMPARE(m_store->record(r).error().code, Storage::Error::Code::InvalidArgument);
        r = call(u"2026-03-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, -1.0);
        QCOMPARE(m_store->record(r).error().code, Storage::Error::Code::InvalidArgument);
        r = call(u"2026-03-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.0);
        r.usage.outputTokens = -5;
        QVERIFY(!m_store->record(r));
        QCOMPARE(m_store->totals({0, ms(u"2030-01-01T00:00:00Z"_s)})->calls, 0);
    }

    void byDayAcrossDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        // Spring forward 2026-03-29 02:00 CET -> 03:00 CEST: that local day is 23 h long,
        // 2026-03-28T23:00Z .. 2026-03-29T22:00Z.
        QVERIFY(m_store->record(call(u"2026-03-28T22:30:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.0)));      // 28th 23:30
        QVERIFY(m_store->record(call(u"2026-03-28T23:30:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 2.0)));      // 29th 00:30
        QVERIFY(m_store->record(call(u"2026-03-29T21:30:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 4.0)));      // 29th 23:30
        QVERIFY(m_store->record(call(u"2026-03-29T22:30:00Z"_s, u"api:a"_s, u"gpt-4o"_s, std::nullopt))); // 30th
        // Fall back 2026-10-25: a 25 h day, 2026-10-24T22:00Z .. 2026-10-25T23:00Z.
        QVERIFY(m_store->record(call(u"2026-10-25T22:30:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 8.0)));      // 25th 23:30

        AggregateQuery q;
        q.fromMs = TimeRanges::day(QDate(2026, 3, 28), berlin).fromMs;
        q.toMs = TimeRanges::day(QDate(2026, 3, 30), berlin).toMs;
        q.zone = berlin;
        const auto rows = m_store->aggregate(q);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).key, u"2026-03-28"_s);
        QCOMPARE(rows->at(0).totals.calls, 1);
        QCOMPARE(rows->at(1).key, u"2026-03-29"_s);
        QCOMPARE(rows->at(1).totals.calls, 2);
        QCOMPARE(rows->at(1).totals.costUsd, 6.0);
        QCOMPARE(rows->at(2).totals.calls, 1);
        QCOMPARE(rows->at(2).totals.costUsd, 0.0);
        QCOMPARE(rows->at(2).totals.unknownCostCalls, 1);

        // The same calls in UTC fall on other days: proof the zone is applied.
        q.zone = QTimeZone::utc();
        const auto utcRows = m_store->aggregate(q);
        // The range starts at 2026-03-27T23:00Z, so UTC rows begin with a one-hour 27 March.
        QCOMPARE(utcRows->at(0).key, u"2026-03-27"_s);
        QCOMPARE(utcRows->at(1).key, u"2026-03-28"_s);
        QCOMPARE(utcRows->at(1).totals.calls, 2);

        q.zone = berlin;
        q.fromMs = TimeRanges::day(QDate(2026, 10, 24), berlin).fromMs;
        q.toMs = TimeRanges::day(QDate(2026, 10, 26), berlin).toMs;
        const auto autumn = m_store->aggregate(q);
        QCOMPARE(autumn->size(), 3);
        QCOMPARE(autumn->at(0).totals.calls, 0); // empty days are listed too
        QCOMPARE(autumn->at(1).key, u"2026-10-25"_s);
        QCOMPARE(autumn->at(1).totals.calls, 1);
        QCOMPARE(TimeRanges::day(QDate(2026, 10, 25), berlin).toMs - TimeRanges::day(QDate(2026, 10, 25), berlin).fromMs,
                 25LL * 3600 * 1000);
    }

    void groupings_data()
    {
        QTest::addColumn<int>("groupBy");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<qint64>>("calls");
        QTest::newRow("model") << int(GroupBy::Model) << QStringList{u"claude-opus-4-5"_s, u"gpt-4o"_s}
                               << QList<qint64>{1, 3};
        QTest::newRow("provider") << int(GroupBy::Provider) << QStringList{u"anthropic"_s, u"openai"_s}
                                  << QList<qint64>{1, 3};
        QTest::newRow("channel") << int(GroupBy::Channel) << QStringList{u"telegram"_s, u"api"_s}
                                 << QList<qint64>{2, 2};
        QTest::newRow("session") << int(GroupBy::Session)
                                 << QStringList{u"telegram:dm:2"_s, u"api:a"_s, u"telegram:dm:1"_s}
                                 << QList<qint64>{1, 2, 1};
    }

    void groupings()
    {
        QFETCH(int, groupBy);
        QFETCH(QStringList, keys);
        QFETCH(QList<qint64>, calls);
        QVERIFY(m_store->record(call(u"2026-05-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.0)));
        QVERIFY(m_store->record(call(u"2026-05-01T11:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 0.0, true)));
        QVERIFY(m_store->record(call(u"2026-05-02T10:00:00Z"_s, u"telegram:dm:1"_s, u"gpt-4o"_s, 0.5)));
        QVERIFY(m_store->record(call(u"2026-05-03T10:00:00Z"_s, u"telegram:dm:2"_s, u"claude-opus-4-5"_s, 3.0)));
        QVERIFY(m_store->record(call(u"2026-06-03T10:00:00Z"_s, u"telegram:dm:3"_s, u"gpt-4o"_s, 9.0))); // outside

        AggregateQuery q;
        q.fromMs = ms(u"2026-05-01T00:00:00Z"_s);
        q.toMs = ms(u"2026-06-01T00:00:00Z"_s);
        q.groupBy = GroupBy(groupBy);
        const auto rows = m_store->aggregate(q);
        QVERIFY(rows);
        QStringList gotKeys;
        QList<qint64> gotCalls;
        for (const AggregateRow &row : rows.value()) {
            gotKeys.append(row.key);
            gotCalls.append(row.totals.calls);
        }
        QCOMPARE(gotKeys, keys);
        QCOMPARE(gotCalls, calls);
    }

    void totalsAndCacheHitRate()
    {
        QVERIFY(m_store->record(call(u"2026-05-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.25)));
        QVERIFY(m_store->record(call(u"2026-05-01T11:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 0.0, true)));
        QVERIFY(m_store->record(call(u"2026-05-01T12:00:00Z"_s, u"api:a"_s, u"mystery"_s, std::nullopt)));
        CallRecord failed = call(u"2026-05-01T13:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 0.0);
        failed.error = u"rate_limited"_s;
        QVERIFY(m_store->record(failed));
        const auto t = m_store->totals({ms(u"2026-05-01T00:00:00Z"_s), ms(u"2026-05-02T00:00:00Z"_s)});
        QVERIFY(t);
        QCOMPARE(t->calls, 4);
        QCOMPARE(t->costUsd, 1.25);
        QCOMPARE(t->unknownCostCalls, 1);
        QCOMPARE(t->cacheHits, 1);
        QCOMPARE(t->cacheHitRate(), 0.25);
        QCOMPARE(t->errors, 1);
        QCOMPARE(t->inputTokens, 400);
        QCOMPARE(t->cacheReadTokens, 4000);
        QCOMPARE(m_store->totals({ms(u"2026-05-01T00:00:00Z"_s), ms(u"2026-05-02T00:00:00Z"_s)}, u"anthropic"_s)->calls,
                 1);

        const QTimeZone tokyo("Asia/Tokyo");
        const auto today = m_store->today(utc(u"2026-05-01T16:00:00Z"_s), tokyo); // 2 May 01:00 in Tokyo
        QCOMPARE(today->calls, 0);
        const auto month = m_store->thisMonth(utc(u"2026-05-01T16:00:00Z"_s), tokyo);
        QCOMPARE(month->calls, 4); // 10:00Z..13:00Z are 19:00..22:00 on 1 May in Tokyo
    }

    void topSessions()
    {
        QVERIFY(m_store->record(call(u"2026-05-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.0)));
        QVERIFY(m_store->record(call(u"2026-05-01T10:01:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.0)));
        QVERIFY(m_store->record(call(u"2026-05-01T10:02:00Z"_s, u"api:b"_s, u"gpt-4o"_s, 5.0)));
        QVERIFY(m_store->record(call(u"2026-05-01T10:03:00Z"_s, u"api:c"_s, u"gpt-4o"_s, 0.1)));
        const auto top = m_store->topSessions({ms(u"2026-05-01T00:00:00Z"_s), ms(u"2026-05-02T00:00:00Z"_s)}, 2);
        QVERIFY(top);
        QCOMPARE(top->size(), 2);
        QCOMPARE(top->at(0).key, u"api:b"_s);
        QCOMPARE(top->at(1).key, u"api:a"_s);
        QCOMPARE(top->at(1).totals.costUsd, 2.0);
        QVERIFY(!m_store->topSessions({0, 1}, 0));
    }

    void sessionTotals()
    {
        QVERIFY(m_store->record(call(u"2026-05-01T10:00:00Z"_s, u"api:a"_s, u"gpt-4o"_s, 1.5)));
        QVERIFY(m_store->record(call(u"2026-06-01T10:00:00Z"_s, u"api:a"_s, u"claude-x"_s, std::nullopt)));
        QVERIFY(m_store->record(call(u"2026-05-01T10:02:00Z"_s, u"api:b"_s, u"gpt-4o"_s, 5.0)));
        const auto a = m_store->sessionTotals(u"api:a"_s);
        QVERIFY(a);
        QCOMPARE(a->calls, 2);
        QCOMPARE(a->costUsd, 1.5);
        QCOMPARE(a->unknownCostCalls, 1);
        QCOMPARE(a->inputTokens, 200);
        const auto none = m_store->sessionTotals(u"api:nobody"_s);
        QVERIFY(none);
        QCOMPARE(none->calls, 0);
    }

    void badRanges()
    {
        QVERIFY(!m_store->totals({10, 5}));
        AggregateQuery q;
        q.fromMs = 0;
        q.toMs = ms(u"2026-01-01T00:00:00Z"_s); // decades of days
        const auto rows = m_store->aggregate(q);
        QVERIFY(!rows);
        QVERIFY(rows.error().message.contains(u"at most"_s));
    }
};

QTEST_GUILESS_MAIN(TestUsageStore)
#include "tst_usagestore.moc"
