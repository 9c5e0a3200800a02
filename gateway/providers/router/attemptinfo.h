#pragma once

#include "providers/providererror.h"
#include "providers/tokenusage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Moltdesk::Providers {

// One provider call made (or answered from the cache) on behalf of a routed request, so usage
// can record every call - including the failed ones that still cost a round trip.
struct AttemptInfo
{
    QString provider;
    QString model;
    QDateTime startedAt;
    qint64 latencyMs = 0;
    std::optional<ProviderError> error; // empty: this attempt produced the result
    TokenUsage usage;                   // the successful attempt's usage
    bool cacheHit = false;              // answered from the response cache: no provider call

    bool succeeded() const { return !error.has_value(); }
    QString errorKind() const { return error ? error->kindName() : QString(); }
    QJsonObject toJson() const;
};

} // namespace Moltdesk::Providers

Q_DECLARE_METATYPE(Moltdesk::Providers::AttemptInfo)
