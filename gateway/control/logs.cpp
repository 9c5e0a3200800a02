#include "control/logs.h"

#include "base/eventlog.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Base::LogEntry;

namespace {

// QtMsgType's numeric order is not severity order (QtInfoMsg was added last).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

// A JSON integer in [min, max], or the fallback when the param is absent.
qint64 integerParam(const QJsonObject &params, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!params.contains(name))
        return fallback;
    const QJsonValue value = params.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < double(min) || number > double(max))
        throw Ws::RpcError::invalidRequest(
            u"logs.tail: \"%1\" must be an integer from %2 to %3"_s.arg(name).arg(min).arg(max));
    return qint64(number);
}

} // namespace

void LogMethods::registerAll(Ws::MethodRegistry &registry, const EventLog *log)
{
    registry.registerSyncMethod(u"logs.tail"_s, [log](const QJsonObject &params, const Ws::CallContext &) {
        return QJsonValue(tail(log, params));
    });
}

QJsonObject LogMethods::tail(const EventLog *log, const QJsonObject &params)
{
    static const QStringList known{u"limit"_s, u"level"_s, u"afterSeq"_s};
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!known.contains(it.key()))
            throw Ws::RpcError::invalidRequest(
                u"logs.tail: unknown param \"%1\" (known: limit, level, afterSeq)"_s.arg(it.key()));
    }
    const qint64 limit = integerParam(params, u"limit"_s, DefaultLimit, 1, MaxLimit);
    // 2^53: the largest integer a JSON number carries exactly.
    const qint64 afterSeq = integerParam(params, u"afterSeq"_s, 0, 0, qint64(1) << 53);
    int minSeverity = 0;
    if (params.contains(u"level"_s)) {
        static const QStringList levels{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
        const QString level = params.value(u"level"_s).toString();
        minSeverity = int(levels.indexOf(level));
        if (minSeverity < 0)
            throw Ws::RpcError::invalidRequest(u"logs.tail: \"level\" must be \"debug\", \"info\", \"warning\" or \"error\""_s);
    }
    if (!log)
        throw Ws::RpcError::unavailable(u"this gateway keeps no in-memory log (it runs without the app's log sink)"_s);

    // Filter first, then keep the newest `limit`: a level filter must not shrink the page.
    const QList<LogEntry> entries = log->tail(log->capacity(), quint64(afterSeq));
    QJsonArray out;
    for (const LogEntry &entry : entries) {
        if (severity(entry.level) >= minSeverity)
            out.append(QJsonObject{{u"seq"_s, double(entry.seq)},
                                   {u"ts"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
                                   {u"level"_s, EventLog::levelName(entry.level)},
                                   {u"category"_s, entry.category},
                                   {u"message"_s, entry.message}});
    }
    while (out.size() > limit)
        out.removeFirst();
    // The next call's afterSeq: past everything looked at, also lines the level filter hid.
    const double nextSeq = entries.isEmpty() ? double(afterSeq) : double(entries.constLast().seq);
    return QJsonObject{{u"entries"_s, out}, {u"nextSeq"_s, nextSeq}};
}

} // namespace Moltdesk::Control
