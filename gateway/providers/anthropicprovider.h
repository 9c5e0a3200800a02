#pragma once

#include "providers/provider.h"
#include "providers/providerendpoint.h"

class QNetworkAccessManager;

namespace Moltdesk::Providers {

// Anthropic's Messages API (https://docs.anthropic.com/en/api/messages).
class AnthropicProvider : public Provider
{
public:
    // `network` must live on the thread that calls start() and outlive the provider's calls.
    AnthropicProvider(QNetworkAccessManager *network, ProviderEndpoint endpoint,
                      QString name = QStringLiteral("anthropic"));

    QString name() const override { return m_name; }
    ProviderCall *start(const ProviderRequest &request, QObject *parent) override;
    void listModels(QObject *context, std::function<void(const ModelListing &)> done) override;

private:
    QNetworkAccessManager *m_network;
    ProviderEndpoint m_endpoint;
    QString m_name;
};

} // namespace Moltdesk::Providers
