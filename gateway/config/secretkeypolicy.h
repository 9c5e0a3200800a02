#pragma once

#include <QJsonValue>
#include <QString>

namespace Moltdesk::Config {

class SchemaReader;

// Secrets live in the OS keychain or the environment, never in config.json (docs/configuration.md,
// "Secrets"). This walks the whole document and turns every secret-looking key into an error that
// names the key path and where to put the secret instead -- never the value itself.
class SecretKeyPolicy
{
public:
    static bool looksLikeSecret(const QString &key);
    // The environment variable the gateway reads this secret from, or "" when there is no fixed name.
    static QString environmentNameFor(const QString &path);
    static void scan(const QJsonValue &value, const QString &path, SchemaReader &reader);

    // Minimum lengths (docs/secrets.md "Minimum lengths"): the operator token MOLTDESK_TOKEN needs
    // OperatorTokenMinLength characters, wherever the gateway listens; every webhook secret -- a
    // name ending in _WEBHOOK_SECRET or _VERIFY_TOKEN, today's channels and future ones alike --
    // WebhookSecretMinLength. 0 for a name without a minimum.
    static constexpr int OperatorTokenMinLength = 32;
    static constexpr int WebhookSecretMinLength = 16;
    static int minimumLength(const QString &name);
    // "TELEGRAM_WEBHOOK_SECRET is too short: 5 characters, at least 16 are needed (...)", or "".
    // Never quotes the value.
    static QString lengthProblem(const QString &name, const QString &value);
};

} // namespace Moltdesk::Config
