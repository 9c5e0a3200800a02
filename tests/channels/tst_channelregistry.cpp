// Channel status bookkeeping and its views: /healthz JSON and the Prometheus families
// (channels.status over the WebSocket: tests/control/tst_channelmethods.cpp); plus the value types' JSON/session-key behaviour.
#include "channels/channelmetrics.h"
#include "channels/channelregistry.h"
#include "channels/pairingstore.h"
#include "metrics/registry.h"
#include "support/channelsfakechannel.h"
#include "support/queuetestenv.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Channels::ChannelMetrics;
using Channels::ChannelStatus;
using Channels::InboundMessage;
using TestSupport::ChannelsFakeChannel;

class TestChannelRegistry : public QObject
{
    Q_OBJECT

private slots:
    void statusAndHealthJson()
    {
        TestSupport::QueueTestEnv env;
        Channels::ChannelRegistry registry;
        auto *channel = new ChannelsFakeChannel(u"telegram"_s, env.clock());
        QVERIFY(registry.add(channel));
        QCOMPARE(channel->parent(), &registry);
        QVERIFY(!registry.add(new ChannelsFakeChannel(u"telegram"_s, {}, channel))); // duplicate name
        QVERIFY(!registry.add(nullptr));
        QCOMPARE(registry.names(), QStringList{u"telegram"_s});

        QSignalSpy changed(&registry, &Channels::ChannelRegistry::statusChanged);
        registry.startAll();
        QCOMPARE(channel->startCount, 1);
        QVERIFY(changed.count() >= 1);
        channel->setStateForTest(ChannelStatus::State::Error,
                                 u"409 Conflict: another program is polling this bot; stop it or switch to webhook mode"_s);
        channel->reportErrorForTest(u"getUpdates: HTTP 409"_s);

        const QJsonObject health = registry.healthJson({u"telegram"_s, u"discord"_s});
        const QJsonObject telegram = health.value(u"telegram"_s).toObject();
        QCOMPARE(telegram.value(u"enabled"_s).toBool(), true);
        QCOMPARE(telegram.value(u"state"_s).toString(), u"error"_s);
        QVERIFY(telegram.value(u"detail"_s).toString().contains(u"webhook mode"_s));
        QCOMPARE(telegram.value(u"lastError"_s).toString(), u"getUpdates: HTTP 409"_s);
        QCOMPARE(telegram.value(u"lastErrorAt"_s).toString(), env.now().toString(Qt::ISODateWithMs));
        QCOMPARE(telegram.value(u"counters"_s).toObject().value(u"errors"_s).toInt(), 1);
        QVERIFY(telegram.value(u"lastEventAt"_s).isNull());
        const QJsonObject discord = health.value(u"discord"_s).toObject();
        QCOMPARE(discord.value(u"enabled"_s).toBool(), false);
        QCOMPARE(discord.value(u"state"_s).toString(), u"disabled"_s);

        registry.stopAll();
        QCOMPARE(channel->stopCount, 1);
        QCOMPARE(channel->status().state, ChannelStatus::State::Stopped);
        delete channel; // the registry forgets a destroyed adapter
        QVERIFY(registry.names().isEmpty());
    }

