#include "usage/usagestore.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

namespace {

// The sums shared by every aggregate; `u` is the usage_calls alias. COUNT(u.id) rather than
// COUNT(*) so an empty day of a LEFT JOIN counts 0 calls.
const QString kSums = u"COUNT(u.id), COALESCE(SUM(u.input_tokens), 0), COALESCE(SUM(u.output_tokens), 0),"
                      " COALESCE(SUM(u.cache_read_tokens), 0), COALESCE(SUM(u.cache_write_tokens), 0),"
                      " TOTAL(u.cost_usd),"
                      " COALESCE(SUM(CASE WHEN u.id IS NOT NULL AND u.cost_usd IS NULL THEN 1 ELSE 0 END), 0),"
                      " COALESCE(SUM(u.cache_hit), 0),"
                      " COALESCE(SUM(CASE WHEN u.error <> '' THEN 1 ELSE 0 END), 0),"
                      " COALESCE(SUM(u.estimated), 0)"_s;

// Reads the kSums columns starting at `column`.
UsageTotals readTotals(const QSqlQuery &query, int column)
{
    UsageTotals t;
    t.calls = query.value(column).toLongLong();
    t.inputTokens = query.value(column + 1).toLongLong();
    t.outputTokens = query.value(column + 2).toLongLong();
    t.cacheReadTokens = query.value(column + 3).toLongLong();
    t.cacheWriteTokens = query.value(column + 4).toLongLong();
    t.costUsd = query.value(column + 5).toDouble();
    t.unknownCostCalls = query.value(column + 6).toLongLong();
    t.cacheHits = query.value(column + 7).toLongLong();
    t.errors = query.value(column + 8).toLongLong();
    t.estimatedCalls = query.value(column + 9).toLongLong();
    return t;
}

QString groupColumn(GroupBy groupBy)
{
    // A fixed whitelist: the column name is never built from client input.
    switch (groupBy) {
    case GroupBy::Model: return u"u.model"_s;
    case GroupBy::Provider: return u"u.provider"_s;
    case GroupBy::Channel: return u"u.channel"_s;
    case GroupBy::Session: return u"u.session_key"_s;
    case GroupBy::Day: break;
    }
    return {};
}

Storage::Result<void> validRange(const TimeRange &range)
{
    if (range.toMs < range.fromMs)
        return Storage::Error::invalid(u"usage: the range ends before it starts"_s);
    return {};
}

} // namespace

UsageStore::UsageStore(Storage::Database &database) : m_database(database) {}

Storage::Result<qint64> UsageStore::record(const CallRecord &call)
{
    if (call.provider.isEmpty() || call.model.isEmpty())
        return Storage::Error::invalid(u"usage: a call record needs a provider and a model"_s);
    if (!call.time.isValid())
        return Storage::Error::invalid(u"usage: a call record needs a valid time"_s);
    if (!call.usage.isValid() || call.latencyMs < 0)
        return Storage::Error::invalid(u"usage: token counts and latency must not be negative"_s);
    if (call.costUsd && (!std::isfinite(*call.costUsd) || *call.costUsd < 0))
        return Storage::Error::invalid(u"usage: cost must be a non-negative number"_s);

    const Storage::Result<QSqlQuery> query = Storage::Sql::exec(
        m_database, u"usage: recording a provider call"_s,
        u"INSERT INTO usage_calls (time_ms, session_key, channel, provider, model, input_tokens,"
        " output_tokens, cache_read_tokens, cache_write_tokens, estimated, latency_ms, cache_hit,"
        " error, cost_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {call.time.toMSecsSinceEpoch(), call.sessionKey.isNull() ? u""_s : call.sessionKey,
         call.channel.isNull() ? u""_s : call.channel, call.provider, call.model, call.usage.inputTokens,
         call.usage.outputTokens, call.usage.cacheReadTokens, call.usage.cacheWriteTokens,
         call.usage.estimated ? 1 : 0, call.latencyMs, call.cacheHit ? 1 : 0,
         call.error.isNull() ? u""_s : call.error,
         call.costUsd ? QVariant(*call.costUsd) : QVariant(QMetaType::fromType<double>())});
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Storage::Result<UsageTotals> UsageStore::totals(const TimeRange &range, const QString &provider)
{
    if (auto valid = validRange(range); !valid)
        return valid.error();
    Storage::Sql::BindList binds{range.fromMs, range.toMs};
    if (!provider.isEmpty())
        binds.append(provider);
    Storage::Result<QSqlQuery> query = Storage::Sql::exec(
        m_database, u"usage: summing calls"_s,
        u"SELECT "_s + kSums + u" FROM usage_calls u WHERE u.time_ms >= ? AND u.time_ms < ?"_s
            + (provider.isEmpty() ? QString() : u" AND u.provider = ?"_s),
        binds);
    if (!query)
        return query.error();
    if (!query->next())
        return Storage::sqlError(u"usage: summing calls"_s, query->lastError());
    return readTotals(query.value(), 0);
}

