#pragma once

#include "core/gatewaystatus.h"
#include "page.h"

class QLabel;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace Moltdesk::Ui {

class Banner;

// The first page: the gateway's live status — a coloured state banner, the address with a copy
// button, uptime, version and the health of each component (the /healthz document as a tree).
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    void setStatus(const Core::GatewayStatus &status);
    // One line for the status bar, e.g. "Running at http://127.0.0.1:8787".
    static QString summary(const Core::GatewayStatus &status);
    static QString stateText(const Core::GatewayStatus &status);

private:
    void updateUptime();
    void copyAddress();

    Core::GatewayStatus m_status;
    Banner *m_banner = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QToolButton *m_copyButton = nullptr;
    QLabel *m_uptimeLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QTreeWidget *m_components = nullptr;
    QTimer *m_uptimeTimer = nullptr;
};

} // namespace Moltdesk::Ui
