// The panel shell offscreen: the Overview's live status rendering, the keychain warning, what
// closing does when there is no tray, pages added with one call, keyboard navigation between
// them, activation hooks and accessible names.
#include "desktopintegration.h"
#include "mainwindow.h"
#include "page.h"
#include "pages/overviewpage.h"

#include <QCloseEvent>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
Control::GatewayStatus runningStatus()
{
    Control::GatewayStatus status;
    status.state = Control::GatewayStatus::State::Running;
    status.url = u"http://127.0.0.1:8787"_s;
    status.startedAt = QDateTime::currentDateTimeUtc().addSecs(-125);
    status.health = QJsonObject{
        {u"status"_s, u"ok"_s},
        {u"version"_s, u"0.1.0"_s},
        {u"storage"_s, QJsonObject{{u"status"_s, u"ok"_s}, {u"backend"_s, u"sqlite"_s}}},
        {u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"enabled"_s, false}, {u"state"_s, u"disabled"_s}}}}},
        {u"providers"_s, QJsonObject{{u"anthropic"_s, QJsonObject{{u"role"_s, u"default"_s}}}}},
    };
    return status;
}
// A page that records its activation hooks.
class ProbePage : public Ui::Page
{
public:
    explicit ProbePage(const QString &title)
        : m_title(title)
    {
    }
    QString title() const override { return m_title; }
    QIcon icon() const override { return {}; }
    int activations = 0;
    int firstActivations = 0;
    int deactivations = 0;

protected:
    void onActivated(bool first) override
    {
        ++activations;
        firstActivations += first ? 1 : 0;
    }
    void onDeactivated() override { ++deactivations; }

private:
    QString m_title;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLiveStatus();
    void showsFailure();
    void keychainWarning();
    void closingWithoutTrayQuits();
    void pagesAreAddedAndActivated();
    void keyboardNavigation();
    void accessibleNames();
    void statusBarShowsState();
};

void TestMainWindow::showsLiveStatus()
{
    Ui::DesktopIntegration desktop;
    Ui::MainWindow window(&desktop, false);
    window.show();
    window.setStatus(runningStatus());

    auto *state = window.findChild<QLabel *>(u"stateLabel"_s);
    auto *url = window.findChild<QLabel *>(u"urlLabel"_s);
    auto *uptime = window.findChild<QLabel *>(u"uptimeLabel"_s);
    auto *components = window.findChild<QTreeWidget *>(u"components"_s);
    QVERIFY(state && url && uptime && components);
    QCOMPARE(state->text(), u"Running"_s);
    QVERIFY(url->text().contains(u"http://127.0.0.1:8787"_s));
    QVERIFY2(uptime->text().startsWith(u"2 min"_s), qPrintable(uptime->text()));
    QCOMPARE(components->topLevelItemCount(), 3);
    QCOMPARE(components->topLevelItem(0)->text(0), u"storage"_s);
    QCOMPARE(components->topLevelItem(0)->text(1), u"ok"_s);
    QCOMPARE(components->topLevelItem(1)->child(0)->text(0), u"telegram"_s);
    QCOMPARE(components->topLevelItem(1)->child(0)->text(1), u"disabled"_s);
    QVERIFY(!components->accessibleName().isEmpty());
}

void TestMainWindow::showsFailure()
{
    Ui::MainWindow window(nullptr, false);
    Control::GatewayStatus failed;
    failed.state = Control::GatewayStatus::State::Failed;
    failed.error = u"cannot listen on 127.0.0.1:8787: address in use"_s;
    window.setStatus(failed);
    QCOMPARE(window.findChild<QLabel *>(u"stateLabel"_s)->text(),
             u"Stopped: cannot listen on 127.0.0.1:8787: address in use"_s);
    QCOMPARE(window.findChild<QLabel *>(u"uptimeLabel"_s)->text(), u"—"_s);
}

void TestMainWindow::keychainWarning()
{
    Ui::MainWindow window(nullptr, false);
    window.show();
    auto *warning = window.findChild<QLabel *>(u"keychainWarning"_s);
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());
    window.setKeychainWarning(u"No keychain (Secret Service) is reachable"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"Secret Service"_s));
    window.setKeychainWarning({});
    QVERIFY(!warning->isVisible());
}

void TestMainWindow::closingWithoutTrayQuits()
{
    // Offscreen has no tray host: closing must quit rather than hide into nowhere.
    Ui::DesktopIntegration desktop;
    QVERIFY(!desktop.isTrayVisible());
    Ui::MainWindow window(&desktop, false);
    QSignalSpy quit(&window, &Ui::MainWindow::quitRequested);
    QSignalSpy notice(&window, &Ui::MainWindow::trayNoticeDisplayed);
    window.show();
    QVERIFY(window.close());
    QCOMPARE(quit.size(), 1);
    QCOMPARE(notice.size(), 0);
}

void TestMainWindow::pagesAreAddedAndActivated()
{
    Ui::MainWindow window(nullptr, false);
    auto *first = new ProbePage(u"First"_s);
    auto *second = new ProbePage(u"Second"_s);
    QCOMPARE(window.addPage(first), 1); // the Overview is always page 0
    QCOMPARE(window.addPage(second), 2);
    QCOMPARE(window.pages().size(), 3);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 3);
    QCOMPARE(navigation->item(0)->text(), u"Overview"_s);
    QCOMPARE(navigation->item(2)->text(), u"Second"_s);

    // Data loads only when a page is shown: nothing activated the added pages yet.
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(window.overviewPage()));
    QCOMPARE(first->activations, 0);

    window.setCurrentPage(first);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(first));
    QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), first);
    QCOMPARE(window.findChild<QLabel *>(u"pageTitle"_s)->text(), u"First"_s);
    QCOMPARE(first->activations, 1);
    QCOMPARE(first->firstActivations, 1);

    window.setCurrentPage(second);
    QCOMPARE(first->deactivations, 1);
    window.setCurrentPage(first);
    QCOMPARE(first->activations, 2);
    QCOMPARE(first->firstActivations, 1); // "first" only once
}

void TestMainWindow::keyboardNavigation()
{
    Ui::MainWindow window(nullptr, false);
    auto *first = new ProbePage(u"First"_s);
    auto *second = new ProbePage(u"Second"_s);
    window.addPage(first);
    window.addPage(second);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());

    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(first));
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(second));
    QTest::keyClick(navigation, Qt::Key_Up);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(first));

    // Ctrl+N jumps straight to the N-th page.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(second));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(window.overviewPage()));
}

void TestMainWindow::accessibleNames()
{
    Ui::MainWindow window(nullptr, false);
    window.addPage(new ProbePage(u"Storage"_s));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(!navigation->accessibleName().isEmpty());
    QCOMPARE(navigation->item(1)->data(Qt::AccessibleTextRole).toString(), u"Storage"_s);
    QVERIFY(!window.findChild<QWidget *>(u"copyAddress"_s)->accessibleName().isEmpty());
    QVERIFY(!window.findChild<QWidget *>(u"statusBarState"_s)->accessibleName().isEmpty());
}

void TestMainWindow::statusBarShowsState()
{
    Ui::MainWindow window(nullptr, false);
    window.setStatus(runningStatus());
    auto *state = window.statusBar()->findChild<QLabel *>(u"statusBarState"_s);
    QVERIFY(state);
    QCOMPARE(state->text(), u"Running at http://127.0.0.1:8787"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
