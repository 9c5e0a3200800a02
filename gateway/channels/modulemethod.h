#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace Moltdesk::Channels {

// Why a module's protocol method refused a call. The gateway's core turns it into the protocol's
// error codes (docs/protocol.md "Errors"), so channel code never depends on ws/.
struct MethodError
{
    enum class Kind {
        InvalidParams, // INVALID_REQUEST: the params are wrong; the message says which and why
        Unavailable,   // UNAVAILABLE: the channel cannot do it now (not enabled, not running)
    };
    Kind kind = Kind::InvalidParams;
    QString message;
};

// The answer of a module method: a result, or an error. Call it once, now or later, on the
// gateway thread.
using MethodAnswer = std::function<void(const QJsonValue &result, const std::optional<MethodError> &error)>;

// One protocol method a channel module adds (e.g. "channels.echo.sent"). Runs on the gateway
// thread and must not block: keep `answer` and complete it later for anything slow.
struct ModuleMethod
{
    QString name;
    std::function<void(const QJsonObject &params, const MethodAnswer &answer)> call;
};

} // namespace Moltdesk::Channels
