#pragma once

#include <QString>

#include <functional>

namespace Moltdesk::Agent {
class AgentRunner;
class IdempotencyCache;
} // namespace Moltdesk::Agent
namespace Moltdesk::Channels {
struct SendResult;
}
namespace Moltdesk::Sessions {
class SessionKey;
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
} // namespace Moltdesk::Ws

namespace Moltdesk::Control {

// The `chat.*` methods of the WebSocket protocol (docs/protocol.md, docs/agent.md):
//   chat.send  {sessionKey, message, idempotencyKey?} -> {runId, status: "started"} (a repeated
//              idempotencyKey answers how that run is doing instead of starting another)
//   chat.abort {sessionKey, runId?}                   -> {ok, aborted}
// and the `chat` / `agent` event names. `runner` and `cache` must outlive the registry's use.
void registerChatMethods(Ws::MethodRegistry &registry, Agent::AgentRunner &runner, Agent::IdempotencyCache &cache);

// chat.history {sessionKey, limit?, beforeSeq?, includeArchived?}
//              -> {sessionKey, messages:[...], hasMore, nextBeforeSeq, takenOver}
// over the session store (shapes after OpenClaw's gateway protocol, docs/sessions.md). Bad params
// answer INVALID_REQUEST; a storage failure answers UNAVAILABLE. A short indexed read, so it runs
// on the gateway thread. `store` must outlive `registry`; without `takeovers` takenOver is false.
void registerChatHistory(Ws::MethodRegistry &registry, Sessions::SessionStore &store,
                         const Sessions::TakeoverStore *takeovers = nullptr);

// Hands `text` to the channel of the conversation `key`, threaded under `replyToMessageId` when
// set; `done` runs once the channel answered. Returns why it could not start (empty: started).
// The composition passes Core::ChannelStack::sendToSession.
using SendToSession = std::function<QString(const Sessions::SessionKey &key, const QString &text,
                                            const QString &replyToMessageId,
                                            std::function<void(const Channels::SendResult &result)> done)>;

// The operator's reply in a taken-over conversation (docs/sessions.md "Taking over a
// conversation"):
//   chat.inject {sessionKey, text} -> {sessionKey, seq?, delivered: true}
// The reply is stored in the history only once the channel has it, then broadcast as a `chat`
// event with injected:true. Bad params or a conversation not taken over answer INVALID_REQUEST;
// a channel that refuses or is not running answers UNAVAILABLE in words. Every object must
// outlive the registry.
void registerInjectMethod(Ws::MethodRegistry &registry, Sessions::SessionStore &sessions,
                          const Sessions::TakeoverStore &takeovers, SendToSession send, Ws::WsServer &ws);

} // namespace Moltdesk::Control
