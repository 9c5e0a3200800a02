#pragma once

#include <QString>

namespace Moltdesk::Agent {
class PauseSwitch;
}
namespace Moltdesk::Queue {
class JobQueue;
}
namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
} // namespace Moltdesk::Ws

namespace Moltdesk::Control {

// The `agent.*` methods: the operator's pause switch over the bot (docs/agent.md "Pausing the
// bot", docs/protocol.md "Events"):
//   agent.pause {}   -> {paused: true, since}
//   agent.resume {}  -> {paused: false, queued: <jobs waiting in `inboundQueue`>}
// and the event agent.paused {paused, since?}, broadcast on each change (also when a change comes
// from elsewhere than these methods). A storage failure answers UNAVAILABLE in words. `queue` may
// be null (queued: 0). Every object must outlive the registry.
void registerAgentMethods(Ws::MethodRegistry &methods, Agent::PauseSwitch &pause, Queue::JobQueue *queue,
                          const QString &inboundQueue, Ws::WsServer &ws);

} // namespace Moltdesk::Control
