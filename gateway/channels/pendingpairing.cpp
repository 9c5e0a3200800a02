#include "channels/pendingpairing.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

QJsonObject PendingPairing::toJson() const
{
    return QJsonObject{
        {u"channel"_s, channel},
        {u"code"_s, code},
        {u"senderId"_s, senderId},
        {u"senderName"_s, senderName},
        {u"requestedAt"_s, requestedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace Moltdesk::Channels
