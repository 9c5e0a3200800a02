#pragma once

#include "control/gatewaystatus.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace Moltdesk::Ui {

class GatewayClient;
class TrayMenu;

// All tray and desktop-notification code lives here (qBittorrent's DesktopIntegration pattern).
// The tray icon only exists when a tray host really runs; callers ask isTrayVisible() before
// hiding a window to it. The menu and its logic (pause/resume, recent conversations, the state
// icon and tooltip) are TrayMenu, which works without a tray, so this class stays a thin shell.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    explicit DesktopIntegration(QObject *parent = nullptr);
    ~DesktopIntegration() override;

    bool isTrayVisible() const;
    // The gateway's methods and events once it listens (pause/resume, recent conversations).
    void setGateway(GatewayClient *gateway);
    void setStatus(const Control::GatewayStatus &status);
    void showNotification(const QString &title, const QString &message);
    TrayMenu *trayMenu() const { return m_menu; }

    static QIcon stateIcon(Control::GatewayStatus::State state, bool warning);

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    // Every notification showNotification() was asked for, whether or not a tray host shows it
    // (tests observe notifications through it; without a tray nothing else would).
    void notificationShown(const QString &title, const QString &message);
    // "Recent conversations" → this session: show the window on the Sessions page with it open.
    void openSessionRequested(const QString &sessionKey);

private:
    void updateAppearance();

    TrayMenu *m_menu = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_shownKind = -1; // TrayState::Kind of the icon on show
};

} // namespace Moltdesk::Ui