    void metricsFollowStatus()
    {
        Metrics::Registry metrics;
        Channels::ChannelRegistry registry(&metrics);
        auto *channel = new ChannelsFakeChannel(u"telegram"_s);
        registry.add(channel);
        const Metrics::Labels labels{{u"channel"_s, u"telegram"_s}};
        auto state = [&](const QString &name) {
            return metrics.value(ChannelMetrics::State, {{u"channel"_s, u"telegram"_s}, {u"state"_s, name}});
        };
        QCOMPARE(state(u"stopped"_s), 1.0);
        channel->start();
        QCOMPARE(state(u"running"_s), 1.0);
        QCOMPARE(state(u"stopped"_s), 0.0);

        channel->inject(ChannelsFakeChannel::dm(u"1"_s, u"1"_s));
        channel->inject(ChannelsFakeChannel::dm(u"1"_s, u"2"_s));
        QCOMPARE(metrics.value(ChannelMetrics::Received, labels), 2.0);
        channel->send({u"1"_s, u"reply"_s, {}, {}, false});
        QCOMPARE(metrics.value(ChannelMetrics::Sent, labels), 1.0);
        channel->failNextSends(1, Channels::SendResult::failure(u"HTTP 500"_s, true));
        bool called = false;
        channel->send({u"1"_s, u"reply"_s, {}, {}, false}, [&](const Channels::SendResult &result) {
            called = true;
            QVERIFY(!result.ok);
            QVERIFY(result.retryable);
        });
        QVERIFY(called);
        QCOMPARE(metrics.value(ChannelMetrics::Errors, labels), 1.0);
        QCOMPARE(channel->status().counters.sent, 1u);

        const QByteArray text = metrics.render();
        QVERIFY(text.contains("moltdesk_channel_messages_received_total{channel=\"telegram\"} 2"));
        QVERIFY(text.contains("moltdesk_channel_state{channel=\"telegram\",state=\"running\"} 1"));
    }

    void sendIsCountedWhenAnswered()
    {
        ChannelsFakeChannel channel(u"telegram"_s);
        channel.deferSends = true;
        int calls = 0;
        channel.send({u"1"_s, u"later"_s, {}, {}, false}, [&](const Channels::SendResult &result) {
            ++calls;
            QCOMPARE(result.messageIds.size(), 1);
        });
        QCOMPARE(calls, 0);
        QCOMPARE(channel.status().counters.sent, 0u);
        QCOMPARE(channel.completePendingSends(), 1);
        QCOMPARE(calls, 1);
        QCOMPARE(channel.status().counters.sent, 1u);
    }

    void inboundMessageJsonRoundTrip()
    {
        InboundMessage message = ChannelsFakeChannel::group(u"-1001"_s, u"42"_s, u"77"_s, true, u"look"_s);
        message.senderUsername = u"alice"_s;
        message.replyToMessageId = u"76"_s;
        message.replyToBot = true;
        message.receivedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0, 0, 5), Qt::UTC);
        Channels::Attachment photo;
        photo.kind = Channels::Attachment::Kind::Image;
        photo.fileRef = u"AgACAgQ"_s;
        photo.mimeType = u"image/jpeg"_s;
        photo.sizeBytes = 12345;
        photo.objectKey = u"media/telegram/abc"_s;
        message.attachments.append(photo);
        const auto back = InboundMessage::fromJson(message.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), message);
        QCOMPARE(message.sessionKey().value().toString(), u"telegram:group:-1001"_s);
        QCOMPARE(message.ledgerKey(), u"-1001/77"_s);

        QJsonObject bad = message.toJson();
        bad.insert(u"chatKind"_s, u"channel"_s);
        QVERIFY(!InboundMessage::fromJson(bad).ok());
        QJsonObject badFile = message.toJson();
        badFile.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"kind"_s, u"sticker"_s}, {u"fileRef"_s, u"x"_s}}});
        QVERIFY(!InboundMessage::fromJson(badFile).ok());
    }

    void dmSessionKeyIsPerSender()
    {
        InboundMessage a = ChannelsFakeChannel::dm(u"1"_s, u"1"_s);
        InboundMessage b = ChannelsFakeChannel::dm(u"2"_s, u"1"_s);
        b.chatId = a.chatId; // even if a channel reported the same chat
        QCOMPARE(a.sessionKey().value().toString(), u"telegram:dm:1"_s);
        QCOMPARE(b.sessionKey().value().toString(), u"telegram:dm:2"_s);
    }
};

QTEST_GUILESS_MAIN(TestChannelRegistry)
#include "tst_channelregistry.moc"
