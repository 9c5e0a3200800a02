#include "core/controlmethods.h"

#include "agent/pauseswitch.h"
#include "channels/sendresult.h"
#include "core/channelstack.h"
#include "conversation/inboundconsumer.h"
#include "core/logging.h"
#include "queue/jobqueue.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"
#include "ws/methodregistry.h"
#include "ws/reply.h"
#include "ws/rpcerror.h"
#include "ws/wsserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Core {

namespace {

constexpr int MaxInjectLength = 32'000;

[[noreturn]] void fail(const Storage::Error &error)
{
    if (error.code == Storage::Error::Code::InvalidArgument)
        throw Ws::RpcError::invalidRequest(error.message);
    throw Ws::RpcError::unavailable(error.message);
}

Sessions::SessionKey requiredKey(const QJsonObject &params)
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

void registerPauseMethods(Ws::MethodRegistry &methods, const ControlServices &s)
{
    Agent::PauseSwitch *pause = s.pause;
    Queue::JobQueue *queue = s.queue;
    methods.registerSyncMethod(u"agent.pause"_s, [pause](const QJsonObject &, const Ws::CallContext &) {
        if (auto paused = pause->pause(); !paused)
            throw Ws::RpcError::unavailable(u"could not save the pause: "_s + paused.error().message);
        return QJsonValue(pause->toJson());
    });
    methods.registerSyncMethod(u"agent.resume"_s, [pause, queue](const QJsonObject &, const Ws::CallContext &) {
        if (auto resumed = pause->resume(); !resumed)
            throw Ws::RpcError::unavailable(u"could not save the resume: "_s + resumed.error().message);
        // What the consumer now answers, in order (the cached count: no query).
        const qint64 queued = queue ? queue->depth(Conversation::InboundConsumer::QueueName, Queue::JobState::Pending) : 0;
        return QJsonValue(QJsonObject{{u"paused"_s, false}, {u"queued"_s, queued}});
    });
    methods.registerEvent(u"agent.paused"_s);
    QObject::connect(pause, &Agent::PauseSwitch::changed, s.ws,
                     [pause, ws = s.ws] { ws->broadcast(u"agent.paused"_s, pause->toJson()); });
}

void registerTakeoverMethods(Ws::MethodRegistry &methods, const ControlServices &s)
{
    Sessions::TakeoverStore *takeovers = s.takeovers;
    methods.registerSyncMethod(u"sessions.takeover"_s, [takeovers](const QJsonObject &params, const Ws::CallContext &) {
        const Sessions::SessionKey key = requiredKey(params);
        const QJsonValue on = params.value(u"on"_s);
        if (!on.isBool())
            throw Ws::RpcError::invalidRequest(u"on is required and must be a boolean"_s);
        if (auto set = takeovers->set(key, on.toBool()); !set)
            fail(set.error());
        return QJsonValue(QJsonObject{{u"sessionKey"_s, key.toString()},
                                      {u"takenOver"_s, takeovers->isTakenOver(key.toString())}});
    });
    methods.registerEvent(u"sessions.takeover"_s);
    QObject::connect(takeovers, &Sessions::TakeoverStore::changed, s.ws,
                     [ws = s.ws](const QString &key, bool takenOver) {
                         ws->broadcast(u"sessions.takeover"_s,
                                       QJsonObject{{u"sessionKey"_s, key}, {u"takenOver"_s, takenOver}});
                     });
}

void registerInjectMethod(Ws::MethodRegistry &methods, const ControlServices &s)
{
    methods.registerMethod(u"chat.inject"_s, [s](const QJsonObject &params, const Ws::CallContext &, Ws::Reply reply) {
        const Sessions::SessionKey key = requiredKey(params);
        const QJsonValue textValue = params.value(u"text"_s);
        if (!textValue.isString() || textValue.toString().trimmed().isEmpty())
            throw Ws::RpcError::invalidRequest(u"text is required and must be a non-empty string"_s);
        const QString text = textValue.toString();
        if (text.size() > MaxInjectLength)
            throw Ws::RpcError::invalidRequest(u"text must be at most %1 characters"_s.arg(MaxInjectLength));
        if (const QString why = Sessions::TakeoverStore::refusal(key); !why.isEmpty())
            throw Ws::RpcError::invalidRequest(why);
        if (!s.takeovers->isTakenOver(key.toString()))
            throw Ws::RpcError::invalidRequest(
                u"take the conversation over first (sessions.takeover), so the bot does not answer too"_s);

        QPointer<Ws::WsServer> ws(s.ws);
        Sessions::SessionStore *sessions = s.sessions;
        // Stored only once the channel has it: the history never shows a reply the user did not get.
        const QString notStarted = s.channels->sendToSession(
            key, text, replyTarget(*sessions, key), [reply, ws, sessions, key, text](const Channels::SendResult &result) mutable {
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
                const auto stored = sessions->append(key, message);
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

} // namespace

void registerControlMethods(Ws::MethodRegistry &methods, const ControlServices &services)
{
    registerPauseMethods(methods, services);
    registerTakeoverMethods(methods, services);
    registerInjectMethod(methods, services);
}

} // namespace Moltdesk::Core
