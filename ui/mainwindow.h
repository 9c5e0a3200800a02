#pragma once

#include "core/gatewaystatus.h"

#include <QMainWindow>

class QLabel;
class QTimer;
class QTreeWidget;

namespace Moltdesk::Ui {

class DesktopIntegration;

// The control panel's window. For now its one page is the gateway's live status (address,
// uptime, health of each component); the full panel grows from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `trayNoticeShown` tells whether the one-time "still running in the tray" notice was shown
    // before; the window emits trayNoticeDisplayed() when it shows it so the caller can persist it.
    MainWindow(DesktopIntegration *desktop, bool trayNoticeShown, QWidget *parent = nullptr);

    void setStatus(const Core::GatewayStatus &status);
    void setKeychainWarning(const QString &message);
    void showAndRaise();

Q_SIGNALS:
    void trayNoticeDisplayed();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateUptime();

    DesktopIntegration *m_desktop;
    bool m_trayNoticeShown;
    Core::GatewayStatus m_status;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_uptimeLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QTreeWidget *m_components = nullptr;
    QTimer *m_uptimeTimer = nullptr;
};

} // namespace Moltdesk::Ui
