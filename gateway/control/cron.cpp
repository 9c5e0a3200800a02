#include "control/cron.h"

#include "control/params.h"
#include "cron/scheduler.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Cron::Job;
using Cron::JobSpec;
using Cron::RunRecord;
using Cron::Schedule;
using Cron::Scheduler;

namespace {

constexpr int kMaxPreview = 50;

QString requireString(const QJsonObject &params, const QString &key)
{
    const QJsonValue value = params.value(key);
    if (!value.isString() || value.toString().isEmpty())
        throw Ws::RpcError::invalidRequest(u"params.%1: expected a non-empty string"_s.arg(key));
    return value.toString();
}

QString optionalString(const QJsonObject &params, const QString &key)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Ws::RpcError::invalidRequest(u"params.%1: expected a string"_s.arg(key));
    return value.toString();
}

int optionalCount(const QJsonObject &params, const QString &key, int fallback, int max)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined())
        return fallback;
    const double n = value.toDouble(-1);
    if (!value.isDouble() || n != double(qint64(n)) || n < 1 || n > max)
        throw Ws::RpcError::invalidRequest(u"params.%1: expected an integer 1-%2"_s.arg(key).arg(max));
    return int(n);
}

// Exactly one of "schedule", "every", "at" (as in config.json); "every" may be seconds.
std::pair<Schedule::Kind, QString> readSchedule(const QJsonObject &params)
{
    QList<std::pair<Schedule::Kind, QString>> present;
    for (const auto &[kind, key] : {std::pair{Schedule::Kind::Cron, u"schedule"_s},
                                    std::pair{Schedule::Kind::Every, u"every"_s},
                                    std::pair{Schedule::Kind::At, u"at"_s}}) {
        if (params.contains(key))
            present.append({kind, key});
    }
    if (present.size() != 1)
        throw Ws::RpcError::invalidRequest(u"params: expected exactly one of \"schedule\", \"every\" or \"at\""_s);
    const auto [kind, key] = present.first();
    const QJsonValue value = params.value(key);
    if (kind == Schedule::Kind::Every && value.isDouble() && value.toDouble() == double(value.toInteger()))
        return {kind, QString::number(value.toInteger())};
    if (!value.isString())
        throw Ws::RpcError::invalidRequest(u"params.%1: expected a string"_s.arg(key));
    return {kind, value.toString()};
}

QJsonObject jobJson(const Scheduler &scheduler, const Job &job)
{
    QJsonObject json = job.toJson();
    json.insert(u"running"_s, scheduler.isRunning(job.id));
    return json;
}

} // namespace

void registerCronMethods(Ws::MethodRegistry &registry, Scheduler &scheduler)
{
    registry.registerSyncMethod(u"cron.list"_s, [&scheduler](const QJsonObject &, const Ws::CallContext &) {
        QJsonArray jobs;
        for (const Job &job : scheduler.jobs())
            jobs.append(jobJson(scheduler, job));
        return QJsonValue(QJsonObject{{u"jobs"_s, jobs}});
    });

    registry.registerSyncMethod(u"cron.add"_s, [&scheduler](const QJsonObject &params, const Ws::CallContext &) {
        JobSpec spec;
        spec.id = optionalString(params, u"id"_s);
        std::tie(spec.kind, spec.schedule) = readSchedule(params);
        spec.timezone = optionalString(params, u"timezone"_s).toUtf8();
        spec.prompt = requireString(params, u"prompt"_s);
        spec.session = optionalString(params, u"session"_s);
        spec.deliverTo = optionalString(params, u"deliverTo"_s);
        const QJsonValue enabled = params.value(u"enabled"_s);
        if (!enabled.isUndefined() && !enabled.isBool())
            throw Ws::RpcError::invalidRequest(u"params.enabled: expected true or false"_s);
        spec.enabled = enabled.toBool(true);
        Storage::Result<Job> job = scheduler.addJob(spec);
        if (!job)
            throw rpcErrorFor(job.error());
        return QJsonValue(QJsonObject{{u"job"_s, jobJson(scheduler, job.value())}});
    });

    registry.registerSyncMethod(u"cron.remove"_s, [&scheduler](const QJsonObject &params, const Ws::CallContext &) {
        const QString id = requireString(params, u"id"_s);
        const Storage::Result<void> removed = scheduler.removeJob(id);
        if (!removed)
            throw rpcErrorFor(removed.error());
        return QJsonValue(QJsonObject{{u"id"_s, id}, {u"removed"_s, true}});
    });

    registry.registerSyncMethod(u"cron.run"_s, [&scheduler](const QJsonObject &params, const Ws::CallContext &) {
        const QString id = requireString(params, u"id"_s);
        const QDateTime now = scheduler.now();
        Storage::Result<Job> job = scheduler.runNow(id);
        if (!job)
            throw rpcErrorFor(job.error());
        return QJsonValue(QJsonObject{{u"id"_s, id},
                                      {u"status"_s, u"started"_s},
                                      {u"scheduled"_s, now.toUTC().toString(Qt::ISODateWithMs)}});
    });

    registry.registerSyncMethod(u"cron.runs"_s, [&scheduler](const QJsonObject &params, const Ws::CallContext &) {
        const QString id = requireString(params, u"id"_s);
        const int limit = optionalCount(params, u"limit"_s, 20, 1000);
        Storage::Result<QList<RunRecord>> runs = scheduler.runs(id, limit);
        if (!runs)
            throw rpcErrorFor(runs.error());
        QJsonArray out;
        for (const RunRecord &run : runs.value())
            out.append(run.toJson());
        return QJsonValue(QJsonObject{{u"id"_s, id}, {u"runs"_s, out}});
    });

    // The panel's live preview while the user types a schedule.
    registry.registerSyncMethod(u"cron.preview"_s, [&scheduler](const QJsonObject &params, const Ws::CallContext &) {
        const auto [kind, text] = readSchedule(params);
        const QByteArray zoneId = optionalString(params, u"timezone"_s).toUtf8();
        const QTimeZone zone(zoneId.isEmpty() ? scheduler.defaultZone() : zoneId);
        if (!zone.isValid())
            throw Ws::RpcError::invalidRequest(u"params.timezone: not an IANA time zone such as \"Europe/Berlin\""_s);
        const int count = optionalCount(params, u"count"_s, 5, kMaxPreview);
        Storage::Result<Schedule> schedule = Schedule::parse(kind, text, zone);
        if (!schedule)
            throw Ws::RpcError::invalidRequest(Schedule::kindName(kind) + u": "_s + schedule.error().message);
        const QDateTime now = scheduler.now();
        QJsonArray times;
        for (const QDateTime &t : schedule->preview(now, count, now))
            times.append(t.toTimeZone(zone).toString(Qt::ISODate));
        return QJsonValue(QJsonObject{{u"description"_s, schedule->describe()}, {u"times"_s, times}});
    });
}

} // namespace Moltdesk::Control
