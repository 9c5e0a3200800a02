#pragma once

#include "channels/inboundmessage.h"
#include "channels/telegram/message.h"

#include <QString>

namespace Moltdesk::Telegram {

// Turns a parsed Telegram Message into the channel-independent InboundMessage
// (docs/channels/README.md "Value types"). A pure function of the message and the bot's identity
// (learnt from getMe), so the rules are testable without a network:
// - private chats are DMs (Telegram: a private chat's id is the user's id), groups and
//   supergroups are groups; channel posts are not conversations and are not converted;
// - the sender is the user, or "chat:<id>" for a message sent on behalf of a chat (sender_chat:
//   anonymous admins, channels, automatic forwards share one placeholder `from`);
// - mentionsBot: an @mention of the bot or a text_mention of its id (Message::mentions);
//   replyToBot: a reply to one of the bot's messages (not the implicit reply to a forum topic's root);
// - text, or the media's caption;
// - "/help@our_bot" becomes "/help" so the agent's chat commands work in groups; a group message
//   whose command names another bot is not ours (nullopt);
// - photo, voice note and document become Attachments (fileRef = file_id), fetched later by
//   AttachmentFetcher only for messages the access policy admitted.
class InboundConverter
{
public:
    InboundConverter() = default;
    InboundConverter(qint64 botId, const QString &botUsername);

    void setBot(qint64 botId, const QString &botUsername);

    // nullopt for messages that are not a conversation (channel posts, no sender) or not for us.
    std::optional<Channels::InboundMessage> convert(const Message &message) const;

private:
    qint64 m_botId = 0;
    QString m_botUsername;
};

} // namespace Moltdesk::Telegram
