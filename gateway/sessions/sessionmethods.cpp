#include "sessions/sessionmethods.h"

#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

namespace {

// Integers above 2^53 do not survive a JSON number (a double) exactly.
constexpr qint64 MaxJsonInteger = (Q_INT64_C(1) << 53) - 1;

[[noreturn]] void fail(const Storage::Error &error)
{
    if (error.code == Storage::Error::Code::InvalidArgument)
        throw Ws::RpcError::invalidRequest(error.message);
    throw Ws::RpcError::unavailable(error.message);
}

template <typename T>
T take(Storage::Result<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(result).value();
}

std::optional<qint64> optionalInteger(const QJsonObject &params, const QString &name, qint64 min, qint64 max)
{
    const QJsonValue value = params.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < double(min) || number > double(max))
        throw Ws::RpcError::invalidRequest(u"%1 must be an integer from %2 to %3"_s.arg(name).arg(min).arg(max));
    return qint64(number);
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

QJsonObject messageJson(const StoredMessage &m)
{
    QJsonObject json{
        {u"seq"_s, m.seq},
        {u"role"_s, m.role},
        {u"content"_s, m.content},
        {u"timestamp"_s, m.createdMs},
        {u"generation"_s, m.generation},
        {u"archived"_s, m.archived},
    };
    if (!m.channelMessageId.isEmpty())
        json.insert(u"channelMessageId"_s, m.channelMessageId);
    if (!m.model.isEmpty())
        json.insert(u"model"_s, m.model);
    if (!m.usage.isEmpty())
        json.insert(u"usage"_s, m.usage);
    if (!m.runId.isEmpty())
        json.insert(u"runId"_s, m.runId);
    if (!m.metadata.isEmpty())
        json.insert(u"metadata"_s, m.metadata);
    return json;
}

} // namespace

void registerSessionMethods(Ws::MethodRegistry &registry, SessionStore &store, const TakeoverStore *takeovers)
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

    registry.registerSyncMethod(u"sessions.delete"_s, [&store](const QJsonObject &params, const Ws::CallContext &) {
        const SessionKey key = requiredKey(params, u"key"_s);
        const bool deleted = take(store.remove(key));
        return QJsonValue(QJsonObject{{u"ok"_s, true}, {u"key"_s, key.toString()}, {u"deleted"_s, deleted}});
    });

    registry.registerSyncMethod(u"chat.history"_s, [&store, takeovers](const QJsonObject &params, const Ws::CallContext &) {
        const SessionKey key = requiredKey(params, u"sessionKey"_s);
        HistoryQuery query;
        query.limit = int(optionalInteger(params, u"limit"_s, 1, SessionStore::MaxHistoryLimit).value_or(100));
        query.beforeSeq = optionalInteger(params, u"beforeSeq"_s, 1, MaxJsonInteger);
        const QJsonValue archived = params.value(u"includeArchived"_s);
        if (!archived.isUndefined() && !archived.isNull() && !archived.isBool())
            throw Ws::RpcError::invalidRequest(u"includeArchived must be a boolean"_s);
        query.includeArchived = archived.toBool(false);
        const HistoryPage page = take(store.history(key, query));
        QJsonArray messages;
        for (const StoredMessage &m : page.messages)
            messages.append(messageJson(m));
        const QJsonValue nextBefore = page.hasMore && !page.messages.isEmpty()
            ? QJsonValue(page.messages.constFirst().seq) : QJsonValue();
        return QJsonValue(QJsonObject{
            {u"sessionKey"_s, key.toString()},
            {u"messages"_s, messages},
            {u"hasMore"_s, page.hasMore},
            {u"nextBeforeSeq"_s, nextBefore},
            {u"takenOver"_s, takeovers && takeovers->isTakenOver(key.toString())},
        });
    });
}

} // namespace Moltdesk::Sessions
