#pragma once

#include "ws/callcontext.h"
#include "ws/reply.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace Moltdesk::Ws {

// The table of RPC methods and event names the WebSocket protocol offers. The transport
// (WsServer/WsConnection) only looks names up here, so a feature adds its methods from the
// composition root without touching the transport.
//
// Handlers run on the gateway thread, one call per request; they must not block. A handler that
// needs time keeps the Reply and completes it later. Register everything before clients connect:
// `hello-ok` lists what is registered at the moment a client authenticates.
class MethodRegistry
{
public:
    // Asynchronous form: complete `reply` now or later, exactly once.
    using Handler = std::function<void(const QJsonObject &params, const CallContext &context, Reply reply)>;
    // Immediate form: return the payload, or throw RpcError (e.g. invalidRequest for bad params).
    using SyncHandler = std::function<QJsonValue(const QJsonObject &params, const CallContext &context)>;

    // False (and nothing changes) for an empty name, a duplicate, an empty handler or the
    // reserved handshake method `connect`.
    bool registerMethod(const QString &name, Handler handler);
    bool registerSyncMethod(const QString &name, SyncHandler handler);
    bool unregisterMethod(const QString &name);
    bool hasMethod(const QString &name) const;
    QStringList methods() const; // sorted

    // Event names listed in hello-ok `features.events`. Registering twice is harmless.
    bool registerEvent(const QString &name);
    bool hasEvent(const QString &name) const;
    QStringList events() const; // sorted

    // Runs the handler for context.method. Never throws: an unknown method, an RpcError or any
    // other exception from the handler becomes an error response on `reply`.
    void invoke(const QJsonObject &params, const CallContext &context, Reply reply) const;

private:
    QHash<QString, Handler> m_methods;
    QStringList m_events;
};

} // namespace Moltdesk::Ws
