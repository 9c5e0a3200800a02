#pragma once

#include "storage/result.h"
#include "usage/usagetypes.h"

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Usage {

class BudgetGuard;
class PriceLookup;
class UsageStore;

// What the agent hands over after every provider call (success, error or cache hit).
struct ProviderCall
{
    QDateTime time;
    QString sessionKey;
    QString channel;
    QString provider;
    QString model;
    TokenUsage usage; // as the provider reported it (its own semantics)...
    // ...unless already disjoint: the provider clients (Providers::TokenUsage) subtract OpenAI's
    // cached tokens from prompt_tokens themselves, so the agent passes true here; subtracting
    // again would under-count input.
    bool disjointCounts = false;
    qint64 latencyMs = 0;
    bool cacheHit = false;
    QString error; // error class, empty on success
};

// The one entry point for "a provider call happened": prices it, stores it, counts it in the
// Prometheus metrics, and lets the BudgetGuard notice a cap that this call reached (so the panel
// hears about it before the next call is refused).
//
// Metrics (if a registry is given):
//   moltdesk_provider_calls_total{provider,model,outcome}  outcome = ok | error | cache_hit
//   moltdesk_provider_tokens_total{provider,model,kind}    kind = input | output | cache_read | cache_write
//   moltdesk_provider_cost_usd_total{provider,model}       known costs only
class UsageTracker
{
public:
    UsageTracker(UsageStore &store, const PriceLookup &prices, BudgetGuard *guard = nullptr,
                 Metrics::Registry *metrics = nullptr);

    Storage::Result<CallRecord> record(const ProviderCall &call);

private:
    void count(const CallRecord &record);

    UsageStore &m_store;
    const PriceLookup &m_prices;
    BudgetGuard *m_guard;
    Metrics::Registry *m_metrics;
};

} // namespace Moltdesk::Usage
