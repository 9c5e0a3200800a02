#include "control/chat.h"

#include "agent/agentrunner.h"
#include "agent/idempotencycache.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Agent::AgentRunner;
using Agent::IdempotencyCache;
using Agent::TurnOutcome;
using Agent::TurnRequest;

namespace {
constexpr int MaxMessageLength = 100000; // characters; far beyond any chat message, well below memory trouble
constexpr int MaxIdempotencyKeyLength = 200;

QString requiredString(const QJsonObject &params, const QString &name, int maxLength)
{
    const QJsonValue value = params.value(name);
    if (!value.isString() || value.toString().isEmpty())
        throw Ws::RpcError::invalidRequest(name + u" is required and must be a non-empty string"_s);
    if (value.toString().size() > maxLength)
        throw Ws::RpcError::invalidRequest(u"%1 must be at most %2 characters"_s.arg(name).arg(maxLength));
    return value.toString();
}

QString optionalString(const QJsonObject &params, const QString &name, int maxLength)
{
    const QJsonValue value = params.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().size() > maxLength)
        throw Ws::RpcError::invalidRequest(u"%1 must be a string of at most %2 characters"_s.arg(name).arg(maxLength));
    return value.toString();
}

QString sessionKeyOf(const QJsonObject &params)
{
    const QString text = requiredString(params, u"sessionKey"_s, Sessions::SessionKey::MaxLength);
    const auto key = Sessions::SessionKey::parse(text);
    if (!key)
        throw Ws::RpcError::invalidRequest(u"sessionKey: "_s + key.error().message);
    return key->toString();
}

// A repeat of an idempotent chat.send: the run is still going, or here is how it ended.
QJsonObject repeatAnswer(const AgentRunner &runner, const QString &runId)
{
    if (runner.isActive(runId))
        return {{u"runId"_s, runId}, {u"status"_s, u"in_flight"_s}};
    if (const auto outcome = runner.outcome(runId))
        return {{u"runId"_s, runId}, {u"status"_s, TurnOutcome::stateName(outcome->state)},
                {u"result"_s, outcome->toJson()}};
    // Finished so long ago that the outcome was forgotten: say so rather than run it twice.
    return {{u"runId"_s, runId}, {u"status"_s, u"done"_s}};
}

// chat.history's params and rows (the history half of docs/sessions.md).

// Integers above 2^53 do not survive a JSON number (a double) exactly.
constexpr qint64 MaxJsonInteger = (Q_INT64_C(1) << 53) - 1;

[[noreturn]] void fail(const Storage::Error &error)
{
    if (error.code == Storage::Error::Code::InvalidArgument)
        throw Ws::RpcError::invalidRequest(error.message);
    throw Ws::RpcError::unavailable(error.message);
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

Sessions::SessionKey historyKey(const QJsonObject &params)
{
    const QJsonValue value = params.value(u"sessionKey"_s);
    if (!value.isString())
        throw Ws::RpcError::invalidRequest(u"sessionKey is required and must be a string"_s);
    auto key = Sessions::SessionKey::parse(value.toString());
    if (!key)
        throw Ws::RpcError::invalidRequest(u"sessionKey: "_s + key.error().message);
    return key.value();
}

QJsonObject messageJson(const Sessions::StoredMessage &m)
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

void registerChatMethods(Ws::MethodRegistry &registry, AgentRunner &runner, IdempotencyCache &cache)
{
    registry.registerSyncMethod(u"chat.send"_s, [&runner, &cache](const QJsonObject &params, const Ws::CallContext &) {
        const QString sessionKey = sessionKeyOf(params);
        const QString message = requiredString(params, u"message"_s, MaxMessageLength);
        const QString idempotencyKey = optionalString(params, u"idempotencyKey"_s, MaxIdempotencyKeyLength);
        if (!idempotencyKey.isEmpty()) {
            if (const auto runId = cache.runFor(sessionKey, idempotencyKey))
                return QJsonValue(repeatAnswer(runner, *runId));
        }
        TurnRequest request;
        request.sessionKey = sessionKey;
        request.text = message;
        const auto runId = runner.submit(request);
        if (!runId)
            throw Ws::RpcError::invalidRequest(runId.error().message);
        if (!idempotencyKey.isEmpty())
            cache.remember(sessionKey, idempotencyKey, runId.value());
        return QJsonValue(QJsonObject{{u"runId"_s, runId.value()}, {u"status"_s, u"started"_s}});
    });

    registry.registerSyncMethod(u"chat.abort"_s, [&runner](const QJsonObject &params, const Ws::CallContext &) {
        const QString sessionKey = sessionKeyOf(params);
        const QString runId = optionalString(params, u"runId"_s, 64);
        const bool aborted = runner.abort(sessionKey, runId);
        return QJsonValue(QJsonObject{{u"ok"_s, true}, {u"aborted"_s, aborted}});
    });

    registry.registerEvent(u"chat"_s);
    registry.registerEvent(u"agent"_s);
}

void registerChatHistory(Ws::MethodRegistry &registry, Sessions::SessionStore &store,
                         const Sessions::TakeoverStore *takeovers)
{
    registry.registerSyncMethod(u"chat.history"_s, [&store, takeovers](const QJsonObject &params, const Ws::CallContext &) {
        const Sessions::SessionKey key = historyKey(params);
        Sessions::HistoryQuery query;
        query.limit = int(optionalInteger(params, u"limit"_s, 1, Sessions::SessionStore::MaxHistoryLimit).value_or(100));
        query.beforeSeq = optionalInteger(params, u"beforeSeq"_s, 1, MaxJsonInteger);
        const QJsonValue archived = params.value(u"includeArchived"_s);
        if (!archived.isUndefined() && !archived.isNull() && !archived.isBool())
            throw Ws::RpcError::invalidRequest(u"includeArchived must be a boolean"_s);
        query.includeArchived = archived.toBool(false);
        auto history = store.history(key, query);
        if (!history)
            fail(history.error());
        const Sessions::HistoryPage page = std::move(history).value();
        QJsonArray messages;
        for (const Sessions::StoredMessage &m : page.messages)
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

} // namespace Moltdesk::Control
