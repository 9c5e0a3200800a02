#include "usage/budgetstate.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Usage {

QString BudgetState::configKey() const
{
    const QString leaf = period == Period::Daily ? u"dailyUsd"_s : u"monthlyUsd"_s;
    if (provider.isEmpty())
        return u"ai.budgets."_s + leaf;
    return u"ai.budgets.perProvider."_s + provider + u'.' + leaf;
}

QJsonObject BudgetState::toJson() const
{
    return {{u"provider"_s, provider.isEmpty() ? QJsonValue() : QJsonValue(provider)},
            {u"period"_s, periodName()},
            {u"capUsd"_s, capUsd},
            {u"spentUsd"_s, spentUsd},
            {u"remainingUsd"_s, remainingUsd()},
            {u"reached"_s, reached()},
            {u"periodStart"_s, periodStart.toString(Qt::ISODate)},
            {u"resumesAt"_s, periodEnd.toString(Qt::ISODate)},
            {u"configKey"_s, configKey()}};
}

} // namespace Moltdesk::Usage
