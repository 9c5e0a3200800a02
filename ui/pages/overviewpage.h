#pragma once

#include "control/gatewaystatus.h"
#include "page.h"
#include "tray/pausestate.h"

class QLabel;
class QPushButton;
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
    // On the components' status column: "ok" (the tick), "warning", "error" or empty.
    static constexpr int HealthLevelRole = Qt::UserRole + 1;

    explicit OverviewPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    void setStatus(const Control::GatewayStatus &status);
    // The gateway's report of the bot being paused (never a local guess): the banner says so and
    // a Resume button appears, which only asks (resumeRequested); the state follows the report.
    void setPause(const PauseState &pause);
    bool isPaused() const { return m_pause.paused; }
    // One line for the status bar, e.g. "Running at http://127.0.0.1:8787".
    static QString summary(const Control::GatewayStatus &status);
    static QString stateText(const Control::GatewayStatus &status);
    // The default provider has no key (health: providers.<name>.role "default", keyPresent false):
    // the secret's name, e.g. "ANTHROPIC_API_KEY" (empty when nothing is missing, or when the
    // gateway does not say which secret).
    QString missingSecret() const { return m_missingSecret; }

Q_SIGNALS:
    void resumeRequested();
    // "Add a key…": the Secrets page, at `secretName` when known.
    void addKeyRequested(const QString &secretName);

private:
    void updateBanner();
    // Reads what is missing for answers from the health document into m_missing*.
    void findMissingKey();
    void updateUptime();
    void copyAddress();

    Control::GatewayStatus m_status;
    PauseState m_pause;
    QWidget *m_pausedRow = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QPushButton *m_resumeButton = nullptr;
    Banner *m_banner = nullptr;
    QPushButton *m_addKeyButton = nullptr;
    QString m_missingProvider; // "Anthropic"
    QString m_missingSecret;   // "ANTHROPIC_API_KEY"
    QString m_missingDetail;   // the gateway's words: "ANTHROPIC_API_KEY is not set"
    bool m_fallbackHasKey = false;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QToolButton *m_copyButton = nullptr;
    QLabel *m_uptimeLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QTreeWidget *m_components = nullptr;
    QTimer *m_uptimeTimer = nullptr;
};

} // namespace Moltdesk::Ui
