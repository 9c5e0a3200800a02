#pragma once

#include <QStringList>

namespace Moltdesk::Channels {
class ChannelRegistry;
}
namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Control {

// The `channels.*` methods of the WebSocket protocol (docs/channels/README.md):
//   channels.status  {channel?}  -> {channels: {name: status}}   (same shape as /healthz)
// An unknown channel answers INVALID_REQUEST. `alsoReport` names channels channels.status lists
// as disabled when no adapter is registered. `channels` must outlive the registry's use.
// (A channel module's own methods are added by the composition, core/channelmoduleadapter.)
void registerChannelMethods(Ws::MethodRegistry &methods, Channels::ChannelRegistry &channels,
                            const QStringList &alsoReport = QStringList());

} // namespace Moltdesk::Control
