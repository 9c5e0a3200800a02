#include "control/chat.h"

#include "agent/agentrunner.h"
#include "agent/idempotencycache.h"
#include "base/logging.h"
#include "channels/sendresult.h"
#include "control/params.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"
#include "ws/methodregistry.h"
#include "ws/reply.h"
#include "ws/rpcerror.h"
#include "ws/wsserver.h"

#include <QJsonArray>
#include <QPointer>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Agent::AgentRunner;
using Agent::IdempotencyCache;
using Agent::TurnOutcome;
using Agent::TurnRequest;

namespace {

constexpr int MaxInjectLength = 32'000;
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

// chat.inject's spelling of a missing key (docs/sessions.md "Taking over a conversation").
Sessions::SessionKey operatorKey(const QJsonObject &params)
{
    const QJsonValue value = params.value(u"sessionKey"_s);
    if (!value.isString() || value.toString().isEmpty())
        throw Ws::RpcError::invalidRequest(u"sessionKey is required and must be a non-empty string"_s);
    auto key = Sessions::SessionKey::parse(value.toString());
    if (!key)
        throw Ws::RpcError::invalidRequest(u"sessionKey: "_s + key.error().message);
    return key.value();
}

// The message an injected reply threads under: the newest user message when the operator is
// answering it (it is the last thing in the conversation). Otherwise none.
QString replyTarget(Sessions::SessionStore &sessions, const Sessions::SessionKey &key)
{
    Sessions::HistoryQuery query;
    query.limit = 1;
    const auto page = sessions.history(key, query);
    if (!page || page->messages.isEmpty())
        return {};
    const Sessions::StoredMessage &last = page->messages.constLast();
    return last.role == u"user"_s ? last.channelMessageId : QString();
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
            throw rpcErrorFor(history.error());
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

void registerInjectMethod(Ws::MethodRegistry &registry, Sessions::SessionStore &sessions,
                          const Sessions::TakeoverStore &takeovers, SendToSession send, Ws::WsServer &ws)
{
    Sessions::SessionStore *store = &sessions;
    const Sessions::TakeoverStore *taken = &takeovers;
    Ws::WsServer *server = &ws;
    registry.registerMethod(u"chat.inject"_s, [store, taken, send, server](const QJsonObject &params,
                                                                          const Ws::CallContext &, Ws::Reply reply) {
        const Sessions::SessionKey key = operatorKey(params);
        const QJsonValue textValue = params.value(u"text"_s);
        if (!textValue.isString() || textValue.toString().trimmed().isEmpty())
            throw Ws::RpcError::invalidRequest(u"text is required and must be a non-empty string"_s);
        const QString text = textValue.toString();
        if (text.size() > MaxInjectLength)
            throw Ws::RpcError::invalidRequest(u"text must be at most %1 characters"_s.arg(MaxInjectLength));
        if (const QString why = Sessions::TakeoverStore::refusal(key); !why.isEmpty())
            throw Ws::RpcError::invalidRequest(why);
        if (!taken->isTakenOver(key.toString()))
            throw Ws::RpcError::invalidRequest(
                u"take the conversation over first (sessions.takeover), so the bot does not answer too"_s);

        QPointer<Ws::WsServer> ws(server);
        // Stored only once the channel has it: the history never shows a reply the user did not get.
        const QString notStarted = send(
            key, text, replyTarget(*store, key), [reply, ws, store, key, text](const Channels::SendResult &result) mutable {
                if (!result.ok) {
                    reply.reject(Ws::RpcError::unavailable(u"the channel did not accept the message: "_s
                                                           + result.error));
                    return;
                }
                Sessions::NewMessage message;
                message.role = u"assistant"_s;
                message.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}};
                message.channelMessageId = result.messageIds.value(0);
                message.metadata = QJsonObject{{u"injected"_s, true}, {u"by"_s, u"operator"_s}};
                QJsonObject payload{{u"sessionKey"_s, key.toString()}, {u"delivered"_s, true}};
                const auto stored = store->append(key, message);
                if (!stored) {
                    // Delivered but not in the history: say so, without seq, rather than invite a
                    // second send of what the user already has.
                    qCWarning(lcSessions).noquote() << "operator reply to" << key.toString()
                                                    << "was delivered but not stored:" << stored.error().message;
                    payload.insert(u"warning"_s, QString(u"delivered, but not stored in the history: "_s
                                                             + stored.error().message));
                    reply.resolve(payload);
                    return;
                }
                payload.insert(u"seq"_s, stored->seq);
                if (ws) {
                    ws->broadcast(u"chat"_s, QJsonObject{{u"sessionKey"_s, key.toString()},
                                                         {u"state"_s, u"final"_s},
                                                         {u"injected"_s, true},
                                                         {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                                    {u"content"_s, message.content},
                                                                                    {u"timestamp"_s, stored->createdMs},
                                                                                    {u"metadata"_s, message.metadata}}}});
                }
                reply.resolve(payload);
            });
        if (!notStarted.isEmpty())
            throw Ws::RpcError::unavailable(notStarted);
    });
}

} // namespace Moltdesk::Control
