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
//   pairing.forget   {channel, senderId, kind?} -> {forgotten: bool}  (the sender, or with kind
//                    "group" the group senderId, is unknown again)
// and the events pairing.requested {pairing}, pairing.resolved {sender} and pairing.dropped
// {pairing} (pushed out by a newer request). Entries carry kind "sender" or "group"; senderName
// is the untrusted name given by the sender (a group's title), cleaned by PendingPairing::cleanName.
// Bad params or an unknown/expired code answer INVALID_REQUEST; a storage failure UNAVAILABLE.
// `pairing` must outlive the registry's use of these handlers.
void registerPairingMethods(Ws::MethodRegistry &methods, Channels::PairingStore &pairing);

// Broadcasts pairing.requested / pairing.resolved / pairing.dropped to every authenticated client.
void forwardPairingEvents(Channels::PairingStore &pairing, Ws::WsServer &server);

} // namespace Moltdesk::Control
