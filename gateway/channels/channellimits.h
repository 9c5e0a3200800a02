#pragma once

#include <QtGlobal>

namespace Moltdesk::Channels {

// What a channel can carry, so the agent and the sender shape replies to fit. Defaults are
// Telegram's (Bot API: sendMessage text 1-4096 characters; bots download files up to 20 MB
// and upload up to 50 MB).
struct ChannelLimits
{
    int maxTextLength = 4096;            // characters per message; longer replies are split
    qint64 maxAttachmentBytes = 20LL * 1024 * 1024; // largest inbound file the adapter will fetch
    qint64 maxUploadBytes = 50LL * 1024 * 1024;     // largest outbound file
    bool supportsMarkdown = true;
    bool supportsTyping = true;
    bool supportsReplies = true;     // replies can be threaded under a message
    bool supportsAttachments = true;

    bool operator==(const ChannelLimits &) const = default;
};

} // namespace Moltdesk::Channels
