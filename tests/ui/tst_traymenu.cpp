// The tray's menu and state offscreen (QSystemTrayIcon needs a tray host; TrayMenu does not): the
// entries; pause sends agent.pause while the label follows only the gateway's reports (the
// agent.paused event, the health document), errors become notifications; recent conversations
// from sessions.list in order, re-read after activity, and choosing one asks to open it; the
// paused icon and the tooltip; "Paused" with a Resume button in the main window.
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "support/uifakegatewayclient.h"
#include "support/uitranslations.h"
#include "tray/traymenu.h"
#include "tray/traystate.h"

#include <QAction>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestTrayMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuEntries();
    void pauseFollowsGatewayNotTheClick();
    void pauseErrorBecomesNotification();
    void recentConversationsInOrder();
    void recentRefreshedAfterActivity();
    void pausedIconDiffers();
    void toolTip_data();
    void toolTip();
    void mainWindowShowsPaused();
    void followsLanguageSwitch();
};

namespace {
using Fake = Ui::UiFakeGatewayClient;

QJsonObject health(bool paused, const QString &telegramState = u"running"_s)
{
    QJsonObject agent{{u"paused"_s, paused}};
    if (paused)
        agent.insert(u"since"_s, u"2026-03-30T08:15:00.000Z"_s);
    return {{u"status"_s, u"ok"_s},
            {u"channels"_s,
             QJsonObject{{u"telegram"_s, QJsonObject{{u"enabled"_s, true}, {u"state"_s, telegramState}}},
                         {u"discord"_s, QJsonObject{{u"enabled"_s, false}, {u"state"_s, u"disabled"_s}}}}},
            {u"agent"_s, agent}};
}

Control::GatewayStatus running(bool paused, const QString &telegramState = u"running"_s)
{
    Control::GatewayStatus status;
    status.state = Control::GatewayStatus::State::Running;
    status.url = u"http://127.0.0.1:8787"_s;
    status.health = health(paused, telegramState);
    return status;
}

QJsonObject session(const QString &key, const QString &channel, const QString &title)
{
    return {{u"key"_s, key}, {u"channel"_s, channel}, {u"title"_s, title}, {u"lastActivity"_s, 1000}};
}

QStringList texts(const QMenu *menu)
{
    QStringList result;
    for (const QAction *action : menu->actions())
        result << (action->isSeparator() ? u"-"_s : action->text());
    return result;
}

QImage image(const QIcon &icon)
{
    return icon.pixmap(32, 32).toImage();
}
} // namespace

void TestTrayMenu::menuEntries()
{
    Ui::TrayMenu tray;
    QCOMPARE(texts(tray.menu()), (QStringList{u"Open Moltdesk"_s, u"-"_s, u"Pause the bot"_s,
                                              u"Recent conversations"_s, u"-"_s, u"Quit"_s}));
    // No gateway yet: nothing to pause, no conversations to list.
    QVERIFY(!tray.pauseAction()->isEnabled());
    QCOMPARE(texts(tray.recentMenu()), QStringList{u"The gateway is not running"_s});

    QSignalSpy show(&tray, &Ui::TrayMenu::showRequested);
    QSignalSpy quit(&tray, &Ui::TrayMenu::quitRequested);
    tray.openAction()->trigger();
    tray.quitAction()->trigger();
    QCOMPARE(show.count(), 1);
    QCOMPARE(quit.count(), 1);
}

