#include "providers/router/providerrouter.h"

#include "config/aisettings.h"

namespace Moltdesk::Providers {

ProviderRouter::Settings ProviderRouter::settingsFrom(const Config::AiSettings &ai)
{
    Settings settings;
    settings.retry.maxAttempts = ai.retryMaxAttempts;
    return settings;
}

ProviderRouter::ProviderRouter(QMap<QString, Provider *> providers, Settings settings, ResponseCache *cache,
                               RetryPolicy::Random random, RateLimiter::Clock limiterClock, QObject *parent)
    : QObject(parent),
      m_providers(std::move(providers)),
      m_settings(settings),
      m_cache(cache),
      m_policy(settings.retry, std::move(random)),
      m_limiter(settings.limits, settings.perProvider, std::move(limiterClock))
{
    connect(&m_limiter, &RateLimiter::queueLengthChanged, this, &ProviderRouter::queueLengthChanged);
}

ProviderRouter::~ProviderRouter()
{
    // Calls release their limiter slots on destruction: end them while the limiter still exists.
    qDeleteAll(findChildren<RoutedCall *>(Qt::FindDirectChildrenOnly));
}

RoutedCall *ProviderRouter::start(const RoutedRequest &request)
{
    auto *call = new RoutedCall(request, m_providers, m_policy, &m_limiter, m_cache, this);
    QMetaObject::invokeMethod(call, &RoutedCall::begin, Qt::QueuedConnection);
    return call;
}

} // namespace Moltdesk::Providers
