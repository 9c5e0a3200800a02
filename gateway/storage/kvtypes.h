#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Value types of the Workers KV equivalent (https://developers.cloudflare.com/kv/api/).
namespace Moltdesk::Storage {

// How a value should be read back: Workers KV's get(key, {type}) with text/json/arrayBuffer.
enum class KvValueType { Text = 0, Json = 1, Binary = 2 };

struct KvPutOptions
{
    // Seconds from now, or an absolute time: one of them at most (KV refuses both, and so do we).
    std::optional<qint64> expirationTtl;
    std::optional<QDateTime> expiration;
    // Any JSON value, at most KvLimits::maxMetadataBytes once serialised. Undefined = none.
    QJsonValue metadata = QJsonValue::Undefined;
};

struct KvValue
{
    QByteArray data;
    KvValueType type = KvValueType::Binary;
    QJsonValue metadata = QJsonValue::Undefined;
    std::optional<QDateTime> expiration;
};

struct KvKey
{
    QString name;
    std::optional<QDateTime> expiration;
    QJsonValue metadata = QJsonValue::Undefined;
};

struct KvListResult
{
    QList<KvKey> keys;
    bool complete = true; // false: pass `cursor` to the next list() call for more
    QString cursor;
};

// Defaults are Workers KV's documented limits (https://developers.cloudflare.com/kv/platform/limits/).
struct KvLimits
{
    qsizetype maxKeyBytes = 512;
    qsizetype maxValueBytes = 25 * 1024 * 1024;
    qsizetype maxMetadataBytes = 1024;
    // KV refuses expirations less than 60 s ahead; tests may lower this.
    qint64 minTtlSeconds = 60;
    int maxListLimit = 1000;
    qsizetype maxNamespaceBytes = 64;
};

} // namespace Moltdesk::Storage
