#include "mainwindow.h"

#include "desktopintegration.h"
#include "page.h"
#include "pages/overviewpage.h"
#include "widgets/banner.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

MainWindow::MainWindow(DesktopIntegration *desktop, bool trayNoticeShown, QWidget *parent)
    : QMainWindow(parent)
    , m_desktop(desktop)
    , m_trayNoticeShown(trayNoticeShown)
{
    setWindowTitle(tr("Moltdesk"));
    setWindowIcon(DesktopIntegration::stateIcon(Control::GatewayStatus::State::Running, false));
    // Roomy where there is room; never larger than the screen (a 1,280 × 800 laptop at 125 % has
    // 1,024 × 640 - every page fits that, docs/panel.md "Window size").
    QSize size(1040, 680);
    if (const QScreen *display = screen())
        size = size.boundedTo(display->availableGeometry().size());
    resize(size);

    m_appMenu = menuBar()->addMenu(tr("&Moltdesk"));
    m_setupAction = m_appMenu->addAction(tr("Run &set-up again…"));
    connect(m_setupAction, &QAction::triggered, this, &MainWindow::setupRequested);
    m_appMenu->addSeparator();
    m_quitAction = m_appMenu->addAction(tr("&Quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(tr("Choose a page of the control panel with the arrow keys"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    // A sidebar look that follows the palette, so dark themes stay legible.
    m_navigation->setStyleSheet(u"QListWidget { background: palette(alternate-base); padding: 10px 6px; }"
                                "QListWidget::item { padding: 8px 10px; border-radius: 6px; }"
                                "QListWidget::item:selected { background: palette(highlight);"
                                " color: palette(highlighted-text); }"_s);
    outer->addWidget(m_navigation);

    auto *content = new QWidget(central);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);

    m_pageTitle = new QLabel(content);
    m_pageTitle->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_pageTitle->setAccessibleName(tr("Page title"));
    layout->addWidget(m_pageTitle);

    m_keychainBanner = new Banner(content);
    m_keychainBanner->setObjectName(u"keychainWarning"_s);
    m_keychainBanner->setTone(Banner::Tone::Warning);
    m_keychainBanner->hide();
    layout->addWidget(m_keychainBanner);

    m_languageBanner = new Banner(content);
    m_languageBanner->setObjectName(u"languageNotice"_s);
    m_languageBanner->setTone(Banner::Tone::Neutral);
    m_languageBanner->hide();
    layout->addWidget(m_languageBanner);

    m_stack = new QStackedWidget(content);
    m_stack->setObjectName(u"pages"_s);
    layout->addWidget(m_stack, 1);
    outer->addWidget(content, 1);
    setCentralWidget(central);

    m_statusState = new QLabel(this);
    m_statusState->setObjectName(u"statusBarState"_s);
    m_statusState->setAccessibleName(tr("Gateway state"));
    statusBar()->addWidget(m_statusState, 1);
    m_statusPaused = new QLabel(tr("Paused"), this);
    m_statusPaused->setObjectName(u"statusBarPaused"_s);
    m_statusPaused->setAccessibleName(tr("The bot is paused"));
    m_statusPaused->setToolTip(tr("The bot accepts messages but answers no one until you resume it "
                                  "(Overview, or the tray menu)."));
    m_statusPaused->setStyleSheet(u"QLabel { background: #3b5ba9; color: white; border-radius: 4px;"
                                  " padding: 1px 8px; font-weight: bold; }"_s);
    m_statusPaused->hide();
    statusBar()->addPermanentWidget(m_statusPaused);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    // Arrow keys only browse (the focus stays in the list); Enter goes into the page.
    connect(m_navigation, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (Page *page = m_pages.value(m_navigation->row(item)))
            jumpToPage(page);
    });
    // Ctrl+, is the usual key for an application's settings.
    auto *settings = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    connect(settings, &QShortcut::activated, this, [this] {
        if (m_settingsPage)
            jumpToPage(m_settingsPage);
    });

    m_overview = new OverviewPage;
    addPage(m_overview);
    setStatus(Control::GatewayStatus{});
}

