// The pairing.* methods and events over a real WebSocket connection (docs/channels/README.md):
// list, approve, reject, the requested/resolved events and INVALID_REQUEST for bad params and
// unknown codes. The pairing rules themselves: tests/channels/tst_pairing.cpp.
#include "channels/accesspolicy.h"
#include "channels/channelregistry.h"
#include "channels/pairingstore.h"
#include "control/channels.h"
#include "control/pairing.h"
#include "support/channelsfakechannel.h"
#include "support/queuetestenv.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Channels::AccessDecision;
using Channels::PairingStore;
using TestSupport::ChannelsFakeChannel;

class TestPairingMethods : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_env = std::make_unique<TestSupport::QueueTestEnv>();
        QVERIFY2(m_env->ok(), qPrintable(m_env->openError()));
        m_store = std::make_unique<PairingStore>(m_env->database(), m_env->clock());
        QVERIFY(m_store->open().ok());
        Config::SecuritySettings security; // dmPolicy defaults to pairing
        m_policy = std::make_unique<Channels::AccessPolicy>(security, m_store.get(), m_env->clock());
    }

    void cleanup()
    {
        m_policy.reset();
        m_store.reset();
        m_env.reset();
    }

    void overWebSocket()
    {
        Ws::WsServerConfig config;
        config.tickInterval = 60s;
        TestSupport::WsTestHarness harness(config);
        Channels::ChannelRegistry registry;
        Control::registerChannelMethods(harness.registry, registry);
        Control::registerPairingMethods(harness.registry, *m_store);
        QVERIFY(harness.listen());
        Control::forwardPairingEvents(*m_store, *harness.server);
        TestSupport::WsTestClient client;
        const auto hello = client.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
        const QJsonObject features = hello->value(u"payload"_s).toObject().value(u"features"_s).toObject();
        for (const QString &name : {u"pairing.list"_s, u"pairing.approve"_s, u"pairing.reject"_s, u"channels.status"_s})
            QVERIFY2(features.value(u"methods"_s).toArray().contains(name), qPrintable(name));
        QVERIFY(features.value(u"events"_s).toArray().contains(u"pairing.requested"_s));

        const QString code = m_policy->decide(dm(u"42"_s, u"1"_s)).pairing.code;
        const auto event = client.waitForEvent(u"pairing.requested"_s);
        QVERIFY(event);
        const QJsonObject pairing = event->value(u"payload"_s).toObject().value(u"pairing"_s).toObject();
        QCOMPARE(pairing.value(u"code"_s).toString(), code);
        QCOMPARE(pairing.value(u"senderId"_s).toString(), u"42"_s);
        m_policy->decide(dm(u"43"_s, u"1"_s));

        const auto list = client.waitForResponse(client.sendRequest(u"pairing.list"_s, {{u"channel"_s, u"telegram"_s}}));
        QVERIFY(list && list->value(u"ok"_s).toBool());
        QCOMPARE(list->value(u"payload"_s).toObject().value(u"pending"_s).toArray().size(), 2);

        const auto approved = client.waitForResponse(
            client.sendRequest(u"pairing.approve"_s, {{u"channel"_s, u"telegram"_s}, {u"code"_s, code}}));
        QVERIFY(approved && approved->value(u"ok"_s).toBool());
        QCOMPARE(approved->value(u"payload"_s).toObject().value(u"sender"_s).toObject().value(u"status"_s).toString(),
                 u"approved"_s);
        QVERIFY(client.waitForEvent(u"pairing.resolved"_s));
        QCOMPARE(m_policy->decide(dm(u"42"_s, u"2"_s)).outcome, AccessDecision::Outcome::Admit);

        QCOMPARE(m_store->pending().value().size(), 1);
        const QString code43 = m_store->pending().value().first().code;
        const auto rejected = client.waitForResponse(
            client.sendRequest(u"pairing.reject"_s, {{u"channel"_s, u"telegram"_s}, {u"code"_s, code43}}));
        QVERIFY(rejected && rejected->value(u"ok"_s).toBool());
        QCOMPARE(m_policy->decide(dm(u"43"_s, u"2"_s)).outcome, AccessDecision::Outcome::Deny);

        const auto afterList = client.waitForResponse(client.sendRequest(u"pairing.list"_s));
        const QJsonObject payload = afterList->value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"pending"_s).toArray().size(), 0);
        QCOMPARE(payload.value(u"senders"_s).toArray().size(), 2);

        // Bad params and unknown codes are INVALID_REQUEST with a clear message.
        const auto missing = client.waitForResponse(client.sendRequest(u"pairing.approve"_s, {{u"channel"_s, u"telegram"_s}}));
        QCOMPARE(missing->value(u"ok"_s).toBool(), false);
        QCOMPARE(missing->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        const auto unknown = client.waitForResponse(
            client.sendRequest(u"pairing.reject"_s, {{u"channel"_s, u"telegram"_s}, {u"code"_s, u"NOPE2345"_s}}));
        QCOMPARE(unknown->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        QVERIFY(unknown->value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"NOPE2345"_s));
    }

    void groupsAndDroppedRequestsOverWebSocket()
    {
        Ws::WsServerConfig config;
        config.tickInterval = 60s;
        TestSupport::WsTestHarness harness(config);
        Control::registerPairingMethods(harness.registry, *m_store);
        QVERIFY(harness.listen());
        Control::forwardPairingEvents(*m_store, *harness.server);
        TestSupport::WsTestClient client;
        const auto hello = client.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
        QVERIFY(hello->value(u"payload"_s).toObject().value(u"features"_s).toObject().value(u"events"_s).toArray().contains(
            u"pairing.dropped"_s));

        // A group's request: kind "group", the chat id, the (cleaned) title.
        const QString groupCode = m_policy->decide(ChannelsFakeChannel::group(u"-900"_s, u"1"_s, u"1"_s, true)).pairing.code;
        const auto requested = client.waitForEvent(u"pairing.requested"_s);
        QVERIFY(requested);
        const QJsonObject pairing = requested->value(u"payload"_s).toObject().value(u"pairing"_s).toObject();
        QCOMPARE(pairing.value(u"kind"_s).toString(), u"group"_s);
        QCOMPARE(pairing.value(u"senderId"_s).toString(), u"-900"_s);
        const auto approved = client.waitForResponse(
            client.sendRequest(u"pairing.approve"_s, {{u"channel"_s, u"telegram"_s}, {u"code"_s, groupCode}}));
        QVERIFY(approved && approved->value(u"ok"_s).toBool());
        QCOMPARE(approved->value(u"payload"_s).toObject().value(u"sender"_s).toObject().value(u"kind"_s).toString(),
                 u"group"_s);

        // Forgetting needs the kind: without it the id names a sender, and nothing is forgotten.
        const auto asSender = client.waitForResponse(
            client.sendRequest(u"pairing.forget"_s, {{u"channel"_s, u"telegram"_s}, {u"senderId"_s, u"-900"_s}}));
        QCOMPARE(asSender->value(u"payload"_s).toObject().value(u"forgotten"_s).toBool(), false);
        const auto badKind = client.waitForResponse(client.sendRequest(
            u"pairing.forget"_s, {{u"channel"_s, u"telegram"_s}, {u"senderId"_s, u"-900"_s}, {u"kind"_s, u"channel"_s}}));
        QCOMPARE(badKind->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        QVERIFY(badKind->value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"kind"_s));
        const auto asGroup = client.waitForResponse(client.sendRequest(
            u"pairing.forget"_s, {{u"channel"_s, u"telegram"_s}, {u"senderId"_s, u"-900"_s}, {u"kind"_s, u"group"_s}}));
        QCOMPARE(asGroup->value(u"payload"_s).toObject().value(u"forgotten"_s).toBool(), true);
        QCOMPARE(m_store->groupState(u"telegram"_s, u"-900"_s), PairingStore::SenderState::Unknown);

        // A fourth sender pushes out the oldest: the panel hears pairing.dropped with its code.
        QString first;
        for (int i = 1; i <= 4; ++i) {
            const QString code = m_policy->decide(dm(u"s%1"_s.arg(i), u"1"_s)).pairing.code;
            if (i == 1)
                first = code;
            m_env->advance(1s);
        }
        const auto dropped = client.waitForEvent(u"pairing.dropped"_s);
        QVERIFY(dropped);
        QCOMPARE(dropped->value(u"payload"_s).toObject().value(u"pairing"_s).toObject().value(u"code"_s).toString(), first);
    }

private:
    static Channels::InboundMessage dm(const QString &sender, const QString &messageId)
    {
        return ChannelsFakeChannel::dm(sender, messageId);
    }

    std::unique_ptr<TestSupport::QueueTestEnv> m_env;
    std::unique_ptr<PairingStore> m_store;
    std::unique_ptr<Channels::AccessPolicy> m_policy;
};

QTEST_GUILESS_MAIN(TestPairingMethods)
#include "tst_pairingmethods.moc"
