// Telegram::InboundConverter on its own: Bot API Update JSON (https://core.telegram.org/bots/api#update,
// #message) through UpdateParser, then convert() into Channels::InboundMessage. The rules pinned
// are those of inboundconverter.h and docs/channels/telegram.md "From message to answer".
// Media and attachments are in tst_inboundconvertermedia.cpp; the fixture is
// support/inboundconverterfixture.h. Fixtures are built with QJsonObject (no raw string literals in a Q_OBJECT file: moc 6.4).
#include "agent/chatcommands.h"
#include "support/inboundconverterfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Channels::Attachment;
using Channels::InboundMessage;
using Telegram::InboundConverter;
using Telegram::Update;
using Telegram::UpdateParser;
using namespace TestSupport::InboundConverterFixture;

Q_DECLARE_METATYPE(Moltdesk::Channels::Attachment::Kind)

class TestInboundConverter : public QObject
{
    Q_OBJECT

private slots:
    void privateChatIsADirectMessage()
    {
        const auto in = convertJson(update(
            message(17, privateChat(), user(kUserId, u"Ann"_s, u"ann"_s, false, u"Lee"_s), u"hello there"_s)));
        QVERIFY(in);
        QCOMPARE(in->channel, u"telegram"_s);
        QCOMPARE(in->chatKind, InboundMessage::ChatKind::Dm);
        QCOMPARE(in->chatId, u"42"_s);
        QCOMPARE(in->chatTitle, QString());
        QCOMPARE(in->senderId, u"42"_s);
        QCOMPARE(in->senderName, u"Ann Lee"_s);
        QCOMPARE(in->senderUsername, u"ann"_s);
        QCOMPARE(in->text, u"hello there"_s);
        QCOMPARE(in->channelMessageId, u"17"_s);
        QCOMPARE(in->receivedAt, QDateTime::fromSecsSinceEpoch(kDate, Qt::UTC));
        QCOMPARE(in->mentionsBot, false);
        QCOMPARE(in->replyToBot, false);
        QCOMPARE(in->replyToMessageId, QString());
        QVERIFY(in->attachments.isEmpty());
        // docs/channels/telegram.md "Conversion": private chats are DMs, session telegram:dm:<user id>.
        QCOMPARE(sessionKeyOf(*in), u"telegram:dm:42"_s);
        QCOMPARE(in->ledgerKey(), u"42/17"_s);
        QVERIFY(in->validate());
    }

    void senderNameWithoutLastName()
    {
        const auto in = convertJson(update(message(1, privateChat(7), user(7, u"Bo"_s), u"hi"_s)));
        QVERIFY(in);
        QCOMPARE(in->senderName, u"Bo"_s); // no trailing blank
        QCOMPARE(in->senderUsername, QString());
        QCOMPARE(sessionKeyOf(*in), u"telegram:dm:7"_s);
    }

    void groupsAreGroups_data()
    {
        QTest::addColumn<qint64>("chatId");
        QTest::addColumn<QString>("type");
        QTest::newRow("group") << qint64(-4001) << u"group"_s;
        QTest::newRow("supergroup") << kGroupId << u"supergroup"_s;
    }

    void groupsAreGroups()
    {
        QFETCH(qint64, chatId);
        QFETCH(QString, type);
        const auto ann = convertJson(update(message(5, groupChat(chatId, type), user(kUserId, u"Ann"_s), u"hi all"_s)));
        const auto bob = convertJson(update(message(6, groupChat(chatId, type), user(43, u"Bob"_s), u"hi Ann"_s)));
        QVERIFY(ann && bob);
        // docs/channels/telegram.md "Conversion": groups and supergroups are groups,
        // session telegram:group:<chat id> - one conversation for everyone in it.
        QCOMPARE(ann->chatKind, InboundMessage::ChatKind::Group);
        QCOMPARE(ann->chatId, QString::number(chatId));
        QCOMPARE(ann->chatTitle, u"Team"_s);
        QCOMPARE(ann->senderId, u"42"_s);
        QCOMPARE(bob->senderId, u"43"_s);
        QCOMPARE(sessionKeyOf(*ann), u"telegram:group:%1"_s.arg(chatId));
        QCOMPARE(sessionKeyOf(*bob), sessionKeyOf(*ann));
        QCOMPARE(ann->ledgerKey(), u"%1/5"_s.arg(chatId));
        QVERIFY(ann->validate());
    }

