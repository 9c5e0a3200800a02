#pragma once

#include "providers/anthropicprovider.h"
#include "providers/openaiprovider.h"
#include "providers/router/providerrouter.h"
#include "providers/router/routedrequest.h"
#include "support/fakeproviderserver.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QString>

#include <chrono>
#include <memory>

namespace Moltdesk::TestSupport {

// Two fake providers on 127.0.0.1 ("anthropic" speaking the Messages API, "openai" speaking
// Chat Completions) and the clients pointed at them, for the router tests.
class ProviderRouterEnv
{
public:
    explicit ProviderRouterEnv(std::chrono::milliseconds requestTimeout = std::chrono::seconds(10));

    bool listening() const { return m_listening; }
    QMap<QString, Providers::Provider *> providers();

    // Tiny waits (10 ms windows, the jitter source fixed at the middle) so tests stay fast.
    static Providers::ProviderRouter::Settings fastSettings(int maxAttempts = 3);
    static double halfRandom() { return 0.5; }
    static Providers::RoutedRequest request(const QStringList &models, const QString &prompt = QStringLiteral("Hello"),
                                            bool stream = true);

    QNetworkAccessManager network;
    FakeProviderServer anthropicServer;
    FakeProviderServer openaiServer;
    std::unique_ptr<Providers::AnthropicProvider> anthropic;
    std::unique_ptr<Providers::OpenAiProvider> openai;

private:
    bool m_listening = false;
};

} // namespace Moltdesk::TestSupport
