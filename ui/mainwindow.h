#pragma once

#include "core/gatewaystatus.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Moltdesk::Ui {

class Banner;
class DesktopIntegration;
class OverviewPage;
class Page;

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

    void setStatus(const Core::GatewayStatus &status);
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

    DesktopIntegration *m_desktop;
    bool m_trayNoticeShown;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    Banner *m_keychainBanner = nullptr;
    QLabel *m_statusState = nullptr;
    OverviewPage *m_overview = nullptr;
    QList<Page *> m_pages;
    Page *m_activePage = nullptr;
    QPointer<Page> m_settingsPage;
};

} // namespace Moltdesk::Ui
