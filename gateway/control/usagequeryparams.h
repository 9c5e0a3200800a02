#pragma once

#include "usage/usagetypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace Moltdesk::Control {

// Parsed params of usage.cost / usage.status (docs/usage.md): protocol input, so it lives with
// the methods in control/ (docs/architecture.md).
//   from, to   ISO dates "YYYY-MM-DD", both inclusive local days; or
//   days       1..366 local days ending today (default 30)
//   groupBy    day | model | provider | channel | session (default day)
//   timezone   IANA id (default: the gateway's zone)
//   limit      1..1000 rows for non-day groupings (default all)
// Throws Ws::RpcError::invalidRequest with a message naming the bad param.
struct UsageQueryParams
{
    static constexpr int MaxDays = 366;

    QDate fromDate;
    QDate toDate;
    QTimeZone zone;
    Usage::AggregateQuery query;

    static UsageQueryParams parse(const QJsonObject &params, const QDateTime &now, const QTimeZone &defaultZone,
                                  bool allowGrouping = true);
    static QString groupName(Usage::GroupBy groupBy);
};

} // namespace Moltdesk::Control
