#include "control/usage.h"

#include "control/usagequeryparams.h"
#include "usage/budgetguard.h"
#include "usage/usagestore.h"
#include "ws/methodregistry.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Usage::AggregateRow;
using Usage::BudgetGuard;
using Usage::BudgetState;
using Usage::GroupBy;
using Usage::TimeRanges;
using Usage::UsageStore;

namespace {

QJsonObject rowJson(const AggregateRow &row, GroupBy groupBy)
{
    QJsonObject object = row.totals.toJson();
    object.insert(u"key"_s, row.key);
    if (groupBy == GroupBy::Day)
        object.insert(u"date"_s, row.key);
    return object;
}

Ws::RpcError storageFailure(const Storage::Error &error)
{
    return Ws::RpcError::unavailable(u"usage: the usage database could not be read: "_s + error.message);
}

} // namespace

void UsageMethods::registerAll(Ws::MethodRegistry &registry, UsageStore &store, const BudgetGuard *guard,
                               const QTimeZone &defaultZone, Clock clock)
{
    auto now = [clock, guard] {
        if (clock)
            return clock();
        return guard ? guard->now() : QDateTime::currentDateTimeUtc();
    };
    const QTimeZone zone = guard ? guard->timeZone() : defaultZone;
    // The queries run on a pool the two handlers share, not on the global one: when the registry
    // goes (the gateway stops), the last handler takes the pool with it and ~QThreadPool waits for
    // a query still running - before the store and its database are destroyed. On the global pool
    // a usage.status asked just before a stop read a deleted database.
    auto pool = std::make_shared<QThreadPool>();
    pool->setMaxThreadCount(2);

    // usage.cost {from?, to?, days?, groupBy?, timezone?, limit?}
    registry.registerMethod(u"usage.cost"_s, [&store, now, zone, pool](const QJsonObject &params,
                                                                         const Ws::CallContext &, Ws::Reply reply) {
        const UsageQueryParams parsed = UsageQueryParams::parse(params, now(), zone);
        const QDateTime updatedAt = now();
        [[maybe_unused]] auto future = QtConcurrent::run(pool.get(), [&store, parsed, updatedAt, reply]() mutable {
            const auto rows = store.aggregate(parsed.query);
            const auto totals = store.totals({parsed.query.fromMs, parsed.query.toMs});
            if (!rows)
                return void(reply.reject(storageFailure(rows.error())));
            if (!totals)
                return void(reply.reject(storageFailure(totals.error())));
            QJsonArray array;
            for (const AggregateRow &row : rows.value())
                array.append(rowJson(row, parsed.query.groupBy));
            reply.resolve(QJsonObject{{u"from"_s, parsed.fromDate.toString(Qt::ISODate)},
                                      {u"to"_s, parsed.toDate.toString(Qt::ISODate)},
                                      {u"days"_s, parsed.fromDate.daysTo(parsed.toDate) + 1},
                                      {u"timezone"_s, QString::fromUtf8(parsed.zone.id())},
                                      {u"groupBy"_s, UsageQueryParams::groupName(parsed.query.groupBy)},
                                      {u"rows"_s, array},
                                      {u"totals"_s, totals->toJson()},
                                      {u"updatedAt"_s, updatedAt.toUTC().toString(Qt::ISODateWithMs)}});
        });
    });

    // usage.status {timezone?}: today, this month, every configured budget.
    registry.registerMethod(u"usage.status"_s, [&store, now, zone, guard, pool](const QJsonObject &params,
                                                                                const Ws::CallContext &, Ws::Reply reply) {
        QJsonObject rangeOnly;
        if (params.contains(u"timezone"_s))
            rangeOnly.insert(u"timezone"_s, params.value(u"timezone"_s));
        if (rangeOnly.size() != params.size())
            throw Ws::RpcError::invalidRequest(u"usage.status: the only param is \"timezone\""_s);
        const UsageQueryParams parsed = UsageQueryParams::parse(rangeOnly, now(), zone, false);
        const QDateTime at = now();
        // Budgets are always reported in the guard's zone: that is where its days and months end.
        const Config::BudgetSettings budgets = guard ? guard->budgets() : Config::BudgetSettings{};
        const QTimeZone budgetZone = guard ? guard->timeZone() : zone;
        [[maybe_unused]] auto future = QtConcurrent::run(pool.get(), [&store, parsed, at, budgets, budgetZone,
                                                                      reply]() mutable {
            const auto today = store.today(at, parsed.zone);
            const auto month = store.thisMonth(at, parsed.zone);
            const auto states = BudgetGuard::states(store, budgets, budgetZone, at);
            for (const Storage::Error *error : {today ? nullptr : &today.error(), month ? nullptr : &month.error(),
                                                states ? nullptr : &states.error()}) {
                if (error)
                    return void(reply.reject(storageFailure(*error)));
            }
            QJsonArray budgetArray;
            for (const BudgetState &state : states.value())
                budgetArray.append(state.toJson());
            reply.resolve(QJsonObject{{u"timezone"_s, QString::fromUtf8(parsed.zone.id())},
                                      {u"date"_s, TimeRanges::localDate(at, parsed.zone).toString(Qt::ISODate)},
                                      {u"today"_s, today->toJson()},
                                      {u"month"_s, month->toJson()},
                                      {u"budgetTimezone"_s, QString::fromUtf8(budgetZone.id())},
                                      {u"budgets"_s, budgetArray},
                                      {u"updatedAt"_s, at.toUTC().toString(Qt::ISODateWithMs)}});
        });
    });
}

} // namespace Moltdesk::Control
