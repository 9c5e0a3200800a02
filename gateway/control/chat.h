#pragma once

namespace Moltdesk::Agent {
class AgentRunner;
class IdempotencyCache;
} // namespace Moltdesk::Agent
namespace Moltdesk::Sessions {
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Ws {
class MethodRegistry;
}

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

} // namespace Moltdesk::Control
