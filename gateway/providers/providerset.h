#pragma once

#include "config/aisettings.h"
#include "storage/result.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Moltdesk::Providers {

class Provider;

// A provider whose API key is required but not set (ai.defaultModel / ai.fallbackModels use it).
struct MissingKey
{
    QString provider;   // "anthropic"
    QString secretName; // "ANTHROPIC_API_KEY"
    QString message;    // "ANTHROPIC_API_KEY is not set — add it in the panel's Secrets page or the environment"
};

// A "provider/model" string checked against the configured providers.
struct ModelRef
{
    QString provider;
    QString model;
    Config::ProviderType type = Config::ProviderType::Anthropic;
};

// The provider clients the router talks to, built from `ai.providers` (type and baseUrl) and the
// API keys of the secret store:
//   anthropic        -> ANTHROPIC_API_KEY           (required)
//   openai           -> OPENAI_API_KEY              (required)
//   openaiCompatible -> OPENAI_COMPATIBLE_API_KEY   (optional: local servers usually need none)
//   any other NAME   -> NAME upper-cased, every character outside A-Z/0-9 replaced by '_',
//                       + "_API_KEY" ("my-groq" -> MY_GROQ_API_KEY); required for type anthropic
//                       and openai, optional for openaiCompatible.
// A provider whose required key is missing gets no client: the router then skips it in the model
// chain (fail-over to the next model) instead of sending a request that can only end in 401, and
// missingKeys() / chainError() give the clear message.
//
// Owns one QNetworkAccessManager and the Provider objects. Create it on the thread that runs the
// provider calls (the gateway thread). The key lookup must be thread-safe and quick (the lead backs
// it with the keychain/environment cache); it is called at construction, reload() and refreshKeys().
//
// Lifetime: a RoutedCall holds raw Provider pointers for its retries and fail-over, so a client
// replaced by reload()/refreshKeys() is retired, not deleted, until the set itself is destroyed
// (a few hundred bytes per key change). Unchanged providers keep their client.
class ProviderSet : public QObject
{
    Q_OBJECT

public:
    using KeyLookup = std::function<QString(const QString &secretName)>;

    ProviderSet(const Config::AiSettings &settings, KeyLookup keys, QObject *parent = nullptr);
    ~ProviderSet() override;

    // name -> client, for ProviderRouter (and router.setProviders() after providersChanged()).
    QMap<QString, Provider *> providers() const;
    Provider *provider(const QString &name) const;
    QStringList configuredProviders() const { return m_settings.providers.keys(); }
    QNetworkAccessManager *network() const { return m_network; }

    // Config reload: rebuilds the clients whose type, URL, timeouts or key changed.
    void reload(const Config::AiSettings &settings);
    // Reads every key again (a key was set in the panel's Secrets page).
    void refreshKeys();

    // The secret holding `provider`'s key (see the class comment).
    static QString secretName(const QString &provider);
    // Every provider secret `ai` may use, sorted: for the log redactor and the keychain prefetch
    // (the extra providers' names are not in Security::SecretCatalog).
    static QStringList secretNames(const Config::AiSettings &ai);
    bool requiresKey(const QString &provider) const;
    bool hasKey(const QString &provider) const { return m_keyed.value(provider, false); }

    // Providers used by ai.defaultModel / ai.fallbackModels whose required key is absent, in chain
    // order, each once. For /healthz and the panel.
    QList<MissingKey> missingKeys() const;
    static QString missingKeyMessage(const QString &secretName);
    // Empty when at least one model of `models` can be called; else why not — the missing key's
    // message if that is the reason (checked before a call, so the user gets it instead of a
    // provider error).
    QString chainError(const QStringList &models) const;

    // Validates "provider/model": the form, a configured provider, and its key.
    Storage::Result<ModelRef> resolveModel(const QString &model) const;

signals:
    // The clients changed (reload or refreshKeys): pass providers() to ProviderRouter::setProviders.
    void providersChanged();

private:
    struct Built
    {
        bool initialised = false;
        Config::ProviderSettings settings;
        QString key;
        int requestTimeoutSeconds = 0;
        int streamIdleTimeoutSeconds = 0;
        std::unique_ptr<Provider> client; // null: required key missing
    };

    bool rebuild();
    std::unique_ptr<Provider> makeClient(const QString &name, const Config::ProviderSettings &settings,
                                         const QString &key) const;

    Config::AiSettings m_settings;
    KeyLookup m_keys;
    QNetworkAccessManager *m_network;
    std::map<QString, Built> m_built;
    QMap<QString, bool> m_keyed;
    std::vector<std::unique_ptr<Provider>> m_retired;
};

} // namespace Moltdesk::Providers
