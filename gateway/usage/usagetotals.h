#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace Moltdesk::Usage {

// Sums over a set of calls. costUsd adds the known costs only; unknownCostCalls says how many
// calls had no price, so "$1.20 + 3 calls of unknown cost" is never shown as "$1.20".
struct UsageTotals
{
    qint64 calls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double costUsd = 0.0;
    qint64 unknownCostCalls = 0;
    qint64 cacheHits = 0;
    qint64 errors = 0;
    qint64 estimatedCalls = 0;

    qint64 totalTokens() const { return inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens; }
    double cacheHitRate() const { return calls > 0 ? double(cacheHits) / double(calls) : 0.0; }
    QJsonObject toJson() const;
};

} // namespace Moltdesk::Usage
