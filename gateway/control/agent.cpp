#include "control/agent.h"

#include "agent/pauseswitch.h"
#include "queue/jobqueue.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"
#include "ws/wsserver.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

void registerAgentMethods(Ws::MethodRegistry &methods, Agent::PauseSwitch &pause, Queue::JobQueue *queue,
                          const QString &inboundQueue, Ws::WsServer &ws)
{
    Agent::PauseSwitch *paused = &pause;
    methods.registerSyncMethod(u"agent.pause"_s, [paused](const QJsonObject &, const Ws::CallContext &) {
        if (auto done = paused->pause(); !done)
            throw Ws::RpcError::unavailable(u"could not save the pause: "_s + done.error().message);
        return QJsonValue(paused->toJson());
    });
    methods.registerSyncMethod(u"agent.resume"_s, [paused, queue, inboundQueue](const QJsonObject &,
                                                                               const Ws::CallContext &) {
        if (auto resumed = paused->resume(); !resumed)
            throw Ws::RpcError::unavailable(u"could not save the resume: "_s + resumed.error().message);
        // What the consumer now answers, in order (the cached count: no query).
        const qint64 queued = queue ? queue->depth(inboundQueue, Queue::JobState::Pending) : 0;
        return QJsonValue(QJsonObject{{u"paused"_s, false}, {u"queued"_s, queued}});
    });
    methods.registerEvent(u"agent.paused"_s);
    QObject::connect(paused, &Agent::PauseSwitch::changed, &ws,
                     [paused, server = &ws] { server->broadcast(u"agent.paused"_s, paused->toJson()); });
}

} // namespace Moltdesk::Control
