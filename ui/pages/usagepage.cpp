#include "pages/usagepage.h"

#include "gatewayclient.h"
#include "pages/budgetbar.h"
#include "pages/usagecharts.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

constexpr int kRefreshMs = 60'000;
constexpr int kTopSessions = 10;
constexpr int kTopModels = 8;

QChartView *chartView(QChart *chart, const QString &name, const QString &description, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setObjectName(name);
    view->setAccessibleName(chart->title());
    // A chart is a picture to a screen reader: say what it shows and where the same numbers are in text.
    view->setAccessibleDescription(description);
    return view;
}

QLabel *figure(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(u"—"_s, parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

UsagePage::UsagePage(const PanelServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_prompter(services.prompter)
{
    setObjectName(u"usagePage"_s);
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        m_prompter = m_ownPrompter.get();
    }
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *toolbar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"usageRange"_s);
    m_range->setAccessibleName(tr("Range"));
    m_range->setToolTip(tr("How many days back the figures, charts and top conversations go"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    rangeLabel->setBuddy(m_range);
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refresh->setObjectName(u"usageRefresh"_s);
    m_refresh->setToolTip(tr("Ask the gateway for the usage figures again (F5)"));
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV…"), this);
    m_export->setObjectName(u"usageExport"_s);
    m_export->setToolTip(tr("Save the usage per day of the chosen range as a CSV file"));
    m_export->setEnabled(false);
    toolbar->addWidget(rangeLabel);
    toolbar->addWidget(m_range);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_export);
    outer->addLayout(toolbar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a container, not a Tab stop: its controls are
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(12);

    auto *summary = new QGroupBox(tr("Selected range"), content);
    auto *grid = new QGridLayout(summary);
    m_totalCost = figure(u"usageTotalCost"_s, summary);
    m_totalTokens = figure(u"usageTotalTokens"_s, summary);
    m_cacheRate = figure(u"usageCacheRate"_s, summary);
    m_calls = figure(u"usageCalls"_s, summary);
    const QList<std::pair<QString, QLabel *>> figures = {{tr("Cost"), m_totalCost},
                                                         {tr("Tokens"), m_totalTokens},
                                                         {tr("Cache hit rate"), m_cacheRate},
                                                         {tr("Model calls"), m_calls}};
    m_unknownNote = new QLabel(summary);
    m_unknownNote->setObjectName(u"usageUnknownPrice"_s);
    m_unknownNote->setWordWrap(true);
    for (int i = 0; i < figures.size(); ++i) {
        auto *caption = new QLabel(figures.at(i).first, summary);
        caption->setEnabled(false); // the palette's dimmed text: a caption, not a value
        grid->addWidget(caption, 0, i);
        grid->addWidget(figures.at(i).second, 1, i);
        figures.at(i).second->setAccessibleName(figures.at(i).first);
    }
    grid->addWidget(m_unknownNote, 2, 0, 1, int(figures.size()));
    layout->addWidget(summary);

    auto *budgets = new QGroupBox(tr("Today and this month"), content);
    m_budgetLayout = new QVBoxLayout(budgets);
    layout->addWidget(budgets);

    m_dailyChart = new QChart;
    UsageCharts::style(m_dailyChart, tr("Cost and tokens per day"));
    layout->addWidget(chartView(m_dailyChart, u"usageDailyChart"_s,
                                tr("Bars: cost per day; line: tokens per day. Export CSV saves the same numbers."),
                                content));

    auto *split = new QHBoxLayout;
    m_modelChart = new QChart;
    UsageCharts::style(m_modelChart, tr("Cost by model"));
    m_channelChart = new QChart;
    UsageCharts::style(m_channelChart, tr("Cost by channel"));
    split->addWidget(chartView(m_modelChart, u"usageModelChart"_s,
                                   tr("Horizontal bars: cost of each model in the selected range."), content), 1);
    split->addWidget(chartView(m_channelChart, u"usageChannelChart"_s,
                                   tr("Ring: share of the cost per channel in the selected range."), content), 1);
    layout->addLayout(split);

    auto *top = new QGroupBox(tr("Top conversations by cost"), content);
    auto *topLayout = new QVBoxLayout(top);
    m_sessions = new QTableWidget(0, 4, top);
    m_sessions->setObjectName(u"usageTopSessions"_s);
    m_sessions->setAccessibleName(tr("Top conversations by cost"));
    m_sessions->setAccessibleDescription(tr("The conversations that cost most in the chosen range, with calls and tokens"));
    m_sessions->setHorizontalHeaderLabels({tr("Conversation"), tr("Calls"), tr("Tokens"), tr("Cost")});
    m_sessions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sessions->verticalHeader()->hide();
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setMinimumHeight(200);
    topLayout->addWidget(m_sessions);
    layout->addWidget(top);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_status = new StatusLine(this);
    m_status->setObjectName(u"usageStatus"_s);
    outer->addWidget(m_status);

    setMainControl(m_range);
    KeyboardShortcuts::refresh(this, m_refresh);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &UsagePage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &UsagePage::refresh);
    connect(m_export, &QPushButton::clicked, this, &UsagePage::exportCsv);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        if (isActive())
            refresh();
    });
    if (m_services.gateway) {
        connect(m_services.gateway, &GatewayClient::event, this, [this](const QString &name, const QJsonValue &) {
            // A budget was reached or reset: the bars must say so now, not within a minute.
            if (name == u"usage.budget" && isActive())
                refresh();
        });
    } else {
        m_refresh->setEnabled(false);
        m_status->showError(tr("The gateway is not running, so there is no usage to show."));
    }
}

