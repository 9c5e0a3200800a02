// The Telegram channel end to end in polling mode: the fake Bot API on 127.0.0.1 -> Poller ->
// TelegramChannel -> InboundPipeline -> AgentRunner (fake Anthropic) -> SendQueue -> sendMessage.
#include "channels/inboundledger.h"
#include "channels/pairingstore.h"
#include "support/fakeanthropicprovider.h"
#include "support/telegramchannelenv.h"
#include "channels/telegram/sendqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Channels::InboundPipeline;
using TestSupport::FakeAnthropicProvider;
using TestSupport::TelegramChannelEnv;

namespace {
constexpr qint64 kUser = 777;
constexpr qint64 kGroup = -100123;

QJsonArray texts(const QString &text)
{
    return {FakeAnthropicProvider::textBlock(text)};
}

QJsonObject mentionEntity(int length)
{
    return QJsonObject{{u"type"_s, u"mention"_s}, {u"offset"_s, 0}, {u"length"_s, length}};
}
} // namespace

class TestTelegramChannel : public QObject
{
    Q_OBJECT

private slots:
    void dmIsAnsweredAsAThreadedReply()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QCOMPARE(env.channel()->bot()->id, TelegramChannelEnv::BotId);

        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Hello **Ann**!"_s)));
        const QJsonObject message = env.textMessage(kUser, kUser, u"Hi bot"_s);
        env.push(message);
        QTRY_COMPARE(env.sent().size(), 1);
        const auto reply = env.sent().constFirst();
        QCOMPARE(reply.chatId, kUser);
        QCOMPARE(reply.replyToMessageId, message.value(u"message_id"_s).toInteger());
        QCOMPARE(reply.parseMode, u"HTML"_s);
        QCOMPARE(reply.text, u"Hello <b>Ann</b>!"_s);
        // The model saw the user's words in the DM session of that sender.
        const QByteArray request = env.anthropic().requests().constLast().body;
        QVERIFY(request.contains("Hi bot"));
        // "typing..." was shown while the agent worked.
        bool typed = false;
        for (const auto &[chat, action] : env.bot().chatActions())
            typed = typed || (chat == kUser && action == u"typing"_s);
        QVERIFY(typed);
        QTRY_COMPARE(env.channel()->status().counters.sent, quint64(1));
        QCOMPARE(env.channel()->status().counters.dispatched, quint64(1));
    }

    void toolCallInBetween()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        env.anthropic().enqueue(FakeAnthropicProvider::stream(
            {FakeAnthropicProvider::toolUseBlock(u"tu_1"_s, u"echo"_s, {{u"text"_s, u"ping"_s}})}, u"tool_use"_s));
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"The tool said: echo: ping"_s)));
        env.push(env.textMessage(kUser, kUser, u"use the echo tool"_s));
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().text, u"The tool said: echo: ping"_s);
        QCOMPARE(env.anthropic().requests().size(), 2);
        QVERIFY(env.anthropic().requests().constLast().body.contains("echo: ping"));
    }

    void groupNeedsAMention()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy processed(&env.stack->pipeline(), &InboundPipeline::processed);

        env.push(env.textMessage(kGroup, kUser, u"just chatting"_s));
        QTRY_COMPARE(processed.size(), 1);
        QCOMPARE(processed.at(0).at(1).value<InboundPipeline::Outcome>(), InboundPipeline::Outcome::Ignored);

        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Yes?"_s)));
        const QString text = u"@moltdesk_test_bot are you there"_s;
        const QJsonObject mention =
            env.textMessage(kGroup, kUser, text, {{u"entities"_s, QJsonArray{mentionEntity(18)}}});
        env.push(mention);
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().chatId, kGroup);
        QCOMPARE(env.sent().constFirst().replyToMessageId, mention.value(u"message_id"_s).toInteger());
        // Only the addressed message reached the model.
        QCOMPARE(env.anthropic().requests().size(), 1);
        QVERIFY(!env.anthropic().requests().constFirst().body.contains("just chatting"));
    }

    void pairingByDefault()
    {
        Config::Settings settings = TelegramChannelEnv::defaultSettings();
        settings.security.dmPolicy = Config::SecuritySettings::DmPolicy::Pairing;
        TelegramChannelEnv env(settings);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));

        env.push(env.textMessage(kUser, kUser, u"hello?"_s));
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.anthropic().requests().size(), 0);
        const auto pending = env.stack->pairing().pending(u"telegram"_s);
        QVERIFY(pending);
        QCOMPARE(pending.value().size(), 1);
        const QString code = pending.value().constFirst().code;
        QVERIFY(env.sent().constFirst().text.contains(code));
        QCOMPARE(env.sent().constFirst().parseMode, QString()); // notices are plain text

        QVERIFY(env.stack->pairing().approve(u"telegram"_s, code));
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Welcome!"_s)));
        env.push(env.textMessage(kUser, kUser, u"hello again"_s));
        QTRY_COMPARE(env.sent().size(), 2);
        QCOMPARE(env.sent().constLast().text, u"Welcome!"_s);
        QCOMPARE(env.anthropic().requests().size(), 1);
    }

    void allowlistDropsStrangersSilently()
    {
        Config::Settings settings = TelegramChannelEnv::defaultSettings();
        settings.security.dmPolicy = Config::SecuritySettings::DmPolicy::Allowlist;
        settings.security.allowFrom.insert(u"telegram"_s, {QString::number(kUser)});
        TelegramChannelEnv env(settings);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy processed(&env.stack->pipeline(), &InboundPipeline::processed);

        env.push(env.textMessage(999, 999, u"let me in"_s));
        QTRY_COMPARE(processed.size(), 1);
        QVERIFY(processed.at(0).at(1).value<InboundPipeline::Outcome>() != InboundPipeline::Outcome::Dispatched);

        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Hi friend"_s)));
        env.push(env.textMessage(kUser, kUser, u"it's me"_s));
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().chatId, kUser);
        QCOMPARE(env.anthropic().requests().size(), 1);
    }

    void rateLimitSendsOneNoticeAndNoProviderCall()
    {
        Config::Settings settings = TelegramChannelEnv::defaultSettings();
        settings.security.requestsPerMinute = 1;
        settings.security.burstSize = 1;
        TelegramChannelEnv env(settings);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy processed(&env.stack->pipeline(), &InboundPipeline::processed);

        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"first answer"_s)));
        env.push(env.textMessage(kUser, kUser, u"one"_s));
        env.push(env.textMessage(kUser, kUser, u"two"_s));
        env.push(env.textMessage(kUser, kUser, u"three"_s));
        QTRY_COMPARE(processed.size(), 3);
        QTRY_COMPARE(env.sent().size(), 2);
        QStringList texts;
        for (const auto &sent : env.sent())
            texts << sent.text;
        QVERIFY(texts.contains(u"first answer"_s));
        QVERIFY(texts.contains(InboundPipeline::rateLimitNoticeText()));
        QCOMPARE(env.anthropic().requests().size(), 1);
    }

    void longReplyIsSplit()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QString answer;
        for (int i = 0; i < 120; ++i)
            answer += u"Paragraph %1: Grüße aus Köln 😀 — ünïcödé text that goes on and on.\n\n"_s.arg(i);
        QVERIFY(answer.size() > 2 * 4096);
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(answer), u"end_turn"_s,
                                                              FakeAnthropicProvider::usage(10, 5), 400));
        const QJsonObject message = env.textMessage(kUser, kUser, u"write a lot"_s);
        env.push(message);
        QTRY_VERIFY(env.sent().size() >= 3);
        QTRY_COMPARE(env.channel()->sendQueue().pendingTotal(), 0);
        const auto sent = env.sent();
        QString joined;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            QVERIFY(sent.at(i).text.size() <= 4096);
            QCOMPARE(sent.at(i).replyToMessageId, i == 0 ? message.value(u"message_id"_s).toInteger() : 0);
            joined += sent.at(i).text;
        }
        // In order, nothing lost, no surrogate pair cut.
        QVERIFY(joined.contains(u"Paragraph 0:"_s));
        QVERIFY(joined.contains(u"Paragraph 119:"_s));
        QVERIFY(joined.indexOf(u"Paragraph 50:"_s) < joined.indexOf(u"Paragraph 51:"_s));
        QCOMPARE(joined.count(u"😀"_s), 120);
    }

    void parseErrorFallsBackToPlainText()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        env.bot().rejectParseMode(u"HTML"_s);
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Some **bold** claim"_s)));
        env.push(env.textMessage(kUser, kUser, u"go"_s));
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().parseMode, QString());
        QCOMPARE(env.sent().constFirst().text, u"Some bold claim"_s);
    }

    void blockedChatStopsSending()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        env.bot().blockChat(kUser);
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"you won't see this"_s)));
        env.push(env.textMessage(kUser, kUser, u"hi"_s));
        QTRY_VERIFY(env.channel()->status().lastError.contains(u"blocked"_s));
        QVERIFY(env.channel()->sendQueue().isBlocked(kUser));
        QCOMPARE(env.sent().size(), 0);

        // Later messages to that chat fail at once, without another request.
        const int before = env.telegram.requestCount(u"sendMessage"_s);
        std::optional<Channels::SendResult> result;
        env.channel()->send(Channels::OutboundMessage{QString::number(kUser), u"again"_s, {}, {}, false},
                            [&result](const Channels::SendResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok);
        QVERIFY(result->recipientBlocked);
        QCOMPARE(env.telegram.requestCount(u"sendMessage"_s), before);
        QVERIFY(!result->error.contains(TelegramChannelEnv::Token)); // redacted
    }

    void restartNeitherLosesNorRepeats()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"answer A"_s)));
        env.push(env.textMessage(kUser, kUser, u"A"_s));
        QTRY_COMPARE(env.sent().size(), 1);
        // The fake records the reply before our client hears back; the inbound job is done only
        // then (a stop in between re-sends it at the next start: docs/channels/telegram.md).
        QTRY_COMPARE(env.stack->queue().depth(u"channel.inbound"_s, Queue::JobState::Done), 1);

        // Stop: a message arriving now waits at Telegram.
        env.stack->stop();
        env.stack.reset();
        env.push(env.textMessage(kUser, kUser, u"B"_s));

        // A second channel on the same data dir (database, KV offset, ledger).
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"answer B"_s)));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QTRY_COMPARE(env.sent().size(), 2);
        QCOMPARE(env.sent().constLast().text, u"answer B"_s);
        // Give a repeated A every chance to show up: one more full round trip.
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"answer C"_s)));
        env.push(env.textMessage(kUser, kUser, u"C"_s));
        QTRY_COMPARE(env.sent().size(), 3);
        QCOMPARE(env.sent().constLast().text, u"answer C"_s);
        QCOMPARE(env.anthropic().requests().size(), 3);
    }

    void scheduledRepliesAreDelivered()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QVERIFY(env.stack->deliver(u"telegram:dm:%1"_s.arg(kUser), u"Reminder: *tea*"_s));
        QVERIFY(env.stack->deliver(u"telegram:%1"_s.arg(kGroup), u"Stand-up time"_s));
        QVERIFY(!env.stack->deliver(u"discord:dm:1"_s, u"no adapter"_s));
        QVERIFY(!env.stack->deliver(u"webchat:abc"_s, u"not a chat"_s));
        QTRY_COMPARE(env.sent().size(), 2);
        QCOMPARE(env.sent().at(0).chatId, kUser);
        QCOMPARE(env.sent().at(0).text, u"Reminder: <i>tea</i>"_s);
        QCOMPARE(env.sent().at(0).replyToMessageId, 0);
        QCOMPARE(env.sent().at(1).chatId, kGroup);
    }

    void photoReachesTheModelAsAnImage()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QByteArray jpeg("\xFF\xD8\xFF\xE0 fake jpeg body ", 21);
        jpeg += QByteArray(3000, 'x');
        const QString fileId = env.telegram.addFile(TelegramChannelEnv::Token, u"photos/file_1.jpg"_s, jpeg);
        QVERIFY(!fileId.isEmpty());
        const QJsonArray sizes{QJsonObject{{u"file_id"_s, fileId}, {u"file_unique_id"_s, u"u1"_s},
                                           {u"width"_s, 64}, {u"height"_s, 64}, {u"file_size"_s, jpeg.size()}}};
        QJsonObject message = env.textMessage(kUser, kUser, QString(), {{u"photo"_s, sizes},
                                                                         {u"caption"_s, u"what is this?"_s}});
        message.remove(u"text"_s);
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"A picture."_s)));
        env.push(message);
        QTRY_COMPARE(env.sent().size(), 1);

        const auto stored = env.objects->list(u"telegram/"_s);
        QVERIFY(stored);
        QCOMPARE(stored.value().objects.size(), 1);
        const QString key = stored.value().objects.constFirst().key;
        QVERIFY(key.startsWith(u"telegram/%1/"_s.arg(kUser)));
        const auto data = env.objects->get(key);
        QVERIFY(data && data.value());

        const QJsonObject request = env.anthropic().requests().constLast().json();
        const QJsonArray messages = request.value(u"messages"_s).toArray();
        const QJsonArray content = messages.last().toObject().value(u"content"_s).toArray();
        bool image = false;
        bool caption = false;
        for (const QJsonValue &block : content) {
            const QJsonObject b = block.toObject();
            if (b.value(u"type"_s) == u"image"_s) {
                const QJsonObject source = b.value(u"source"_s).toObject();
                QCOMPARE(source.value(u"type"_s).toString(), u"base64"_s);
                QCOMPARE(source.value(u"media_type"_s).toString(), u"image/jpeg"_s);
                QCOMPARE(source.value(u"data"_s).toString().toLatin1(), jpeg.toBase64());
                image = true;
            }
            caption = caption || b.value(u"text"_s).toString().contains(u"what is this?"_s);
        }
        QVERIFY(image);
        QVERIFY(caption);
    }
};

QTEST_GUILESS_MAIN(TestTelegramChannel)
#include "tst_telegramchannel.moc"
