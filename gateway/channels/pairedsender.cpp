#include "channels/pairedsender.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

QString PairedSender::statusName(Status status)
{
    return status == Status::Approved ? u"approved"_s : u"rejected"_s;
}

QJsonObject PairedSender::toJson() const
{
    return QJsonObject{
        {u"kind"_s, PendingPairing::kindName(kind)},
        {u"channel"_s, channel},
        {u"senderId"_s, senderId},
        {u"senderName"_s, senderName},
        {u"status"_s, statusName(status)},
        {u"decidedAt"_s, decidedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace Moltdesk::Channels