UsagePage::~UsagePage() = default;

QString UsagePage::title() const
{
    return tr("Usage");
}

QIcon UsagePage::icon() const
{
    // Three rising bars in the palette's text colour: no standard "chart" icon exists.
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::WindowText));
    painter.drawRoundedRect(QRectF(5, 22, 8, 14), 2, 2);
    painter.drawRoundedRect(QRectF(16, 13, 8, 23), 2, 2);
    painter.drawRoundedRect(QRectF(27, 4, 8, 32), 2, 2);
    painter.end();
    return QIcon(pixmap);
}

void UsagePage::onActivated(bool)
{
    refresh();
    m_timer->start();
}

void UsagePage::onDeactivated()
{
    m_timer->stop();
}

int UsagePage::rangeDays() const
{
    return m_range->currentData().toInt();
}

void UsagePage::setRangeDays(int days)
{
    const int index = m_range->findData(days);
    if (index >= 0)
        m_range->setCurrentIndex(index);
}

void UsagePage::refresh()
{
    if (!m_services.gateway)
        return;
    // Answers of an older refresh (range switched meanwhile) are dropped by generation.
    ++m_generation;
    const int days = rangeDays();
    load(tr("Loading budgets…"), u"usage.status"_s, {}, &UsagePage::applyStatus);
    load(tr("Loading usage per day…"), u"usage.cost"_s, {{u"days"_s, days}, {u"groupBy"_s, u"day"_s}},
         &UsagePage::applyDays);
    load(tr("Loading usage by model…"), u"usage.cost"_s,
         {{u"days"_s, days}, {u"groupBy"_s, u"model"_s}, {u"limit"_s, kTopModels}}, &UsagePage::applyModels);
    load(tr("Loading usage by channel…"), u"usage.cost"_s, {{u"days"_s, days}, {u"groupBy"_s, u"channel"_s}},
         &UsagePage::applyChannels);
    load(tr("Loading conversations…"), u"usage.cost"_s,
         {{u"days"_s, days}, {u"groupBy"_s, u"session"_s}, {u"limit"_s, kTopSessions}}, &UsagePage::applySessions);
}

void UsagePage::load(const QString &what, const QString &method, const QJsonObject &params,
                     void (UsagePage::*apply)(const QJsonObject &))
{
    m_status->begin(what);
    const int generation = m_generation;
    m_services.gateway->call(method, params, this,
                             [this, generation, apply](const QJsonValue &payload,
                                                       const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (generation != m_generation)
                                     return;
                                 if (error) {
                                     m_status->showError(tr("Usage could not be loaded: %1").arg(error->message()));
                                     return;
                                 }
                                 (this->*apply)(payload.toObject());
                             });
}

void UsagePage::addPeriodLine(const QString &label, const QJsonObject &totals)
{
    const UsageFormat::Row row = UsageFormat::row(totals);
    auto *line = new QLabel(tr("%1: %2 · %3 tokens · %n call(s)", nullptr, int(row.calls))
                                .arg(label, UsageFormat::cost(row.costUsd, row.unknownCostCalls, row.calls),
                                     UsageFormat::tokens(row.totalTokens)),
                            m_budgetLayout->parentWidget());
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budgetLayout->addWidget(line);
    line->show();
    m_budgetWidgets.append(line);
}

