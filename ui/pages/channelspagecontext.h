#pragma once

#include "config/settings.h"

#include <QString>

namespace Moltdesk::Ui {

// What the Channels page needs beyond PanelServices: the settings the gateway was started with,
// shown until the page has read the gateway's current ones (config.get) and for the Bot API base
// URL of the set-up checks. Changes go through the gateway (ConfigUpdate, SecretWriter).
struct ChannelsPageContext
{
    Config::Settings settings;
};

} // namespace Moltdesk::Ui
