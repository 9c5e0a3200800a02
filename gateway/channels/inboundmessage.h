#pragma once

#include "channels/attachment.h"
#include "sessions/sessionkey.h"
#include "storage/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Channels {

// A chat message as every adapter hands it to the shared pipeline: the channel's own wire format
// (a Telegram Update, a Discord interaction, ...) never leaves the adapter.
struct InboundMessage
{
    enum class ChatKind { Dm, Group };

    QString channel; // "telegram", "discord", "whatsapp"
    QString chatId;
    ChatKind chatKind = ChatKind::Dm;
    QString chatTitle;
    QString senderId;
    QString senderName;
    QString senderUsername;
    QString text;
    QList<Attachment> attachments;
    QString replyToMessageId; // the message this one answers, if any
    bool replyToBot = false;  // ... and that message was the bot's
    bool mentionsBot = false;
    // Unique within (channel, chatId); the ledger key adds the chat because Telegram numbers
    // messages per chat (Bot API, Message.message_id).
    QString channelMessageId;
    QDateTime receivedAt;

    // The conversation this message belongs to, in the contract's scheme: `<channel>:dm:<sender>`
    // for direct messages, `<channel>:group:<chat>` for groups. An error for ids SessionKey refuses.
    Storage::Result<Sessions::SessionKey> sessionKey() const;
    // What InboundLedger records: "<chatId>/<channelMessageId>", empty if either is missing.
    QString ledgerKey() const;
    // A message the pipeline can work with: channel, chat, sender and message id present and a
    // valid session key. The error names the missing field.
    Storage::Result<void> validate() const;

    static QString chatKindName(ChatKind kind); // "dm", "group"

    // For queueing the message durably (e.g. as a JobQueue payload) and reading it back.
    QJsonObject toJson() const;
    static Storage::Result<InboundMessage> fromJson(const QJsonObject &json);

    bool operator==(const InboundMessage &) const = default;
};

} // namespace Moltdesk::Channels

Q_DECLARE_METATYPE(Moltdesk::Channels::InboundMessage)
