#include "providers/openaiprovider.h"

#include "providers/modellistrequest.h"
#include "providers/openaicall.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

OpenAiProvider::OpenAiProvider(QNetworkAccessManager *network, ProviderEndpoint endpoint,
                               OpenAiWire::Flavour flavour, QString name)
    : m_network(network), m_endpoint(std::move(endpoint)), m_flavour(flavour), m_name(std::move(name))
{
    if (m_name.isEmpty())
        m_name = flavour == OpenAiWire::Flavour::OpenAi ? u"openai"_s : u"openaiCompatible"_s;
}

ProviderCall *OpenAiProvider::start(const ProviderRequest &request, QObject *parent)
{
    return new OpenAiCall(m_network, m_flavour, request, m_endpoint, parent);
}

void OpenAiProvider::listModels(QObject *context, std::function<void(const ModelListing &)> done)
{
    QNetworkRequest request(m_endpoint.apiUrl(u"models"_s));
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("authorization"_ba, "Bearer "_ba + m_endpoint.apiKey.toUtf8());
    ModelListRequest::start(m_network, request, m_endpoint, &ModelListRequest::parseDataIds, &OpenAiWire::classify,
                            context, std::move(done));
}

} // namespace Moltdesk::Providers
