#pragma once

#include "page.h"
#include "panelservices.h"
#include "prompter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QPushButton;
class QTableWidget;
class QTimer;

namespace Moltdesk::Ui {

class StatusLine;

// The Cron page: the scheduler's jobs (`cron.list`) with their schedule in words, next run, last
// run and its outcome and where they come from (config.json or added here); add (CronJobDialog with
// a local preview), remove (confirmed; config jobs are edited in the configuration, and the page
// says so), run now, and the run history of the selected job (`cron.runs`). docs/cron.md.
class CronPage : public Page
{
    Q_OBJECT

public:
    explicit CronPage(const PanelServices &services, QWidget *parent = nullptr);
    ~CronPage() override;

    QString title() const override;
    QIcon icon() const override;

    void refresh();
    // Opens CronJobDialog and adds the job when accepted.
    void showAddDialog();
    // cron.add with the dialog's params (public so tests skip the modal dialog).
    void addJob(const QJsonObject &params);
    void removeSelected();
    void runSelected();
    void selectJob(const QString &id);
    QString selectedJobId() const;

    QTableWidget *jobTable() const { return m_jobs; }
    QTableWidget *historyTable() const { return m_history; }
    StatusLine *statusLine() const { return m_status; }

protected:
    void onActivated(bool first) override;
    void onDeactivated() override;

private:
    void applyJobs(const QJsonArray &jobs);
    void loadLastOutcome(const QString &id, int row);
    void loadHistory();
    void updateButtons();
    QString removeHint() const;
    QJsonObject selectedJob() const;

    PanelServices m_services;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableWidget *m_jobs = nullptr;
    QTableWidget *m_history = nullptr;
    StatusLine *m_status = nullptr;
    QJsonArray m_jobData;
    QTimer *m_timer = nullptr;
};

} // namespace Moltdesk::Ui
