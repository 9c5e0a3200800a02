#include "usage/usagetotals.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

QJsonObject UsageTotals::toJson() const
{
    return {{u"calls"_s, calls},
            {u"inputTokens"_s, inputTokens},
            {u"outputTokens"_s, outputTokens},
            {u"cacheReadTokens"_s, cacheReadTokens},
            {u"cacheWriteTokens"_s, cacheWriteTokens},
            {u"totalTokens"_s, totalTokens()},
            {u"costUsd"_s, costUsd},
            {u"unknownCostCalls"_s, unknownCostCalls},
            {u"cacheHits"_s, cacheHits},
            {u"cacheHitRate"_s, cacheHitRate()},
            {u"errors"_s, errors},
            {u"estimatedCalls"_s, estimatedCalls}};
}

} // namespace Moltdesk::Usage
