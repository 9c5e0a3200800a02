#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Moltdesk::Usage {

// One configured cap and how much of it the current period has used.
struct BudgetState
{
    enum class Period { Daily, Monthly };

    QString provider;   // empty: the total over all providers
    Period period = Period::Daily;
    double capUsd = 0.0;
    double spentUsd = 0.0;
    QDateTime periodStart; // in the budget time zone
    QDateTime periodEnd;   // when calls resume

    // At the cap counts as reached: a cap of $5.00 allows spending up to, not beyond, $5.00.
    bool reached() const { return spentUsd >= capUsd; }
    double remainingUsd() const { return capUsd > spentUsd ? capUsd - spentUsd : 0.0; }
    // "ai.budgets.dailyUsd", "ai.budgets.perProvider.openai.monthlyUsd"
    QString configKey() const;
    QString periodName() const { return period == Period::Daily ? QStringLiteral("daily") : QStringLiteral("monthly"); }
    QJsonObject toJson() const;
};

// The answer to "may this provider call go ahead?".
struct BudgetDecision
{
    bool allowed = true;
    QString reason;    // human sentence for the user, empty when allowed
    BudgetState state; // the cap that denied (meaningful only when !allowed)
};

} // namespace Moltdesk::Usage
