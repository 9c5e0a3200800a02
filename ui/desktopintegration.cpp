#include "desktopintegration.h"

#include "tray/traymenu.h"
#include "tray/traystate.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace Moltdesk::Ui {

DesktopIntegration::DesktopIntegration(QObject *parent)
    : QObject(parent)
    , m_menu(new TrayMenu(this))
{
    connect(m_menu, &TrayMenu::showRequested, this, &DesktopIntegration::showRequested);
    connect(m_menu, &TrayMenu::quitRequested, this, &DesktopIntegration::quitRequested);
    connect(m_menu, &TrayMenu::openSessionRequested, this, &DesktopIntegration::openSessionRequested);
    connect(m_menu, &TrayMenu::notificationRequested, this, &DesktopIntegration::showNotification);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(m_menu->icon(), this);
    m_tray->setContextMenu(m_menu->menu());
    m_tray->setToolTip(m_menu->toolTip());
    connect(m_menu, &TrayMenu::appearanceChanged, this, &DesktopIntegration::updateAppearance);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration() = default;

bool DesktopIntegration::isTrayVisible() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void DesktopIntegration::setGateway(GatewayClient *gateway)
{
    m_menu->setGateway(gateway);
}

void DesktopIntegration::setStatus(const Control::GatewayStatus &status)
{
    m_menu->setStatus(status);
}

void DesktopIntegration::updateAppearance()
{
    if (!m_tray)
        return;
    // Setting an equal icon still makes some tray hosts redraw; compare the kind instead.
    const QString tip = m_menu->toolTip();
    if (m_tray->toolTip() != tip)
        m_tray->setToolTip(tip);
    const int kind = int(m_menu->state().kind());
    if (kind != m_shownKind) {
        m_shownKind = kind;
        m_tray->setIcon(m_menu->icon());
    }
}

void DesktopIntegration::showNotification(const QString &title, const QString &message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    Q_EMIT notificationShown(title, message);
}

QIcon DesktopIntegration::stateIcon(Control::GatewayStatus::State state, bool warning)
{
    if (state == Control::GatewayStatus::State::Failed)
        return TrayState::icon(TrayState::Kind::Error);
    if (state != Control::GatewayStatus::State::Running)
        return TrayState::icon(TrayState::Kind::Stopped);
    return TrayState::icon(warning ? TrayState::Kind::Warning : TrayState::Kind::Running);
}

} // namespace Moltdesk::Ui
