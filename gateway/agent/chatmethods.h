#pragma once

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Agent {

class AgentRunner;
class IdempotencyCache;

// WS methods chat.send and chat.abort, and the `chat` / `agent` event names (docs/protocol.md).
// chat.history lives with the sessions (Sessions::registerSessionMethods). `runner` and `cache`
// must outlive the registry's use.
void registerChatMethods(Ws::MethodRegistry &registry, AgentRunner &runner, IdempotencyCache &cache);

} // namespace Moltdesk::Agent
