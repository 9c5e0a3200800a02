#include "providers/anthropicprovider.h"

#include "providers/anthropiccall.h"
#include "providers/anthropicwire.h"
#include "providers/modellistrequest.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

AnthropicProvider::AnthropicProvider(QNetworkAccessManager *network, ProviderEndpoint endpoint, QString name)
    : m_network(network), m_endpoint(std::move(endpoint)), m_name(std::move(name))
{
}

ProviderCall *AnthropicProvider::start(const ProviderRequest &request, QObject *parent)
{
    return new AnthropicCall(m_network, request, m_endpoint, parent);
}

void AnthropicProvider::listModels(QObject *context, std::function<void(const ModelListing &)> done)
{
    // https://docs.anthropic.com/en/api/models-list - one page of up to 1000 is every model.
    QUrl url = m_endpoint.apiUrl(u"models"_s);
    url.setQuery(QUrlQuery{{u"limit"_s, u"1000"_s}});
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key"_ba, m_endpoint.apiKey.toUtf8());
    request.setRawHeader("anthropic-version"_ba, AnthropicWire::kApiVersion);
    ModelListRequest::start(m_network, request, m_endpoint, &ModelListRequest::parseDataIds,
                            &AnthropicWire::classify, context, std::move(done));
}

} // namespace Moltdesk::Providers
