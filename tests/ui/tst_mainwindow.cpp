// The status window offscreen: live status rendering, the keychain warning, and what closing
// does when there is no tray.
#include "desktopintegration.h"
#include "mainwindow.h"

#include <QCloseEvent>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
Core::GatewayStatus runningStatus()
{
    Core::GatewayStatus status;
    status.state = Core::GatewayStatus::State::Running;
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
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLiveStatus();
    void showsFailure();
    void keychainWarning();
    void closingWithoutTrayQuits();
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
    Core::GatewayStatus failed;
    failed.state = Core::GatewayStatus::State::Failed;
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
