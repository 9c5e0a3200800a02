#pragma once

#include "control/gatewaystatus.h"
#include "page.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QMenu;
class QShortcut;
class QStackedWidget;

namespace Moltdesk::Ui {

class Banner;
class DesktopIntegration;
class OverviewPage;


// The control panel's window: a navigation list on the left (icon + title per page, keyboard
// navigable, Ctrl+1…9 jump to a page) and the current page on the right, with the gateway's state in
// the status bar. The first page is always the Overview; further pages come in with one call each
// (addPage), so Channels, Sessions, Usage... slot in without touching the shell.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `trayNoticeShown` tells whether the one-time "still running in the tray" notice was shown
    // before; the window emits trayNoticeDisplayed() when it shows it so the caller can persist it.
    MainWindow(DesktopIntegration *desktop, bool trayNoticeShown, QWidget *parent = nullptr);

    // Takes ownership; the page is listed after the existing ones. Returns its index.
    int addPage(Page *page);
    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    void setCurrentPage(Page *page);
    OverviewPage *overviewPage() const { return m_overview; }
    // Shows `page` and puts the keyboard on its main control (Ctrl+1…9, Ctrl+, and Enter in the
    // navigation do this).
    void jumpToPage(Page *page);
    // The page Ctrl+, opens. addPage() picks a Ui::SettingsPage (or a page named "settingsPage") by
    // itself; this is for any other page.
    void setSettingsPage(Page *page) { m_settingsPage = page; }

    // Adds every page after the Overview. With a factory set, a language change (QEvent::
    // LanguageChange, sent when LanguageSwitcher installs translators) rebuilds all pages so each
    // string is read again in the new language - unless a page reports pendingWork(): then the
    // pages stay, a banner says the language applies fully at the next start, and nothing is lost.
    using PageFactory = std::function<void(MainWindow *window)>;
    // Calls `factory` at once to add the pages, and again on every rebuild.
    void setPageFactory(PageFactory factory);
    // Rebuilds the pages now (normally queued after a language change). Returns false, and shows
    // why in the window, when a page has pending work.
    bool rebuildPages();

    void setStatus(const Control::GatewayStatus &status);
    // What the gateway reports about the bot being paused (TrayMenu::pausedChanged; the health
    // document in setStatus carries the same): "Paused" in the status bar and on the Overview.
    void setPaused(bool paused, const QDateTime &since);
    void setKeychainWarning(const QString &message);
    void showAndRaise();

Q_SIGNALS:
    void trayNoticeDisplayed();
    void quitRequested();
    // "Run set-up again…" in the Moltdesk menu.
    void setupRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onCurrentRowChanged(int row);
    void retitle();
    void retranslateShell();

    DesktopIntegration *m_desktop;
    bool m_trayNoticeShown;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    Banner *m_keychainBanner = nullptr;
    Banner *m_languageBanner = nullptr;
    QMenu *m_appMenu = nullptr;
    QAction *m_setupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QShortcut *> m_shortcuts;
    PageFactory m_pageFactory;
    bool m_rebuildQueued = false;
    Control::GatewayStatus m_lastStatus;
    QLabel *m_statusState = nullptr;
    QLabel *m_statusPaused = nullptr;
    OverviewPage *m_overview = nullptr;
    QList<Page *> m_pages;
    Page *m_activePage = nullptr;
    QPointer<Page> m_settingsPage;
};

} // namespace Moltdesk::Ui
