#pragma once

#include "config/channelssettings.h"
#include "channels/telegram/botapi.h"
#include "channels/telegram/polleroptions.h"
#include "channels/telegram/sendqueue.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace Moltdesk::Telegram {

// How TelegramChannel runs; the composition root fills it from channels.telegram, the secrets
// and gateway.publicUrl. The delays default to production values; tests shorten them.
struct TelegramChannelOptions
{
    Config::TelegramSettings::Mode mode = Config::TelegramSettings::Mode::Polling;
    // Webhook mode: the public HTTPS URL Telegram calls (gateway.publicUrl + /webhook/telegram)
    // and the secret_token it must send back (TELEGRAM_WEBHOOK_SECRET).
    QUrl webhookUrl;
    QString webhookSecret;
    PollerOptions poller;
    BotApi::Options api;
    SendQueue::Options send;
    std::chrono::milliseconds typingInterval{4500};
    // getMe / setWebhook retried with backoff while Telegram is unreachable.
    std::chrono::milliseconds startRetryInitial = std::chrono::seconds(1);
    std::chrono::milliseconds startRetryMax = std::chrono::seconds(60);
};

} // namespace Moltdesk::Telegram
