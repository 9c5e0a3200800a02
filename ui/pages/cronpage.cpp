#include "pages/cronpage.h"

#include "gatewayclient.h"
#include "pages/cronjobdialog.h"
#include "pages/cronwords.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

enum JobColumn { IdColumn, ScheduleColumn, NextColumn, LastColumn, SourceColumn, JobColumns };
constexpr int kHistoryLimit = 50;
// Next run and "running now" change on their own; a slow refresh keeps them true while shown.
constexpr int kRefreshMs = 30'000;

QString when(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : u"—"_s;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setWordWrap(false);
    return widget;
}

} // namespace

CronPage::CronPage(const PanelServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_prompter(services.prompter)
{
    setObjectName(u"cronPage"_s);
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        m_prompter = m_ownPrompter.get();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *toolbar = new QHBoxLayout;
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add job…"), this);
    m_add->setObjectName(u"cronAdd"_s);
    m_add->setToolTip(tr("Schedule a new job: when it runs and what the agent is asked"));
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("R&un now"), this);
    m_run->setObjectName(u"cronRun"_s);
    m_run->setToolTip(tr("Run the selected job once now, outside its schedule"));
    m_remove = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove…"), this);
    m_remove->setObjectName(u"cronRemove"_s);
    m_remove->setToolTip(removeHint());
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refresh->setObjectName(u"cronRefresh"_s);
    m_refresh->setToolTip(tr("Ask the gateway for the jobs and their runs again (F5)"));
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_run);
    toolbar->addWidget(m_remove);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);
    layout->addLayout(toolbar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_jobs = table({tr("Name"), tr("Schedule"), tr("Next run"), tr("Last run"), tr("Source")}, u"cronJobs"_s,
                   splitter);
    m_jobs->setAccessibleName(tr("Scheduled jobs"));
    m_jobs->setAccessibleDescription(tr("Every scheduled job with its next and last run; select one to see its run history"));
    m_jobs->horizontalHeader()->setSectionResizeMode(ScheduleColumn, QHeaderView::Stretch);
    m_jobs->horizontalHeader()->setStretchLastSection(false);
    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 6, 0, 0);
    auto *historyTitle = new QLabel(tr("Run history of the selected job"), historyBox);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    m_history = table({tr("Scheduled"), tr("Started"), tr("Finished"), tr("Outcome"), tr("Detail")},
                      u"cronHistory"_s, historyBox);
    m_history->setAccessibleName(tr("Run history"));
    m_history->setAccessibleDescription(tr("The runs of the selected job with their outcome, newest first"));
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history);
    splitter->addWidget(m_jobs);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new StatusLine(this);
    m_status->setObjectName(u"cronStatus"_s);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &CronPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &CronPage::showAddDialog);
    connect(m_run, &QPushButton::clicked, this, &CronPage::runSelected);
    connect(m_remove, &QPushButton::clicked, this, &CronPage::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &CronPage::refresh);
    connect(m_jobs, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        loadHistory();
    });
    if (!m_services.gateway) {
        m_add->setEnabled(false);
        m_refresh->setEnabled(false);
        m_status->showError(tr("The gateway is not running, so scheduled jobs cannot be shown."));
    }
    setMainControl(m_jobs);
    KeyboardShortcuts::refresh(this, m_refresh);
    KeyboardShortcuts::deleteSelected(m_jobs, m_remove);
    updateButtons();
}

CronPage::~CronPage() = default;

QString CronPage::title() const
{
    return tr("Schedules");
}

QIcon CronPage::icon() const
{
    // A clock face in the palette's text colour.
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 4, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(QRectF(4, 4, 32, 32));
    painter.drawLine(QPointF(20, 20), QPointF(20, 10));
    painter.drawLine(QPointF(20, 20), QPointF(27, 24));
    painter.end();
    return QIcon(pixmap);
}

void CronPage::onActivated(bool)
{
    refresh();
    m_timer->start();
}

void CronPage::onDeactivated()
{
    m_timer->stop();
}

