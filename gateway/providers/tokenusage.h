#pragma once

#include <QJsonObject>

namespace Moltdesk::Providers {

// Token counts of one call. The four counts are disjoint on every provider, so cost is
// input*inPrice + output*outPrice + cacheRead*readPrice + cacheWrite*writePrice:
// Anthropic reports them that way; OpenAI's prompt_tokens includes the cached tokens, which we
// subtract (https://platform.openai.com/docs/guides/prompt-caching).
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    bool estimated = false; // the server sent no usage: counted as ~chars/4

    QJsonObject toJson() const
    {
        return {{QStringLiteral("inputTokens"), inputTokens},
                {QStringLiteral("outputTokens"), outputTokens},
                {QStringLiteral("cacheReadTokens"), cacheReadTokens},
                {QStringLiteral("cacheWriteTokens"), cacheWriteTokens},
                {QStringLiteral("estimated"), estimated}};
    }
    bool operator==(const TokenUsage &) const = default;
};

} // namespace Moltdesk::Providers
