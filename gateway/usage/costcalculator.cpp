#include "usage/costcalculator.h"

#include <algorithm>

namespace Moltdesk::Usage {

namespace {
constexpr double kPerMillion = 1'000'000.0;

qint64 nonNegative(qint64 value) { return std::max<qint64>(value, 0); }
} // namespace

TokenUsage CostCalculator::normalized(const TokenUsage &usage, CostSemantics semantics)
{
    TokenUsage result = usage;
    result.inputTokens = nonNegative(usage.inputTokens);
    result.outputTokens = nonNegative(usage.outputTokens);
    result.cacheReadTokens = nonNegative(usage.cacheReadTokens);
    result.cacheWriteTokens = nonNegative(usage.cacheWriteTokens);
    if (semantics == CostSemantics::OpenAi) {
        // cached_tokens is a subset of prompt_tokens. A server reporting more cached than prompt
        // tokens is inconsistent; cap it rather than produce a negative count.
        result.cacheReadTokens = std::min(result.cacheReadTokens, result.inputTokens);
        result.inputTokens -= result.cacheReadTokens;
    }
    return result;
}

std::optional<double> CostCalculator::cost(const TokenUsage &usage,
                                           const std::optional<Config::ModelPricing> &pricing,
                                           CostSemantics semantics)
{
    if (!pricing)
        return std::nullopt;
    const TokenUsage u = normalized(usage, semantics);
    // Sum in token*price units first and divide once, which keeps hand-computed figures exact
    // for the usual 2-decimal prices.
    const double micro = double(u.inputTokens) * pricing->inputPerMTok
                         + double(u.outputTokens) * pricing->outputPerMTok
                         + double(u.cacheReadTokens) * pricing->cacheReadPerMTok
                         + double(u.cacheWriteTokens) * pricing->cacheWritePerMTok;
    return micro / kPerMillion;
}

} // namespace Moltdesk::Usage
