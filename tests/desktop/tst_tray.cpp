// The tray on a real X server with a real tray host (trayer): the icon appears, closing the
// window hides it to the tray with a one-time notice, and the tray menu can quit.
#include "desktopintegration.h"
#include "mainwindow.h"
#include "tray/traymenu.h"

#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void iconFollowsState();
    void closeHidesToTrayWithOneNotice();
    void showRequestRaisesWindow();

private:
    QProcess m_trayHost;
};

void TestTray::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QFAIL("needs an X server: run under xvfb-run, as scripts/test.sh does");
    const QString trayer = QStandardPaths::findExecutable(u"trayer"_s);
    if (trayer.isEmpty())
        QFAIL("needs the trayer package as the tray host (scripts/setup-deps.sh test installs it)");
    m_trayHost.start(trayer, {u"--edge"_s, u"top"_s, u"--align"_s, u"right"_s, u"--height"_s, u"24"_s});
    QVERIFY(m_trayHost.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestTray::cleanupTestCase()
{
    m_trayHost.terminate();
    m_trayHost.waitForFinished();
}

void TestTray::iconFollowsState()
{
    Ui::DesktopIntegration desktop;
    QTRY_VERIFY(desktop.isTrayVisible());
    auto *tray = desktop.findChild<QSystemTrayIcon *>();
    QVERIFY(tray);
    QVERIFY(tray->contextMenu());
    // The real tray shows TrayMenu's menu: open, separator, pause, recent ▸, separator, quit.
    QCOMPARE(tray->contextMenu(), desktop.trayMenu()->menu());
    QCOMPARE(tray->contextMenu()->actions().size(), 6);
    QCOMPARE(tray->contextMenu()->actions().constLast(), desktop.trayMenu()->quitAction());

    Control::GatewayStatus status;
    status.state = Control::GatewayStatus::State::Running;
    status.url = u"http://127.0.0.1:8787"_s;
    desktop.setStatus(status);
    QVERIFY2(tray->toolTip().startsWith(u"Moltdesk: running"_s), qPrintable(tray->toolTip()));
    const QImage running = tray->icon().pixmap(16).toImage();

    status.state = Control::GatewayStatus::State::Failed;
    status.error = u"port in use"_s;
    desktop.setStatus(status);
    QVERIFY(tray->toolTip().contains(u"port in use"_s));
    QVERIFY(tray->icon().pixmap(16).toImage() != running);

    QSignalSpy quit(&desktop, &Ui::DesktopIntegration::quitRequested);
    tray->contextMenu()->actions().last()->trigger();
    QCOMPARE(quit.size(), 1);
}

void TestTray::closeHidesToTrayWithOneNotice()
{
    Ui::DesktopIntegration desktop;
    QTRY_VERIFY(desktop.isTrayVisible());
    Ui::MainWindow window(&desktop, false);
    QSignalSpy quit(&window, &Ui::MainWindow::quitRequested);
    QSignalSpy notice(&window, &Ui::MainWindow::trayNoticeDisplayed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.close();
    QVERIFY(!window.isVisible());
    QCOMPARE(quit.size(), 0);
    QCOMPARE(notice.size(), 1);

    window.show();
    window.close();
    QCOMPARE(notice.size(), 1); // one-time
    QCOMPARE(quit.size(), 0);
}

void TestTray::showRequestRaisesWindow()
{
    Ui::DesktopIntegration desktop;
    QTRY_VERIFY(desktop.isTrayVisible());
    Ui::MainWindow window(&desktop, true);
    connect(&desktop, &Ui::DesktopIntegration::showRequested, &window, &Ui::MainWindow::showAndRaise);
    QVERIFY(!window.isVisible());
    Q_EMIT desktop.showRequested();
    QVERIFY(window.isVisible());
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
