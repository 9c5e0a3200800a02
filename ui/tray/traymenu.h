#pragma once

#include "control/gatewaystatus.h"
#include "tray/traystate.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;
class QTimer;

namespace Moltdesk::Ui {

class GatewayClient;

// The tray's menu and state, without the tray itself (QSystemTrayIcon needs a tray host, this
// class does not, so tests drive it offscreen). Menu: Open Moltdesk · Pause the bot / Resume the
// bot · Recent conversations ▸ · Quit.
//
// Pause: the action sends `agent.pause` / `agent.resume`; its label and check follow only what the
// gateway reports (the health document's `agent.paused`, the `health` and `agent.paused` events),
// so a request that fails or is overtaken never leaves the menu lying. Errors go out as
// notificationRequested(). Recent conversations: the 5 most recently active sessions
// (`sessions.list {limit: 5}`, newest activity first), re-read when the menu is about to show and
// after a conversation's activity (`chat` final/message, debounced). Today's cost comes from
// `usage.status` at the same moments; without it the tooltip leaves the cost out.
class TrayMenu : public QObject
{
    Q_OBJECT

public:
    static constexpr int RecentCount = 5;

    explicit TrayMenu(QObject *parent = nullptr);
    ~TrayMenu() override;

    // Null until the gateway listens; the pause and recent entries are disabled meanwhile.
    void setGateway(GatewayClient *gateway);
    void setStatus(const Control::GatewayStatus &status);
    // Sends agent.pause (true) or agent.resume (false); the state changes when the gateway says so.
    void requestPause(bool pause);
    void refreshRecent();
    void refreshCost();

    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *quitAction() const { return m_quit; }
    bool isPaused() const { return m_state.pause().paused; }
    const TrayState &state() const { return m_state; }
    QIcon icon() const;
    QString toolTip() const { return m_state.toolTip(); }
    QStringList recentKeys() const { return m_recentKeys; }
    // Debounce of activity-driven refreshes; tests shorten it.
    void setRefreshDelay(int ms);

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    void openSessionRequested(const QString &sessionKey);
    // The icon or the tooltip may have changed.
    void appearanceChanged();
    void pausedChanged(bool paused, const QDateTime &since);
    void notificationRequested(const QString &title, const QString &text);
    void recentUpdated();

protected:
    // The menu is a hidden top-level widget, so it receives QEvent::LanguageChange when the
    // Settings page switches the language; the tray then follows without a restart.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onGatewayEvent(const QString &name, const QJsonValue &payload);
    void applyPause(const PauseState &pause);
    void setRecent(const QJsonArray &sessions);
    void updatePauseAction();

    QPointer<GatewayClient> m_gateway;
    TrayState m_state;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_pause = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_quit = nullptr;
    QTimer *m_refreshDebounce = nullptr;
    QStringList m_recentKeys;
    QJsonArray m_recentSessions; // the last listing, to relabel it in another language
    bool m_pauseKnown = false;
    bool m_pauseInFlight = false;
    bool m_recentInFlight = false;
    bool m_recentLoaded = false;
    bool m_recentAgain = false; // activity while a listing was on its way
};

} // namespace Moltdesk::Ui