void TestTrayMenu::pauseFollowsGatewayNotTheClick()
{
    Fake gateway;
    gateway.reply(u"agent.pause"_s, QJsonObject{{u"paused"_s, true}, {u"since"_s, u"2026-03-30T08:15:00Z"_s}});
    gateway.reply(u"agent.resume"_s, QJsonObject{{u"paused"_s, false}, {u"queued"_s, 2}});
    Ui::TrayMenu tray;
    tray.setStatus(running(false));
    tray.setGateway(&gateway);
    QSignalSpy changed(&tray, &Ui::TrayMenu::pausedChanged);
    QAction *pause = tray.pauseAction();
    QVERIFY(pause->isEnabled());
    QVERIFY(pause->isCheckable());
    QVERIFY(!pause->isChecked());

    pause->trigger();
    QCOMPARE(gateway.count(u"agent.pause"_s), 1);
    QTRY_VERIFY(pause->isEnabled()); // the answer arrived
    // The answer alone changes nothing: the label waits for the gateway's broadcast.
    QCOMPARE(pause->text(), u"Pause the bot"_s);
    QVERIFY(!pause->isChecked());
    QVERIFY(!tray.isPaused());

    gateway.emitEvent(u"agent.paused"_s, QJsonObject{{u"paused"_s, true}, {u"since"_s, u"2026-03-30T08:15:00.000Z"_s}});
    QVERIFY(tray.isPaused());
    QCOMPARE(pause->text(), u"Resume the bot"_s);
    QVERIFY(pause->isChecked());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toBool(), true);
    QCOMPARE(changed.last().at(1).toDateTime(), QDateTime(QDate(2026, 3, 30), QTime(8, 15), Qt::UTC));

    // Another client resumed: the `health` event says so, and the menu follows.
    gateway.emitEvent(u"health"_s, health(false));
    QVERIFY(!tray.isPaused());
    QCOMPARE(pause->text(), u"Pause the bot"_s);
    QCOMPARE(changed.count(), 2);
    // The same report again is not a change.
    tray.setStatus(running(false));
    QCOMPARE(changed.count(), 2);

    // Paused again (from the periodic status this time), the action resumes.
    tray.setStatus(running(true));
    QVERIFY(tray.isPaused());
    pause->trigger();
    QCOMPARE(gateway.count(u"agent.resume"_s), 1);
    QCOMPARE(gateway.count(u"agent.pause"_s), 1);
    QVERIFY(pause->isChecked()); // still the gateway's state, not the click's
}

void TestTrayMenu::pauseErrorBecomesNotification()
{
    Fake gateway;
    gateway.fail(u"agent.pause"_s, Ws::RpcError::unavailable(u"the queue cannot be paused right now"_s));
    Ui::TrayMenu tray;
    tray.setStatus(running(false));
    tray.setGateway(&gateway);
    QSignalSpy notify(&tray, &Ui::TrayMenu::notificationRequested);
    tray.pauseAction()->trigger();
    QTRY_COMPARE(notify.count(), 1);
    QCOMPARE(notify.last().at(0).toString(), u"Could not pause the bot"_s);
    QCOMPARE(notify.last().at(1).toString(), u"the queue cannot be paused right now"_s);
    QCOMPARE(tray.pauseAction()->text(), u"Pause the bot"_s);
    QVERIFY(tray.pauseAction()->isEnabled());
}

void TestTrayMenu::recentConversationsInOrder()
{
    Fake gateway;
    gateway.reply(u"sessions.list"_s,
                  QJsonObject{{u"sessions"_s,
                               QJsonArray{session(u"telegram:dm:42"_s, u"telegram"_s, u"Alice & Bob"_s),
                                          session(u"webchat:panel"_s, u"webchat"_s, QString()),
                                          session(u"telegram:group:-100"_s, u"telegram"_s, QString()),
                                          session(u"cron:daily"_s, u"cron"_s, u"Daily digest"_s),
                                          session(u"api:client"_s, u"api"_s, u"Script"_s)}},
                              {u"nextCursor"_s, u"c1"_s}});
    Ui::TrayMenu tray;
    tray.setStatus(running(false));
    tray.setGateway(&gateway);
    QTRY_COMPARE(tray.recentKeys().size(), 5);
    gateway.clearCalls();

    // About to show: read again, the newest five.
    Q_EMIT tray.menu()->aboutToShow();
    QCOMPARE(gateway.count(u"sessions.list"_s), 1);
    QCOMPARE(gateway.lastCall(u"sessions.list"_s).params.value(u"limit"_s).toInt(), 5);
    QTRY_COMPARE(tray.recentKeys().size(), 5);
    QCOMPARE(tray.recentKeys(), (QStringList{u"telegram:dm:42"_s, u"webchat:panel"_s, u"telegram:group:-100"_s,
                                             u"cron:daily"_s, u"api:client"_s}));
    QCOMPARE(texts(tray.recentMenu()),
             (QStringList{u"Telegram · Alice && Bob"_s, u"Chat with your agent"_s, u"Telegram · telegram:group:-100"_s,
                          u"Scheduled · Daily digest"_s, u"API · Script"_s}));

    QSignalSpy open(&tray, &Ui::TrayMenu::openSessionRequested);
    tray.recentMenu()->actions().at(2)->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.last().at(0).toString(), u"telegram:group:-100"_s);
}

