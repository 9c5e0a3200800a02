#include "config/securitysection.h"

#include "config/schemareader.h"

#include <QJsonArray>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {
const QString kPath = u"security"_s;
const QStringList kDmPolicies = {u"pairing"_s, u"allowlist"_s, u"open"_s};
} // namespace

QString SecuritySection::normaliseOrigin(const QString &text)
{
    QUrl url;
    if (!SchemaReader::isUrlWithScheme(text, {u"http"_s, u"https"_s}, &url))
        return {};
    // An origin has no path, query or fragment (RFC 6454 section 4); a lone "/" is tolerated.
    if ((!url.path().isEmpty() && url.path() != u"/"_s) || url.hasQuery() || url.hasFragment())
        return {};
    QString origin = url.scheme() + u"://"_s + url.host(QUrl::FullyEncoded);
    if (url.host().contains(u':'))
        origin = url.scheme() + u"://["_s + url.host() + u']';
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin += u':' + QString::number(url.port());
    return origin;
}

void SecuritySection::read(const QJsonObject &json, SchemaReader &reader, SecuritySettings &out)
{
    reader.checkKeys(json, kPath, {u"allowedOrigins"_s, u"rateLimit"_s, u"dmPolicy"_s, u"allowFrom"_s});

    QStringList origins;
    const bool hadOrigins = json.contains(u"allowedOrigins"_s);
    const qsizetype errorsBefore = reader.errors().size();
    reader.readStringList(json, kPath, u"allowedOrigins"_s, origins, [](const QString &origin) {
        return normaliseOrigin(origin).isEmpty()
            ? u"an origin such as \"https://example.com\" (scheme, host and optional port only)"_s
            : QString();
    });
    if (hadOrigins && reader.errors().size() == errorsBefore) {
        out.allowedOrigins.clear();
        for (const QString &origin : std::as_const(origins))
            out.allowedOrigins.append(normaliseOrigin(origin));
    }

    if (const std::optional<QJsonObject> rate = reader.object(json, kPath, u"rateLimit"_s)) {
        const QString ratePath = SchemaReader::join(kPath, u"rateLimit"_s);
        reader.checkKeys(*rate, ratePath, {u"requestsPerMinute"_s, u"burstSize"_s});
        reader.readInt(*rate, ratePath, u"requestsPerMinute"_s, 1, std::numeric_limits<int>::max(), out.requestsPerMinute);
        reader.readInt(*rate, ratePath, u"burstSize"_s, 1, std::numeric_limits<int>::max(), out.burstSize);
    }

    if (const int policy = reader.readEnum(json, kPath, u"dmPolicy"_s, kDmPolicies); policy >= 0)
        out.dmPolicy = static_cast<SecuritySettings::DmPolicy>(policy);

    if (const std::optional<QJsonObject> allowFrom = reader.object(json, kPath, u"allowFrom"_s)) {
        const QString allowPath = SchemaReader::join(kPath, u"allowFrom"_s);
        reader.checkKeys(*allowFrom, allowPath, SecuritySettings::kChannels);
        for (const QString &channel : SecuritySettings::kChannels) {
            if (!allowFrom->contains(channel))
                continue;
            QStringList ids;
            // Ids must be strings: Discord snowflakes do not fit a JSON number without losing digits.
            reader.readStringList(*allowFrom, allowPath, channel, ids, [](const QString &id) {
                return id.trimmed().isEmpty() || id.trimmed() != id ? u"a non-empty sender id"_s : QString();
            });
            out.allowFrom.insert(channel, ids);
        }
    }
}

QJsonObject SecuritySection::toJson(const SecuritySettings &s)
{
    QJsonObject allowFrom;
    for (auto it = s.allowFrom.constBegin(); it != s.allowFrom.constEnd(); ++it)
        allowFrom.insert(it.key(), QJsonArray::fromStringList(*it));
    return {
        {u"allowedOrigins"_s, QJsonArray::fromStringList(s.allowedOrigins)},
        {u"rateLimit"_s, QJsonObject{{u"requestsPerMinute"_s, s.requestsPerMinute}, {u"burstSize"_s, s.burstSize}}},
        {u"dmPolicy"_s, kDmPolicies.at(static_cast<int>(s.dmPolicy))},
        {u"allowFrom"_s, allowFrom},
    };
}

} // namespace Moltdesk::Config
