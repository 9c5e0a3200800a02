#pragma once

#include "channels/telegram/message.h"

#include <QString>

#include <optional>

namespace Moltdesk::Telegram {

// One Telegram Update (https://core.telegram.org/bots/api#update). We take the four kinds that
// carry a Message: message, edited_message, channel_post, edited_channel_post. Every other kind
// (callback_query, my_chat_member, ...) arrives as Kind::Other with its field name in `type`, so
// the receiver still sees - and confirms - it. An update whose message could not be parsed is
// Kind::Other too, with `skipReason` saying why.
struct Update
{
    enum class Kind { Message, EditedMessage, ChannelPost, EditedChannelPost, Other };

    qint64 updateId = 0;
    Kind kind = Kind::Other;
    QString type; // the Update's field name, e.g. "message" or "callback_query"
    std::optional<Telegram::Message> message;
    QString skipReason;

    bool isEdit() const { return kind == Kind::EditedMessage || kind == Kind::EditedChannelPost; }
};

} // namespace Moltdesk::Telegram
