#pragma once

#include "config/settings.h"

#include <QString>

namespace Moltdesk::Ui {

// What the Channels page needs beyond PanelServices: where config.json is (the page saves the
// channel and access settings there through Config::Loader) and the settings the gateway was
// started with (the starting values, the Bot API base URL, and "restart needed" comparisons).
struct ChannelsPageContext
{
    QString configPath;
    Config::Settings settings;
};

} // namespace Moltdesk::Ui
