#pragma once

#include "page.h"
#include "pages/usageformat.h"
#include "panelservices.h"
#include "prompter.h"

#include <QJsonObject>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace Moltdesk::Ui {

class BudgetBar;
class StatusLine;

// The Usage & cost page: cost and tokens per day over 7/30/90 days, cost by model and by channel,
// today and this month against the budgets, the most expensive conversations, the cache hit rate
// and calls of unknown price stated as such (never as $0), with the per-day table exported as CSV.
// All data comes from the gateway's `usage.cost` and `usage.status` (docs/usage.md); it refreshes
// on `usage.budget` events and every 60 s while the page is shown.
class UsagePage : public Page
{
    Q_OBJECT

public:
    explicit UsagePage(const PanelServices &services, QWidget *parent = nullptr);
    ~UsagePage() override;

    QString title() const override;
    QIcon icon() const override;

    void refresh();
    void setRangeDays(int days);
    int rangeDays() const;
    // Asks for a file (Prompter) and writes the per-day table there.
    void exportCsv();

    // For tests and screenshots.
    QChart *dailyChart() const { return m_dailyChart; }
    QChart *modelChart() const { return m_modelChart; }
    QChart *channelChart() const { return m_channelChart; }
    QList<BudgetBar *> budgetBars() const { return m_budgetBars; }
    const QList<UsageFormat::Row> &days() const { return m_days; }
    StatusLine *statusLine() const { return m_status; }

protected:
    void onActivated(bool first) override;
    void onDeactivated() override;

private:
    void load(const QString &what, const QString &method, const QJsonObject &params,
              void (UsagePage::*apply)(const QJsonObject &));
    void applyStatus(const QJsonObject &payload);
    void applyDays(const QJsonObject &payload);
    void applyModels(const QJsonObject &payload);
    void applyChannels(const QJsonObject &payload);
    void applySessions(const QJsonObject &payload);
    void addPeriodLine(const QString &label, const QJsonObject &totals);

    PanelServices m_services;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;
    QComboBox *m_range = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_totalCost = nullptr;
    QLabel *m_totalTokens = nullptr;
    QLabel *m_cacheRate = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_unknownNote = nullptr;
    QVBoxLayout *m_budgetLayout = nullptr;
    QList<QWidget *> m_budgetWidgets;
    QList<BudgetBar *> m_budgetBars;
    QChart *m_dailyChart = nullptr;
    QChart *m_modelChart = nullptr;
    QChart *m_channelChart = nullptr;
    QTableWidget *m_sessions = nullptr;
    StatusLine *m_status = nullptr;
    QTimer *m_timer = nullptr;
    QList<UsageFormat::Row> m_days;
    int m_generation = 0;
};

} // namespace Moltdesk::Ui
