#pragma once

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Sessions {

class SessionStore;
class TakeoverStore;

// Registers the WebSocket methods backed by the session store (shapes after OpenClaw's gateway
// protocol, documented in docs/sessions.md):
//   sessions.list   {limit?, cursor?, search?, channel?} -> {ts, count, sessions:[...], nextCursor}
//   sessions.delete {key}                                -> {ok, key, deleted}
//   chat.history    {sessionKey, limit?, beforeSeq?, includeArchived?}
//                                                        -> {sessionKey, messages:[...], hasMore, nextBeforeSeq}
// Bad params answer INVALID_REQUEST; a storage failure answers UNAVAILABLE. The handlers are
// short indexed reads/writes, so they run on the gateway thread. `store` must outlive `registry`.
// With `takeovers`, sessions.list items carry "takenOver": true for a conversation the operator
// has taken over (omitted otherwise) and chat.history carries "takenOver": bool.
void registerSessionMethods(Ws::MethodRegistry &registry, SessionStore &store,
                            const TakeoverStore *takeovers = nullptr);

} // namespace Moltdesk::Sessions
