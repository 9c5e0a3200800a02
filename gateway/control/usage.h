#pragma once

#include "base/clock.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <utility>

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Usage {
class BudgetGuard;
class UsageStore;
} // namespace Moltdesk::Control

namespace Moltdesk::Control {

// The WebSocket methods `usage.status` and `usage.cost` (shapes in docs/usage.md).
//
// Both handlers parse their params on the gateway thread (bad params -> INVALID_REQUEST at once)
// and run the SQL on a QtConcurrent worker with that worker's own connection, so a cost report
// over months of calls never holds up the sockets. `store` and `guard` must outlive the registry;
// destroying the registry waits for a query still running.
class UsageMethods
{
public:
    using Clock = Base::Clock;

    // guard may be null (no budgets reported). The budget zone (guard's, else defaultZone) is the
    // default `timezone` of both methods.
    static void registerAll(Ws::MethodRegistry &registry, Usage::UsageStore &store, const Usage::BudgetGuard *guard,
                            const QTimeZone &defaultZone = QTimeZone::systemTimeZone(), Clock clock = {});
};

// Convenience spelling used in the issue text.
inline void registerUsageMethods(Ws::MethodRegistry &registry, Usage::UsageStore &store, const Usage::BudgetGuard *guard,
                                 const QTimeZone &defaultZone = QTimeZone::systemTimeZone(),
                                 UsageMethods::Clock clock = {})
{
    UsageMethods::registerAll(registry, store, guard, defaultZone, std::move(clock));
}

} // namespace Moltdesk::Control