void CronPage::refresh()
{
    if (!m_services.gateway)
        return;
    m_status->begin(tr("Loading scheduled jobs…"));
    m_services.gateway->call(u"cron.list"_s, {}, this,
                             [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(tr("Jobs could not be loaded: %1").arg(error->message()));
                                     return;
                                 }
                                 applyJobs(payload.toObject().value(u"jobs"_s).toArray());
                             });
}

void CronPage::applyJobs(const QJsonArray &jobs)
{
    const QString selected = selectedJobId();
    m_jobData = jobs;
    m_jobs->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row) {
        const QJsonObject job = jobs.at(row).toObject();
        const bool enabled = job.value(u"enabled"_s).toBool(true);
        const bool config = job.value(u"source"_s).toString() == u"config";
        QString next = when(job.value(u"nextRun"_s));
        if (!enabled)
            next = tr("paused");
        else if (job.value(u"running"_s).toBool())
            next = tr("running now");
        const QStringList cells = {job.value(u"id"_s).toString(), CronWords::describe(job), next,
                                   when(job.value(u"lastRun"_s)),
                                   config ? tr("configuration") : tr("added here")};
        for (int column = 0; column < JobColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == ScheduleColumn)
                item->setToolTip(job.value(u"description"_s).toString() + u"\n\n"_s
                                 + job.value(u"prompt"_s).toString());
            m_jobs->setItem(row, column, item);
        }
        if (!job.value(u"lastRun"_s).isNull())
            loadLastOutcome(job.value(u"id"_s).toString(), row);
    }
    m_jobs->resizeColumnToContents(IdColumn);
    m_jobs->resizeColumnToContents(NextColumn);
    m_jobs->resizeColumnToContents(LastColumn);
    if (jobs.isEmpty())
        m_status->showInfo(tr("No scheduled jobs yet. “Add job…” creates one."));
    if (!selected.isEmpty())
        selectJob(selected);
    updateButtons();
}

void CronPage::loadLastOutcome(const QString &id, int row)
{
    m_services.gateway->call(
        u"cron.runs"_s, {{u"id"_s, id}, {u"limit"_s, 1}}, this,
        [this, id, row](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
            QTableWidgetItem *item = m_jobs->item(row, LastColumn);
            QTableWidgetItem *idItem = m_jobs->item(row, IdColumn);
            if (error || !item || !idItem || idItem->text() != id)
                return;
            const QJsonArray runs = payload.toObject().value(u"runs"_s).toArray();
            if (runs.isEmpty())
                return;
            const QJsonObject run = runs.first().toObject();
            const QString outcome = run.value(u"outcome"_s).toString();
            const QString word = outcome == u"ok" ? tr("ok") : outcome == u"error" ? tr("failed") : tr("skipped");
            item->setText(tr("%1 — %2").arg(when(run.value(u"started"_s)), word));
            item->setToolTip(run.value(u"detail"_s).toString());
            if (outcome == u"error")
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_jobs->resizeColumnToContents(LastColumn);
        });
}

QJsonObject CronPage::selectedJob() const
{
    const QList<QTableWidgetItem *> items = m_jobs->selectedItems();
    if (items.isEmpty())
        return {};
    return m_jobData.at(items.first()->row()).toObject();
}

QString CronPage::selectedJobId() const
{
    return selectedJob().value(u"id"_s).toString();
}

void CronPage::selectJob(const QString &id)
{
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        if (m_jobs->item(row, IdColumn)->text() == id) {
            m_jobs->selectRow(row);
            return;
        }
    }
}

void CronPage::updateButtons()
{
    const QJsonObject job = selectedJob();
    const bool has = !job.isEmpty() && m_services.gateway;
    const bool config = job.value(u"source"_s).toString() == u"config";
    m_run->setEnabled(has);
    m_remove->setEnabled(has && !config);
    // The tooltip is the button's description too, so it always says something.
    m_remove->setToolTip(config ? tr("This job comes from the configuration file (cron.jobs); remove it there.")
                                : removeHint());
}

