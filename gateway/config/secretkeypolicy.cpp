#include "config/secretkeypolicy.h"

#include "config/schemareader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

bool SecretKeyPolicy::looksLikeSecret(const QString &key)
{
    QString normalised = key.toLower();
    normalised.remove(u'_');
    normalised.remove(u'-');
    // Suffix match catches apiKey, botToken, accessToken, webhookSecret, appSecret, ... while keys
    // such as maxOutputTokens or kv.maxKeyBytes stay legal.
    static const QStringList kSuffixes = {
        u"apikey"_s, u"token"_s, u"secret"_s, u"password"_s, u"passwd"_s, u"passphrase"_s,
        u"privatekey"_s, u"credential"_s, u"credentials"_s, u"authorization"_s, u"encryptionkey"_s,
    };
    for (const QString &suffix : kSuffixes) {
        if (normalised.endsWith(suffix))
            return true;
    }
    return false;
}

QString SecretKeyPolicy::environmentNameFor(const QString &path)
{
    // The names the seed's .env uses (docs/secrets.md "Names").
    static const QList<std::pair<QString, QString>> kKnown = {
        {u"ai.providers.anthropic.apiKey"_s, u"ANTHROPIC_API_KEY"_s},
        {u"ai.providers.openai.apiKey"_s, u"OPENAI_API_KEY"_s},
        {u"channels.telegram.botToken"_s, u"TELEGRAM_BOT_TOKEN"_s},
        {u"channels.telegram.webhookSecret"_s, u"TELEGRAM_WEBHOOK_SECRET"_s},
        {u"channels.telegram.secretToken"_s, u"TELEGRAM_WEBHOOK_SECRET"_s},
        {u"channels.discord.botToken"_s, u"DISCORD_BOT_TOKEN"_s},
        {u"channels.whatsapp.accessToken"_s, u"WHATSAPP_ACCESS_TOKEN"_s},
        {u"channels.whatsapp.verifyToken"_s, u"WHATSAPP_VERIFY_TOKEN"_s},
        {u"channels.whatsapp.appSecret"_s, u"WHATSAPP_WEBHOOK_SECRET"_s},
        {u"channels.whatsapp.webhookSecret"_s, u"WHATSAPP_WEBHOOK_SECRET"_s},
        {u"gateway.token"_s, u"MOLTDESK_TOKEN"_s},
        {u"gateway.authToken"_s, u"MOLTDESK_TOKEN"_s},
        {u"security.token"_s, u"MOLTDESK_TOKEN"_s},
    };
    for (const auto &[knownPath, name] : kKnown) {
        if (knownPath == path)
            return name;
    }
    return {};
}

int SecretKeyPolicy::minimumLength(const QString &name)
{
    if (name == u"MOLTDESK_TOKEN"_s)
        return OperatorTokenMinLength;
    if (name.endsWith(u"_WEBHOOK_SECRET"_s) || name.endsWith(u"_VERIFY_TOKEN"_s))
        return WebhookSecretMinLength;
    return 0;
}

QString SecretKeyPolicy::lengthProblem(const QString &name, const QString &value)
{
    const int minimum = minimumLength(name);
    if (minimum == 0 || value.size() >= minimum)
        return {};
    const QString what = name == u"MOLTDESK_TOKEN"_s ? u"the operator token"_s : u"a webhook secret"_s;
    return u"%1 is too short: %2 characters, at least %3 are needed for %4 (a random one: "
           "openssl rand -hex 24)"_s.arg(name, QString::number(value.size()), QString::number(minimum), what);
}

void SecretKeyPolicy::scan(const QJsonValue &value, const QString &path, SchemaReader &reader)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            scan(array.at(i), SchemaReader::index(path, i), reader);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString keyPath = SchemaReader::join(path, it.key());
        if (looksLikeSecret(it.key())) {
            const QString env = environmentNameFor(keyPath);
            const QString where = env.isEmpty()
                ? u"the OS keychain or an environment variable"_s
                : u"the OS keychain or the environment variable "_s + env;
            // The value is deliberately left out: error text ends up on terminals and in logs.
            reader.failText(keyPath, u"looks like a secret, and secrets must not be stored in the config "
                                     u"file; remove it and put it in "_s + where);
            continue;
        }
        scan(it.value(), keyPath, reader);
    }
}

} // namespace Moltdesk::Config
