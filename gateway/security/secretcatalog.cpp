#include "security/secretcatalog.h"

#include <QCoreApplication>

namespace Moltdesk::Security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SecretCatalog", text);
}
} // namespace

QList<SecretCatalog::Entry> SecretCatalog::entries()
{
    using namespace SecretNames;
    return {
        {QString(AnthropicApiKey), tr(QT_TRANSLATE_NOOP("SecretCatalog", "AI providers")), tr(QT_TRANSLATE_NOOP("SecretCatalog", "API key for Anthropic (Claude) models.")), true},
        {QString(OpenAiApiKey), tr(QT_TRANSLATE_NOOP("SecretCatalog", "AI providers")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "API key for OpenAI.")), true},
        {QString(OpenAiCompatibleApiKey), tr(QT_TRANSLATE_NOOP("SecretCatalog", "AI providers")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "API key for a local OpenAI-compatible server, if it needs one (most do not).")), true},
        {QString(TelegramBotToken), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Telegram")), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Bot token from @BotFather, used to call the Bot API.")), true},
        {QString(TelegramWebhookSecret), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Telegram")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "Secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token on every webhook call.")), true},
        {QString(DiscordBotToken), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Discord")), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Bot token used to call the Discord REST API.")), true},
        {QString(DiscordPublicKey), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Discord")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "Application public key that verifies the Ed25519 signature of interactions.")), false},
        {QString(DiscordApplicationId), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Discord")), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Application id, used in interaction follow-up URLs.")), false},
        {QString(WhatsAppWebhookSecret), tr(QT_TRANSLATE_NOOP("SecretCatalog", "WhatsApp")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "Meta app secret: the HMAC-SHA256 key behind X-Hub-Signature-256.")), true},
        {QString(WhatsAppAccessToken), tr(QT_TRANSLATE_NOOP("SecretCatalog", "WhatsApp")), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Access token for the WhatsApp Cloud API.")), true},
        {QString(WhatsAppVerifyToken), tr(QT_TRANSLATE_NOOP("SecretCatalog", "WhatsApp")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "Token Meta sends as hub.verify_token when the webhook is registered.")), true},
        {QString(OperatorToken), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Moltdesk")),
         tr(QT_TRANSLATE_NOOP("SecretCatalog", "Operator token for the HTTP API and the WebSocket; created automatically.")), true},
        {QString(EncryptionKey), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Moltdesk")), tr(QT_TRANSLATE_NOOP("SecretCatalog", "Key that encrypts stored data at rest; created automatically.")), true},
    };
}

bool SecretCatalog::isKnown(const QString &name)
{
    return !find(name).name.isEmpty();
}

SecretCatalog::Entry SecretCatalog::find(const QString &name)
{
    const QList<Entry> all = entries();
    for (const Entry &e : all) {
        if (e.name == name)
            return e;
    }
    return {};
}

} // namespace Moltdesk::Security
