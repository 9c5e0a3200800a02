#pragma once

#include "config/aisettings.h"
#include "usage/tokenusage.h"

#include <optional>

namespace Moltdesk::Usage {

// How a provider counts prompt tokens, which decides how cache tokens are billed.
enum class CostSemantics {
    // Anthropic Messages API (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching):
    // usage.input_tokens counts only the tokens after the last cache breakpoint; cache_read_input_tokens
    // and cache_creation_input_tokens are reported *in addition* and billed at their own rates.
    Anthropic,
    // OpenAI Chat Completions (https://platform.openai.com/docs/guides/prompt-caching):
    // usage.prompt_tokens *includes* prompt_tokens_details.cached_tokens; the cached part is billed
    // at the "cached input" rate and the rest at the input rate. There is no cache-write charge.
    OpenAi,
};

// Cost of one call in USD. Pure arithmetic, no lookup: PriceLookup finds the price entry.
class CostCalculator
{
public:
    // std::nullopt when the price is unknown (never a guess). Negative counts are treated as 0.
    // With OpenAi semantics, usage.inputTokens is prompt_tokens and usage.cacheReadTokens is
    // cached_tokens (a part of it); cacheWriteTokens is billed at cacheWritePerMTok if non-zero.
    static std::optional<double> cost(const TokenUsage &usage,
                                      const std::optional<Config::ModelPricing> &pricing,
                                      CostSemantics semantics);

    // Re-expresses usage in Anthropic semantics (inputTokens = uncached input only), so stored
    // rows of both providers add up the same way. Idempotent for Anthropic semantics.
    static TokenUsage normalized(const TokenUsage &usage, CostSemantics semantics);
};

} // namespace Moltdesk::Usage
