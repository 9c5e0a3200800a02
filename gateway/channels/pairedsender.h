#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Channels {

// The operator's decision about one sender, as stored in channel_senders.
struct PairedSender
{
    enum class Status { Approved, Rejected };

    QString channel;
    QString senderId;
    QString senderName;
    Status status = Status::Approved;
    QDateTime decidedAt;

    static QString statusName(Status status); // "approved", "rejected"

    // {channel, senderId, senderName, status, decidedAt}
    QJsonObject toJson() const;
    bool operator==(const PairedSender &) const = default;
};

} // namespace Moltdesk::Channels

Q_DECLARE_METATYPE(Moltdesk::Channels::PairedSender)
