#pragma once

#include "pages/usageformat.h"

#include <QCoreApplication>

class QChart;

namespace Moltdesk::Ui {

// Fills the Usage page's charts from usage.cost rows. Each call replaces the chart's series and
// axes, so a refresh never stacks old series on new ones.
class UsageCharts
{
    Q_DECLARE_TR_FUNCTIONS(UsageCharts)

public:
    // Bars: cost per day (left axis, USD); line: tokens per day (right axis).
    static void fillDaily(QChart *chart, const QList<UsageFormat::Row> &days);
    // Horizontal bars of cost per key (models), largest first.
    static void fillBars(QChart *chart, const QList<UsageFormat::Row> &rows, const QString &emptyKey);
    // A pie of cost per key (channels); falls back to calls when no call had a known price.
    static void fillPie(QChart *chart, const QList<UsageFormat::Row> &rows, const QString &emptyKey);
    static void style(QChart *chart, const QString &title);
};

} // namespace Moltdesk::Ui