QString CronPage::removeHint() const
{
    return tr("Remove the selected job after asking (Delete)");
}

void CronPage::loadHistory()
{
    const QString id = selectedJobId();
    m_history->setRowCount(0);
    if (id.isEmpty() || !m_services.gateway)
        return;
    m_services.gateway->call(
        u"cron.runs"_s, {{u"id"_s, id}, {u"limit"_s, kHistoryLimit}}, this,
        [this, id](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
            if (selectedJobId() != id)
                return;
            if (error) {
                m_status->showError(tr("The run history could not be loaded: %1").arg(error->message()));
                return;
            }
            const QJsonArray runs = payload.toObject().value(u"runs"_s).toArray();
            m_history->setRowCount(int(runs.size()));
            for (int row = 0; row < runs.size(); ++row) {
                const QJsonObject run = runs.at(row).toObject();
                const QString outcome = run.value(u"outcome"_s).toString();
                QString word = outcome == u"ok" ? tr("ok") : outcome == u"error" ? tr("failed") : tr("skipped");
                if (run.value(u"manual"_s).toBool())
                    word = tr("%1 (run by hand)").arg(word);
                const QStringList cells = {when(run.value(u"scheduled"_s)), when(run.value(u"started"_s)),
                                           when(run.value(u"finished"_s)), word,
                                           run.value(u"detail"_s).toString()};
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    item->setToolTip(cells.at(column));
                    if (outcome == u"error" && column == 3)
                        item->setForeground(QColor(0xc6, 0x28, 0x28));
                    m_history->setItem(row, column, item);
                }
            }
            m_history->resizeColumnsToContents();
        });
}

void CronPage::showAddDialog()
{
    CronJobDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addJob(dialog.params());
}

void CronPage::addJob(const QJsonObject &params)
{
    if (!m_services.gateway)
        return;
    m_status->begin(tr("Adding the job…"));
    m_services.gateway->call(u"cron.add"_s, params, this,
                             [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(tr("The job was not added: %1").arg(error->message()));
                                     return;
                                 }
                                 const QString id = payload.toObject().value(u"job"_s).toObject().value(u"id"_s).toString();
                                 // Reload first: its busy text would otherwise replace the outcome.
                                 refresh();
                                 m_status->showInfo(tr("Job “%1” added.").arg(id));
                             });
}

void CronPage::removeSelected()
{
    const QJsonObject job = selectedJob();
    const QString id = job.value(u"id"_s).toString();
    if (id.isEmpty() || !m_services.gateway)
        return;
    if (job.value(u"source"_s).toString() == u"config") {
        m_status->showError(tr("“%1” comes from the configuration file (cron.jobs) and cannot be removed here; "
                               "remove it from the configuration.")
                                .arg(id));
        return;
    }
    if (!m_prompter->confirm(this, tr("Remove job"),
                             tr("Remove the scheduled job “%1”? Its run history goes with it.").arg(id), tr("Remove")))
        return;
    m_status->begin(tr("Removing “%1”…").arg(id));
    m_services.gateway->call(u"cron.remove"_s, {{u"id"_s, id}}, this,
                             [this, id](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(tr("“%1” was not removed: %2").arg(id, error->message()));
                                     return;
                                 }
                                 // Reload first: its busy text would otherwise replace the outcome.
                                 refresh();
                                 m_status->showInfo(tr("“%1” removed.").arg(id));
                             });
}

void CronPage::runSelected()
{
    const QString id = selectedJobId();
    if (id.isEmpty() || !m_services.gateway)
        return;
    m_status->begin(tr("Starting “%1”…").arg(id));
    m_services.gateway->call(u"cron.run"_s, {{u"id"_s, id}}, this,
                             [this, id](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(tr("“%1” did not start: %2").arg(id, error->message()));
                                     return;
                                 }
                                 // Reload first: its busy text would otherwise replace the outcome.
                                 refresh();
                                 m_status->showInfo(tr("“%1” started; its outcome appears in the history.").arg(id));
                             });
}

} // namespace Moltdesk::Ui
