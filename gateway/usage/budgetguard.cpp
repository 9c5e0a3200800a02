#include "usage/budgetguard.h"

#include "base/logging.h"
#include "usage/timeranges.h"
#include "usage/usagestore.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

namespace {

QString dollars(double amount)
{
    return u"$"_s + QString::number(amount, 'f', 2);
}

} // namespace

BudgetGuard::BudgetGuard(UsageStore &store, Config::BudgetSettings budgets, QTimeZone zone, Clock clock,
                         QObject *parent)
    : QObject(parent), m_store(store), m_budgets(std::move(budgets)), m_zone(std::move(zone)), m_clock(std::move(clock))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

void BudgetGuard::setBudgets(const Config::BudgetSettings &budgets)
{
    m_budgets = budgets;
    m_announced.clear(); // a changed cap may be reached again and deserves a new notice
}

QDateTime BudgetGuard::now() const
{
    return Base::readClock(m_clock);
}

Storage::Result<BudgetState> BudgetGuard::state(UsageStore &store, const QString &provider, BudgetState::Period period,
                                                double cap, const QTimeZone &zone, const QDateTime &now)
{
    const QDate today = TimeRanges::localDate(now, zone);
    const TimeRange range = period == BudgetState::Period::Daily ? TimeRanges::day(today, zone)
                                                                 : TimeRanges::month(today, zone);
    const auto spent = store.totals(range, provider);
    if (!spent)
        return spent.error();
    BudgetState s;
    s.provider = provider;
    s.period = period;
    s.capUsd = cap;
    s.spentUsd = spent->costUsd;
    s.periodStart = QDateTime::fromMSecsSinceEpoch(range.fromMs, zone);
    s.periodEnd = QDateTime::fromMSecsSinceEpoch(range.toMs, zone);
    return s;
}

Storage::Result<QList<BudgetState>> BudgetGuard::states(UsageStore &store, const Config::BudgetSettings &budgets,
                                                        const QTimeZone &zone, const QDateTime &now)
{
    QList<std::pair<QString, Config::BudgetLimits>> scopes = {{QString(), budgets.total}};
    for (auto it = budgets.perProvider.constBegin(); it != budgets.perProvider.constEnd(); ++it)
        scopes.append({it.key(), it.value()});

    QList<BudgetState> result;
    for (const auto &[provider, limits] : std::as_const(scopes)) {
        const std::pair<BudgetState::Period, std::optional<double>> caps[] = {
            {BudgetState::Period::Daily, limits.dailyUsd}, {BudgetState::Period::Monthly, limits.monthlyUsd}};
        for (const auto &[period, cap] : caps) {
            if (!cap)
                continue;
            auto s = state(store, provider, period, *cap, zone, now);
            if (!s)
                return s.error();
            result.append(s.value());
        }
    }
    return result;
}

QString BudgetGuard::denialReason(const BudgetState &state, const QTimeZone &zone)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    const QString which = state.provider.isEmpty() ? QString() : state.provider + u' ';
    if (state.period == BudgetState::Period::Daily) {
        return u"Daily %1budget of %2 reached (%3 spent today). Calls resume at midnight %4 or raise %5."_s.arg(
            which, dollars(state.capUsd), dollars(state.spentUsd), zoneName, state.configKey());
    }
    return u"Monthly %1budget of %2 reached (%3 spent this month). Calls resume on %4 (%5) or raise %6."_s.arg(
        which, dollars(state.capUsd), dollars(state.spentUsd), state.periodEnd.date().toString(Qt::ISODate),
        zoneName, state.configKey());
}

BudgetDecision BudgetGuard::check(const QString &provider)
{
    Config::BudgetSettings relevant;
    relevant.total = m_budgets.total;
    if (const auto it = m_budgets.perProvider.constFind(provider); it != m_budgets.perProvider.constEnd())
        relevant.perProvider.insert(provider, it.value());

    const bool anyCap = relevant.total.dailyUsd || relevant.total.monthlyUsd
                        || (!relevant.perProvider.isEmpty()
                            && (relevant.perProvider.first().dailyUsd || relevant.perProvider.first().monthlyUsd));
    if (!anyCap)
        return {};

    const auto all = states(m_store, relevant, m_zone, now());
    if (!all) {
        qCWarning(lcUsage) << "budget check failed:" << all.error().message;
        BudgetDecision denied;
        denied.allowed = false;
        denied.reason = u"The spending budget could not be checked (%1), so no provider call was made."_s.arg(
            all.error().message);
        return denied;
    }
    for (const BudgetState &s : all.value()) {
        if (!s.reached())
            continue;
        BudgetDecision denied;
        denied.allowed = false;
        denied.state = s;
        denied.reason = denialReason(s, m_zone);
        const QString key = s.configKey() + u'@' + QString::number(s.periodStart.toMSecsSinceEpoch());
        if (!m_announced.contains(key)) {
            m_announced.insert(key);
            emit capReached(s, denied.reason);
        }
        return denied;
    }
    return {};
}

} // namespace Moltdesk::Usage
