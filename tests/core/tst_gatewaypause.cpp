// Pausing the bot on a real Core::Gateway (fake Telegram Bot API, fake Anthropic): channel
// messages are accepted and wait in the durable queue, unanswered, until agent.resume answers
// them in order; the panel's own chat keeps working; scheduled cron runs are recorded skipped;
// the pause survives a restart. docs/agent.md "Pausing the bot".
#include "support/controlgatewayenv.h"
#include "support/fakeanthropicprovider.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::ControlGatewayEnv;
using TestSupport::FakeAnthropicProvider;

class TestGatewayPause : public QObject
{
    Q_OBJECT

private slots:
    void pausedMessagesWaitAndResumeAnswersThemInOrder()
    {
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        QCOMPARE(env.gateway->health().value(u"agent"_s).toObject().value(u"paused"_s), QJsonValue(false));

        const QJsonObject paused = env.ok(u"agent.pause"_s);
        QCOMPARE(paused.value(u"paused"_s), QJsonValue(true));
        const QString since = paused.value(u"since"_s).toString();
        QVERIFY(QDateTime::fromString(since, Qt::ISODateWithMs).isValid());
        QVERIFY(since.endsWith(u'Z'));
        // Idempotent: the first `since` stays.
        QCOMPARE(env.ok(u"agent.pause"_s).value(u"since"_s).toString(), since);
        QCOMPARE(env.events(u"agent.paused"_s).size(), 1);
        QCOMPARE(env.events(u"agent.paused"_s).constFirst().payload.value(u"since"_s).toString(), since);
        const QJsonObject agent = env.gateway->health().value(u"agent"_s).toObject();
        QCOMPARE(agent.value(u"paused"_s), QJsonValue(true));
        QCOMPARE(agent.value(u"since"_s).toString(), since);
        QCOMPARE(env.ok(u"status"_s).value(u"agent"_s).toObject().value(u"paused"_s), QJsonValue(true));
        // The change reaches clients as a `health` event too.
        QTRY_VERIFY(!env.events(u"health"_s).isEmpty()
                    && env.events(u"health"_s).constLast().payload.value(u"agent"_s).toObject().value(u"paused"_s)
                           == QJsonValue(true));

        // Two DMs arrive: both accepted (acknowledged, queued durably), neither answered.
        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"first"_s);
        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"second"_s);
        QTRY_COMPARE_WITH_TIMEOUT(env.inboundDepth().value(u"pending"_s).toInt(), 2, 10000);
        QTest::qWait(300); // a claim would happen within one event-loop turn
        QCOMPARE(env.inboundDepth().value(u"pending"_s).toInt(), 2);
        QCOMPARE(env.inboundDepth().value(u"running"_s).toInt(), 0);
        QCOMPARE(env.anthropic.requests().size(), 0);
        QCOMPARE(env.telegram.sentMessages(ControlGatewayEnv::BotToken).size(), 0);

        // The panel's chat is the operator's explicit request: answered while paused.
        env.anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"panel answer"_s)}));
        const QJsonObject sent = env.ok(u"chat.send"_s, {{u"sessionKey"_s, u"webchat:panel"_s},
                                                         {u"message"_s, u"hello from the panel"_s},
                                                         {u"idempotencyKey"_s, u"k1"_s}});
        QCOMPARE(sent.value(u"status"_s).toString(), u"started"_s);
        auto panelFinal = [&env] {
            for (const auto &event : env.events(u"chat"_s)) {
                if (event.payload.value(u"sessionKey"_s) == u"webchat:panel"_s
                    && event.payload.value(u"state"_s) == u"final"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(panelFinal(), 10000);
        QCOMPARE(env.anthropic.requests().size(), 1);
        QCOMPARE(env.inboundDepth().value(u"pending"_s).toInt(), 2);

        // Resume: the waiting messages are answered, one reply each, in order.
        env.anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"reply one"_s)}));
        env.anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"reply two"_s)}));
        const QJsonObject resumed = env.ok(u"agent.resume"_s);
        QCOMPARE(resumed.value(u"paused"_s), QJsonValue(false));
        QCOMPARE(resumed.value(u"queued"_s).toInt(), 2);
        QCOMPARE(env.events(u"agent.paused"_s).size(), 2);
        QCOMPARE(env.events(u"agent.paused"_s).constLast().payload, QJsonObject({{u"paused"_s, false}}));
        QVERIFY(!env.gateway->health().value(u"agent"_s).toObject().contains(u"since"_s));
        QTRY_COMPARE_WITH_TIMEOUT(env.telegram.sentMessages(ControlGatewayEnv::BotToken).size(), 2, 10000);
        const auto replies = env.telegram.sentMessages(ControlGatewayEnv::BotToken);
        QCOMPARE(replies.at(0).text, u"reply one"_s);
        QCOMPARE(replies.at(1).text, u"reply two"_s);
        QTRY_COMPARE(env.inboundDepth().value(u"done"_s).toInt(), 2);
        QCOMPARE(env.inboundDepth().value(u"dead"_s).toInt(), 0);
        QCOMPARE(env.anthropic.requests().size(), 3);
        // The model saw "first" before "second": the second request's history holds both.
        const QByteArray lastRequest = env.anthropic.requests().constLast().body;
        QVERIFY(lastRequest.indexOf("first") >= 0 && lastRequest.indexOf("first") < lastRequest.indexOf("second"));
        // Resuming a running bot is a no-op.
        QCOMPARE(env.ok(u"agent.resume"_s).value(u"paused"_s), QJsonValue(false));
        QCOMPARE(env.events(u"agent.paused"_s).size(), 2);
    }

    void pauseSurvivesRestartAndQueuedMessageIsAnsweredAfterResume()
    {
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        const QString since = env.ok(u"agent.pause"_s).value(u"since"_s).toString();
        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"while paused"_s);
        QTRY_COMPARE_WITH_TIMEOUT(env.inboundDepth().value(u"pending"_s).toInt(), 1, 10000);

        QVERIFY2(env.restart(), qPrintable(env.error()));
        const QJsonObject agent = env.gateway->health().value(u"agent"_s).toObject();
        QCOMPARE(agent.value(u"paused"_s), QJsonValue(true));
        QCOMPARE(agent.value(u"since"_s).toString(), since);
        QTest::qWait(300);
        QCOMPARE(env.inboundDepth().value(u"pending"_s).toInt(), 1);
        QCOMPARE(env.anthropic.requests().size(), 0);

        env.anthropic.enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"late answer"_s)}));
        QCOMPARE(env.ok(u"agent.resume"_s).value(u"queued"_s).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(env.telegram.sentMessages(ControlGatewayEnv::BotToken).size(), 1, 10000);
        QCOMPARE(env.telegram.sentMessages(ControlGatewayEnv::BotToken).constFirst().text, u"late answer"_s);

        // Resumed is persisted too.
        QVERIFY2(env.restart(), qPrintable(env.error()));
        QCOMPARE(env.gateway->health().value(u"agent"_s).toObject().value(u"paused"_s), QJsonValue(false));
    }

    void cronDueWhilePausedIsRecordedSkipped()
    {
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        env.ok(u"agent.pause"_s);
        QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
        at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
        const QJsonObject added = env.ok(u"cron.add"_s, {{u"id"_s, u"paused-job"_s},
                                                         {u"at"_s, at.toString(Qt::ISODate)},
                                                         {u"prompt"_s, u"say hi"_s}});
        QCOMPARE(added.value(u"job"_s).toObject().value(u"id"_s).toString(), u"paused-job"_s);
        auto runs = [&env] {
            return env.ok(u"cron.runs"_s, {{u"id"_s, u"paused-job"_s}}).value(u"runs"_s).toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, 8000);
        const QJsonObject run = runs().first().toObject();
        QCOMPARE(run.value(u"outcome"_s).toString(), u"skipped"_s);
        QCOMPARE(run.value(u"detail"_s).toString(), u"the bot was paused"_s);
        QCOMPARE(env.anthropic.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGatewayPause)
#include "tst_gatewaypause.moc"
