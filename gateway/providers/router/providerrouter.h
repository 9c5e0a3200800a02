#pragma once

#include "providers/router/ratelimiter.h"
#include "providers/router/retrypolicy.h"
#include "providers/router/routedcall.h"
#include "providers/router/routedrequest.h"

#include <QMap>
#include <QObject>
#include <QString>

namespace Moltdesk::Config {
struct AiSettings;
}

namespace Moltdesk::Providers {

class Provider;
class ResponseCache;

// The "AI Gateway" layer (https://developers.cloudflare.com/ai-gateway/): routes a request over
// the configured model chain with retries, fail-over, per-provider concurrency and rate limits,
// and an optional response cache. Lives on the gateway thread; see docs/providers.md.
class ProviderRouter : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        RetryPolicy::Settings retry;
        RateLimiter::Limits limits;                     // every provider...
        QMap<QString, RateLimiter::Limits> perProvider; // ...unless named here
    };

    // retry.maxAttempts from ai.retry.maxAttempts; everything else at its documented default.
    static Settings settingsFrom(const Config::AiSettings &ai);

    // `providers` (name -> client) and `cache` (may be null: no caching) must outlive the router.
    ProviderRouter(QMap<QString, Provider *> providers, Settings settings, ResponseCache *cache = nullptr,
                   RetryPolicy::Random random = {}, RateLimiter::Clock limiterClock = {},
                   QObject *parent = nullptr);
    ~ProviderRouter() override;

    // Starts routing on the next event-loop turn, so the caller can connect first. The call is
    // a child of the router; delete it with deleteLater() once it ended.
    RoutedCall *start(const RoutedRequest &request);

    void setProviders(QMap<QString, Provider *> providers) { m_providers = std::move(providers); }
    // Config reload (ai.retry): the next start() uses it; a RoutedCall already running keeps
    // the policy it copied. Rate limits are not part of the config file, so they stay.
    void setRetrySettings(const RetryPolicy::Settings &retry)
    {
        m_settings.retry = retry;
        m_policy.setSettings(retry);
    }
    QStringList providerNames() const { return m_providers.keys(); }

    int queueLength(const QString &provider) const { return m_limiter.queueLength(provider); }
    int activeCount(const QString &provider) const { return m_limiter.activeCount(provider); }

signals:
    void queueLengthChanged(const QString &provider, int length);

private:
    QMap<QString, Provider *> m_providers;
    Settings m_settings;
    ResponseCache *m_cache;
    RetryPolicy m_policy;
    RateLimiter m_limiter;
};

} // namespace Moltdesk::Providers
