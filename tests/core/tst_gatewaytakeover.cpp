// Taking over a conversation on a real Core::Gateway (fake Telegram Bot API, fake Anthropic):
// a taken-over session's messages are stored and announced but not answered by the agent; the
// operator answers with chat.inject through the channel; refusals store nothing; the take-over
// persists over a restart. docs/sessions.md "Taking over a conversation".
#include "support/controlgatewayenv.h"
#include "support/fakeanthropicprovider.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::ControlGatewayEnv;

namespace {

QJsonObject sessionItem(ControlGatewayEnv &env, const QString &key)
{
    const QJsonArray sessions = env.ok(u"sessions.list"_s).value(u"sessions"_s).toArray();
    for (const QJsonValue &item : sessions) {
        if (item.toObject().value(u"key"_s).toString() == key)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestGatewayTakeover : public QObject
{
    Q_OBJECT

private slots:
    void badParamsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty (the panel's probe)") << QJsonObject() << u"sessionKey"_s;
        QTest::newRow("empty key") << QJsonObject{{u"sessionKey"_s, u""_s}, {u"on"_s, true}} << u"sessionKey"_s;
        QTest::newRow("no on") << QJsonObject{{u"sessionKey"_s, u"telegram:dm:1"_s}} << u"on"_s;
        QTest::newRow("on not bool") << QJsonObject{{u"sessionKey"_s, u"telegram:dm:1"_s}, {u"on"_s, u"yes"_s}}
                                     << u"on"_s;
        QTest::newRow("bad key") << QJsonObject{{u"sessionKey"_s, u"nonsense"_s}, {u"on"_s, true}} << u"sessionKey"_s;
        QTest::newRow("webchat") << QJsonObject{{u"sessionKey"_s, u"webchat:panel"_s}, {u"on"_s, true}}
                                 << u"webchat session"_s;
        QTest::newRow("cron") << QJsonObject{{u"sessionKey"_s, u"cron:daily"_s}, {u"on"_s, true}} << u"cron session"_s;
        QTest::newRow("api") << QJsonObject{{u"sessionKey"_s, u"api:someone"_s}, {u"on"_s, true}} << u"api session"_s;
    }

    void badParamsAreRefused()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, mentions);
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        const auto answer = env.call(u"sessions.takeover"_s, params);
        QVERIFY(answer->done);
        QVERIFY(answer->error);
        QCOMPARE(answer->error->code(), Ws::RpcError::kInvalidRequest);
        QVERIFY2(answer->error->message().contains(mentions), qPrintable(answer->error->message()));
        QVERIFY(env.events(u"sessions.takeover"_s).isEmpty());
    }

    void takenOverMessageIsStoredNotAnsweredAndOperatorReplies()
    {
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        const QString key = env.dmKey();

        // chat.inject needs the take-over first.
        auto refused = env.call(u"chat.inject"_s, {{u"sessionKey"_s, key}, {u"text"_s, u"hello"_s}});
        QVERIFY(refused->done && refused->error);
        QCOMPARE(refused->error->code(), Ws::RpcError::kInvalidRequest);
        QVERIFY(refused->error->message().contains(u"take the conversation over first"_s));

        const QJsonObject on = env.ok(u"sessions.takeover"_s, {{u"sessionKey"_s, key}, {u"on"_s, true}});
        QCOMPARE(on, QJsonObject({{u"sessionKey"_s, key}, {u"takenOver"_s, true}}));
        QCOMPARE(env.events(u"sessions.takeover"_s).size(), 1);
        QCOMPARE(env.events(u"sessions.takeover"_s).constFirst().payload,
                 QJsonObject({{u"sessionKey"_s, key}, {u"takenOver"_s, true}}));
        env.ok(u"sessions.takeover"_s, {{u"sessionKey"_s, key}, {u"on"_s, true}});
        QCOMPARE(env.events(u"sessions.takeover"_s).size(), 1); // no change, no event

        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"is a human there?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(env.inboundDepth().value(u"done"_s).toInt(), 1, 10000);
        QCOMPARE(env.inboundDepth().value(u"dead"_s).toInt(), 0);
        const auto chats = env.events(u"chat"_s);
        QCOMPARE(chats.size(), 1);
        const QJsonObject announced = chats.constFirst().payload;
        QCOMPARE(announced.value(u"sessionKey"_s).toString(), key);
        QCOMPARE(announced.value(u"state"_s).toString(), u"message"_s);
        QCOMPARE(announced.value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(announced.value(u"text"_s).toString(), u"is a human there?"_s);
        QVERIFY(announced.value(u"ts"_s).toDouble() > 0);
        QCOMPARE(env.anthropic.requests().size(), 0);
        QCOMPARE(env.telegram.sentMessages(ControlGatewayEnv::BotToken).size(), 0);

        QJsonObject history = env.ok(u"chat.history"_s, {{u"sessionKey"_s, key}});
        QCOMPARE(history.value(u"takenOver"_s), QJsonValue(true));
        QJsonArray messages = history.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(sessionItem(env, key).value(u"takenOver"_s), QJsonValue(true));

        // Empty text is refused before anything is sent.
        auto empty = env.call(u"chat.inject"_s, {{u"sessionKey"_s, key}, {u"text"_s, u"  "_s}});
        QVERIFY(empty->done && empty->error);
        QCOMPARE(empty->error->code(), Ws::RpcError::kInvalidRequest);
        QVERIFY(empty->error->message().contains(u"text"_s));

        // The operator answers.
        env.clearEvents();
        auto injected = env.call(u"chat.inject"_s, {{u"sessionKey"_s, key}, {u"text"_s, u"Yes, **I am** here."_s}});
        QTRY_VERIFY_WITH_TIMEOUT(injected->done, 10000);
        QVERIFY2(!injected->error, injected->error ? qPrintable(injected->error->message()) : "");
        QCOMPARE(injected->payload.value(u"delivered"_s), QJsonValue(true));
        QCOMPARE(injected->payload.value(u"sessionKey"_s).toString(), key);
        QVERIFY(injected->payload.value(u"seq"_s).toInt() > 0);
        const auto sent = env.telegram.sentMessages(ControlGatewayEnv::BotToken);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().chatId, ControlGatewayEnv::User);
        QVERIFY(sent.constFirst().text.contains(u"I am"_s));
        QVERIFY(!sent.constFirst().parseMode.isEmpty()); // rendered like the agent's replies
        QVERIFY(sent.constFirst().replyToMessageId > 0); // threaded under the unanswered message
        messages = env.ok(u"chat.history"_s, {{u"sessionKey"_s, key}}).value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject reply = messages.at(1).toObject();
        QCOMPARE(reply.value(u"role"_s).toString(), u"assistant"_s);
        QCOMPARE(reply.value(u"seq"_s).toInt(), injected->payload.value(u"seq"_s).toInt());
        QCOMPARE(reply.value(u"metadata"_s).toObject(),
                 QJsonObject({{u"injected"_s, true}, {u"by"_s, u"operator"_s}}));
        const auto finals = env.events(u"chat"_s);
        QCOMPARE(finals.size(), 1);
        QCOMPARE(finals.constFirst().payload.value(u"state"_s).toString(), u"final"_s);
        QCOMPARE(finals.constFirst().payload.value(u"injected"_s), QJsonValue(true));
        QCOMPARE(finals.constFirst().payload.value(u"sessionKey"_s).toString(), key);
        QCOMPARE(finals.constFirst().payload.value(u"message"_s).toObject().value(u"role"_s).toString(),
                 u"assistant"_s);
        QCOMPARE(env.anthropic.requests().size(), 0);
    }

    void refusedInjectStoresNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        QTest::newRow("blocked (403)") << 403 << u"Forbidden: bot was blocked by the user"_s;
        QTest::newRow("bad request (400)") << 400 << u"Bad Request: chat not found"_s;
    }

