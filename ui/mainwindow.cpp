#include "mainwindow.h"

#include "desktopintegration.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return MainWindow::tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(minutes);
    if (hours > 0)
        return MainWindow::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return MainWindow::tr("%1 min %2 s").arg(minutes).arg(secs);
    return MainWindow::tr("%1 s").arg(secs);
}

QString describe(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            // state/status/role are shown in their own column already.
            if (it.value().isObject() || it.value().isArray() || it.key() == u"status"_s || it.key() == u"state"_s
                || it.key() == u"role"_s)
                continue;
            parts << u"%1: %2"_s.arg(it.key(), it.value().toVariant().toString());
        }
        return parts.join(u", "_s);
    }
    return value.toVariant().toString();
}
} // namespace

MainWindow::MainWindow(DesktopIntegration *desktop, bool trayNoticeShown, QWidget *parent)
    : QMainWindow(parent)
    , m_desktop(desktop)
    , m_trayNoticeShown(trayNoticeShown)
{
    setWindowTitle(tr("Moltdesk"));
    setWindowIcon(DesktopIntegration::stateIcon(Core::GatewayStatus::State::Running, false));
    resize(720, 480);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Gateway"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_keychainLabel = new QLabel(central);
    m_keychainLabel->setObjectName(u"keychainWarning"_s);
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setStyleSheet(u"QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffcc80;"
                                   " border-radius: 6px; padding: 8px; }"_s);
    m_keychainLabel->hide();
    layout->addWidget(m_keychainLabel);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_stateLabel = new QLabel(central);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    m_urlLabel = new QLabel(central);
    m_urlLabel->setObjectName(u"urlLabel"_s);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextBrowserInteraction);
    m_urlLabel->setOpenExternalLinks(true);
    m_uptimeLabel = new QLabel(central);
    m_uptimeLabel->setObjectName(u"uptimeLabel"_s);
    m_versionLabel = new QLabel(central);
    form->addRow(tr("State:"), m_stateLabel);
    form->addRow(tr("Address:"), m_urlLabel);
    form->addRow(tr("Uptime:"), m_uptimeLabel);
    form->addRow(tr("Version:"), m_versionLabel);
    layout->addLayout(form);

    m_components = new QTreeWidget(central);
    m_components->setObjectName(u"components"_s);
    m_components->setAccessibleName(tr("Component health"));
    m_components->setHeaderLabels({tr("Component"), tr("Status"), tr("Details")});
    m_components->setRootIsDecorated(true);
    m_components->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_components->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_components, 1);

    setCentralWidget(central);

    m_uptimeTimer = new QTimer(this);
    m_uptimeTimer->setInterval(1000);
    connect(m_uptimeTimer, &QTimer::timeout, this, &MainWindow::updateUptime);
    m_uptimeTimer->start();
    setStatus(m_status);
}

void MainWindow::setStatus(const Core::GatewayStatus &status)
{
    m_status = status;
    QString state;
    switch (status.state) {
    case Core::GatewayStatus::State::Running:
        state = status.health.value(u"status"_s).toString() == u"degraded"_s ? tr("Running, with warnings")
                                                                              : tr("Running");
        break;
    case Core::GatewayStatus::State::Starting:
        state = tr("Starting…");
        break;
    case Core::GatewayStatus::State::Stopping:
        state = tr("Stopping…");
        break;
    case Core::GatewayStatus::State::Stopped:
        state = tr("Stopped");
        break;
    case Core::GatewayStatus::State::Failed:
        state = tr("Stopped: %1").arg(status.error);
        break;
    }
    m_stateLabel->setText(state);
    m_urlLabel->setText(status.url.isEmpty() ? tr("not listening")
                                             : u"<a href=\"%1/healthz\">%1</a>"_s.arg(status.url.toHtmlEscaped()));
    m_versionLabel->setText(status.health.value(u"version"_s).toString());

    m_components->clear();
    for (const QString &section : {u"storage"_s, u"channels"_s, u"providers"_s}) {
        const QJsonValue value = status.health.value(section);
        auto *top = new QTreeWidgetItem(m_components, {section});
        const QJsonObject object = value.toObject();
        top->setText(1, object.value(u"status"_s).toString());
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject child = it.value().toObject();
            auto *item = new QTreeWidgetItem(top, {it.key()});
            item->setText(1, child.value(u"state"_s).toString(
                                 child.value(u"status"_s).toString(child.value(u"role"_s).toString())));
            item->setText(2, describe(child));
        }
        if (top->childCount() == 0)
            top->setText(2, describe(object));
        top->setExpanded(true);
    }
    updateUptime();
}

void MainWindow::setKeychainWarning(const QString &message)
{
    m_keychainLabel->setText(message);
    m_keychainLabel->setVisible(!message.isEmpty());
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::updateUptime()
{
    if (m_status.state != Core::GatewayStatus::State::Running || !m_status.startedAt.isValid()) {
        m_uptimeLabel->setText(u"—"_s);
        return;
    }
    m_uptimeLabel->setText(formatDuration(m_status.startedAt.secsTo(QDateTime::currentDateTimeUtc())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Close-to-tray only when a tray is really there; otherwise closing the window quits, so the
    // user is never left with an invisible process they cannot reach.
    if (m_desktop && m_desktop->isTrayVisible()) {
        event->ignore();
        hide();
        if (!m_trayNoticeShown) {
            m_trayNoticeShown = true;
            m_desktop->showNotification(tr("Moltdesk is still running"),
                                        tr("The gateway keeps answering in the background. Use the tray "
                                           "icon to open the panel or quit."));
            Q_EMIT trayNoticeDisplayed();
        }
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}

} // namespace Moltdesk::Ui
