#pragma once

namespace Moltdesk::Channels {
class PairingStore;
}
namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
} // namespace Moltdesk::Ws

namespace Moltdesk::Control {

// The `pairing.*` methods of the WebSocket protocol (docs/channels/README.md):
//   pairing.list     {channel?}         -> {pending: [pairing], senders: [sender]}
//   pairing.approve  {channel, code}    -> {sender}
//   pairing.reject   {channel, code}    -> {sender}
//   pairing.forget   {channel, senderId}-> {forgotten: bool}  (the sender is unknown again)
// and the events pairing.requested {pairing} and pairing.resolved {sender}.
// Bad params or an unknown/expired code answer INVALID_REQUEST; a storage failure UNAVAILABLE.
// `pairing` must outlive the registry's use of these handlers.
void registerPairingMethods(Ws::MethodRegistry &methods, Channels::PairingStore &pairing);

// Broadcasts pairing.requested / pairing.resolved to every authenticated client.
void forwardPairingEvents(Channels::PairingStore &pairing, Ws::WsServer &server);

} // namespace Moltdesk::Control
