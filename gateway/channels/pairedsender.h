#pragma once

#include "channels/pendingpairing.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Channels {

// The operator's decision about one sender (or, kind Group, one group chat: senderId is the chat
// id, senderName its title), as stored in channel_senders.
struct PairedSender
{
    enum class Status { Approved, Rejected };
    using Kind = PendingPairing::Kind;

    Kind kind = Kind::Sender;
    QString channel;
    QString senderId;
    QString senderName;
    Status status = Status::Approved;
    QDateTime decidedAt;

    static QString statusName(Status status); // "approved", "rejected"

    // {kind, channel, senderId, senderName, status, decidedAt}; kind is "sender" or "group"
    QJsonObject toJson() const;
    bool operator==(const PairedSender &) const = default;
};

} // namespace Moltdesk::Channels

Q_DECLARE_METATYPE(Moltdesk::Channels::PairedSender)
