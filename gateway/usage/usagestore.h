#pragma once

#include "storage/result.h"
#include "usage/timeranges.h"
#include "usage/usagetypes.h"

#include <QList>

namespace Moltdesk::Storage {
class Database;
}

namespace Moltdesk::Usage {

// Provider call records in the usage_calls table (UsageMigration) and the sums the panel, the WS
// methods and BudgetGuard read.
//
// Threading: every method uses the calling thread's own connection (Storage::Database), so the
// store may be shared by the gateway thread (record(), budget sums of one day/month, both short
// indexed range scans) and workers (the aggregate queries of usage.cost, which may scan months of
// rows and therefore run through QtConcurrent in Control::UsageMethods).
class UsageStore
{
public:
    static constexpr int MaxDayBuckets = 400;

    explicit UsageStore(Storage::Database &database);

    // Validates and inserts one call; returns its row id.
    Storage::Result<qint64> record(const CallRecord &call);

    // Sums over [range.fromMs, range.toMs); provider empty = every provider.
    Storage::Result<UsageTotals> totals(const TimeRange &range, const QString &provider = {});
    // Everything one conversation cost, over all time (uses the session_key index). For `/usage`.
    Storage::Result<UsageTotals> sessionTotals(const QString &sessionKey);
    Storage::Result<UsageTotals> today(const QDateTime &now, const QTimeZone &zone);
    Storage::Result<UsageTotals> thisMonth(const QDateTime &now, const QTimeZone &zone);

    // Grouped sums. Day rows cover every local day of the range (zero rows included) in date
    // order; other groupings list only keys with calls, by cost then calls, descending.
    Storage::Result<QList<AggregateRow>> aggregate(const AggregateQuery &query);
    Storage::Result<QList<AggregateRow>> topSessions(const TimeRange &range, int limit);

private:
    Storage::Result<QList<AggregateRow>> aggregateByDay(const AggregateQuery &query);

    Storage::Database &m_database;
};

} // namespace Moltdesk::Usage
