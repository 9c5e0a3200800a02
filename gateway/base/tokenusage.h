#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace Moltdesk::Base {

// Token counts of one provider call, the one shape every module uses
// {"inputTokens","outputTokens","cacheReadTokens","cacheWriteTokens","estimated"}.
// The provider clients report the four counts disjoint (Anthropic does; OpenAI's prompt_tokens
// includes the cached tokens, which the client subtracts:
// https://platform.openai.com/docs/guides/prompt-caching), so cost is the sum of each count times
// its price (docs/usage.md; CostCalculator's disjointCounts covers records in OpenAI's own form).
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    bool estimated = false; // the server reported no usage: counted locally as ~chars/4

    bool isValid() const
    {
        return inputTokens >= 0 && outputTokens >= 0 && cacheReadTokens >= 0 && cacheWriteTokens >= 0;
    }
    qint64 total() const { return inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens; }

    QJsonObject toJson() const;
    static TokenUsage fromJson(const QJsonObject &object);

    bool operator==(const TokenUsage &) const = default;
};

} // namespace Moltdesk::Base
