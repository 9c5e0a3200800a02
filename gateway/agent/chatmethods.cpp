#include "agent/chatmethods.h"

#include "agent/agentrunner.h"
#include "agent/idempotencycache.h"
#include "sessions/sessionkey.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

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

} // namespace Moltdesk::Agent
