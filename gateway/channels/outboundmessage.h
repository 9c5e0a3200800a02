#pragma once

#include "channels/attachment.h"

#include <QList>
#include <QString>

namespace Moltdesk::Channels {

// A reply as the agent produces it. `text` is the model's Markdown; the adapter renders it in the
// channel's dialect, splits it at ChannelLimits::maxTextLength and uploads attachments from the
// object store (Attachment::objectKey).
struct OutboundMessage
{
    QString chatId;
    QString text;
    QString replyToMessageId; // thread the reply under this message; empty = none
    QList<Attachment> attachments;
    // Plain text: not rendered as Markdown (the pipeline's own notices use this).
    bool plainText = false;

    bool operator==(const OutboundMessage &) const = default;
};

} // namespace Moltdesk::Channels