int MainWindow::addPage(Page *page)
{
    Q_ASSERT(page);
    const int index = m_stack->addWidget(page);
    m_pages.append(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::AccessibleTextRole, page->title());
    item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(page->title()).arg(index + 1) : page->title());
    // One shortcut per position (not per page), so rebuilt pages do not stack up duplicate
    // shortcuts, which Qt would treat as ambiguous and fire none of.
    if (index < 9 && index >= m_shortcuts.size()) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] {
            if (index < m_pages.size())
                jumpToPage(m_pages.at(index));
        });
        m_shortcuts.append(shortcut);
    }
    if (!m_settingsPage && (page->inherits("Moltdesk::Ui::SettingsPage") || page->objectName() == u"settingsPage"_s))
        m_settingsPage = page;
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(index);
    return index;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::setCurrentPage(Page *page)
{
    const int index = int(m_pages.indexOf(page));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::setPageFactory(PageFactory factory)
{
    m_pageFactory = std::move(factory);
    if (m_pageFactory)
        m_pageFactory(this);
}

bool MainWindow::rebuildPages()
{
    m_rebuildQueued = false;
    if (!m_pageFactory)
        return false;
    QStringList pending;
    for (const Page *page : std::as_const(m_pages)) {
        const QString work = page->pendingWork();
        if (!work.isEmpty())
            pending << work;
    }
    if (!pending.isEmpty()) {
        // Rebuilding would throw that work away: keep the pages, say what waits, and let the next
        // start (which reads the stored language) finish the switch.
        m_languageBanner->setText(tr("Some pages keep the previous language until Moltdesk is restarted, "
                                     "because rebuilding them now would lose work: %1.")
                                      .arg(pending.join(u"; "_s)));
        m_languageBanner->show();
        return false;
    }
    m_languageBanner->hide();
    const int row = m_navigation->currentRow();
    if (m_activePage)
        m_activePage->deactivate();
    m_activePage = nullptr;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->clear();
        const QList<Page *> old = m_pages;
        m_pages.clear();
        for (Page *page : old) {
            m_stack->removeWidget(page);
            delete page;
        }
        m_overview = new OverviewPage;
        addPage(m_overview);
        m_pageFactory(this);
        m_navigation->setCurrentRow(qBound(0, row, int(m_pages.size()) - 1));
    }
    setStatus(m_lastStatus);
    onCurrentRowChanged(m_navigation->currentRow());
    return true;
}

void MainWindow::jumpToPage(Page *page)
{
    setCurrentPage(page);
    if (currentPage() == page)
        page->focusMainControl();
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    Page *page = m_pages.at(row);
    if (m_activePage && m_activePage != page && !m_activePage->confirmLeave()) {
        // The page keeps the user (unsaved edits they want to keep): put the selection back.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(m_pages.indexOf(m_activePage)));
        return;
    }
    if (m_activePage && m_activePage != page)
        m_activePage->deactivate();
    m_stack->setCurrentWidget(page);
    m_pageTitle->setText(page->title());
    m_activePage = page;
    page->activate();
}

void MainWindow::retitle()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        item->setText(m_pages.at(i)->title());
        item->setData(Qt::AccessibleTextRole, m_pages.at(i)->title());
    }
    if (m_activePage)
        m_pageTitle->setText(m_activePage->title());
}

void MainWindow::retranslateShell()
{
    setWindowTitle(tr("Moltdesk"));
    m_appMenu->setTitle(tr("&Moltdesk"));
    m_setupAction->setText(tr("Run &set-up again…"));
    m_quitAction->setText(tr("&Quit"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(tr("Choose a page of the control panel with the arrow keys"));
    m_pageTitle->setAccessibleName(tr("Page title"));
    m_statusState->setAccessibleName(tr("Gateway state"));
}

void MainWindow::setStatus(const Control::GatewayStatus &status)
{
    m_lastStatus = status;
    m_overview->setStatus(status);
    m_statusState->setText(OverviewPage::summary(status));
    m_statusPaused->setVisible(m_overview->isPaused() && status.state == Control::GatewayStatus::State::Running);
    const bool degraded = status.health.value(u"status"_s).toString() == u"degraded"_s;
    setWindowIcon(DesktopIntegration::stateIcon(status.state, degraded));
}

void MainWindow::setPaused(bool paused, const QDateTime &since)
{
    PauseState pause;
    pause.paused = paused;
    pause.since = since;
    m_overview->setPause(pause);
    m_statusPaused->setVisible(paused);
}

void MainWindow::setKeychainWarning(const QString &message)
{
    m_keychainBanner->setText(message);
    m_keychainBanner->setVisible(!message.isEmpty());
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retitle();
        retranslateShell();
        // Installing a language sends several LanguageChange events (one per translator): rebuild
        // once, after the last of them.
        if (m_pageFactory && !m_rebuildQueued) {
            m_rebuildQueued = true;
            QTimer::singleShot(0, this, &MainWindow::rebuildPages);
        }
    }
    QMainWindow::changeEvent(event);
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
