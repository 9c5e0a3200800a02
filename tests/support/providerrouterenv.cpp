#include "support/providerrouterenv.h"

#include "support/fakeanthropicprovider.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

ProviderRouterEnv::ProviderRouterEnv(std::chrono::milliseconds requestTimeout)
{
    m_listening = anthropicServer.listen() && openaiServer.listen();
    Providers::ProviderEndpoint endpoint;
    endpoint.apiKey = u"test-key"_s;
    endpoint.requestTimeout = requestTimeout;
    endpoint.streamIdleTimeout = requestTimeout;
    endpoint.baseUrl = anthropicServer.baseUrl();
    anthropic = std::make_unique<Providers::AnthropicProvider>(&network, endpoint);
    endpoint.baseUrl = openaiServer.baseUrl();
    openai = std::make_unique<Providers::OpenAiProvider>(&network, endpoint, Providers::OpenAiWire::Flavour::OpenAi,
                                                         u"openai"_s);
}

QMap<QString, Providers::Provider *> ProviderRouterEnv::providers()
{
    return {{u"anthropic"_s, anthropic.get()}, {u"openai"_s, openai.get()}};
}

Providers::ProviderRouter::Settings ProviderRouterEnv::fastSettings(int maxAttempts)
{
    Providers::ProviderRouter::Settings settings;
    settings.retry.maxAttempts = maxAttempts;
    settings.retry.baseDelay = std::chrono::milliseconds(10);
    settings.retry.maxDelay = std::chrono::milliseconds(40);
    return settings;
}

Providers::RoutedRequest ProviderRouterEnv::request(const QStringList &models, const QString &prompt, bool stream)
{
    Providers::RoutedRequest routed;
    routed.models = models;
    routed.request.systemPrompt = u"Be brief."_s;
    routed.request.messages = {QJsonObject{{u"role"_s, u"user"_s},
                                           {u"content"_s, QJsonArray{FakeAnthropicProvider::textBlock(prompt)}}}};
    routed.request.maxOutputTokens = 128;
    routed.request.stream = stream;
    return routed;
}

} // namespace Moltdesk::TestSupport
