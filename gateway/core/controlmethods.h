#pragma once

class QObject;

namespace Moltdesk::Agent {
class PauseSwitch;
}
namespace Moltdesk::Queue {
class JobQueue;
}
namespace Moltdesk::Sessions {
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
} // namespace Moltdesk::Ws

namespace Moltdesk::Core {

class ChannelStack;

// What the operator's control methods work on; every pointer must outlive the registry.
struct ControlServices
{
    Agent::PauseSwitch *pause = nullptr;
    Sessions::TakeoverStore *takeovers = nullptr;
    Sessions::SessionStore *sessions = nullptr;
    ChannelStack *channels = nullptr;
    Queue::JobQueue *queue = nullptr;
    Ws::WsServer *ws = nullptr;
};

// The operator's controls over the bot (docs/agent.md "Pausing the bot", docs/sessions.md
// "Taking over a conversation"):
//   agent.pause {}                          -> {paused: true, since}
//   agent.resume {}                         -> {paused: false, queued: <channel.inbound jobs waiting>}
//   sessions.takeover {sessionKey, on}      -> {sessionKey, takenOver}
//   chat.inject {sessionKey, text}          -> {sessionKey, seq?, delivered: true}
// and the events agent.paused {paused, since?} and sessions.takeover {sessionKey, takenOver},
// broadcast on each change (also when a change comes from elsewhere than these methods).
// Bad params answer INVALID_REQUEST naming the param; storage failures and a channel that refuses
// or is not running answer UNAVAILABLE in words.
void registerControlMethods(Ws::MethodRegistry &methods, const ControlServices &services);

} // namespace Moltdesk::Core
