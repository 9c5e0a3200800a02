#include "config/storagesection.h"

#include "config/jsonrender.h"
#include "config/schemareader.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {
const QString kPath = u"storage"_s;
constexpr qint64 kGiB = 1024LL * 1024 * 1024;
constexpr qint64 kTiB = 1024 * kGiB;
constexpr qint64 kTenYears = 10LL * 366 * 86400;
} // namespace

void StorageSection::read(const QJsonObject &json, SchemaReader &reader, StorageSettings &out)
{
    reader.checkKeys(json, kPath, {u"sessionTTL"_s, u"maxSessionSize"_s, u"backend"_s, u"kv"_s, u"quota"_s});

    qint64 ttl = out.sessionTtlSeconds;
    reader.readDuration(json, kPath, u"sessionTTL"_s, ttl);
    if (ttl > kTenYears)
        reader.fail(SchemaReader::join(kPath, u"sessionTTL"_s), u"a duration of at most 10 years"_s, json.value(u"sessionTTL"_s));
    else
        out.sessionTtlSeconds = ttl;

    reader.readSize(json, kPath, u"maxSessionSize"_s, 1024, kGiB, out.maxSessionSizeBytes);

    const QJsonValue backend = json.value(u"backend"_s);
    if (backend == QJsonValue(u"postgres"_s)) {
        reader.failText(SchemaReader::join(kPath, u"backend"_s),
                        u"\"postgres\" is not supported in this build yet; use \"sqlite\""_s);
    } else if (!backend.isUndefined() && backend != QJsonValue(u"sqlite"_s)) {
        reader.fail(SchemaReader::join(kPath, u"backend"_s), u"\"sqlite\""_s, backend);
    }

    if (const std::optional<QJsonObject> kv = reader.object(json, kPath, u"kv"_s)) {
        const QString kvPath = SchemaReader::join(kPath, u"kv"_s);
        reader.checkKeys(*kv, kvPath, {u"maxValueBytes"_s, u"maxKeyBytes"_s});
        reader.readSize(*kv, kvPath, u"maxValueBytes"_s, 1, kGiB, out.kvMaxValueBytes);
        reader.readSize(*kv, kvPath, u"maxKeyBytes"_s, 1, 65536, out.kvMaxKeyBytes);
    }

    if (const std::optional<QJsonObject> quota = reader.object(json, kPath, u"quota"_s)) {
        const QString quotaPath = SchemaReader::join(kPath, u"quota"_s);
        reader.checkKeys(*quota, quotaPath, {u"perConversationBytes"_s, u"totalBytes"_s});
        reader.readSize(*quota, quotaPath, u"perConversationBytes"_s, 0, kTiB, out.quotaPerConversationBytes);
        reader.readSize(*quota, quotaPath, u"totalBytes"_s, 0, kTiB, out.quotaTotalBytes);
    }
}

QJsonObject StorageSection::toJson(const StorageSettings &s)
{
    return {
        {u"sessionTTL"_s, s.sessionTtlSeconds},
        {u"maxSessionSize"_s, s.maxSessionSizeBytes},
        {u"backend"_s, u"sqlite"_s},
        {u"kv"_s, QJsonObject{{u"maxValueBytes"_s, s.kvMaxValueBytes}, {u"maxKeyBytes"_s, s.kvMaxKeyBytes}}},
        {u"quota"_s, QJsonObject{{u"perConversationBytes"_s, s.quotaPerConversationBytes},
                                 {u"totalBytes"_s, s.quotaTotalBytes}}},
    };
}

} // namespace Moltdesk::Config
