#include "control/sessions.h"

#include "control/params.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"
#include "ws/wsserver.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Sessions::SessionInfo;
using Sessions::SessionKey;
using Sessions::SessionListQuery;
using Sessions::SessionPage;
using Sessions::SessionStore;
using Sessions::TakeoverStore;

namespace {

template <typename T>
T take(Storage::Result<T> result)
{
    if (!result)
        throw rpcErrorFor(result.error());
    return std::move(result).value();
}

QString optionalString(const QJsonObject &params, const QString &name, int maxLength = 1024)
{
    const QJsonValue value = params.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().size() > maxLength)
        throw Ws::RpcError::invalidRequest(u"%1 must be a string of at most %2 characters"_s.arg(name).arg(maxLength));
    return value.toString();
}

SessionKey requiredKey(const QJsonObject &params, const QString &name)
{
    const QJsonValue value = params.value(name);
    if (!value.isString())
        throw Ws::RpcError::invalidRequest(name + u" is required and must be a string"_s);
    auto key = SessionKey::parse(value.toString());
    if (!key)
        throw Ws::RpcError::invalidRequest(name + u": "_s + key.error().message);
    return key.value();
}

// sessions.takeover's spelling of a missing key (docs/sessions.md "Taking over a conversation").
SessionKey operatorKey(const QJsonObject &params)
{
    const QJsonValue value = params.value(u"sessionKey"_s);
    if (!value.isString() || value.toString().isEmpty())
        throw Ws::RpcError::invalidRequest(u"sessionKey is required and must be a non-empty string"_s);
    auto key = SessionKey::parse(value.toString());
    if (!key)
        throw Ws::RpcError::invalidRequest(u"sessionKey: "_s + key.error().message);
    return key.value();
}

QJsonObject sessionJson(const SessionInfo &info)
{
    // OpenClaw's rows name the time updatedAt and the label displayName; lastActivity and title
    // are our names for the same values.
    return {
        {u"key"_s, info.key},
        {u"kind"_s, info.kind},
        {u"channel"_s, info.channel},
        {u"title"_s, info.title},
        {u"displayName"_s, info.title.isEmpty() ? info.key : info.title},
        {u"createdAt"_s, info.createdMs},
        {u"updatedAt"_s, info.lastActivityMs},
        {u"lastActivity"_s, info.lastActivityMs},
        {u"messageCount"_s, info.messageCount},
        {u"archivedCount"_s, info.archivedCount},
        {u"storedBytes"_s, info.storedBytes},
    };
}

} // namespace

void registerSessionMethods(Ws::MethodRegistry &registry, SessionStore &store, const TakeoverStore *takeovers,
                            std::function<void(const QString &sessionKey)> onDeleted)
{
    registry.registerSyncMethod(u"sessions.list"_s, [&store, takeovers](const QJsonObject &params, const Ws::CallContext &) {
        SessionListQuery query;
        query.limit = int(optionalInteger(params, u"limit"_s, 1, SessionStore::MaxListLimit).value_or(50));
        query.cursor = optionalString(params, u"cursor"_s);
        query.search = optionalString(params, u"search"_s, 256);
        query.channel = optionalString(params, u"channel"_s, 32);
        const SessionPage page = take(store.list(query));
        QJsonArray sessions;
        for (const SessionInfo &info : page.sessions) {
            QJsonObject item = sessionJson(info);
            if (takeovers && takeovers->isTakenOver(info.key))
                item.insert(u"takenOver"_s, true);
            sessions.append(item);
        }
        return QJsonValue(QJsonObject{
            {u"ts"_s, QDateTime::currentMSecsSinceEpoch()},
            {u"count"_s, sessions.size()},
            {u"sessions"_s, sessions},
            {u"nextCursor"_s, page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)},
        });
    });

    registry.registerSyncMethod(u"sessions.delete"_s, [&store, onDeleted](const QJsonObject &params,
                                                                         const Ws::CallContext &) {
        const SessionKey key = requiredKey(params, u"key"_s);
        const bool deleted = take(store.remove(key));
        // Jobs of a deleted conversation must not bring it back (docs/cron.md).
        if (onDeleted)
            onDeleted(key.toString());
        return QJsonValue(QJsonObject{{u"ok"_s, true}, {u"key"_s, key.toString()}, {u"deleted"_s, deleted}});
    });
}

void registerTakeoverMethod(Ws::MethodRegistry &registry, TakeoverStore &takeovers, Ws::WsServer &ws)
{
    TakeoverStore *store = &takeovers;
    registry.registerSyncMethod(u"sessions.takeover"_s, [store](const QJsonObject &params, const Ws::CallContext &) {
        const SessionKey key = operatorKey(params);
        const QJsonValue on = params.value(u"on"_s);
        if (!on.isBool())
            throw Ws::RpcError::invalidRequest(u"on is required and must be a boolean"_s);
        if (auto set = store->set(key, on.toBool()); !set)
            throw rpcErrorFor(set.error());
        return QJsonValue(QJsonObject{{u"sessionKey"_s, key.toString()},
                                      {u"takenOver"_s, store->isTakenOver(key.toString())}});
    });
    registry.registerEvent(u"sessions.takeover"_s);
    QObject::connect(store, &TakeoverStore::changed, &ws, [server = &ws](const QString &key, bool takenOver) {
        server->broadcast(u"sessions.takeover"_s, QJsonObject{{u"sessionKey"_s, key}, {u"takenOver"_s, takenOver}});
    });
}

} // namespace Moltdesk::Control
