#include "usage/usagemigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

Storage::Migration UsageMigration::migration()
{
    // One row per provider call. time_ms is UTC milliseconds since the epoch; day/month grouping
    // happens in a caller-chosen time zone, so no local date is stored. input_tokens is always the
    // *uncached* input (Anthropic semantics; see CostCalculator::normalized). cost_usd is NULL when
    // the model's price is unknown. The indexes serve the range scans of aggregates and budgets.
    return Storage::Migration::fromSql(u"usage_calls: provider call records"_s, {
        u"CREATE TABLE usage_calls ("
        "  id INTEGER PRIMARY KEY,"
        "  time_ms INTEGER NOT NULL,"
        "  session_key TEXT NOT NULL DEFAULT '',"
        "  channel TEXT NOT NULL DEFAULT '',"
        "  provider TEXT NOT NULL,"
        "  model TEXT NOT NULL,"
        "  input_tokens INTEGER NOT NULL DEFAULT 0,"
        "  output_tokens INTEGER NOT NULL DEFAULT 0,"
        "  cache_read_tokens INTEGER NOT NULL DEFAULT 0,"
        "  cache_write_tokens INTEGER NOT NULL DEFAULT 0,"
        "  estimated INTEGER NOT NULL DEFAULT 0,"
        "  latency_ms INTEGER NOT NULL DEFAULT 0,"
        "  cache_hit INTEGER NOT NULL DEFAULT 0,"
        "  error TEXT NOT NULL DEFAULT '',"
        "  cost_usd REAL)"_s,
        u"CREATE INDEX usage_calls_time ON usage_calls(time_ms)"_s,
        u"CREATE INDEX usage_calls_provider_time ON usage_calls(provider, time_ms)"_s,
        u"CREATE INDEX usage_calls_session_time ON usage_calls(session_key, time_ms)"_s,
    });
}

} // namespace Moltdesk::Usage
