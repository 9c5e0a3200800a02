#pragma once

namespace Moltdesk::Sessions {
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Control {

// The `sessions.*` methods backed by the session store (shapes after OpenClaw's gateway
// protocol, documented in docs/sessions.md):
//   sessions.list   {limit?, cursor?, search?, channel?} -> {ts, count, sessions:[...], nextCursor}
//   sessions.delete {key}                                -> {ok, key, deleted}
// (chat.history, also over the store, is in control/chat.h.)
// Bad params answer INVALID_REQUEST; a storage failure answers UNAVAILABLE. The handlers are
// short indexed reads/writes, so they run on the gateway thread. `store` must outlive `registry`.
// With `takeovers`, sessions.list items carry "takenOver": true for a conversation the operator
// has taken over (omitted otherwise).
void registerSessionMethods(Ws::MethodRegistry &registry, Sessions::SessionStore &store,
                            const Sessions::TakeoverStore *takeovers = nullptr);

} // namespace Moltdesk::Control
