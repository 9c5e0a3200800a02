#pragma once

#include <QStringList>

namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
}

namespace Moltdesk::Channels {

class ChannelRegistry;
class PairingStore;

// The channels' control-panel methods on the WebSocket protocol (docs/channels/README.md):
//   channels.status  {channel?}         -> {channels: {name: status}}   (same shape as /healthz)
//   pairing.list     {channel?}         -> {pending: [pairing], senders: [sender]}
//   pairing.approve  {channel, code}    -> {sender}
//   pairing.reject   {channel, code}    -> {sender}
//   pairing.forget   {channel, senderId}-> {forgotten: bool}  (the sender is unknown again)
// and the events pairing.requested {pairing} and pairing.resolved {sender}.
// Bad params or an unknown/expired code answer INVALID_REQUEST; a storage failure UNAVAILABLE.
// `alsoReport` names channels channels.status lists as disabled when no adapter is registered.
// Both objects must outlive the registry's use of these handlers.
void registerChannelMethods(Ws::MethodRegistry &methods, ChannelRegistry &channels, PairingStore &pairing,
                            const QStringList &alsoReport = QStringList());

// Broadcasts pairing.requested / pairing.resolved to every authenticated client.
void forwardPairingEvents(PairingStore &pairing, Ws::WsServer &server);

} // namespace Moltdesk::Channels
