#include "control/params.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

Ws::RpcError rpcErrorFor(const Storage::Error &error)
{
    if (error.code == Storage::Error::Code::InvalidArgument || error.code == Storage::Error::Code::NotFound)
        return Ws::RpcError::invalidRequest(error.message);
    return Ws::RpcError::unavailable(error.message);
}

std::optional<qint64> optionalInteger(const QJsonObject &params, const QString &name, qint64 min, qint64 max)
{
    const QJsonValue value = params.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < double(min) || number > double(max))
        throw Ws::RpcError::invalidRequest(u"%1 must be an integer from %2 to %3"_s.arg(name).arg(min).arg(max));
    return qint64(number);
}

} // namespace Moltdesk::Control
