#include "providers/router/attemptinfo.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

QJsonObject AttemptInfo::toJson() const
{
    QJsonObject json{{u"provider"_s, provider},
                     {u"model"_s, model},
                     {u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {u"latencyMs"_s, latencyMs},
                     {u"cacheHit"_s, cacheHit}};
    if (error)
        json.insert(u"error"_s, error->toJson());
    else
        json.insert(u"usage"_s, usage.toJson());
    return json;
}

} // namespace Moltdesk::Providers