void TestTrayMenu::recentRefreshedAfterActivity()
{
    Fake gateway;
    int listed = 0;
    gateway.on(u"sessions.list"_s, [&listed](const QJsonObject &) {
        ++listed;
        // The conversation with activity moves to the top.
        const QJsonArray rows = listed == 1 ? QJsonArray{session(u"telegram:dm:1"_s, u"telegram"_s, u"One"_s),
                                                         session(u"telegram:dm:2"_s, u"telegram"_s, u"Two"_s)}
                                            : QJsonArray{session(u"telegram:dm:2"_s, u"telegram"_s, u"Two"_s),
                                                         session(u"telegram:dm:1"_s, u"telegram"_s, u"One"_s)};
        return Fake::Answer{QJsonObject{{u"sessions"_s, rows}}, std::nullopt};
    });
    Ui::TrayMenu tray;
    tray.setRefreshDelay(20);
    tray.setGateway(&gateway);
    QTRY_COMPARE(tray.recentKeys(), (QStringList{u"telegram:dm:1"_s, u"telegram:dm:2"_s}));

    // Deltas do not count; a burst of finals is one re-read (debounced).
    gateway.emitEvent(u"chat"_s, QJsonObject{{u"sessionKey"_s, u"telegram:dm:2"_s}, {u"state"_s, u"delta"_s}});
    for (int i = 0; i < 3; ++i)
        gateway.emitEvent(u"chat"_s, QJsonObject{{u"sessionKey"_s, u"telegram:dm:2"_s}, {u"state"_s, u"final"_s}});
    QTRY_COMPARE(tray.recentKeys(), (QStringList{u"telegram:dm:2"_s, u"telegram:dm:1"_s}));
    QCOMPARE(listed, 2);
    QCOMPARE(texts(tray.recentMenu()).constFirst(), u"Telegram · Two"_s);
}

void TestTrayMenu::pausedIconDiffers()
{
    const QImage paused = image(Ui::TrayState::icon(Ui::TrayState::Kind::Paused));
    QVERIFY(!paused.isNull());
    for (auto kind : {Ui::TrayState::Kind::Running, Ui::TrayState::Kind::Warning, Ui::TrayState::Kind::Error,
                      Ui::TrayState::Kind::Stopped})
        QVERIFY(paused != image(Ui::TrayState::icon(kind)));

    Ui::TrayMenu tray;
    QSignalSpy appearance(&tray, &Ui::TrayMenu::appearanceChanged);
    tray.setStatus(running(false));
    QCOMPARE(tray.state().kind(), Ui::TrayState::Kind::Running);
    const QImage before = image(tray.icon());
    tray.setStatus(running(true));
    QCOMPARE(tray.state().kind(), Ui::TrayState::Kind::Paused);
    QCOMPARE(image(tray.icon()), paused);
    QVERIFY(image(tray.icon()) != before);
    QVERIFY(appearance.count() >= 2);
    QVERIFY(paused.save(u"/tmp/moltdesk-tray-paused.png"_s));
    QVERIFY(before.save(u"/tmp/moltdesk-tray-running.png"_s));
}

void TestTrayMenu::toolTip_data()
{
    QTest::addColumn<Control::GatewayStatus>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("kind");
    QTest::newRow("running") << running(false) << u"Moltdesk: running\nTelegram: connected · today $0.42"_s
                             << int(Ui::TrayState::Kind::Running);
    QTest::newRow("channel failing")
        << running(false, u"unauthorized"_s) << u"Moltdesk: running with warnings\nTelegram: token refused · today $0.42"_s
        << int(Ui::TrayState::Kind::Warning);
    Control::GatewayStatus failed;
    failed.state = Control::GatewayStatus::State::Failed;
    failed.error = u"port 8787 is in use"_s;
    QTest::newRow("failed") << failed << u"Moltdesk: stopped: port 8787 is in use"_s << int(Ui::TrayState::Kind::Error);
    QTest::newRow("starting") << Control::GatewayStatus{Control::GatewayStatus::State::Starting, {}, {}, {}, {}}
                              << u"Moltdesk: starting"_s << int(Ui::TrayState::Kind::Starting);
}