    void refusedInjectStoresNothing()
    {
        QFETCH(int, status);
        QFETCH(QString, description);
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        const QString key = env.dmKey();
        env.ok(u"sessions.takeover"_s, {{u"sessionKey"_s, key}, {u"on"_s, true}});
        env.clearEvents();
        env.telegram.failNext(ControlGatewayEnv::BotToken, u"sendMessage"_s, status, description);
        auto injected = env.call(u"chat.inject"_s, {{u"sessionKey"_s, key}, {u"text"_s, u"hello?"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(injected->done, 10000);
        QVERIFY(injected->error);
        QCOMPARE(injected->error->code(), Ws::RpcError::kUnavailable);
        QVERIFY2(injected->error->message().contains(u"did not accept"_s), qPrintable(injected->error->message()));
        QCOMPARE(env.ok(u"chat.history"_s, {{u"sessionKey"_s, key}}).value(u"messages"_s).toArray().size(), 0);
        QVERIFY(env.events(u"chat"_s).isEmpty());
    }

    void takeoverPersistsOverRestartAndCanBeReleased()
    {
        ControlGatewayEnv env;
        QVERIFY2(env.start(), qPrintable(env.error()));
        const QString key = env.dmKey();
        env.ok(u"sessions.takeover"_s, {{u"sessionKey"_s, key}, {u"on"_s, true}});
        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"before restart"_s);
        QTRY_COMPARE_WITH_TIMEOUT(env.inboundDepth().value(u"done"_s).toInt(), 1, 10000);

        QVERIFY2(env.restart(), qPrintable(env.error()));
        QCOMPARE(env.ok(u"chat.history"_s, {{u"sessionKey"_s, key}}).value(u"takenOver"_s), QJsonValue(true));
        QCOMPARE(sessionItem(env, key).value(u"takenOver"_s), QJsonValue(true));
        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"after restart"_s);
        QTRY_COMPARE_WITH_TIMEOUT(env.inboundDepth().value(u"done"_s).toInt(), 2, 10000);
        QCOMPARE(env.anthropic.requests().size(), 0);

        // Released: the key is gone from the listing, the backlog is not answered, new messages are.
        const QJsonObject off = env.ok(u"sessions.takeover"_s, {{u"sessionKey"_s, key}, {u"on"_s, false}});
        QCOMPARE(off.value(u"takenOver"_s), QJsonValue(false));
        QCOMPARE(env.events(u"sessions.takeover"_s).constLast().payload.value(u"takenOver"_s), QJsonValue(false));
        QVERIFY(!sessionItem(env, key).isEmpty());
        QVERIFY(!sessionItem(env, key).contains(u"takenOver"_s));
        QCOMPARE(env.ok(u"chat.history"_s, {{u"sessionKey"_s, key}}).value(u"takenOver"_s), QJsonValue(false));
        env.anthropic.enqueue(TestSupport::FakeAnthropicProvider::stream(
            {TestSupport::FakeAnthropicProvider::textBlock(u"the bot again"_s)}));
        env.telegram.pushText(ControlGatewayEnv::BotToken, ControlGatewayEnv::User, ControlGatewayEnv::User,
                              u"bot?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(env.telegram.sentMessages(ControlGatewayEnv::BotToken).size(), 1, 10000);
        QCOMPARE(env.telegram.sentMessages(ControlGatewayEnv::BotToken).constFirst().text, u"the bot again"_s);
        QCOMPARE(env.anthropic.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGatewayTakeover)
#include "tst_gatewaytakeover.moc"
