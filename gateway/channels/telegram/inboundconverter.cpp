#include "channels/telegram/inboundconverter.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

InboundConverter::InboundConverter(qint64 botId, const QString &botUsername)
    : m_botId(botId),
      m_botUsername(botUsername)
{
}

void InboundConverter::setBot(qint64 botId, const QString &botUsername)
{
    m_botId = botId;
    m_botUsername = botUsername;
}

std::optional<Channels::InboundMessage> InboundConverter::convert(const Message &message) const
{
    if (!message.from || message.chat.type == Chat::Type::Channel || message.chat.type == Chat::Type::Unknown)
        return std::nullopt;

    Channels::InboundMessage in;
    in.channel = u"telegram"_s;
    in.chatId = message.chat.idString.isEmpty() ? QString::number(message.chat.id) : message.chat.idString;
    in.chatKind = message.chat.isGroup() ? Channels::InboundMessage::ChatKind::Group
                                         : Channels::InboundMessage::ChatKind::Dm;
    in.chatTitle = message.chat.title;
    in.senderId = QString::number(message.from->id);
    in.senderName = QString(message.from->firstName + u' ' + message.from->lastName).trimmed();
    in.senderUsername = message.from->username;
    in.channelMessageId = QString::number(message.messageId);
    in.receivedAt = message.date;
    in.mentionsBot = message.mentions(m_botUsername, m_botId);
    if (message.replyTo) {
        in.replyToMessageId = QString::number(message.replyTo->messageId);
        in.replyToBot = message.isReplyTo(m_botId);
    }

    in.text = message.text;
    // https://core.telegram.org/bots/features#commands: in groups commands may carry the bot's
    // name ("/help@our_bot"); the agent's ChatCommands know only the bare form.
    if (!m_botUsername.isEmpty() && in.text.startsWith(u'/')) {
        const QString suffix = u'@' + m_botUsername;
        const qsizetype end = in.text.indexOf(u' ');
        const QString word = end < 0 ? in.text : in.text.left(end);
        if (word.endsWith(suffix, Qt::CaseInsensitive))
            in.text = word.chopped(suffix.size()) + (end < 0 ? QString() : in.text.mid(end));
    }

    if (message.photo) {
        Channels::Attachment a;
        a.kind = Channels::Attachment::Kind::Image;
        a.fileRef = message.photo->fileId;
        // Telegram re-encodes photos as JPEG (https://core.telegram.org/bots/api#photosize).
        a.mimeType = u"image/jpeg"_s;
        a.fileName = u"photo.jpg"_s;
        a.sizeBytes = message.photo->fileSize > 0 ? message.photo->fileSize : -1;
        in.attachments << a;
    }
    if (message.voice) {
        Channels::Attachment a;
        a.kind = Channels::Attachment::Kind::Audio;
        a.fileRef = message.voice->fileId;
        a.mimeType = message.voice->mimeType.isEmpty() ? u"audio/ogg"_s : message.voice->mimeType;
        // The duration has no field of its own in Attachment; the name carries it to the
        // description the model reads ("voice-12s.ogg").
        a.fileName = u"voice-%1s.ogg"_s.arg(message.voice->durationSeconds);
        a.sizeBytes = message.voice->fileSize > 0 ? message.voice->fileSize : -1;
        in.attachments << a;
    }
    if (message.document) {
        Channels::Attachment a;
        a.mimeType = message.document->mimeType.isEmpty() ? u"application/octet-stream"_s
                                                          : message.document->mimeType;
        a.kind = a.mimeType.startsWith(u"image/"_s) ? Channels::Attachment::Kind::Image
                                                     : Channels::Attachment::Kind::Document;
        a.fileRef = message.document->fileId;
        a.fileName = message.document->fileName.isEmpty() ? u"document"_s : message.document->fileName;
        a.sizeBytes = message.document->fileSize > 0 ? message.document->fileSize : -1;
        in.attachments << a;
    }
    return in;
}

} // namespace Moltdesk::Telegram
