#pragma once

#include "base/clock.h"
#include "storage/objecttypes.h"
#include "storage/result.h"

#include <QIODevice>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace Moltdesk::Storage {

class Database;

// The R2 equivalent: objects under DATA/objects/, metadata in the `objects` table.
//
// Durability: put() streams the source in ObjectLimits::chunkBytes chunks (never the whole object
// in memory) into DATA/objects/.tmp/, hashing on the way, then fsyncs, renames the file into place
// and only then commits the metadata row. An object is visible exactly when its row is committed,
// so a crash at any point leaves either the old object or the new one, never half of one. A
// replaced object's previous file is deleted after the commit. open() removes leftover temp files
// and any data file no row refers to (the window between rename and commit).
//
// Keys never reach the file system: data files are named by a random id, so "../x" is just a key.
//
// Threading: no thread-affine state; every call uses the calling thread's database connection, so
// large puts can (and should) run on a worker thread.
class ObjectStore
{
public:
    using Clock = Base::Clock;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    explicit ObjectStore(Database &database, ObjectLimits limits = {}, Clock clock = &ObjectStore::systemClock);

    // Creates the directories and cleans up after a crash. Call once before any other method,
    // while no put() is running.
    Result<void> open();

    // Reads `source` (already open for reading) to its end. contentType defaults to
    // application/octet-stream; custom metadata values must be strings.
    Result<ObjectInfo> put(const QString &key, QIODevice *source, const QString &contentType = {},
                           const QJsonObject &customMetadata = {});
    Result<ObjectInfo> putBytes(const QString &key, const QByteArray &data, const QString &contentType = {},
                                const QJsonObject &customMetadata = {});

    // nullopt when there is no such object.
    Result<std::optional<ObjectData>> get(const QString &key);
    Result<std::optional<ObjectInfo>> head(const QString &key);
    // true if an object was deleted; a missing key is not an error (as R2's delete).
    Result<bool> remove(const QString &key);
    // Keys in UTF-8 byte order; limit defaults to, and is capped at, ObjectLimits::maxListLimit.
    Result<ObjectListResult> list(const QString &prefix = {}, const QString &cursor = {}, int limit = 0);

    // Bytes stored: all objects, or those of one session (custom metadata ObjectSessionKey).
    Result<qint64> usage(const QString &session = {});
    // Deletes every object of `session` (by custom metadata) and every object whose key starts
    // with one of `prefixes`; returns how many. Rows go in one transaction, files after it.
    Result<int> removeOwnedBy(const QString &session, const QStringList &prefixes = {});

    void setQuotas(qint64 perSessionBytes, qint64 totalBytes);
    ObjectLimits limits() const { return m_limits; }

    QString rootPath() const;
    QString tempPath() const;

private:
    // Inside put's transaction: would `size` more bytes for `key` exceed a quota? The replaced
    // object's bytes are not counted twice.
    Result<void> checkQuota(QSqlDatabase &db, const QString &key, const QString &session, qint64 size) const;
    Result<void> validateKey(const QString &key) const;
    QString absoluteFilePath(const QString &relative) const;
    Result<qint64> cleanUp();
    // The data file of `key`'s row (inside the caller's transaction), or nullopt when absent.
    static Result<std::optional<QString>> fileOf(QSqlDatabase &db, const QString &key);

    Database &m_database;
    ObjectLimits m_limits;
    Clock m_clock;
};

} // namespace Moltdesk::Storage
