#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace Moltdesk::Usage {

// Token counts of one provider call in the team's canonical shape
// {"inputTokens","outputTokens","cacheReadTokens","cacheWriteTokens","estimated"}.
// What inputTokens means depends on the provider's semantics (see CostCalculator).
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    bool estimated = false; // counted locally because the server reported no usage

    bool isValid() const
    {
        return inputTokens >= 0 && outputTokens >= 0 && cacheReadTokens >= 0 && cacheWriteTokens >= 0;
    }
    qint64 total() const { return inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens; }

    QJsonObject toJson() const;
    static TokenUsage fromJson(const QJsonObject &object);

    bool operator==(const TokenUsage &) const = default;
};

} // namespace Moltdesk::Usage
