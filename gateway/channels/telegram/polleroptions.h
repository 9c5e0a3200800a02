#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace Moltdesk::Telegram {

// Tuning of Poller. The defaults are for production; tests shorten the delays.
struct PollerOptions
{
    int pollTimeoutSeconds = 30; // channels.telegram.pollTimeoutSeconds
    // https://core.telegram.org/bots/api#update field names; empty keeps the bot's setting.
    QStringList allowedUpdates{QStringLiteral("message"), QStringLiteral("edited_message")};
    std::chrono::milliseconds initialBackoff = std::chrono::seconds(1);
    std::chrono::milliseconds maxBackoff = std::chrono::seconds(60);
    std::chrono::milliseconds conflictRetry = std::chrono::seconds(30);
    // On "409 ... webhook is active": delete the webhook and poll, instead of waiting for the user.
    bool deleteWebhookOnConflict = false;
    // Where the confirmed offset lives in the KV store.
    QString kvNamespace = QStringLiteral("MOLTDESK_CHANNELS");
    QString offsetKey = QStringLiteral("telegram:offset");
};

} // namespace Moltdesk::Telegram
