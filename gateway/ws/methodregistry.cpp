#include "ws/methodregistry.h"

#include "base/logging.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

namespace {
const QString kConnect = u"connect"_s;
}

bool MethodRegistry::registerMethod(const QString &name, Handler handler)
{
    if (name.isEmpty() || !handler || name == kConnect || m_methods.contains(name)) {
        qCWarning(lcWs) << "refusing to register WebSocket method" << name;
        return false;
    }
    m_methods.insert(name, std::move(handler));
    return true;
}

bool MethodRegistry::registerSyncMethod(const QString &name, SyncHandler handler)
{
    if (!handler)
        return registerMethod(name, Handler());
    return registerMethod(name, [handler = std::move(handler)](const QJsonObject &params,
                                                               const CallContext &context,
                                                               Reply reply) {
        reply.resolve(handler(params, context));
    });
}

bool MethodRegistry::unregisterMethod(const QString &name)
{
    return m_methods.remove(name);
}

bool MethodRegistry::hasMethod(const QString &name) const
{
    return m_methods.contains(name);
}

QStringList MethodRegistry::methods() const
{
    QStringList names = m_methods.keys();
    names.sort();
    return names;
}

bool MethodRegistry::registerEvent(const QString &name)
{
    if (name.isEmpty())
        return false;
    if (!m_events.contains(name)) {
        m_events.append(name);
        m_events.sort();
    }
    return true;
}

bool MethodRegistry::hasEvent(const QString &name) const
{
    return m_events.contains(name);
}

QStringList MethodRegistry::events() const
{
    return m_events;
}

void MethodRegistry::invoke(const QJsonObject &params, const CallContext &context, Reply reply) const
{
    const auto it = m_methods.constFind(context.method);
    if (it == m_methods.cend()) {
        // Same code and wording as OpenClaw's handleGatewayRequest.
        reply.reject(RpcError::invalidRequest(u"unknown method: "_s + context.method));
        return;
    }
    // Copy the handler: it may (un)register methods while it runs.
    const Handler handler = it.value();
    // An exception must never unwind into Qt's event loop, so every kind is caught here.
    try {
        handler(params, context, reply);
    } catch (const RpcError &error) {
        if (!reply.reject(error))
            qCWarning(lcWs) << "method" << context.method << "threw after replying:" << error.code();
    } catch (const std::exception &) {
        // what() is not logged: it may carry request data or secrets.
        qCWarning(lcWs) << "method" << context.method << "threw an exception";
        reply.reject(RpcError::unavailable(u"internal error in method "_s + context.method));
    } catch (...) {
        qCWarning(lcWs) << "method" << context.method << "threw a non-standard exception";
        reply.reject(RpcError::unavailable(u"internal error in method "_s + context.method));
    }
}

} // namespace Moltdesk::Ws
