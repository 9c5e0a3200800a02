#pragma once

#include "providers/openaiwire.h"
#include "providers/provider.h"
#include "providers/providerendpoint.h"

class QNetworkAccessManager;

namespace Moltdesk::Providers {

// OpenAI Chat Completions, and OpenAI-compatible local servers (Ollama, llama.cpp, vLLM) with
// Flavour::Compatible: the key is optional and missing usage is estimated.
class OpenAiProvider : public Provider
{
public:
    // `network` must live on the thread that calls start() and outlive the provider's calls.
    OpenAiProvider(QNetworkAccessManager *network, ProviderEndpoint endpoint,
                   OpenAiWire::Flavour flavour = OpenAiWire::Flavour::OpenAi, QString name = {});

    QString name() const override { return m_name; }
    OpenAiWire::Flavour flavour() const { return m_flavour; }
    ProviderCall *start(const ProviderRequest &request, QObject *parent) override;
    // OpenAI and Ollama (>= 0.1.33) both serve GET /v1/models.
    void listModels(QObject *context, std::function<void(const ModelListing &)> done) override;

private:
    QNetworkAccessManager *m_network;
    ProviderEndpoint m_endpoint;
    OpenAiWire::Flavour m_flavour;
    QString m_name;
};

} // namespace Moltdesk::Providers
