// Ui::Notifier against a scripted GatewayClient: a pairing request, a budget cap and a failing
// channel each become one desktop notification with the reason in words; a channel that stays
// failing across ticks is announced once per transition, not on every tick.
#include "channels/notifier.h"
#include "support/uichannelsfakegateway.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {

struct Shown
{
    QString title;
    QString text;
};

QJsonObject health(const QString &state, const QString &detail)
{
    return QJsonObject{{u"status"_s, u"ok"_s},
                       {u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"enabled"_s, true},
                                                                               {u"state"_s, state},
                                                                               {u"detail"_s, detail}}}}}};
}

} // namespace

void settle()
{
    // Zero-delay timers fire on the next pass of the event loop.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

class TestNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairingRequest();
    void budgetReached();
    void channelFailingOncePerTransition();
    void noNotificationForAChangeJustMade();
    void pollingFeedsTheSameLogic();
};

void TestNotifier::pairingRequest()
{
    Ui::UiChannelsFakeGateway gateway;
    QList<Shown> shown;
    Ui::Notifier notifier(&gateway, [&shown](const QString &t, const QString &x) { shown.append({t, x}); });
    Q_EMIT gateway.event(u"pairing.requested"_s,
                         QJsonObject{{u"pairing"_s, QJsonObject{{u"channel"_s, u"telegram"_s},
                                                                {u"code"_s, u"K7MQ2ZXA"_s},
                                                                {u"senderId"_s, u"4242"_s},
                                                                {u"senderName"_s, u"Alice Liddell"_s}}}});
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().title, u"New pairing request"_s);
    QCOMPARE(shown.first().text, u"“Alice Liddell” wants to talk to your bot on Telegram — code K7MQ2ZXA, approve it in Channels."_s);
    // Other events are not notifications.
    Q_EMIT gateway.event(u"chat"_s, QJsonObject{{u"state"_s, u"delta"_s}});
    Q_EMIT gateway.event(u"pairing.resolved"_s, QJsonObject{});
    QCOMPARE(shown.size(), 1);
}

void TestNotifier::budgetReached()
{
    Ui::UiChannelsFakeGateway gateway;
    QList<Shown> shown;
    Ui::Notifier notifier(&gateway, [&shown](const QString &t, const QString &x) { shown.append({t, x}); });
    Q_EMIT gateway.event(u"usage.budget"_s, QJsonObject{{u"reason"_s, u"daily budget of $5.00 reached"_s}});
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().title, u"Budget reached"_s);
    QCOMPARE(shown.first().text, u"daily budget of $5.00 reached"_s);
}

void TestNotifier::channelFailingOncePerTransition()
{
    Ui::UiChannelsFakeGateway gateway;
    QList<Shown> shown;
    Ui::Notifier notifier(&gateway, [&shown](const QString &t, const QString &x) { shown.append({t, x}); });
    notifier.setTiming(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    Q_EMIT gateway.event(u"health"_s, health(u"running"_s, QString()));
    settle();
    QCOMPARE(shown.size(), 0);
    const QString why = u"another program is polling with this token"_s;
    Q_EMIT gateway.event(u"health"_s, health(u"error"_s, why));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().title, u"Telegram stopped working"_s);
    QCOMPARE(shown.first().text, why);
    // Still failing on the next ticks, even with another state name: no repeat.
    Q_EMIT gateway.event(u"health"_s, health(u"error"_s, why));
    Q_EMIT gateway.event(u"health"_s, health(u"conflict"_s, why));
    settle();
    QCOMPARE(shown.size(), 1);
    // Retrying is not a failure; recovering and failing again is a new transition.
    Q_EMIT gateway.event(u"health"_s, health(u"retrying"_s, u"Telegram answered 502"_s));
    settle();
    QCOMPARE(shown.size(), 1);
    Q_EMIT gateway.event(u"health"_s, health(u"unauthorized"_s, u"the bot token was refused"_s));
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(shown.last().text, u"the bot token was refused"_s);
}

// The gateway reports a channel's new state before the change event that caused it: a failure the
// user just caused in the panel (a new token, a switched channel) is not a notification.
void TestNotifier::noNotificationForAChangeJustMade()
{
    Ui::UiChannelsFakeGateway gateway;
    QList<Shown> shown;
    Ui::Notifier notifier(&gateway, [&shown](const QString &t, const QString &x) { shown.append({t, x}); });
    notifier.setTiming(std::chrono::milliseconds(100), std::chrono::hours(1));
    Q_EMIT gateway.event(u"health"_s, health(u"error"_s, u"TELEGRAM_BOT_TOKEN is not set"_s));
    Q_EMIT gateway.event(u"config.changed"_s, QJsonObject{{u"applied"_s, QJsonArray{u"channels.telegram.enabled"_s}}});
    // A failure that recovers within the settle time is not announced either.
    Q_EMIT gateway.event(u"health"_s, health(u"running"_s, QString()));
    Q_EMIT gateway.event(u"health"_s, health(u"error"_s, u"flapping"_s));
    Q_EMIT gateway.event(u"health"_s, health(u"running"_s, QString()));
    QTest::qWait(300); // past the settle time: nothing may come
    QCOMPARE(shown.size(), 0);

    // Without a change made in the panel, a failure that holds is announced.
    Ui::Notifier later(&gateway, [&shown](const QString &t, const QString &x) { shown.append({t, x}); });
    later.setTiming(std::chrono::milliseconds(100), std::chrono::milliseconds(0));
    Q_EMIT gateway.event(u"secrets.changed"_s, QJsonObject{{u"name"_s, u"TELEGRAM_BOT_TOKEN"_s}});
    Q_EMIT gateway.event(u"health"_s, health(u"error"_s, u"the bot token was refused"_s));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().text, u"the bot token was refused"_s);
}

void TestNotifier::pollingFeedsTheSameLogic()
{
    Ui::UiChannelsFakeGateway gateway;
    QList<Shown> shown;
    Ui::Notifier notifier(&gateway, [&shown](const QString &t, const QString &x) { shown.append({t, x}); });
    notifier.setTiming(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    gateway.answer(u"channels.status"_s,
                   QJsonObject{{u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"state"_s, u"error"_s},
                                                                                      {u"detail"_s, QString()},
                                                                                      {u"lastError"_s, u"401 Unauthorized"_s}}}}}});
    notifier.watchChannels(std::chrono::milliseconds(20));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().text, u"401 Unauthorized"_s); // no detail: the last error in its place
    QTRY_VERIFY(gateway.callCount(u"channels.status"_s) >= 3);
    QCOMPARE(shown.size(), 1);
    notifier.watchChannels(std::chrono::milliseconds(0));
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
