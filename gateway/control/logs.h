#pragma once

#include <QJsonObject>

namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Base {
class EventLog;
}

namespace Moltdesk::Control {

using Base::EventLog;

// The WebSocket method `logs.tail` (docs/protocol.md): the newest lines of the gateway's bounded
// in-memory EventLog, optionally only those at or above a level and after a sequence number.
// Lines are redacted where they are written (LogSink), so nothing here can reveal a secret.
class LogMethods
{
public:
    static constexpr int DefaultLimit = 200;
    static constexpr int MaxLimit = 1000;

    // `log` may be null (tests, embedded use without a LogSink): logs.tail then answers UNAVAILABLE.
    static void registerAll(Ws::MethodRegistry &registry, const EventLog *log);
    // Throws Ws::RpcError (INVALID_REQUEST naming the bad param, UNAVAILABLE without a log).
    static QJsonObject tail(const EventLog *log, const QJsonObject &params);
};

} // namespace Moltdesk::Control
