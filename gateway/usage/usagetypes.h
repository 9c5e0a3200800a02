#pragma once

#include "usage/tokenusage.h"
#include "usage/usagetotals.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Moltdesk::Usage {

// One provider call as stored in usage_calls.
struct CallRecord
{
    QDateTime time;               // converted to UTC ms
    QString sessionKey;           // e.g. "telegram:dm:42"; may be empty
    QString channel;              // e.g. "telegram"; may be empty
    QString provider;             // configured provider name, e.g. "anthropic"
    QString model;                // as sent to the provider
    TokenUsage usage;             // Anthropic semantics: inputTokens excludes cache reads
    qint64 latencyMs = 0;
    bool cacheHit = false;        // answered from the response cache: cost 0
    QString error;                // error class ("rate_limited", "timeout", ...) or empty
    std::optional<double> costUsd; // nullopt: unknown price
};

enum class GroupBy { Day, Model, Provider, Channel, Session };

struct AggregateRow
{
    QString key; // local date "YYYY-MM-DD", model, provider, channel or session key
    UsageTotals totals;
};

struct AggregateQuery
{
    qint64 fromMs = 0; // inclusive, UTC ms
    qint64 toMs = 0;   // exclusive, UTC ms
    GroupBy groupBy = GroupBy::Day;
    QTimeZone zone = QTimeZone::utc(); // for GroupBy::Day
    int limit = 0;                     // 0 = all rows; otherwise the top `limit` by cost
};

} // namespace Moltdesk::Usage
