#include "providers/providerset.h"

#include "base/logging.h"
#include "providers/anthropicprovider.h"
#include "providers/openaiprovider.h"
#include "providers/providerendpoint.h"
#include "providers/router/routedrequest.h"

#include <QNetworkAccessManager>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

ProviderSet::ProviderSet(const Config::AiSettings &settings, KeyLookup keys, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(std::move(keys))
    , m_network(new QNetworkAccessManager(this))
{
    rebuild();
}

ProviderSet::~ProviderSet() = default;

QMap<QString, Provider *> ProviderSet::providers() const
{
    QMap<QString, Provider *> map;
    for (const auto &[name, built] : m_built) {
        if (built.client)
            map.insert(name, built.client.get());
    }
    return map;
}

Provider *ProviderSet::provider(const QString &name) const
{
    const auto it = m_built.find(name);
    return it == m_built.end() ? nullptr : it->second.client.get();
}

void ProviderSet::reload(const Config::AiSettings &settings)
{
    m_settings = settings;
    rebuild();
    emit providersChanged();
}

void ProviderSet::refreshKeys()
{
    if (rebuild())
        emit providersChanged();
}

QString ProviderSet::secretName(const QString &provider)
{
    if (provider == u"anthropic"_s)
        return u"ANTHROPIC_API_KEY"_s;
    if (provider == u"openai"_s)
        return u"OPENAI_API_KEY"_s;
    if (provider == u"openaiCompatible"_s)
        return u"OPENAI_COMPATIBLE_API_KEY"_s;
    // Environment-variable style (POSIX "Environment Variables": upper case, digits, '_'), so the
    // same name works in the keychain, the environment and a dotenv file.
    QString name;
    name.reserve(provider.size() + 8);
    for (const QChar c : provider) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        name += alnum ? c.toUpper() : QChar(u'_');
    }
    return name + u"_API_KEY"_s;
}

QStringList ProviderSet::secretNames(const Config::AiSettings &ai)
{
    QStringList names;
    for (auto it = ai.providers.constBegin(); it != ai.providers.constEnd(); ++it)
        names.append(secretName(it.key()));
    names.sort();
    names.removeDuplicates();
    return names;
}

bool ProviderSet::requiresKey(const QString &provider) const
{
    const auto it = m_settings.providers.constFind(provider);
    // Local OpenAI-compatible servers (Ollama, llama.cpp) take no key; a hosted one may.
    return it != m_settings.providers.constEnd() && it->type != Config::ProviderType::OpenAiCompatible;
}

QString ProviderSet::missingKeyMessage(const QString &secretName)
{
    return u"%1 is not set — add it in the panel's Secrets page or the environment"_s.arg(secretName);
}

QList<MissingKey> ProviderSet::missingKeys() const
{
    QList<MissingKey> missing;
    QSet<QString> seen;
    const QStringList chain = RoutedRequest::modelChain(m_settings);
    for (const QString &model : chain) {
        const QString provider = model.left(model.indexOf(u'/'));
        if (seen.contains(provider) || !m_settings.providers.contains(provider))
            continue;
        seen.insert(provider);
        if (requiresKey(provider) && !hasKey(provider)) {
            const QString secret = secretName(provider);
            missing.append({provider, secret, missingKeyMessage(secret)});
        }
    }
    return missing;
}

QString ProviderSet::chainError(const QStringList &models) const
{
    if (models.isEmpty())
        return u"no model is configured (ai.defaultModel is empty)"_s;
    QString first;
    for (const QString &model : models) {
        const Storage::Result<ModelRef> resolved = resolveModel(model);
        if (resolved)
            return {};
        if (first.isEmpty())
            first = resolved.error().message;
    }
    return first;
}

Storage::Result<ModelRef> ProviderSet::resolveModel(const QString &model) const
{
    const qsizetype slash = model.indexOf(u'/');
    if (slash <= 0 || slash == model.size() - 1 || model.trimmed() != model)
        return Storage::Error::invalid(u"model \"%1\": expected \"provider/model\", e.g. \"anthropic/claude-sonnet-4-5\""_s
                                           .arg(model.left(120)));
    ModelRef ref{model.left(slash), model.mid(slash + 1)};
    const auto it = m_settings.providers.constFind(ref.provider);
    if (it == m_settings.providers.constEnd())
        return Storage::Error::invalid(u"model \"%1\": no provider \"%2\" is configured (configured: %3)"_s.arg(
            model.left(120), ref.provider, m_settings.providers.keys().join(u", "_s)));
    ref.type = it->type;
    if (!provider(ref.provider))
        return Storage::Error{Storage::Error::Code::NotFound, missingKeyMessage(secretName(ref.provider))};
    return ref;
}

bool ProviderSet::rebuild()
{
    bool changed = false;
    // Drop providers gone from the config.
    for (auto it = m_built.begin(); it != m_built.end();) {
        if (m_settings.providers.contains(it->first)) {
            ++it;
            continue;
        }
        if (it->second.client)
            m_retired.push_back(std::move(it->second.client));
        it = m_built.erase(it);
        changed = true;
    }
    m_keyed.clear();
    for (auto it = m_settings.providers.constBegin(); it != m_settings.providers.constEnd(); ++it) {
        const QString secret = secretName(it.key());
        const QString key = m_keys ? m_keys(secret).trimmed() : QString();
        m_keyed.insert(it.key(), !key.isEmpty());
        Built &slot = m_built[it.key()];
        const bool same = slot.initialised && slot.settings == it.value() && slot.key == key
            && slot.requestTimeoutSeconds == m_settings.requestTimeoutSeconds
            && slot.streamIdleTimeoutSeconds == m_settings.streamIdleTimeoutSeconds
            && (slot.client || (requiresKey(it.key()) && key.isEmpty()));
        if (same)
            continue;
        if (slot.client)
            m_retired.push_back(std::move(slot.client));
        slot.initialised = true;
        slot.settings = it.value();
        slot.key = key;
        slot.requestTimeoutSeconds = m_settings.requestTimeoutSeconds;
        slot.streamIdleTimeoutSeconds = m_settings.streamIdleTimeoutSeconds;
        if (!requiresKey(it.key()) || !key.isEmpty())
            slot.client = makeClient(it.key(), it.value(), key);
        else
            qCInfo(lcProviders).noquote() << "provider" << it.key() << "has no client:" << secret << "is not set";
        changed = true;
    }
    return changed;
}

std::unique_ptr<Provider> ProviderSet::makeClient(const QString &name, const Config::ProviderSettings &settings,
                                                  const QString &key) const
{
    const ProviderEndpoint endpoint = ProviderEndpoint::fromSettings(m_settings, name, key);
    switch (settings.type) {
    case Config::ProviderType::Anthropic:
        return std::make_unique<AnthropicProvider>(m_network, endpoint, name);
    case Config::ProviderType::OpenAi:
        return std::make_unique<OpenAiProvider>(m_network, endpoint, OpenAiWire::Flavour::OpenAi, name);
    case Config::ProviderType::OpenAiCompatible:
        return std::make_unique<OpenAiProvider>(m_network, endpoint, OpenAiWire::Flavour::Compatible, name);
    }
    return nullptr;
}

} // namespace Moltdesk::Providers
