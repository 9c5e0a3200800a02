#include "pages/usagecharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

void clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

double niceMax(double value)
{
    return value > 0 ? value * 1.1 : 1;
}

} // namespace

void UsageCharts::style(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(6);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void UsageCharts::fillDaily(QChart *chart, const QList<UsageFormat::Row> &days)
{
    clear(chart);
    auto *cost = new QBarSet(tr("Cost (USD)"));
    cost->setColor(QColor(0x1e, 0x88, 0xe5));
    auto *tokens = new QLineSeries;
    tokens->setName(tr("Tokens"));
    tokens->setColor(QColor(0xfb, 0x8c, 0x00));
    QStringList categories;
    double maxCost = 0;
    qint64 maxTokens = 0;
    const QLocale locale;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const UsageFormat::Row &day = days.at(i);
        cost->append(day.costUsd);
        tokens->append(double(i), double(day.totalTokens));
        maxCost = qMax(maxCost, day.costUsd);
        maxTokens = qMax(maxTokens, day.totalTokens);
        const QDate date = QDate::fromString(day.key, Qt::ISODate);
        // Short labels ("27.11") so 30 or 90 days fit; the CSV keeps the full dates.
        categories << (date.isValid() ? locale.toString(date, u"d.M"_s) : day.key);
    }
    auto *bars = new QBarSeries;
    bars->append(cost);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    chart->addSeries(tokens);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(days.size() > 14 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    tokens->attachAxis(x);

    auto *y = new QValueAxis;
    y->setRange(0, niceMax(maxCost));
    y->setLabelFormat(u"$%.2f"_s);
    y->setTitleText(tr("USD"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    auto *yTokens = new QValueAxis;
    yTokens->setRange(0, niceMax(double(maxTokens)));
    yTokens->setLabelFormat(u"%.0f"_s);
    yTokens->setTitleText(tr("Tokens"));
    chart->addAxis(yTokens, Qt::AlignRight);
    tokens->attachAxis(yTokens);
}

void UsageCharts::fillBars(QChart *chart, const QList<UsageFormat::Row> &rows, const QString &emptyKey)
{
    clear(chart);
    auto *set = new QBarSet(tr("Cost (USD)"));
    set->setColor(QColor(0x43, 0xa0, 0x47));
    QStringList categories;
    double max = 0;
    // Horizontal bars draw the first category at the bottom: reverse so the largest is on top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        set->append(it->costUsd);
        QString label = it->key.isEmpty() ? emptyKey : it->key;
        if (it->unknownCostCalls > 0)
            label += u" *"_s;
        categories << label;
        max = qMax(max, it->costUsd);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, niceMax(max));
    x->setLabelFormat(u"$%.2f"_s);
    bool anyUnknown = false;
    for (const UsageFormat::Row &row : rows)
        anyUnknown = anyUnknown || row.unknownCostCalls > 0;
    x->setTitleText(anyUnknown ? tr("* has calls of unknown price, not counted") : QString());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void UsageCharts::fillPie(QChart *chart, const QList<UsageFormat::Row> &rows, const QString &emptyKey)
{
    clear(chart);
    double total = 0;
    for (const UsageFormat::Row &row : rows)
        total += row.costUsd;
    const bool byCalls = total <= 0;
    auto *series = new QPieSeries;
    for (const UsageFormat::Row &row : rows) {
        const double value = byCalls ? double(row.calls) : row.costUsd;
        if (value <= 0)
            continue;
        const QString key = row.key.isEmpty() ? emptyKey : row.key;
        QPieSlice *slice = series->append(
            tr("%1: %2").arg(key, byCalls ? tr("%n call(s)", nullptr, int(row.calls)) : UsageFormat::dollars(row.costUsd)),
            value);
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelOutside);
    }
    series->setHoleSize(0.4);
    chart->addSeries(series);
    chart->legend()->setVisible(false); // the slices carry their labels
}

} // namespace Moltdesk::Ui