Storage::Result<UsageTotals> UsageStore::sessionTotals(const QString &sessionKey)
{
    Storage::Result<QSqlQuery> query = Storage::Sql::exec(
        m_database, u"usage: summing a session's calls"_s,
        u"SELECT "_s + kSums + u" FROM usage_calls u WHERE u.session_key = ?"_s, {sessionKey});
    if (!query)
        return query.error();
    if (!query->next())
        return Storage::sqlError(u"usage: summing a session's calls"_s, query->lastError());
    return readTotals(query.value(), 0);
}

Storage::Result<UsageTotals> UsageStore::today(const QDateTime &now, const QTimeZone &zone)
{
    return totals(TimeRanges::day(TimeRanges::localDate(now, zone), zone));
}

Storage::Result<UsageTotals> UsageStore::thisMonth(const QDateTime &now, const QTimeZone &zone)
{
    return totals(TimeRanges::month(TimeRanges::localDate(now, zone), zone));
}

Storage::Result<QList<AggregateRow>> UsageStore::aggregate(const AggregateQuery &query)
{
    if (auto valid = validRange({query.fromMs, query.toMs}); !valid)
        return valid.error();
    if (query.limit < 0)
        return Storage::Error::invalid(u"usage: limit must not be negative"_s);
    if (query.groupBy == GroupBy::Day)
        return aggregateByDay(query);

    const QString column = groupColumn(query.groupBy);
    Storage::Sql::BindList binds{query.fromMs, query.toMs};
    if (query.limit > 0)
        binds.append(query.limit);
    Storage::Result<QSqlQuery> sql = Storage::Sql::exec(
        m_database, u"usage: aggregating calls"_s,
        u"SELECT "_s + column + u", "_s + kSums
            + u" FROM usage_calls u WHERE u.time_ms >= ? AND u.time_ms < ? GROUP BY "_s + column
            + u" ORDER BY TOTAL(u.cost_usd) DESC, COUNT(u.id) DESC, "_s + column
            + (query.limit > 0 ? u" LIMIT ?"_s : QString()),
        binds);
    if (!sql)
        return sql.error();
    QList<AggregateRow> rows;
    while (sql->next())
        rows.append({sql->value(0).toString(), readTotals(sql.value(), 1)});
    return rows;
}

Storage::Result<QList<AggregateRow>> UsageStore::aggregateByDay(const AggregateQuery &query)
{
    if (!query.zone.isValid())
        return Storage::Error::invalid(u"usage: invalid time zone"_s);
    // Local day boundaries come from Qt's zone data (SQLite knows no IANA zones); they travel as a
    // VALUES table so one indexed query buckets the whole range.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(query.fromMs, QTimeZone::utc());
    const QDateTime lastInstant = QDateTime::fromMSecsSinceEpoch(std::max(query.fromMs, query.toMs - 1), QTimeZone::utc());
    QList<std::pair<QString, TimeRange>> days;
    if (query.toMs > query.fromMs) {
        const QDate last = TimeRanges::localDate(lastInstant, query.zone);
        for (QDate d = TimeRanges::localDate(from, query.zone); d <= last; d = d.addDays(1)) {
            if (days.size() >= MaxDayBuckets)
                return Storage::Error::invalid(u"usage: a day grouping covers at most %1 days"_s.arg(MaxDayBuckets));
            TimeRange r = TimeRanges::day(d, query.zone);
            r.fromMs = std::max(r.fromMs, query.fromMs);
            r.toMs = std::min(r.toMs, query.toMs);
            days.append({d.toString(Qt::ISODate), r});
        }
    }
    if (days.isEmpty())
        return QList<AggregateRow>{};

    QStringList placeholders;
    Storage::Sql::BindList binds;
    for (const auto &[label, range] : std::as_const(days)) {
        placeholders.append(u"(?, ?, ?)"_s);
        binds << label << range.fromMs << range.toMs;
    }
    Storage::Result<QSqlQuery> sql = Storage::Sql::exec(
        m_database, u"usage: aggregating calls by day"_s,
        u"WITH days(label, start_ms, end_ms) AS (VALUES "_s + placeholders.join(u", "_s)
            + u") SELECT days.label, "_s + kSums
            + u" FROM days LEFT JOIN usage_calls u ON u.time_ms >= days.start_ms AND u.time_ms < days.end_ms"
              " GROUP BY days.label ORDER BY days.label"_s,
        binds);
    if (!sql)
        return sql.error();
    QList<AggregateRow> rows;
    while (sql->next())
        rows.append({sql->value(0).toString(), readTotals(sql.value(), 1)});
    return rows;
}

Storage::Result<QList<AggregateRow>> UsageStore::topSessions(const TimeRange &range, int limit)
{
    if (limit <= 0)
        return Storage::Error::invalid(u"usage: the number of top sessions must be positive"_s);
    AggregateQuery query;
    query.fromMs = range.fromMs;
    query.toMs = range.toMs;
    query.groupBy = GroupBy::Session;
    query.limit = limit;
    return aggregate(query);
}

} // namespace Moltdesk::Usage