    void mentionDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonArray>("entities");
        QTest::addColumn<bool>("mentions");
        QTest::newRow("mention") << u"hey @moltdesk_bot look"_s << QJsonArray{entity(u"mention"_s, 4, 13)} << true;
        QTest::newRow("mention, other case") << u"@MoltDesk_Bot hi"_s << QJsonArray{entity(u"mention"_s, 0, 13)}
                                             << true;
        QTest::newRow("mention after an emoji (UTF-16 offsets)")
            << u"\U0001F600 @moltdesk_bot"_s << QJsonArray{entity(u"mention"_s, 3, 13)} << true;
        QTest::newRow("another bot") << u"hey @other_bot"_s << QJsonArray{entity(u"mention"_s, 4, 10)} << false;
        QTest::newRow("a longer name starting like ours")
            << u"@moltdesk_bot2 hi"_s << QJsonArray{entity(u"mention"_s, 0, 14)} << false;
        QTest::newRow("name in the text, no entity") << u"hey @moltdesk_bot"_s << QJsonArray{} << false;
        QTest::newRow("entity outside the text") << u"@moltdesk_bot"_s << QJsonArray{entity(u"mention"_s, 5, 13)}
                                                 << false;
        QJsonObject textMention = entity(u"text_mention"_s, 4, 4);
        textMention.insert(u"user"_s, bot());
        QTest::newRow("text_mention of the bot") << u"hey Molt"_s << QJsonArray{textMention} << true;
        QJsonObject otherTextMention = entity(u"text_mention"_s, 4, 3);
        otherTextMention.insert(u"user"_s, user(99, u"Bob"_s));
        QTest::newRow("text_mention of someone else") << u"hey Bob"_s << QJsonArray{otherTextMention} << false;
        QTest::newRow("url entity") << u"see https://t.me/moltdesk_bot"_s << QJsonArray{entity(u"url"_s, 4, 25)}
                                    << false;
    }

    void mentionDetection()
    {
        QFETCH(QString, text);
        QFETCH(QJsonArray, entities);
        QFETCH(bool, mentions);
        QJsonObject msg = message(8, groupChat(), user(kUserId, u"Ann"_s), text);
        msg.insert(u"entities"_s, entities);
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->mentionsBot, mentions);
        QCOMPARE(in->text, text);
    }

    void mentionInACaption()
    {
        QJsonObject msg = message(9, groupChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"photo"_s, QJsonArray{photoSize(u"p1"_s, 100, 100)});
        msg.insert(u"caption"_s, u"@moltdesk_bot what is it?"_s);
        msg.insert(u"caption_entities"_s, QJsonArray{entity(u"mention"_s, 0, 13)});
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QVERIFY(in->mentionsBot);
        QCOMPARE(in->text, u"@moltdesk_bot what is it?"_s);
    }

    void mentionNeedsTheBotsIdentity()
    {
        // Before getMe the converter does not know its name: nothing counts as a mention, and
        // commands keep their suffix (the channel waits for getMe before it accepts messages).
        QJsonObject msg = message(10, groupChat(), user(kUserId, u"Ann"_s), u"@moltdesk_bot /help@moltdesk_bot"_s);
        msg.insert(u"entities"_s, QJsonArray{entity(u"mention"_s, 0, 13)});
        const auto unknown = convertJson(update(msg), InboundConverter());
        QVERIFY(unknown);
        QCOMPARE(unknown->mentionsBot, false);

        InboundConverter later;
        later.setBot(kBotId, kBotName);
        const auto known = convertJson(update(msg), later);
        QVERIFY(known);
        QCOMPARE(known->mentionsBot, true);
    }

    void replyToTheBot_data()
    {
        QTest::addColumn<QJsonObject>("repliedFrom");
        QTest::addColumn<bool>("toBot");
        QTest::newRow("the bot") << bot() << true;
        QTest::newRow("a person") << user(43, u"Bob"_s) << false;
        QTest::newRow("another bot") << user(5550002, u"Other"_s, u"other_bot"_s, true) << false;
    }

    void replyToTheBot()
    {
        QFETCH(QJsonObject, repliedFrom);
        QFETCH(bool, toBot);
        QJsonObject msg = message(21, groupChat(), user(kUserId, u"Ann"_s), u"yes, that"_s);
        msg.insert(u"reply_to_message"_s, message(20, groupChat(), repliedFrom, u"earlier"_s));
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->replyToMessageId, u"20"_s);
        QCOMPARE(in->replyToBot, toBot);
        QCOMPARE(in->mentionsBot, false);
    }

    void commandsAddressedToTheBot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // inboundconverter.h and docs/channels/telegram.md "Conversion": "/help@yourbot" becomes "/help".
        QTest::newRow("our name") << u"/help@moltdesk_bot"_s << u"/help"_s;
        QTest::newRow("our name, other case, arguments")
            << u"/reset@MoltDesk_Bot now please"_s << u"/reset now please"_s;
        QTest::newRow("bare command") << u"/usage"_s << u"/usage"_s;
        // "/help@other_bot" in a group is not converted at all: commandForAnotherBotIsNotOurs.
        QTest::newRow("not at the start") << u"see /help@moltdesk_bot"_s << u"see /help@moltdesk_bot"_s;
        QTest::newRow("arguments after a line break") << u"/model@moltdesk_bot\nwhich one?"_s << u"/model\nwhich one?"_s;
    }

    void commandsAddressedToTheBot()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QJsonObject msg = message(30, groupChat(), user(kUserId, u"Ann"_s), text);
        const qsizetype end = text.indexOf(QRegularExpression(u"\\s"_s));
        if (text.startsWith(u'/'))
            msg.insert(u"entities"_s, QJsonArray{entity(u"bot_command"_s, 0, int(end < 0 ? text.size() : end))});
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->text, expected);
    }

    void commandForAnotherBotIsNotOurs()
    {
        // The attack: "/reset@other_bot" in a group is meant for the other bot
        // (https://core.telegram.org/bots/features#commands); it must not reset our group
        // conversation, and in a group it is not addressed to us at all.
        QJsonObject msg = message(31, groupChat(), user(kUserId, u"Ann"_s), u"/reset@other_bot"_s);
        msg.insert(u"entities"_s, QJsonArray{entity(u"bot_command"_s, 0, 16)});
        const std::optional<Update> parsed = UpdateParser::parseUpdate(update(msg));
        QVERIFY(parsed && parsed->message);
        QCOMPARE(parsed->message->command(kBotName), QString()); // the parser knows it is not ours
        QVERIFY(!converter().convert(*parsed->message)); // in a group: not a message for us
        // Even when replying to our bot (which passes groupsRequireMention), it is not ours.
        Telegram::Message replying = *parsed->message;
        replying.replyTo = Telegram::ReplyRef{5, kBotId, true, false};
        QVERIFY(!converter().convert(replying));
        // Followed by a line break: still the other bot's.
        Telegram::Message multiline = *parsed->message;
        multiline.text = u"/reset@other_bot\nnow"_s;
        QVERIFY(!converter().convert(multiline));
        // In a DM it goes to the model as text, never as our command.
        const auto dm = convertJson(update(message(32, privateChat(), user(kUserId, u"Ann"_s), u"/reset@other_bot"_s)));
        QVERIFY(dm);
        QCOMPARE(dm->text, u"/reset@other_bot"_s);
        QCOMPARE(Agent::ChatCommands::parse(dm->text), std::optional<QString>());
        QCOMPARE(Agent::ChatCommands::parse(u"/reset@other_bot\nnow"_s), std::optional<QString>());
        // Our own suffix is understood.
        QCOMPARE(Agent::ChatCommands::parse(converter().convert([&] {
                     Telegram::Message m = *parsed->message;
                     m.text = u"/reset@moltdesk_bot"_s;
                     return m;
                 }())->text),
                 std::optional<QString>(u"reset"_s));
    }

    void editedMessageKeepsItsLedgerKey()
    {
        // docs/channels/telegram.md "Conversion": edited messages are confirmed without an answer,
        // because an edit keeps its message_id, which the ledger already holds. The converter
        // does not see the Update kind: what makes the rule work is the equal ledger key.
        const QJsonObject original = message(50, groupChat(), user(kUserId, u"Ann"_s), u"teh plan"_s);
        QJsonObject edited = original;
        edited.insert(u"text"_s, u"the plan"_s);
        edited.insert(u"edit_date"_s, double(kDate + 60));
        const std::optional<Update> parsed = UpdateParser::parseUpdate(update(edited, u"edited_message"_s, 901));
        QVERIFY(parsed && parsed->message);
        QCOMPARE(parsed->kind, Update::Kind::EditedMessage);
        QVERIFY(parsed->isEdit());

        const auto first = convertJson(update(original));
        const auto second = converter().convert(*parsed->message);
        QVERIFY(first && second);
        QCOMPARE(second->text, u"the plan"_s);
        QCOMPARE(second->ledgerKey(), first->ledgerKey());
        QCOMPARE(second->ledgerKey(), u"%1/50"_s.arg(kGroupId));
    }

    void forwardedMessageIsTheForwardersMessage()
    {
        QJsonObject msg = message(51, privateChat(), user(kUserId, u"Ann"_s), u"look what Bob said"_s);
        const QJsonObject bob = user(43, u"Bob"_s, u"bob"_s);
        msg.insert(u"forward_origin"_s, QJsonObject{{u"type"_s, u"user"_s}, {u"sender_user"_s, bob},
                                                    {u"date"_s, double(kDate - 3600)}});
        msg.insert(u"forward_from"_s, bob);
        msg.insert(u"forward_date"_s, double(kDate - 3600));
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->senderId, u"42"_s);
        QCOMPARE(in->senderName, u"Ann"_s);
        QCOMPARE(in->text, u"look what Bob said"_s);
        QCOMPARE(in->receivedAt, QDateTime::fromSecsSinceEpoch(kDate, Qt::UTC)); // not the original's date
        QCOMPARE(sessionKeyOf(*in), u"telegram:dm:42"_s);
    }

    void channelPostsAreNotConversations_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("channel_post") << u"channel_post"_s;
        QTest::newRow("edited_channel_post") << u"edited_channel_post"_s;
    }

    void channelPostsAreNotConversations()
    {
        QFETCH(QString, field);
        // A channel post has sender_chat and no `from`; docs/channels/telegram.md: channel posts
        // are confirmed without an answer. Even with a `from`, a channel is not a conversation.
        QJsonObject post = message(60, channelChat(), {}, u"news"_s);
        post.insert(u"sender_chat"_s, channelChat());
        const std::optional<Update> parsed = UpdateParser::parseUpdate(update(post, field));
        QVERIFY(parsed && parsed->message);
        QVERIFY(!converter().convert(*parsed->message));
        post.insert(u"from"_s, user(kUserId, u"Ann"_s));
        QVERIFY(!convertJson(update(post, field)));
    }

    void groupMessageOnBehalfOfAChat_data()
    {
        QTest::addColumn<qint64>("fromId");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QJsonObject>("senderChat");
        // An anonymous group admin: from is GroupAnonymousBot, sender_chat the group itself.
        QTest::newRow("anonymous admin") << kGroupAnonymousBot << u"Group"_s << u"GroupAnonymousBot"_s
                                         << groupChat();
        // A member writing as their channel: from is Channel_Bot, sender_chat the channel.
        QTest::newRow("as a channel") << kChannelBot << u"Channel"_s << u"Channel_Bot"_s << channelChat();
        // A linked channel's post copied into its discussion group: from is Telegram (777000).
        QTest::newRow("automatic forward") << kTelegramService << u"Telegram"_s << QString() << channelChat();
    }

    void groupMessageOnBehalfOfAChat()
    {
        QFETCH(qint64, fromId);
        QFETCH(QString, firstName);
        QFETCH(QString, username);
        QFETCH(QJsonObject, senderChat);
        QJsonObject msg = message(61, groupChat(), user(fromId, firstName, username, fromId != kTelegramService),
                                  u"@moltdesk_bot status?"_s);
        msg.insert(u"sender_chat"_s, senderChat);
        msg.insert(u"entities"_s, QJsonArray{entity(u"mention"_s, 0, 13)});
        if (fromId == kTelegramService)
            msg.insert(u"is_automatic_forward"_s, true);
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        // A group message like any other (the group's conversation, the mention still seen), but
        // the sender is the chat it speaks for, never the placeholder user all of them share.
        QCOMPARE(in->chatKind, InboundMessage::ChatKind::Group);
        QCOMPARE(sessionKeyOf(*in), u"telegram:group:%1"_s.arg(kGroupId));
        QCOMPARE(in->senderId, u"chat:%1"_s.arg(qint64(senderChat.value(u"id"_s).toDouble())));
        QCOMPARE(in->senderName, senderChat.value(u"title"_s).toString());
        QVERIFY(in->senderId != QString::number(fromId));
        QVERIFY(in->mentionsBot);
        QVERIFY(in->validate());
    }

    void chatSendersNeverShareAnIdentity()
    {
        // The attack: every anonymous admin of every group arrives as GroupAnonymousBot, every
        // channel as Channel_Bot. Were they keyed by `from`, an anonymous admin of a stranger's group
        // would share pairing, rate bucket and memory with the operator's own group's admins, and
        // a user could impersonate none of them only by luck. Each speaking chat is its own sender.
        const auto senderOf = [](qint64 fromId, const QJsonObject &senderChat) {
            QJsonObject msg = message(90, groupChat(), user(fromId, u"Group"_s, u"GroupAnonymousBot"_s, true), u"hi"_s);
            if (!senderChat.isEmpty())
                msg.insert(u"sender_chat"_s, senderChat);
            const auto in = convertJson(update(msg));
            return in ? in->senderId : QString();
        };
        const QString adminsOfA = senderOf(kGroupAnonymousBot, groupChat());
        const QString adminsOfB = senderOf(kGroupAnonymousBot, groupChat(-1005550001, u"supergroup"_s, u"Other"_s));
        const QString channel = senderOf(kChannelBot, channelChat());
        const QString person = senderOf(kGroupAnonymousBot, {}); // a real user whose id happens to match
        const QSet<QString> ids{adminsOfA, adminsOfB, channel, person};
        QCOMPARE(ids.size(), 4);
        QVERIFY(!ids.contains(QString()));
        QCOMPARE(person, QString::number(kGroupAnonymousBot));
    }

    void forumTopicsShareTheGroupConversation()
    {
        QJsonObject forum = groupChat();
        forum.insert(u"is_forum"_s, true);
        QJsonObject a = message(70, forum, user(kUserId, u"Ann"_s), u"in topic 7"_s);
        a.insert(u"message_thread_id"_s, 7);
        a.insert(u"is_topic_message"_s, true);
        QJsonObject b = message(71, forum, user(43, u"Bob"_s), u"in topic 9"_s);
        b.insert(u"message_thread_id"_s, 9);
        b.insert(u"is_topic_message"_s, true);
        const auto inA = convertJson(update(a));
        const auto inB = convertJson(update(b));
        QVERIFY(inA && inB);
        // docs/channels/telegram.md "Conversion": telegram:group:<chat id> - per chat, not per topic.
        QCOMPARE(sessionKeyOf(*inA), u"telegram:group:%1"_s.arg(kGroupId));
        QCOMPARE(sessionKeyOf(*inB), sessionKeyOf(*inA));
        QCOMPARE(inA->ledgerKey(), u"%1/70"_s.arg(kGroupId));
    }

    void topicRootIsNotAReplyToTheBot()
    {
        // In a forum topic every message carries reply_to_message = the topic's first message
        // (the forum_topic_created service message), whether the user replied or not
        // (https://core.telegram.org/bots/api#message, is_topic_message / reply_to_message).
        // When the bot created the topic (createForumTopic) that root is "from" the bot, and
        // every message in the topic would count as a reply to the bot - passing
        // groups.requireMention without a mention.
        QJsonObject forum = groupChat();
        forum.insert(u"is_forum"_s, true);
        QJsonObject root = message(80, forum, bot());
        root.insert(u"message_thread_id"_s, 80);
        root.insert(u"forum_topic_created"_s, QJsonObject{{u"name"_s, u"Support"_s}, {u"icon_color"_s, 7322096}});
        QJsonObject msg = message(81, forum, user(kUserId, u"Ann"_s), u"chatting with Bob, not the bot"_s);
        msg.insert(u"message_thread_id"_s, 80);
        msg.insert(u"is_topic_message"_s, true);
        msg.insert(u"reply_to_message"_s, root);
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->mentionsBot, false);
        QCOMPARE(in->replyToBot, false);
    }

    void missingOrMalformedInputIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        const auto text = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
        QJsonObject noFrom = message(90, groupChat(), {}, u"who am I?"_s);
        QTest::newRow("no from") << text(update(noFrom));
        QJsonObject fromWithoutId = message(90, privateChat(), {}, u"x"_s);
        fromWithoutId.insert(u"from"_s, QJsonObject{{u"first_name"_s, u"Ann"_s}});
        QTest::newRow("from without id") << text(update(fromWithoutId));
        QJsonObject fromIdText = message(90, privateChat(), {}, u"x"_s);
        fromIdText.insert(u"from"_s, QJsonObject{{u"id"_s, u"42"_s}, {u"first_name"_s, u"Ann"_s}});
        QTest::newRow("from.id as text") << text(update(fromIdText));
        QTest::newRow("unknown chat type")
            << text(update(message(90, QJsonObject{{u"id"_s, 5}, {u"type"_s, u"secret"_s}}, user(5, u"A"_s), u"x"_s)));
        QJsonObject noMessageId = message(90, privateChat(), user(kUserId, u"Ann"_s), u"x"_s);
        noMessageId.remove(u"message_id"_s);
        QTest::newRow("no message_id") << text(update(noMessageId));
        QJsonObject noChat = message(90, privateChat(), user(kUserId, u"Ann"_s), u"x"_s);
        noChat.remove(u"chat"_s);
        QTest::newRow("no chat") << text(update(noChat));
        QTest::newRow("chat id beyond 2^53")
            << text(update(message(90, QJsonObject{{u"id"_s, 1e17}, {u"type"_s, u"private"_s}}, user(1, u"A"_s), u"x"_s)));
        QTest::newRow("fractional message_id")
            << text(update(message(77, privateChat(), user(kUserId, u"Ann"_s), u"x"_s))).replace("77", "77.5");
        QTest::newRow("message is a string") << QByteArray("{\"update_id\":1,\"message\":\"hello\"}");
        QTest::newRow("message is null") << QByteArray("{\"update_id\":1,\"message\":null}");
        QTest::newRow("no update_id") << text(QJsonObject{{u"message"_s, message(90, privateChat(), user(kUserId, u"Ann"_s), u"x"_s)}});
        QTest::newRow("other update kind") << QByteArray("{\"update_id\":2,\"callback_query\":{\"id\":\"1\"}}");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("not JSON") << QByteArray("{\"update_id\":1,\"message\":{\"message_id\":");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11);
    }

    void missingOrMalformedInputIsRejected()
    {
        QFETCH(QByteArray, json);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!convertJson(object));
    }

    void malformedPartsDoNotStopTheMessage()
    {
        // Parts of the wrong shape are skipped (UpdateParser records why); the rest converts.
        QJsonObject msg = message(91, privateChat(), user(kUserId, u"Ann"_s), u"still here"_s);
        msg.insert(u"entities"_s, u"not an array"_s);
        msg.insert(u"photo"_s, QJsonObject{{u"file_id"_s, u"p1"_s}});   // not an array
        msg.insert(u"voice"_s, QJsonObject{{u"duration"_s, 3}});        // no file_id
        msg.insert(u"document"_s, QJsonArray{1, 2});                    // not an object
        msg.insert(u"reply_to_message"_s, QJsonObject{{u"text"_s, u"?"_s}}); // no message_id
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->text, u"still here"_s);
        QVERIFY(in->attachments.isEmpty());
        QCOMPARE(in->replyToMessageId, QString());
        QCOMPARE(in->mentionsBot, false);
        QVERIFY(in->validate());

        QJsonObject numberText = message(92, privateChat(), user(kUserId, u"Ann"_s));
        numberText.insert(u"text"_s, 12345);
        const auto numeric = convertJson(update(numberText));
        QVERIFY(numeric);
        QCOMPARE(numeric->text, QString());
    }

    void survivesTheDurableQueue()
    {
        // The converted message is queued as JSON (docs/channels/README.md "Value types"):
        // nothing the converter filled may be lost on the way.
        QJsonObject msg = message(93, groupChat(), user(kUserId, u"Ann"_s, u"ann"_s, false, u"Lee"_s));
        msg.insert(u"photo"_s, QJsonArray{photoSize(u"p1"_s, 640, 480, 5000)});
        msg.insert(u"caption"_s, u"@moltdesk_bot see"_s);
        msg.insert(u"caption_entities"_s, QJsonArray{entity(u"mention"_s, 0, 13)});
        msg.insert(u"reply_to_message"_s, message(92, groupChat(), bot(), u"earlier"_s));
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        const auto back = InboundMessage::fromJson(in->toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), *in);
    }
};

QTEST_GUILESS_MAIN(TestInboundConverter)
#include "tst_inboundconverter.moc"
