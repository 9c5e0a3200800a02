// channels.status over a real WebSocket connection (docs/channels/README.md): every channel,
// one channel, an unknown one and a param of the wrong type.
#include "channels/channelregistry.h"
#include "control/channels.h"
#include "support/channelsfakechannel.h"
#include "support/queuetestenv.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using TestSupport::ChannelsFakeChannel;

class TestChannelMethods : public QObject
{
    Q_OBJECT

private slots:
    void channelsStatusOverWebSocket()
    {
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        Channels::ChannelRegistry registry;
        auto *channel = new ChannelsFakeChannel(u"telegram"_s, env.clock());
        registry.add(channel);
        channel->start();
        channel->inject(ChannelsFakeChannel::dm(u"1"_s, u"1"_s));

        Ws::WsServerConfig config;
        config.tickInterval = 60s;
        TestSupport::WsTestHarness harness(config);
        Control::registerChannelMethods(harness.registry, registry, {u"telegram"_s, u"discord"_s, u"whatsapp"_s});
        QVERIFY(harness.listen());
        TestSupport::WsTestClient client;
        const auto hello = client.connectWithToken(harness.url(), QString::fromUtf8(harness.operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());

        const auto all = client.waitForResponse(client.sendRequest(u"channels.status"_s));
        QVERIFY(all && all->value(u"ok"_s).toBool());
        const QJsonObject channels = all->value(u"payload"_s).toObject().value(u"channels"_s).toObject();
        QCOMPARE(channels.keys(), (QStringList{u"discord"_s, u"telegram"_s, u"whatsapp"_s}));
        const QJsonObject telegram = channels.value(u"telegram"_s).toObject();
        QCOMPARE(telegram.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(telegram.value(u"counters"_s).toObject().value(u"received"_s).toInt(), 1);
        QCOMPARE(telegram.value(u"lastEventAt"_s).toString(), env.now().toString(Qt::ISODateWithMs));

        const auto one = client.waitForResponse(client.sendRequest(u"channels.status"_s, {{u"channel"_s, u"discord"_s}}));
        QCOMPARE(one->value(u"payload"_s).toObject().value(u"channels"_s).toObject().keys(), QStringList{u"discord"_s});
        const auto unknown = client.waitForResponse(client.sendRequest(u"channels.status"_s, {{u"channel"_s, u"irc"_s}}));
        QCOMPARE(unknown->value(u"ok"_s).toBool(), false);
        QCOMPARE(unknown->value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        const auto wrongType = client.waitForResponse(client.sendRequest(u"channels.status"_s, {{u"channel"_s, 5}}));
        QCOMPARE(wrongType->value(u"ok"_s).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestChannelMethods)
#include "tst_channelmethods.moc"