void UsagePage::applyStatus(const QJsonObject &payload)
{
    for (QWidget *widget : std::as_const(m_budgetWidgets))
        widget->deleteLater();
    m_budgetWidgets.clear();
    m_budgetBars.clear();
    addPeriodLine(tr("Today"), payload.value(u"today"_s).toObject());
    addPeriodLine(tr("This month"), payload.value(u"month"_s).toObject());
    const QJsonArray budgets = payload.value(u"budgets"_s).toArray();
    for (const QJsonValue &budget : budgets) {
        auto *bar = new BudgetBar(m_budgetLayout->parentWidget());
        bar->setObjectName(u"budget_"_s + budget.toObject().value(u"configKey"_s).toString());
        bar->setState(budget.toObject());
        m_budgetLayout->addWidget(bar);
        bar->show();
        m_budgetWidgets.append(bar);
        m_budgetBars.append(bar);
    }
    if (budgets.isEmpty()) {
        auto *none = new QLabel(tr("No budget is set. Set ai.budgets.dailyUsd or ai.budgets.monthlyUsd in the "
                                   "configuration to cap spending."),
                                m_budgetLayout->parentWidget());
        none->setWordWrap(true);
        none->setEnabled(false);
        m_budgetLayout->addWidget(none);
        none->show();
        m_budgetWidgets.append(none);
    }
}

void UsagePage::applyDays(const QJsonObject &payload)
{
    m_days = UsageFormat::filledDays(payload);
    UsageCharts::fillDaily(m_dailyChart, m_days);
    const UsageFormat::Row totals = UsageFormat::row(payload.value(u"totals"_s).toObject());
    // The big figure is the known sum; what it leaves out is said right under it, never hidden as $0.
    const bool allUnknown = totals.unknownCostCalls > 0 && totals.unknownCostCalls >= totals.calls
                            && totals.costUsd == 0;
    m_totalCost->setText(allUnknown ? tr("unknown") : UsageFormat::dollars(totals.costUsd));
    m_unknownNote->setText(totals.unknownCostCalls > 0
                               ? tr("+ %n call(s) of unknown price (models missing from the price table; see "
                                    "ai.pricing)",
                                    nullptr, int(totals.unknownCostCalls))
                               : QString());
    m_unknownNote->setVisible(totals.unknownCostCalls > 0);
    m_totalTokens->setText(UsageFormat::tokens(totals.totalTokens));
    m_cacheRate->setText(totals.calls > 0 ? UsageFormat::percent(totals.cacheHitRate) : u"—"_s);
    m_cacheRate->setToolTip(tr("Share of model calls that read from the provider's prompt cache."));
    m_calls->setText(QLocale().toString(totals.calls));
    m_export->setEnabled(!m_days.isEmpty());
}

void UsagePage::applyModels(const QJsonObject &payload)
{
    UsageCharts::fillBars(m_modelChart, UsageFormat::rows(payload), tr("(unknown model)"));
}

void UsagePage::applyChannels(const QJsonObject &payload)
{
    UsageCharts::fillPie(m_channelChart, UsageFormat::rows(payload), tr("(no channel)"));
}

void UsagePage::applySessions(const QJsonObject &payload)
{
    const QList<UsageFormat::Row> rows = UsageFormat::rows(payload);
    m_sessions->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const UsageFormat::Row &row = rows.at(i);
        const QStringList cells = {row.key.isEmpty() ? tr("(no conversation)") : row.key,
                                   QLocale().toString(row.calls), UsageFormat::tokens(row.totalTokens),
                                   UsageFormat::cost(row.costUsd, row.unknownCostCalls, row.calls)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_sessions->setItem(i, column, item);
        }
    }
}

void UsagePage::exportCsv()
{
    if (m_days.isEmpty())
        return;
    const QString suggested = u"moltdesk-usage-%1-%2.csv"_s.arg(m_days.first().key, m_days.last().key);
    const QString path = m_prompter->saveFileName(this, tr("Export usage per day"), suggested);
    if (path.isEmpty())
        return;
    // QSaveFile: a failed write never leaves half a CSV where an older export was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(UsageFormat::dayCsv(m_days)) < 0 || !file.commit()) {
        m_status->showError(tr("The CSV was not written to %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showInfo(tr("%n day(s) exported to %1.", nullptr, int(m_days.size())).arg(path));
}

} // namespace Moltdesk::Ui
