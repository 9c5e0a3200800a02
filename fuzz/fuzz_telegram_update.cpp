// libFuzzer target: the Telegram update parser (gateway/channels/telegram/updateparser.*), which
// reads what the webhook receives and what getUpdates returns (docs/channels/telegram.md,
// docs/fuzzing.md).
//
// Input: JSON text. An object is one Update (the webhook body); an array, or an object with a
// "result" array, is a getUpdates answer. Properties checked beyond "no crash":
//   - every entry of a getUpdates array is either an update or one problem line;
//   - an update id is >= 0 and every id is exact (|id| <= 2^53); chat.idString is chat.id as text;
//   - an update carries a message exactly when its kind is one of the message kinds, and an
//     update without a message says why (skipReason);
//   - every entity lies inside the text (the group rules read mentions and commands through them);
//   - mentions(bot) only when the text holds the bot's name; isReplyTo(bot) only for a reply from bot;
//   - attachments that are kept have a file_id.

#include "fuzzcheck.h"

#include "channels/telegram/updateparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using Moltdesk::Telegram::Message;
using Moltdesk::Telegram::Update;
using Moltdesk::Telegram::UpdateParser;

namespace {

constexpr qint64 kMaxExact = qint64(1) << 53;
constexpr qint64 kBotId = 4242;

bool exact(qint64 id)
{
    return id >= -kMaxExact && id <= kMaxExact;
}

void checkMessage(const Message &message)
{
    FUZZ_CHECK(exact(message.messageId) && exact(message.chat.id), "ids are exact");
    FUZZ_CHECK(message.chat.idString == QString::number(message.chat.id), "chat.idString is chat.id");
    for (const auto &entity : message.entities) {
        FUZZ_CHECK(!entity.type.isEmpty(), "an entity has a type");
        FUZZ_CHECK(entity.offset >= 0 && entity.length > 0, "an entity has a place");
        FUZZ_CHECK(qint64(entity.offset) + entity.length <= message.text.size(), "an entity lies inside the text");
    }
    if (message.mentions(QStringLiteral("@MoltBot"), kBotId) && !message.mentions(QString(), kBotId))
        FUZZ_CHECK(message.text.contains(QStringLiteral("moltbot"), Qt::CaseInsensitive),
                   "a mention of the bot's name is in the text");
    if (message.isReplyTo(kBotId))
        FUZZ_CHECK(message.replyTo && message.replyTo->fromId == kBotId, "a reply to the bot is from the bot");
    (void)message.command(QStringLiteral("moltbot"));
    FUZZ_CHECK(!message.photo || !message.photo->fileId.isEmpty(), "a kept photo has a file_id");
    FUZZ_CHECK(!message.voice || !message.voice->fileId.isEmpty(), "a kept voice has a file_id");
    FUZZ_CHECK(!message.document || !message.document->fileId.isEmpty(), "a kept document has a file_id");
}

void checkUpdate(const Update &update)
{
    FUZZ_CHECK(update.updateId >= 0 && update.updateId <= kMaxExact, "an update id is exact and not negative");
    FUZZ_CHECK(update.message.has_value() == (update.kind != Update::Kind::Other),
               "an update has a message exactly when it is a message kind");
    if (update.message)
        checkMessage(*update.message);
    else
        FUZZ_CHECK(!update.skipReason.isEmpty(), "an update without a message says why");
}

void checkArray(const QJsonArray &array)
{
    QStringList problems;
    const QList<Update> updates = UpdateParser::parseUpdates(array, &problems);
    FUZZ_CHECK(updates.size() + problems.size() == array.size(), "each entry is an update or a problem");
    for (const Update &update : updates)
        checkUpdate(update);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isArray()) {
        checkArray(document.array());
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("result")).isArray())
            checkArray(object.value(QStringLiteral("result")).toArray());
        QString problem;
        const std::optional<Update> update = UpdateParser::parseUpdate(object, &problem);
        if (update)
            checkUpdate(*update);
        else
            FUZZ_CHECK(!problem.isEmpty(), "a refused update says why");
        // The message alone, as a reply_to_message or a channel post is read.
        const std::optional<Message> message = UpdateParser::parseMessage(object, &problem);
        if (message)
            checkMessage(*message);
    }
    return 0;
}
