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
};

} // namespace Moltdesk::Config
