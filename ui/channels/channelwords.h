#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Moltdesk::Ui {

// The words the Channels page and the notifications share for what the gateway reports as
// identifiers (docs/channels/README.md "Status and metrics").
class ChannelWords
{
    Q_DECLARE_TR_FUNCTIONS(ChannelWords)

public:
    // "telegram" -> "Telegram"; unknown ids are shown as given.
    static QString channelName(const QString &id);
    // ChannelStatus::State names: "running" -> "Running", "retrying" -> "Retrying", ...
    static QString stateName(const QString &state);
    // "just now", "5 min ago", "3 h ago", "2 d ago" — or "never" for an invalid time.
    static QString ago(const QDateTime &time, const QDateTime &now);
    // An ISO 8601 time from the gateway (null/empty -> invalid QDateTime).
    static QDateTime parseTime(const QString &iso);
};

} // namespace Moltdesk::Ui
