#pragma once

#include "base/clock.h"
#include "providers/providerrequest.h"
#include "providers/providerresult.h"
#include "storage/result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Moltdesk::Storage {
class KvStore;
}

namespace Moltdesk::Providers {

// The AI Gateway's response cache (https://developers.cloudflare.com/ai-gateway/features/caching/):
// an exact request hash -> the provider's result, kept in the KV store (namespace
// MOLTDESK_AI_CACHE) so it survives restarts.
//
// Key: SHA-256 (FIPS 180-4) over the canonical JSON of provider, model, system prompt, messages,
// tools and maxOutputTokens. QJsonObject keeps keys sorted, so equal requests serialise to equal
// bytes whatever order their keys were built in. `stream` is left out: a streamed and an
// unstreamed call produce the same result.
//
// TTL: the expiry is stored inside the entry and checked against the injected clock, so any TTL
// from 1 s works exactly; the KV row itself expires no earlier than KV's 60 s minimum and is
// purged by the KV store.
class ResponseCache
{
public:
    using Clock = Base::Clock;
    static inline const QString kNamespace = QStringLiteral("MOLTDESK_AI_CACHE");

    ResponseCache(Storage::KvStore &kv, int ttlSeconds = 3600, Clock clock = {});

    static QString key(const QString &provider, const ProviderRequest &request);
    // Config reload (ai.cache.ttlSeconds): applies to entries stored from now on.
    void setTtlSeconds(int ttlSeconds) { m_ttlSeconds = std::max(1, ttlSeconds); }

    // nullopt on a miss or an expired entry. An unreadable entry is a miss (and is removed).
    Storage::Result<std::optional<ProviderResult>> lookup(const QString &provider, const ProviderRequest &request);
    // Stores a successful result. Results with StopReason::Error (refusals, content filters)
    // are not stored: asking again may well go differently.
    Storage::Result<void> store(const QString &provider, const ProviderRequest &request, const ProviderResult &result);

    static bool worthCaching(const ProviderResult &result);
    static QJsonObject resultToJson(const ProviderResult &result);
    static std::optional<ProviderResult> resultFromJson(const QJsonObject &json);

private:
    QDateTime now() const;

    Storage::KvStore &m_kv;
    int m_ttlSeconds;
    Clock m_clock;
};

} // namespace Moltdesk::Providers
