#include "channels/telegram/updateparser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Telegram;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Kept as plain string literals (not raw) so moc parses this file without trouble.
const char *kGroupMessage =
    "{\"update_id\":10,\"message\":{\"message_id\":77,\"date\":1700000000,"
    "\"chat\":{\"id\":-1001234567890123,\"type\":\"supergroup\",\"title\":\"Team\"},"
    "\"from\":{\"id\":42,\"is_bot\":false,\"username\":\"ann\",\"first_name\":\"Ann\",\"language_code\":\"de\"},"
    "\"text\":\"\\u00e9\\ud83d\\ude00 @MoltBot /help@moltbot\","
    "\"entities\":[{\"type\":\"mention\",\"offset\":4,\"length\":8},{\"type\":\"bot_command\",\"offset\":13,\"length\":13}],"
    "\"reply_to_message\":{\"message_id\":70,\"from\":{\"id\":999,\"is_bot\":true,\"first_name\":\"Bot\"},\"chat\":{\"id\":1,\"type\":\"group\"}}}}";
} // namespace

class TestTelegramUpdateParser : public QObject
{
    Q_OBJECT

private slots:
    void groupMessageWithEntities()
    {
        QString problem;
        const auto update = UpdateParser::parseUpdate(json(kGroupMessage), &problem);
        QVERIFY2(update, qPrintable(problem));
        QCOMPARE(update->updateId, 10);
        QCOMPARE(update->kind, Update::Kind::Message);
        const Message &message = *update->message;
        QCOMPARE(message.messageId, 77);
        QCOMPARE(message.chat.id, Q_INT64_C(-1001234567890123));
        QCOMPARE(message.chat.idString, u"-1001234567890123"_s);
        QCOMPARE(message.chat.type, Chat::Type::Supergroup);
        QVERIFY(message.chat.isGroup());
        QCOMPARE(message.chat.title, u"Team"_s);
        QCOMPARE(message.from->id, 42);
        QCOMPARE(message.from->username, u"ann"_s);
        QCOMPARE(message.from->languageCode, u"de"_s);
        QCOMPARE(message.date, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        // Entity offsets count UTF-16 units: the emoji is two, so "@MoltBot" starts at 4.
        QVERIFY(message.mentions(u"moltbot"_s));
        QVERIFY(message.mentions(u"@MOLTBOT"_s));
        QVERIFY(!message.mentions(u"otherbot"_s));
        QVERIFY(message.isReplyTo(999));
        QVERIFY(!message.isReplyTo(1000));
        QVERIFY(message.skipped.isEmpty());
        QCOMPARE(message.command(u"moltbot"_s), QString()); // the command is not at offset 0
    }

    void commands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"/start"_s << 6 << u"start"_s;
        QTest::newRow("args") << u"/Reset now"_s << 6 << u"reset"_s;
        QTest::newRow("addressed to us") << u"/help@moltbot"_s << 13 << u"help"_s;
        QTest::newRow("addressed to another bot") << u"/help@otherbot"_s << 14 << QString();
    }
    void commands()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QFETCH(QString, expected);
        Message message;
        message.text = text;
        message.entities.append(MessageEntity{u"bot_command"_s, 0, length, 0});
        QCOMPARE(message.command(u"MoltBot"_s), expected);
    }

    void mediaAndCaption()
    {
        const auto message = UpdateParser::parseMessage(json(
            "{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"caption\":\"look\","
            "\"photo\":[{\"file_id\":\"small\",\"file_unique_id\":\"s\",\"width\":90,\"height\":60,\"file_size\":1000},"
            "{\"file_id\":\"big\",\"file_unique_id\":\"b\",\"width\":1280,\"height\":960,\"file_size\":90000},"
            "{\"width\":2000,\"height\":2000}],"
            "\"voice\":{\"file_id\":\"v1\",\"duration\":3,\"mime_type\":\"audio/ogg\",\"file_size\":4000},"
            "\"document\":{\"file_id\":\"d1\",\"file_name\":\"a.pdf\",\"mime_type\":\"application/pdf\",\"file_size\":12}}"));
        QVERIFY(message);
        QCOMPARE(message->text, u"look"_s);
        QVERIFY(message->textIsCaption);
        QCOMPARE(message->photo->fileId, u"big"_s); // the largest size that has a file_id
        QCOMPARE(message->photo->fileSize, 90000);
        QCOMPARE(message->voice->durationSeconds, 3);
        QCOMPARE(message->voice->mimeType, u"audio/ogg"_s);
        QCOMPARE(message->document->fileName, u"a.pdf"_s);
        QCOMPARE(message->document->fileSize, 12);
        QVERIFY(message->hasAttachment());
        QVERIFY(!message->from); // no "from" given
    }

    void malformedPartsAreSkippedWithAReason()
    {
        const auto message = UpdateParser::parseMessage(json(
            "{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"weird\"},\"text\":\"hi\",\"from\":{\"id\":\"x\"},"
            "\"entities\":[{\"type\":\"mention\",\"offset\":1,\"length\":50}],"
            "\"photo\":{\"file_id\":\"no array\"},\"voice\":{},\"reply_to_message\":{\"text\":\"?\"}}"));
        QVERIFY(message);
        QCOMPARE(message->text, u"hi"_s);
        QVERIFY(message->entities.isEmpty());
        QVERIFY(!message->photo && !message->voice && !message->replyTo && !message->from);
        QCOMPARE(message->chat.type, Chat::Type::Unknown);
        QCOMPARE(message->skipped.size(), 6);
    }

    void unusableUpdates()
    {
        QString problem;
        QVERIFY(!UpdateParser::parseUpdate(json("{\"message\":{}}"), &problem));
        QVERIFY(problem.contains(u"update_id"_s));
        QVERIFY(!UpdateParser::parseUpdate(json("{\"update_id\":1.5}")));
        QVERIFY(!UpdateParser::parseUpdate(json("{\"update_id\":\"7\"}")));
        QVERIFY(!UpdateParser::parseUpdate(QJsonObject()));

        const auto badMessage = UpdateParser::parseUpdate(json("{\"update_id\":3,\"message\":{\"message_id\":1}}"));
        QVERIFY(badMessage);
        QCOMPARE(badMessage->kind, Update::Kind::Other);
        QVERIFY(badMessage->skipReason.contains(u"chat.id"_s));

        const auto callback = UpdateParser::parseUpdate(json("{\"update_id\":4,\"callback_query\":{\"id\":\"1\"}}"));
        QVERIFY(callback);
        QCOMPARE(callback->kind, Update::Kind::Other);
        QCOMPARE(callback->type, u"callback_query"_s);
    }

    void editedAndChannelKinds()
    {
        const auto edited = UpdateParser::parseUpdate(
            json("{\"update_id\":5,\"edited_message\":{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"x\"}}"));
        QCOMPARE(edited->kind, Update::Kind::EditedMessage);
        QVERIFY(edited->isEdit());
        const auto post = UpdateParser::parseUpdate(
            json("{\"update_id\":6,\"channel_post\":{\"message_id\":1,\"chat\":{\"id\":-100,\"type\":\"channel\"},\"text\":\"x\"}}"));
        QCOMPARE(post->kind, Update::Kind::ChannelPost);
        QCOMPARE(post->message->chat.type, Chat::Type::Channel);
    }

    void batchLeavesOutEntriesWithoutId()
    {
        QStringList problems;
        const QJsonArray array = QJsonDocument::fromJson("[{\"update_id\":1},42,{\"update_id\":3}]").array();
        const QList<Update> updates = UpdateParser::parseUpdates(array, &problems);
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.at(1).updateId, 3);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(u"entry 1"_s));
    }

    void idsBeyondDoublePrecisionAreRefused()
    {
        QVERIFY(!UpdateParser::parseId(QJsonValue(1e300)));
        QCOMPARE(*UpdateParser::parseId(QJsonValue(double(Q_INT64_C(4503599627370495)))), Q_INT64_C(4503599627370495));
    }
};

QTEST_GUILESS_MAIN(TestTelegramUpdateParser)
#include "tst_telegramupdateparser.moc"
