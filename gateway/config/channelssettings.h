#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Moltdesk::Config {

struct TelegramSettings {
    enum class Mode { Polling, Webhook };
    bool enabled = false;
    Mode mode = Mode::Polling;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://api.telegram.org"));
    int pollTimeoutSeconds = 30; // getUpdates long-poll timeout (Telegram Bot API, getUpdates)
    bool groupsRequireMention = true;
    QStringList groupsAllow; // chat ids as strings; empty = every group the bot is in
    bool operator==(const TelegramSettings &) const = default;
};

struct DiscordSettings {
    enum class Mode { Gateway, Interactions };
    bool enabled = false;
    Mode mode = Mode::Gateway;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://discord.com/api/v10"));
    QUrl gatewayUrl = QUrl(QStringLiteral("wss://gateway.discord.gg"));
    bool operator==(const DiscordSettings &) const = default;
};

struct WhatsAppSettings {
    bool enabled = false;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com/v21.0"));
    QString phoneNumberId;
    bool operator==(const WhatsAppSettings &) const = default;
};

struct ChannelsSettings {
    TelegramSettings telegram;
    DiscordSettings discord;
    WhatsAppSettings whatsapp;
    // channels.<name>.enabled for a name of ChannelNames::messaging(); false for any other.
    bool isEnabled(const QString &name) const
    {
        if (name == QLatin1StringView("telegram"))
            return telegram.enabled;
        if (name == QLatin1StringView("discord"))
            return discord.enabled;
        if (name == QLatin1StringView("whatsapp"))
            return whatsapp.enabled;
        return false;
    }
    bool operator==(const ChannelsSettings &) const = default;
};

} // namespace Moltdesk::Config
