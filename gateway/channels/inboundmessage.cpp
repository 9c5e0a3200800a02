#include "channels/inboundmessage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

Storage::Result<Sessions::SessionKey> InboundMessage::sessionKey() const
{
    // One sender's DMs never share history with another's: the DM key is the sender, not the
    // chat (docs/sessions.md "Session keys").
    if (chatKind == ChatKind::Dm)
        return Sessions::SessionKey::dm(channel, senderId);
    return Sessions::SessionKey::group(channel, chatId);
}

QString InboundMessage::ledgerKey() const
{
    if (chatId.isEmpty() || channelMessageId.isEmpty())
        return {};
    return chatId + u'/' + channelMessageId;
}

Storage::Result<void> InboundMessage::validate() const
{
    if (channel.isEmpty())
        return Storage::Error::invalid(u"inbound message has no channel"_s);
    if (chatId.isEmpty())
        return Storage::Error::invalid(u"inbound message has no chat id"_s);
    if (senderId.isEmpty())
        return Storage::Error::invalid(u"inbound message has no sender id"_s);
    if (channelMessageId.isEmpty())
        return Storage::Error::invalid(u"inbound message has no channel message id"_s);
    if (const auto key = sessionKey(); !key)
        return key.error();
    return {};
}

QString InboundMessage::chatKindName(ChatKind kind)
{
    return kind == ChatKind::Dm ? u"dm"_s : u"group"_s;
}

QJsonObject InboundMessage::toJson() const
{
    QJsonArray files;
    for (const Attachment &attachment : attachments)
        files.append(attachment.toJson());
    return QJsonObject{
        {u"channel"_s, channel},
        {u"chatId"_s, chatId},
        {u"chatKind"_s, chatKindName(chatKind)},
        {u"chatTitle"_s, chatTitle},
        {u"senderId"_s, senderId},
        {u"senderName"_s, senderName},
        {u"senderUsername"_s, senderUsername},
        {u"text"_s, text},
        {u"attachments"_s, files},
        {u"replyToMessageId"_s, replyToMessageId},
        {u"replyToBot"_s, replyToBot},
        {u"mentionsBot"_s, mentionsBot},
        {u"channelMessageId"_s, channelMessageId},
        {u"receivedAt"_s, receivedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Storage::Result<InboundMessage> InboundMessage::fromJson(const QJsonObject &json)
{
    InboundMessage message;
    message.channel = json.value(u"channel"_s).toString();
    message.chatId = json.value(u"chatId"_s).toString();
    const QString kind = json.value(u"chatKind"_s).toString();
    if (kind == u"dm"_s)
        message.chatKind = ChatKind::Dm;
    else if (kind == u"group"_s)
        message.chatKind = ChatKind::Group;
    else
        return Storage::Error::invalid(u"chatKind must be \"dm\" or \"group\", not \"%1\""_s.arg(kind));
    message.chatTitle = json.value(u"chatTitle"_s).toString();
    message.senderId = json.value(u"senderId"_s).toString();
    message.senderName = json.value(u"senderName"_s).toString();
    message.senderUsername = json.value(u"senderUsername"_s).toString();
    message.text = json.value(u"text"_s).toString();
    const QJsonArray files = json.value(u"attachments"_s).toArray();
    for (const QJsonValue &file : files) {
        const Storage::Result<Attachment> attachment = Attachment::fromJson(file.toObject());
        if (!attachment)
            return attachment.error();
        message.attachments.append(attachment.value());
    }
    message.replyToMessageId = json.value(u"replyToMessageId"_s).toString();
    message.replyToBot = json.value(u"replyToBot"_s).toBool();
    message.mentionsBot = json.value(u"mentionsBot"_s).toBool();
    message.channelMessageId = json.value(u"channelMessageId"_s).toString();
    message.receivedAt = QDateTime::fromString(json.value(u"receivedAt"_s).toString(), Qt::ISODateWithMs);
    if (const Storage::Result<void> valid = message.validate(); !valid)
        return valid.error();
    return message;
}

} // namespace Moltdesk::Channels
