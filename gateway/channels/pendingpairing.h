#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Channels {

// A pairing code waiting for the operator: an unknown DM sender asked to talk to the bot.
struct PendingPairing
{
    QString channel;
    QString senderId;
    QString senderName;
    QString code;
    QDateTime requestedAt;
    QDateTime expiresAt;

    // {channel, code, senderId, senderName, requestedAt, expiresAt} (ISO 8601 UTC)
    QJsonObject toJson() const;
    bool operator==(const PendingPairing &) const = default;
};

} // namespace Moltdesk::Channels

Q_DECLARE_METATYPE(Moltdesk::Channels::PendingPairing)
