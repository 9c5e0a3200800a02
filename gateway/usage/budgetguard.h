#pragma once

#include "base/clock.h"
#include "config/aisettings.h"
#include "storage/result.h"
#include "usage/budgetstate.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <functional>

namespace Moltdesk::Usage {

class UsageStore;

// Checks ai.budgets *before* a provider call: when a daily or monthly cap (total or for the
// call's provider) is reached, the call must not be made and the user gets decision.reason.
//
// Spend is the sum of known costs in usage_calls for the current day / month in the budget time
// zone (default: the system zone). Calls of unknown price add nothing (they are counted apart in
// the usage reports). If the spend cannot be read while a cap is configured the guard denies:
// a budget that silently stops working is worse than one failed turn.
//
// Lives on the gateway thread; check() runs two or four short indexed SUM queries.
class BudgetGuard : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;

    BudgetGuard(UsageStore &store, Config::BudgetSettings budgets, QTimeZone zone = QTimeZone::systemTimeZone(),
                Clock clock = {}, QObject *parent = nullptr);

    void setBudgets(const Config::BudgetSettings &budgets);
    const Config::BudgetSettings &budgets() const { return m_budgets; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }
    QDateTime now() const;

    // Allow or deny a call to `provider`. Emits capReached the first time a cap is seen reached
    // in its period.
    BudgetDecision check(const QString &provider);

    // Every configured cap with its spend, total caps first. Thread-safe (no member state), so
    // usage.status may run it on a worker with copies of budgets() and timeZone().
    static Storage::Result<QList<BudgetState>> states(UsageStore &store, const Config::BudgetSettings &budgets,
                                                      const QTimeZone &zone, const QDateTime &now);
    static QString denialReason(const BudgetState &state, const QTimeZone &zone);

signals:
    // A cap was reached (first time per cap and period). For the panel and the `usage.budget` event.
    void capReached(const Moltdesk::Usage::BudgetState &state, const QString &reason);

private:
    static Storage::Result<BudgetState> state(UsageStore &store, const QString &provider, BudgetState::Period period,
                                              double cap, const QTimeZone &zone, const QDateTime &now);

    UsageStore &m_store;
    Config::BudgetSettings m_budgets;
    QTimeZone m_zone;
    Clock m_clock;
    QSet<QString> m_announced; // "<configKey>@<periodStart ms>" already signalled
};

} // namespace Moltdesk::Usage
