#pragma once

#include <QString>

#include <functional>

namespace Moltdesk::Sessions {
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
} // namespace Moltdesk::Ws

namespace Moltdesk::Control {

// The `sessions.*` methods backed by the session store (shapes after OpenClaw's gateway
// protocol, documented in docs/sessions.md):
//   sessions.list   {limit?, cursor?, search?, channel?} -> {ts, count, sessions:[...], nextCursor}
//   sessions.delete {key}                                -> {ok, key, deleted}
// (chat.history, also over the store, is in control/chat.h.)
// Bad params answer INVALID_REQUEST; a storage failure answers UNAVAILABLE. The handlers are
// short indexed reads/writes, so they run on the gateway thread. `store` must outlive `registry`.
// With `takeovers`, sessions.list items carry "takenOver": true for a conversation the operator
// has taken over (omitted otherwise). `onDeleted`, when set, is called with the key after
// sessions.delete removed it (AgentStack cancels the session's scheduled jobs).
void registerSessionMethods(Ws::MethodRegistry &registry, Sessions::SessionStore &store,
                            const Sessions::TakeoverStore *takeovers = nullptr,
                            std::function<void(const QString &sessionKey)> onDeleted = {});

// The operator's take-over of a conversation (docs/sessions.md "Taking over a conversation"):
//   sessions.takeover {sessionKey, on} -> {sessionKey, takenOver}
// and the event sessions.takeover {sessionKey, takenOver}, broadcast on each change (also when a
// change comes from elsewhere than this method). Bad params answer INVALID_REQUEST naming the
// param; a storage failure UNAVAILABLE. `takeovers` and `ws` must outlive the registry.
void registerTakeoverMethod(Ws::MethodRegistry &registry, Sessions::TakeoverStore &takeovers, Ws::WsServer &ws);

} // namespace Moltdesk::Control
