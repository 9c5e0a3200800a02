#pragma once

#include <QStringList>

namespace Moltdesk::Channels {

// How a channel treats group chats: which groups it answers in, and whether it waits to be
// addressed. Each channel module fills it from its settings (Telegram: channels.telegram.
// groupsAllow / groupsRequireMention); channels without such keys use the defaults (every group,
// only when addressed).
struct GroupRules
{
    QStringList allow;          // chat ids; empty = every group the bot is in
    bool requireMention = true; // answer only when mentioned or replied to

    bool operator==(const GroupRules &) const = default;
};

} // namespace Moltdesk::Channels
