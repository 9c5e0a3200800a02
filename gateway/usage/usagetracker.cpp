#include "usage/usagetracker.h"

#include "metrics/registry.h"
#include "usage/budgetguard.h"
#include "usage/pricelookup.h"
#include "usage/usagestore.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

namespace {
const QString kCalls = u"moltdesk_provider_calls_total"_s;
const QString kTokens = u"moltdesk_provider_tokens_total"_s;
const QString kCost = u"moltdesk_provider_cost_usd_total"_s;
} // namespace

UsageTracker::UsageTracker(UsageStore &store, const PriceLookup &prices, BudgetGuard *guard,
                           Metrics::Registry *metrics)
    : m_store(store), m_prices(prices), m_guard(guard), m_metrics(metrics)
{
    if (m_metrics) {
        m_metrics->registerCounter(kCalls, u"Provider calls by provider, model and outcome"_s);
        m_metrics->registerCounter(kTokens, u"Provider tokens by provider, model and kind"_s);
        m_metrics->registerCounter(kCost, u"Provider spend in USD (calls of known price only)"_s);
    }
}

Storage::Result<CallRecord> UsageTracker::record(const ProviderCall &call)
{
    PriceQuote quote = m_prices.quote(call.provider, call.model);
    if (call.disjointCounts)
        quote.semantics = CostSemantics::Anthropic; // "inputTokens excludes cache reads"
    CallRecord record;
    record.time = call.time.isValid() ? call.time : QDateTime::currentDateTimeUtc();
    record.sessionKey = call.sessionKey;
    record.channel = call.channel;
    record.provider = call.provider;
    record.model = call.model;
    record.usage = CostCalculator::normalized(call.usage, quote.semantics);
    record.latencyMs = call.latencyMs;
    record.cacheHit = call.cacheHit;
    record.error = call.error;
    // A response-cache hit made no provider call: it costs nothing whatever the model's price.
    record.costUsd = call.cacheHit ? std::optional<double>(0.0)
                                   : CostCalculator::cost(call.usage, quote.pricing, quote.semantics);
    const auto id = m_store.record(record);
    if (!id)
        return id.error();
    count(record);
    if (m_guard)
        m_guard->check(record.provider); // only for its capReached signal
    return record;
}

void UsageTracker::count(const CallRecord &record)
{
    if (!m_metrics)
        return;
    const QString outcome = record.cacheHit ? u"cache_hit"_s : record.error.isEmpty() ? u"ok"_s : u"error"_s;
    m_metrics->increment(kCalls, {{u"provider"_s, record.provider}, {u"model"_s, record.model}, {u"outcome"_s, outcome}});
    if (record.cacheHit)
        return; // no tokens were spent at the provider
    const std::pair<QString, qint64> kinds[] = {{u"input"_s, record.usage.inputTokens},
                                                {u"output"_s, record.usage.outputTokens},
                                                {u"cache_read"_s, record.usage.cacheReadTokens},
                                                {u"cache_write"_s, record.usage.cacheWriteTokens}};
    for (const auto &[kind, tokens] : kinds) {
        m_metrics->increment(kTokens, {{u"provider"_s, record.provider}, {u"model"_s, record.model}, {u"kind"_s, kind}},
                             double(tokens));
    }
    if (record.costUsd)
        m_metrics->increment(kCost, {{u"provider"_s, record.provider}, {u"model"_s, record.model}}, *record.costUsd);
}

} // namespace Moltdesk::Usage
