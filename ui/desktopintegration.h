#pragma once

#include "core/gatewaystatus.h"

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Moltdesk::Ui {

// All tray and desktop-notification code lives here (qBittorrent's DesktopIntegration pattern).
// The tray icon only exists when a tray host really runs; callers ask isTrayVisible() before
// hiding a window to it.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    explicit DesktopIntegration(QObject *parent = nullptr);
    ~DesktopIntegration() override;

    bool isTrayVisible() const;
    void setStatus(const Core::GatewayStatus &status);
    void showNotification(const QString &title, const QString &message);

    static QIcon stateIcon(Core::GatewayStatus::State state, bool warning);

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace Moltdesk::Ui
