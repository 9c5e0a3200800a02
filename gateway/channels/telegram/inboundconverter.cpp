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

namespace {

// "/help@our_bot rest" -> the command word "/help@our_bot": up to the first white space of any
// kind (a line break ends the word as well as a space).
qsizetype commandWordEnd(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace())
            return i;
    }
    return -1;
}

} // namespace

std::optional<Channels::InboundMessage> InboundConverter::convert(const Message &message) const
{
    if ((!message.from && !message.senderChat) || message.chat.type == Chat::Type::Channel
        || message.chat.type == Chat::Type::Unknown)
        return std::nullopt;

    Channels::InboundMessage in;
    in.channel = u"telegram"_s;
    in.chatId = message.chat.idString.isEmpty() ? QString::number(message.chat.id) : message.chat.idString;
    in.chatKind = message.chat.isGroup() ? Channels::InboundMessage::ChatKind::Group
                                         : Channels::InboundMessage::ChatKind::Dm;
    in.chatTitle = message.chat.title;
    if (message.senderChat) {
        // Anonymous admins, channel posts and automatic forwards all arrive with one placeholder
        // `from` user; the chat they speak for is the sender (docs/channels/telegram.md
        // "Conversion"), so none of them shares pairing, rate limits or memory with another.
        in.senderId = u"chat:"_s + QString::number(message.senderChat->id);
        in.senderName = message.senderChat->title;
        in.senderUsername = message.senderChat->username;
    } else {
        in.senderId = QString::number(message.from->id);
        in.senderName = QString(message.from->firstName + u' ' + message.from->lastName).trimmed();
        in.senderUsername = message.from->username;
    }
    in.channelMessageId = QString::number(message.messageId);
    in.receivedAt = message.date;
    in.mentionsBot = message.mentions(m_botUsername, m_botId);
    if (message.replyTo && !message.isImplicitTopicReply()) {
        in.replyToMessageId = QString::number(message.replyTo->messageId);
        in.replyToBot = message.isReplyTo(m_botId);
    }

    in.text = message.text;
    // https://core.telegram.org/bots/features#commands: in groups commands may carry a bot's
    // name. "/help@our_bot" becomes "/help" (the agent's ChatCommands know only the bare form);
    // "/help@other_bot" is meant for another bot: in a group it is not for us at all, in a DM
    // it stays as it is (ChatCommands does not take a command with a suffix).
    if (in.text.startsWith(u'/')) {
        const qsizetype end = commandWordEnd(in.text);
        const QString word = end < 0 ? in.text : in.text.left(end);
        const qsizetype at = word.indexOf(u'@');
        if (at > 0) {
            const QString target = word.mid(at + 1);
            if (!m_botUsername.isEmpty() && target.compare(m_botUsername, Qt::CaseInsensitive) == 0)
                in.text = word.left(at) + (end < 0 ? QString() : in.text.mid(end));
            else if (in.chatKind == Channels::InboundMessage::ChatKind::Group)
                return std::nullopt;
        }
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
