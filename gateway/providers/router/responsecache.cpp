#include "providers/router/responsecache.h"

#include "base/logging.h"
#include "storage/kvstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

namespace {
constexpr int kFormatVersion = 1;
// KV refuses row expirations closer than its minimum (Workers KV: 60 s); the exact TTL lives in
// the entry, the row TTL only lets the KV purge clean up.
constexpr qint64 kMinRowTtlSeconds = 60;

std::optional<StopReason> stopReasonFromName(const QString &name)
{
    for (StopReason reason : {StopReason::EndTurn, StopReason::ToolUse, StopReason::MaxTokens,
                              StopReason::StopSequence, StopReason::Error}) {
        if (ProviderResult::stopReasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}
} // namespace

ResponseCache::ResponseCache(Storage::KvStore &kv, int ttlSeconds, Clock clock)
    : m_kv(kv), m_ttlSeconds(std::max(1, ttlSeconds)), m_clock(std::move(clock))
{
}

QDateTime ResponseCache::now() const
{
    return Base::readClock(m_clock);
}

QString ResponseCache::key(const QString &provider, const ProviderRequest &request)
{
    const QJsonObject canonical{{u"provider"_s, provider},
                                {u"model"_s, request.model},
                                {u"system"_s, request.systemPrompt},
                                {u"messages"_s, request.messages},
                                {u"tools"_s, request.tools},
                                {u"maxOutputTokens"_s, request.maxOutputTokens}};
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ResponseCache::worthCaching(const ProviderResult &result)
{
    return result.stopReason != StopReason::Error && !result.content.isEmpty();
}

QJsonObject ResponseCache::resultToJson(const ProviderResult &result)
{
    return {{u"content"_s, result.content},
            {u"stopReason"_s, ProviderResult::stopReasonName(result.stopReason)},
            {u"usage"_s, result.usage.toJson()},
            {u"messageId"_s, result.messageId},
            {u"model"_s, result.model}};
}

std::optional<ProviderResult> ResponseCache::resultFromJson(const QJsonObject &json)
{
    const auto stop = stopReasonFromName(json.value(u"stopReason"_s).toString());
    if (!stop || !json.value(u"content"_s).isArray() || !json.value(u"usage"_s).isObject())
        return std::nullopt;
    ProviderResult result;
    result.content = json.value(u"content"_s).toArray();
    result.stopReason = *stop;
    const QJsonObject usage = json.value(u"usage"_s).toObject();
    result.usage.inputTokens = usage.value(u"inputTokens"_s).toInteger();
    result.usage.outputTokens = usage.value(u"outputTokens"_s).toInteger();
    result.usage.cacheReadTokens = usage.value(u"cacheReadTokens"_s).toInteger();
    result.usage.cacheWriteTokens = usage.value(u"cacheWriteTokens"_s).toInteger();
    result.usage.estimated = usage.value(u"estimated"_s).toBool();
    result.messageId = json.value(u"messageId"_s).toString();
    result.model = json.value(u"model"_s).toString();
    return result;
}

Storage::Result<std::optional<ProviderResult>> ResponseCache::lookup(const QString &provider,
                                                                     const ProviderRequest &request)
{
    const QString k = key(provider, request);
    auto stored = m_kv.getJson(kNamespace, k);
    if (!stored.ok()) {
        // Not valid JSON: nothing we wrote. Drop it rather than fail every later lookup.
        if (stored.error().code == Storage::Error::Code::InvalidArgument)
            m_kv.remove(kNamespace, k);
        return stored.error();
    }
    if (!stored.value())
        return std::optional<ProviderResult>();
    const QJsonObject entry = stored.value()->object();
    const qint64 expiresAtMs = entry.value(u"expiresAtMs"_s).toInteger(-1);
    if (entry.value(u"v"_s).toInt() != kFormatVersion || expiresAtMs < 0)
        return std::optional<ProviderResult>();
    if (now().toMSecsSinceEpoch() >= expiresAtMs)
        return std::optional<ProviderResult>();
    auto result = resultFromJson(entry.value(u"result"_s).toObject());
    if (!result) {
        qCWarning(lcProviders) << "dropping an unreadable response-cache entry";
        m_kv.remove(kNamespace, k);
    }
    return result;
}

Storage::Result<void> ResponseCache::store(const QString &provider, const ProviderRequest &request,
                                           const ProviderResult &result)
{
    if (!worthCaching(result))
        return {};
    const qint64 expiresAtMs = now().toMSecsSinceEpoch() + qint64(m_ttlSeconds) * 1000;
    const QJsonObject entry{{u"v"_s, kFormatVersion},
                            {u"provider"_s, provider},
                            {u"model"_s, request.model},
                            {u"expiresAtMs"_s, expiresAtMs},
                            {u"result"_s, resultToJson(result)}};
    Storage::KvPutOptions options;
    options.expirationTtl = std::max<qint64>(m_ttlSeconds, kMinRowTtlSeconds);
    return m_kv.putJson(kNamespace, key(provider, request), QJsonDocument(entry), options);
}

} // namespace Moltdesk::Providers
