#include "channels/telegram/updateparser.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

void setProblem(QString *out, const QString &problem)
{
    if (out)
        *out = problem;
}

Chat::Type chatType(const QString &type)
{
    if (type == u"private"_s)
        return Chat::Type::Private;
    if (type == u"group"_s)
        return Chat::Type::Group;
    if (type == u"supergroup"_s)
        return Chat::Type::Supergroup;
    if (type == u"channel"_s)
        return Chat::Type::Channel;
    return Chat::Type::Unknown;
}

qint64 optionalSize(const QJsonObject &object)
{
    return UpdateParser::parseId(object.value(u"file_size"_s)).value_or(0);
}

std::optional<PhotoRef> parsePhoto(const QJsonValue &value, QStringList *skipped)
{
    // `photo` is an array of PhotoSize, smallest first; we keep the largest usable one.
    if (!value.isArray()) {
        skipped->append(u"photo: not an array"_s);
        return std::nullopt;
    }
    std::optional<PhotoRef> best;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject size = entry.toObject();
        const QString fileId = size.value(u"file_id"_s).toString();
        if (fileId.isEmpty())
            continue;
        PhotoRef photo{fileId, size.value(u"file_unique_id"_s).toString(), size.value(u"width"_s).toInt(),
                       size.value(u"height"_s).toInt(), optionalSize(size)};
        const qint64 area = qint64(photo.width) * photo.height;
        if (!best || area > qint64(best->width) * best->height
            || (area == qint64(best->width) * best->height && photo.fileSize > best->fileSize))
            best = photo;
    }
    if (!best)
        skipped->append(u"photo: no size has a file_id"_s);
    return best;
}

std::optional<VoiceRef> parseVoice(const QJsonValue &value, QStringList *skipped)
{
    const QJsonObject voice = value.toObject();
    const QString fileId = voice.value(u"file_id"_s).toString();
    if (fileId.isEmpty()) {
        skipped->append(u"voice: no file_id"_s);
        return std::nullopt;
    }
    return VoiceRef{fileId, voice.value(u"file_unique_id"_s).toString(), voice.value(u"duration"_s).toInt(),
                    voice.value(u"mime_type"_s).toString(), optionalSize(voice)};
}

std::optional<DocumentRef> parseDocument(const QJsonValue &value, QStringList *skipped)
{
    const QJsonObject document = value.toObject();
    const QString fileId = document.value(u"file_id"_s).toString();
    if (fileId.isEmpty()) {
        skipped->append(u"document: no file_id"_s);
        return std::nullopt;
    }
    return DocumentRef{fileId, document.value(u"file_unique_id"_s).toString(),
                       document.value(u"file_name"_s).toString(), document.value(u"mime_type"_s).toString(),
                       optionalSize(document)};
}

QList<MessageEntity> parseEntities(const QJsonValue &value, qsizetype textLength, QStringList *skipped)
{
    QList<MessageEntity> entities;
    if (value.isUndefined())
        return entities;
    if (!value.isArray()) {
        skipped->append(u"entities: not an array"_s);
        return entities;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        MessageEntity entity;
        entity.type = object.value(u"type"_s).toString();
        entity.offset = object.value(u"offset"_s).toInt(-1);
        entity.length = object.value(u"length"_s).toInt(-1);
        if (entity.type.isEmpty() || entity.offset < 0 || entity.length <= 0
            || entity.offset + qsizetype(entity.length) > textLength) {
            skipped->append(u"entities: an entity lies outside the text"_s);
            continue;
        }
        if (entity.type == u"text_mention"_s)
            entity.userId = UpdateParser::parseId(object.value(u"user"_s).toObject().value(u"id"_s)).value_or(0);
        entities.append(entity);
    }
    return entities;
}

} // namespace

std::optional<qint64> UpdateParser::parseId(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || std::abs(number) > kMaxExact || std::trunc(number) != number)
        return std::nullopt;
    return qint64(number);
}

std::optional<User> UpdateParser::parseUser(const QJsonObject &object)
{
    const std::optional<qint64> id = parseId(object.value(u"id"_s));
    if (!id)
        return std::nullopt;
    User user;
    user.id = *id;
    user.isBot = object.value(u"is_bot"_s).toBool();
    user.username = object.value(u"username"_s).toString();
    user.firstName = object.value(u"first_name"_s).toString();
    user.lastName = object.value(u"last_name"_s).toString();
    user.languageCode = object.value(u"language_code"_s).toString();
    return user;
}

