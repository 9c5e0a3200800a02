#pragma once

#include <QList>
#include <QString>

namespace Moltdesk::Security {

// The secret names Moltdesk knows, as in the seed's `.env` (docs/secrets.md "Names"), with a short
// description for the panel's Secrets page. Names are the keychain keys (service "moltdesk") and
// the environment variable names alike.
namespace SecretNames {
inline constexpr QLatin1StringView AnthropicApiKey{"ANTHROPIC_API_KEY"};
inline constexpr QLatin1StringView OpenAiApiKey{"OPENAI_API_KEY"};
inline constexpr QLatin1StringView OpenAiCompatibleApiKey{"OPENAI_COMPATIBLE_API_KEY"};
inline constexpr QLatin1StringView TelegramBotToken{"TELEGRAM_BOT_TOKEN"};
inline constexpr QLatin1StringView TelegramWebhookSecret{"TELEGRAM_WEBHOOK_SECRET"};
inline constexpr QLatin1StringView DiscordBotToken{"DISCORD_BOT_TOKEN"};
inline constexpr QLatin1StringView DiscordPublicKey{"DISCORD_PUBLIC_KEY"};
inline constexpr QLatin1StringView DiscordApplicationId{"DISCORD_APPLICATION_ID"};
inline constexpr QLatin1StringView WhatsAppWebhookSecret{"WHATSAPP_WEBHOOK_SECRET"};
inline constexpr QLatin1StringView WhatsAppAccessToken{"WHATSAPP_ACCESS_TOKEN"};
inline constexpr QLatin1StringView WhatsAppVerifyToken{"WHATSAPP_VERIFY_TOKEN"};
inline constexpr QLatin1StringView OperatorToken{"MOLTDESK_TOKEN"};
inline constexpr QLatin1StringView EncryptionKey{"MOLTDESK_ENCRYPTION_KEY"};
} // namespace SecretNames

class SecretCatalog
{
public:
    struct Entry {
        QString name;
        QString group;       // "AI providers", "Telegram", ... (translated)
        QString description; // one line (translated)
        // Public values (Discord public key / application id) are not confidential but are kept
        // with the others so one page configures a channel; the panel may show them unmasked.
        bool confidential = true;
    };

    // All known secrets in panel order.
    static QList<Entry> entries();
    static bool isKnown(const QString &name);
    // Empty entry (name empty) when unknown.
    static Entry find(const QString &name);
};

} // namespace Moltdesk::Security
