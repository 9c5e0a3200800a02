#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Channels {

// A pairing code waiting for the operator: an unknown DM sender asked to talk to the bot
// (Kind::Sender), or the bot was addressed in a group the operator has not approved (Kind::Group:
// senderId is then the group's chat id and senderName its title).
struct PendingPairing
{
    enum class Kind { Sender, Group };
    // Longest name kept (in UTF-16 code units) of what a sender or group calls itself.
    static constexpr int MaxNameLength = 64;

    Kind kind = Kind::Sender;
    QString channel;
    QString senderId;
    QString senderName; // chosen by the sender (or the group's members): untrusted, see cleanName
    QString code;
    QDateTime requestedAt;
    QDateTime expiresAt;

    // {kind, channel, code, senderId, senderName, requestedAt, expiresAt} (ISO 8601 UTC);
    // kind is "sender" or "group".
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    // A display name as the sender chose it, made safe to show: control, format (bidi overrides,
    // zero-width) and separator characters removed, white space collapsed, at most
    // MaxNameLength UTF-16 code units (never splitting a surrogate pair). Still untrusted text:
    // shown quoted and labelled as given by the sender, never as a verified identity.
    static QString cleanName(const QString &name);
    bool operator==(const PendingPairing &) const = default;
};

} // namespace Moltdesk::Channels

Q_DECLARE_METATYPE(Moltdesk::Channels::PendingPairing)