std::optional<Message> UpdateParser::parseMessage(const QJsonObject &object, QString *problem)
{
    const std::optional<qint64> messageId = parseId(object.value(u"message_id"_s));
    if (!messageId) {
        setProblem(problem, u"message: no numeric message_id"_s);
        return std::nullopt;
    }
    const QJsonObject chatObject = object.value(u"chat"_s).toObject();
    const std::optional<qint64> chatId = parseId(chatObject.value(u"id"_s));
    if (!chatId) {
        setProblem(problem, u"message: no numeric chat.id"_s);
        return std::nullopt;
    }

    Message message;
    message.messageId = *messageId;
    message.chat.id = *chatId;
    message.chat.idString = QString::number(*chatId);
    message.chat.type = chatType(chatObject.value(u"type"_s).toString());
    message.chat.title = chatObject.value(u"title"_s).toString();
    message.chat.username = chatObject.value(u"username"_s).toString();
    if (message.chat.type == Chat::Type::Unknown)
        message.skipped.append(u"chat.type: unknown value"_s);

    if (object.contains(u"from"_s)) {
        message.from = parseUser(object.value(u"from"_s).toObject());
        if (!message.from)
            message.skipped.append(u"from: no numeric id"_s);
    }
    if (object.contains(u"sender_chat"_s)) {
        const QJsonObject senderChat = object.value(u"sender_chat"_s).toObject();
        if (const std::optional<qint64> senderChatId = parseId(senderChat.value(u"id"_s))) {
            message.senderChat = SenderChat{*senderChatId, chatType(senderChat.value(u"type"_s).toString()),
                                            senderChat.value(u"title"_s).toString(),
                                            senderChat.value(u"username"_s).toString()};
        } else {
            message.skipped.append(u"sender_chat: no numeric id"_s);
        }
    }
    message.isAutomaticForward = object.value(u"is_automatic_forward"_s).toBool();
    message.isTopicMessage = object.value(u"is_topic_message"_s).toBool();
    message.messageThreadId = parseId(object.value(u"message_thread_id"_s)).value_or(0);
    const std::optional<qint64> date = parseId(object.value(u"date"_s));
    if (date)
        message.date = QDateTime::fromSecsSinceEpoch(*date, Qt::UTC);

    if (object.value(u"text"_s).isString()) {
        message.text = object.value(u"text"_s).toString();
        message.entities = parseEntities(object.value(u"entities"_s), message.text.size(), &message.skipped);
    } else if (object.value(u"caption"_s).isString()) {
        message.text = object.value(u"caption"_s).toString();
        message.textIsCaption = true;
        message.entities =
            parseEntities(object.value(u"caption_entities"_s), message.text.size(), &message.skipped);
    }

    if (object.contains(u"reply_to_message"_s)) {
        const QJsonObject reply = object.value(u"reply_to_message"_s).toObject();
        const std::optional<qint64> replyId = parseId(reply.value(u"message_id"_s));
        if (replyId) {
            const std::optional<User> replyFrom = parseUser(reply.value(u"from"_s).toObject());
            message.replyTo = ReplyRef{*replyId, replyFrom ? replyFrom->id : 0, replyFrom && replyFrom->isBot,
                                       reply.contains(u"forum_topic_created"_s)};
        } else {
            message.skipped.append(u"reply_to_message: no numeric message_id"_s);
        }
    }
    if (object.contains(u"photo"_s))
        message.photo = parsePhoto(object.value(u"photo"_s), &message.skipped);
    if (object.contains(u"voice"_s))
        message.voice = parseVoice(object.value(u"voice"_s), &message.skipped);
    if (object.contains(u"document"_s))
        message.document = parseDocument(object.value(u"document"_s), &message.skipped);
    return message;
}

std::optional<Update> UpdateParser::parseUpdate(const QJsonObject &object, QString *problem)
{
    const std::optional<qint64> updateId = parseId(object.value(u"update_id"_s));
    if (!updateId || *updateId < 0) {
        setProblem(problem, u"update: no numeric update_id"_s);
        return std::nullopt;
    }
    Update update;
    update.updateId = *updateId;

    static const std::pair<QString, Update::Kind> kinds[] = {
        {u"message"_s, Update::Kind::Message},
        {u"edited_message"_s, Update::Kind::EditedMessage},
        {u"channel_post"_s, Update::Kind::ChannelPost},
        {u"edited_channel_post"_s, Update::Kind::EditedChannelPost},
    };
    for (const auto &[field, kind] : kinds) {
        if (!object.contains(field))
            continue;
        update.type = field;
        QString reason;
        update.message = parseMessage(object.value(field).toObject(), &reason);
        if (update.message) {
            update.kind = kind;
        } else {
            update.skipReason = field + u": "_s + reason;
        }
        return update;
    }
    // Any other kind: remember its name so the receiver can log what it ignores.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"update_id"_s) {
            update.type = it.key();
            break;
        }
    }
    update.skipReason = u"update kind \"%1\" is not handled"_s.arg(update.type);
    return update;
}

QList<Update> UpdateParser::parseUpdates(const QJsonArray &array, QStringList *problems)
{
    QList<Update> updates;
    updates.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        std::optional<Update> update = parseUpdate(array.at(i).toObject(), &problem);
        if (update)
            updates.append(std::move(*update));
        else if (problems)
            problems->append(u"entry %1: %2"_s.arg(i).arg(problem));
    }
    return updates;
}

} // namespace Moltdesk::Telegram
