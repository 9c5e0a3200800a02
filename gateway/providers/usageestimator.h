#pragma once

#include "providers/providerrequest.h"
#include "providers/tokenusage.h"

#include <QJsonArray>

namespace Moltdesk::Providers {

// Token counts for servers that report none (many OpenAI-compatible local servers): the common
// rule of thumb of ~4 characters per token for English text, rounded up, flagged `estimated`.
class UsageEstimator
{
public:
    static TokenUsage estimate(const ProviderRequest &request, const QJsonArray &replyContent);
    static qint64 tokensForChars(qint64 chars) { return (chars + 3) / 4; }
};

} // namespace Moltdesk::Providers
