#pragma once

#include <QStringList>

namespace Moltdesk::Config {

// The one list of channel names (config sections, allowFrom keys, cron delivery targets). Channel
// modules will own their names once channels are modules (issue 12); until then this is the place.
struct ChannelNames
{
    // The messaging channels with a config section and an allowFrom list.
    static QStringList messaging()
    {
        return {QStringLiteral("telegram"), QStringLiteral("discord"), QStringLiteral("whatsapp")};
    }
    // Where a reply can be delivered: the messaging channels and the web chat.
    static QStringList deliverable() { return messaging() << QStringLiteral("webchat"); }
};

} // namespace Moltdesk::Config
