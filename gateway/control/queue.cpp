#include "control/queue.h"

#include "control/params.h"
#include "queue/jobqueue.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Queue::Job;
using Queue::JobQueue;
using Queue::QueueDepth;

namespace {

// JSON numbers are doubles: integers are exact up to 2^53 (RFC 8259 section 6).
constexpr double kMaxSafeInteger = 9007199254740991.0;

QString optionalQueue(const QJsonObject &params)
{
    const QJsonValue value = params.value(u"queue"_s);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Ws::RpcError::invalidRequest(u"queue must be a string"_s);
    const QString queue = value.toString();
    if (const Storage::Result<void> valid = JobQueue::validateQueueName(queue); !valid)
        throw Ws::RpcError::invalidRequest(valid.error().message);
    return queue;
}

qint64 integerParam(const QJsonObject &params, const QString &name, double min, double max, std::optional<qint64> fallback)
{
    const QJsonValue value = params.value(name);
    if ((value.isUndefined() || value.isNull()) && fallback)
        return *fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::trunc(number) != number || number < min || number > max)
        throw Ws::RpcError::invalidRequest(u"%1 must be an integer from %2 to %3"_s.arg(name).arg(qint64(min)).arg(qint64(max)));
    return qint64(number);
}

} // namespace

void registerQueueMethods(Ws::MethodRegistry &registry, JobQueue &queue)
{
    registry.registerSyncMethod(u"queue.status"_s, [&queue](const QJsonObject &params, const Ws::CallContext &) {
        const QString only = optionalQueue(params);
        QJsonArray queues;
        for (const QueueDepth &depth : queue.depths()) {
            if (!only.isEmpty() && depth.queue != only)
                continue;
            queues.append(QJsonObject{{u"queue"_s, depth.queue},
                                      {u"pending"_s, depth.pending},
                                      {u"running"_s, depth.running},
                                      {u"done"_s, depth.done},
                                      {u"dead"_s, depth.dead}});
        }
        return QJsonValue(QJsonObject{{u"queues"_s, queues}});
    });

    registry.registerSyncMethod(u"queue.dead"_s, [&queue](const QJsonObject &params, const Ws::CallContext &) {
        const QString only = optionalQueue(params);
        const qint64 limit = integerParam(params, u"limit"_s, 1, JobQueue::MaxListLimit, 100);
        const Storage::Result<QList<Job>> dead = queue.listDead(only, int(limit));
        if (!dead)
            throw rpcErrorFor(dead.error());
        QJsonArray jobs;
        for (const Job &job : dead.value())
            jobs.append(job.toJson());
        return QJsonValue(QJsonObject{{u"jobs"_s, jobs}});
    });

    registry.registerSyncMethod(u"queue.retry"_s, [&queue](const QJsonObject &params, const Ws::CallContext &) {
        const qint64 id = integerParam(params, u"id"_s, 1, kMaxSafeInteger, std::nullopt);
        const Storage::Result<Job> retried = queue.retryDead(id);
        if (!retried)
            throw rpcErrorFor(retried.error());
        return QJsonValue(QJsonObject{{u"job"_s, retried->toJson()}});
    });
}

} // namespace Moltdesk::Control
