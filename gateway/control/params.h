#pragma once

#include "storage/error.h"
#include "ws/rpcerror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Moltdesk::Control {

// Shared by the method files of this folder (docs/protocol.md "Errors").

// The protocol's answer to a domain failure: bad input and unknown ids are the caller's
// (INVALID_REQUEST), anything else is the gateway's (UNAVAILABLE); the message goes as is.
Ws::RpcError rpcErrorFor(const Storage::Error &error);

// An optional integer param: absent or null gives nullopt; anything but a whole number in
// [min, max] throws INVALID_REQUEST naming the param and the range.
std::optional<qint64> optionalInteger(const QJsonObject &params, const QString &name, qint64 min, qint64 max);

} // namespace Moltdesk::Control
