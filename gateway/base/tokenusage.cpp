#include "base/tokenusage.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Base {

QJsonObject TokenUsage::toJson() const
{
    return {{u"inputTokens"_s, inputTokens},
            {u"outputTokens"_s, outputTokens},
            {u"cacheReadTokens"_s, cacheReadTokens},
            {u"cacheWriteTokens"_s, cacheWriteTokens},
            {u"estimated"_s, estimated}};
}

TokenUsage TokenUsage::fromJson(const QJsonObject &object)
{
    TokenUsage usage;
    usage.inputTokens = object.value(u"inputTokens"_s).toInteger();
    usage.outputTokens = object.value(u"outputTokens"_s).toInteger();
    usage.cacheReadTokens = object.value(u"cacheReadTokens"_s).toInteger();
    usage.cacheWriteTokens = object.value(u"cacheWriteTokens"_s).toInteger();
    usage.estimated = object.value(u"estimated"_s).toBool();
    return usage;
}

} // namespace Moltdesk::Base
