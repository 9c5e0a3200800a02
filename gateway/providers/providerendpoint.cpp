#include "providers/providerendpoint.h"

#include "config/aisettings.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

QUrl ProviderEndpoint::apiUrl(const QString &path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    if (basePath.endsWith(u"/v1"))
        basePath.chop(3);
    url.setPath(basePath + u"/v1/"_s + path);
    return url;
}

ProviderEndpoint ProviderEndpoint::fromSettings(const Config::AiSettings &ai, const QString &providerName,
                                                const QString &apiKey)
{
    ProviderEndpoint endpoint;
    endpoint.baseUrl = ai.providers.value(providerName).baseUrl;
    endpoint.apiKey = apiKey;
    endpoint.requestTimeout = std::chrono::seconds(ai.requestTimeoutSeconds);
    endpoint.streamIdleTimeout = std::chrono::seconds(ai.streamIdleTimeoutSeconds);
    return endpoint;
}

} // namespace Moltdesk::Providers
