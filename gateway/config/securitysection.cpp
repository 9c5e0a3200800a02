#include "config/securitysection.h"

#include "config/aisettings.h"
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
    reader.checkKeys(json, kPath,
                     {u"allowedOrigins"_s, u"rateLimit"_s, u"dmPolicy"_s, u"allowFrom"_s, u"tools"_s, u"schedule"_s});

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

    if (const std::optional<QJsonObject> tools = reader.object(json, kPath, u"tools"_s))
        readToolPolicy(*tools, reader, out.tools);
    if (const std::optional<QJsonObject> schedule = reader.object(json, kPath, u"schedule"_s))
        readScheduleCaps(*schedule, reader, out.schedule);
}

void SecuritySection::readToolPolicy(const QJsonObject &json, SchemaReader &reader, ToolPolicySettings &out)
{
    const QString path = SchemaReader::join(kPath, u"tools"_s);
    reader.checkKeys(json, path, ToolPolicySettings::kLevels);
    for (const QString &level : ToolPolicySettings::kLevels) {
        if (!json.contains(level))
            continue;
        QStringList names;
        const qsizetype errorsBefore = reader.errors().size();
        reader.readStringList(json, path, level, names, [](const QString &name) {
            return AiSettings::kToolNames.contains(name)
                ? QString()
                : u"a tool name (one of %1)"_s.arg(AiSettings::kToolNames.join(u", "_s));
        });
        if (reader.errors().size() == errorsBefore)
            out.allowed.insert(level, names);
    }
}

void SecuritySection::readScheduleCaps(const QJsonObject &json, SchemaReader &reader, ScheduleCapSettings &out)
{
    const QString path = SchemaReader::join(kPath, u"schedule"_s);
    reader.checkKeys(json, path, {u"maxJobsPerConversation"_s, u"maxJobs"_s, u"minIntervalMinutes"_s});
    reader.readInt(json, path, u"maxJobsPerConversation"_s, 0, 1000, out.maxJobsPerConversation);
    reader.readInt(json, path, u"maxJobs"_s, 0, 100000, out.maxJobs);
    reader.readInt(json, path, u"minIntervalMinutes"_s, 1, 7 * 24 * 60, out.minIntervalMinutes);
}

QJsonObject SecuritySection::toJson(const SecuritySettings &s)
{
    QJsonObject tools;
    for (auto it = s.tools.allowed.constBegin(); it != s.tools.allowed.constEnd(); ++it)
        tools.insert(it.key(), QJsonArray::fromStringList(*it));
    QJsonObject allowFrom;
    for (auto it = s.allowFrom.constBegin(); it != s.allowFrom.constEnd(); ++it)
        allowFrom.insert(it.key(), QJsonArray::fromStringList(*it));
    return {
        {u"allowedOrigins"_s, QJsonArray::fromStringList(s.allowedOrigins)},
        {u"rateLimit"_s, QJsonObject{{u"requestsPerMinute"_s, s.requestsPerMinute}, {u"burstSize"_s, s.burstSize}}},
        {u"dmPolicy"_s, kDmPolicies.at(static_cast<int>(s.dmPolicy))},
        {u"allowFrom"_s, allowFrom},
        {u"tools"_s, tools},
        {u"schedule"_s, QJsonObject{{u"maxJobsPerConversation"_s, s.schedule.maxJobsPerConversation},
                                    {u"maxJobs"_s, s.schedule.maxJobs},
                                    {u"minIntervalMinutes"_s, s.schedule.minIntervalMinutes}}},
    };
}

} // namespace Moltdesk::Config
