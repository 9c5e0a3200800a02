#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// Value types of the R2 equivalent (https://developers.cloudflare.com/r2/api/workers/workers-api-reference/).
namespace Moltdesk::Storage {

struct ObjectInfo
{
    QString key;
    qint64 size = 0;
    QString sha256; // lower-case hex of the whole body
    QString contentType;
    QJsonObject customMetadata; // string values, as R2's customMetadata
    QDateTime created;
    QDateTime updated;
};

// A stored object: its metadata plus the body opened for streamed reading. The file stays readable
// even if the object is replaced or removed meanwhile (POSIX keeps an open file alive).
struct ObjectData
{
    ObjectInfo info;
    std::unique_ptr<QFile> body;
};

struct ObjectListResult
{
    QList<ObjectInfo> objects;
    bool truncated = false; // true: pass `cursor` to the next list() call for more
    QString cursor;
};

struct ObjectLimits
{
    qsizetype maxKeyBytes = 1024;                     // R2's key limit
    qint64 maxObjectBytes = 5LL * 1024 * 1024 * 1024; // R2's single-part upload limit
    qsizetype maxCustomMetadataBytes = 2048;          // R2's customMetadata limit
    qint64 chunkBytes = 64 * 1024;                    // streaming buffer: the only part in memory
    int maxListLimit = 1000;
    int readTimeoutMs = 30000; // how long a sequential source may stall before the put fails
    // Quotas (storage.quota.*, docs/storage.md "Quotas"); 0 = none. perSessionBytes counts the
    // objects whose custom metadata names the session (ObjectSessionKey), totalBytes all objects.
    qint64 perSessionBytes = 0;
    qint64 totalBytes = 0;
};

// The custom-metadata entry naming the session (conversation) an object belongs to: attachments
// and workspace files carry it, so quotas can count them and deleting the session removes them.
inline constexpr QLatin1StringView ObjectSessionKey{"session"};

} // namespace Moltdesk::Storage
