#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Moltdesk::Config {
struct AiSettings;
}

namespace Moltdesk::Providers {

// Where and how to reach one provider. The key comes from the secret store, never from config.
struct ProviderEndpoint
{
    QUrl baseUrl;   // e.g. https://api.anthropic.com; a trailing "/v1" is tolerated
    QString apiKey; // empty: no auth header (OpenAI-compatible local servers)
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(120)};
    std::chrono::milliseconds streamIdleTimeout{std::chrono::seconds(60)};
    std::function<QDateTime()> clock; // for retry-after HTTP-dates; empty = system clock

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }

    // `baseUrl` + "/v1/<path>", without doubling a "/v1" the user already put in the base URL.
    QUrl apiUrl(const QString &path) const;

    // Timeouts from `ai.requestTimeoutSeconds` / `ai.streamIdleTimeoutSeconds`, the URL from
    // `ai.providers.<name>.baseUrl`.
    static ProviderEndpoint fromSettings(const Config::AiSettings &ai, const QString &providerName,
                                         const QString &apiKey);
};

} // namespace Moltdesk::Providers
