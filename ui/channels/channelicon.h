#pragma once

#include <QIcon>
#include <QPalette>

namespace Moltdesk::Ui {

// Channel icons drawn in code (the panel ships no image files): a round badge in the channel's
// brand colour with its initial; greyed when the channel is not available yet.
class ChannelIcon
{
public:
    static QIcon make(const QString &channelId, const QPalette &palette, bool available);
    // The Channels page's navigation icon: a speech bubble in the palette's text colour.
    static QIcon pageIcon(const QPalette &palette);
};

} // namespace Moltdesk::Ui