void TestTrayMenu::toolTip()
{
    QFETCH(Control::GatewayStatus, status);
    QFETCH(QString, expected);
    QFETCH(int, kind);
    Fake gateway;
    gateway.reply(u"usage.status"_s, QJsonObject{{u"today"_s, QJsonObject{{u"costUsd"_s, 0.42}}}});
    Ui::TrayMenu tray;
    tray.setStatus(status);
    tray.setGateway(&gateway);
    QTRY_COMPARE(tray.toolTip(), expected);
    QCOMPARE(int(tray.state().kind()), kind);

    if (status.state == Control::GatewayStatus::State::Running) {
        gateway.emitEvent(u"agent.paused"_s, QJsonObject{{u"paused"_s, true}});
        QCOMPARE(tray.toolTip().section(u'\n', 0, 0), u"Moltdesk: the bot is paused"_s);
        QCOMPARE(tray.state().kind(), Ui::TrayState::Kind::Paused);
    }
}

void TestTrayMenu::mainWindowShowsPaused()
{
    Ui::MainWindow window(nullptr, true);
    window.resize(1040, 680);
    window.show();
    auto *pausedBadge = window.findChild<QLabel *>(u"statusBarPaused"_s);
    auto *resume = window.overviewPage()->findChild<QPushButton *>(u"resumeButton"_s);
    QVERIFY(pausedBadge && resume);
    window.setStatus(running(false));
    QVERIFY(!pausedBadge->isVisible());
    QVERIFY(!resume->isVisible());

    window.setStatus(running(true)); // the health document says paused
    QVERIFY(pausedBadge->isVisible());
    QVERIFY(resume->isVisible());
    QVERIFY(window.overviewPage()->findChild<QLabel *>(u"pausedLabel"_s)->text().contains(u"answered in order"_s));
    QVERIFY(window.grab().save(u"/tmp/moltdesk-overview-paused.png"_s));

    QSignalSpy resumeRequested(window.overviewPage(), &Ui::OverviewPage::resumeRequested);
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(resumeRequested.count(), 1);
    QVERIFY(resume->isVisible()); // asking changes nothing until the gateway says so

    window.setPaused(false, {}); // the agent.paused event, through TrayMenu::pausedChanged
    QVERIFY(!pausedBadge->isVisible());
    QVERIFY(!resume->isVisible());
}

QTEST_MAIN(TestTrayMenu)
void TestTrayMenu::followsLanguageSwitch()
{
    // The Settings page swaps translators at run time; the tray menu has no page to rebuild, so
    // it must relabel itself. The German catalogue is compiled from the sources, as the app does.
    QTemporaryDir qmDir;
    QVERIFY(qmDir.isValid());
    QVERIFY(TestSupport::compileCatalogue(u"de"_s, qmDir.filePath(u"moltdesk_de.qm"_s)));

    Ui::TrayMenu tray;
    QSignalSpy appearance(&tray, &Ui::TrayMenu::appearanceChanged);
    QTranslator german;
    QVERIFY(german.load(qmDir.filePath(u"moltdesk_de.qm"_s)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QTRY_COMPARE(tray.openAction()->text(), u"Moltdesk öffnen"_s);
    QVERIFY(tray.quitAction()->text() != u"Quit"_s);
    QVERIFY(tray.pauseAction()->text() != u"Pause the bot"_s);
    QVERIFY(tray.recentMenu()->title() != u"Recent conversations"_s);
    QVERIFY(appearance.count() >= 1);

    QVERIFY(QCoreApplication::removeTranslator(&german));
    QTRY_COMPARE(tray.openAction()->text(), u"Open Moltdesk"_s);
    QCOMPARE(texts(tray.menu()), (QStringList{u"Open Moltdesk"_s, u"-"_s, u"Pause the bot"_s,
                                              u"Recent conversations"_s, u"-"_s, u"Quit"_s}));
}

#include "tst_traymenu.moc"
