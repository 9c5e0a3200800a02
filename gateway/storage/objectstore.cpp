#include "storage/objectstore.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/listcursor.h"
#include "storage/spoolfile.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

namespace {

const QString DefaultContentType = u"application/octet-stream"_s;
const QString Columns = u"key, size, sha256, content_type, custom_metadata, created, updated"_s;

// The only shape a stored `file` value may have. Checked before use, so even a tampered database
// cannot point us outside DATA/objects.
const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression pattern(u"\\A[0-9a-f]{2}/[0-9a-f]{32}\\z"_s);
    return pattern;
}

ObjectInfo infoFromRow(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toLongLong(),
            query.value(2).toString(),
            query.value(3).toString(),
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
            QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC)};
}

} // namespace

ObjectStore::ObjectStore(Database &database, ObjectLimits limits, Clock clock)
    : m_database(database)
    , m_limits(limits)
    , m_clock(std::move(clock))
{
}

QString ObjectStore::rootPath() const
{
    return QDir(m_database.dataDir()).filePath(u"objects"_s);
}

QString ObjectStore::tempPath() const
{
    return QDir(rootPath()).filePath(u".tmp"_s);
}

QString ObjectStore::absoluteFilePath(const QString &relative) const
{
    return QDir(rootPath()).filePath(relative);
}

Result<void> ObjectStore::open()
{
    if (!QDir().mkpath(tempPath()))
        return Error::io(u"cannot create object directory %1"_s.arg(QDir::toNativeSeparators(tempPath())));
    const Result<qint64> removed = cleanUp();
    if (!removed)
        return removed.error();
    if (removed.value() > 0)
        qCInfo(lcStorage) << "removed" << removed.value() << "leftover object files from an interrupted write";
    return {};
}

Result<qint64> ObjectStore::cleanUp()
{
    qint64 removed = 0;
    // Everything in .tmp is a put that never finished.
    QDirIterator temps(tempPath(), QDir::Files | QDir::Hidden | QDir::System);
    while (temps.hasNext()) {
        if (QFile::remove(temps.next()))
            ++removed;
    }
    // Data files without a row were renamed into place but their commit never happened.
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT file FROM objects"_s))
        return Storage::sqlError(u"cannot list object files"_s, query.lastError());
    QSet<QString> referenced;
    while (query.next())
        referenced.insert(query.value(0).toString());
    const QDir root(rootPath());
    QDirIterator files(rootPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(u".tmp/"_s) || referenced.contains(relative))
            continue;
        if (QFile::remove(path))
            ++removed;
    }
    return removed;
}

Result<void> ObjectStore::validateKey(const QString &key) const
{
    if (key.isEmpty())
        return Error::invalid(u"object key must not be empty"_s);
    if (const qsizetype bytes = key.toUtf8().size(); bytes > m_limits.maxKeyBytes)
        return Error::tooLarge(u"object key is %1 bytes, the limit is %2"_s.arg(bytes).arg(m_limits.maxKeyBytes));
    return {};
}

Result<ObjectInfo> ObjectStore::put(const QString &key, QIODevice *source, const QString &contentType,
                                    const QJsonObject &customMetadata)
{
    if (Result<void> r = validateKey(key); !r)
        return r.error();
    for (auto it = customMetadata.constBegin(); it != customMetadata.constEnd(); ++it) {
        if (!it.value().isString())
            return Error::invalid(u"custom metadata value '%1' must be a string"_s.arg(it.key()));
    }
    const QByteArray metadataJson = QJsonDocument(customMetadata).toJson(QJsonDocument::Compact);
    if (metadataJson.size() > m_limits.maxCustomMetadataBytes)
        return Error::tooLarge(u"custom metadata is %1 bytes serialised, the limit is %2"_s
                                   .arg(metadataJson.size()).arg(m_limits.maxCustomMetadataBytes));
    if (contentType.size() > 256)
        return Error::invalid(u"content type is longer than 256 characters"_s);

    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QString relative = id.left(2) + u'/' + id;
    SpoolFile spool(QDir(tempPath()).filePath(id + u".part"_s), m_limits);
    if (Result<void> r = spool.fill(source); !r)
        return r.error();
    if (Result<void> r = spool.moveTo(absoluteFilePath(relative)); !r)
        return r.error();

    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    const Result<std::optional<QString>> previous = fileOf(db.value(), key);
    if (!previous)
        return previous.error();
    const QString previousFile = previous.value().value_or(QString());
    if (Result<void> r = checkQuota(db.value(), key, customMetadata.value(ObjectSessionKey).toString(), spool.size()); !r)
        return r.error(); // spool's destructor removes the placed file: nothing half-written
    QSqlQuery query(db.value());

    const qint64 now = m_clock().toMSecsSinceEpoch();
    query.prepare(u"INSERT INTO objects (key, file, size, sha256, content_type, custom_metadata, created, updated)"
                  " VALUES (:key, :file, :size, :sha, :type, :meta, :now, :now2)"
                  " ON CONFLICT (key) DO UPDATE SET file = excluded.file, size = excluded.size,"
                  " sha256 = excluded.sha256, content_type = excluded.content_type,"
                  " custom_metadata = excluded.custom_metadata, updated = excluded.updated"
                  " RETURNING "_s + Columns);
    query.bindValue(u":key"_s, key);
    query.bindValue(u":file"_s, relative);
    query.bindValue(u":size"_s, spool.size());
    query.bindValue(u":sha"_s, spool.sha256());
    query.bindValue(u":type"_s, contentType.isEmpty() ? DefaultContentType : contentType);
    query.bindValue(u":meta"_s, QString::fromUtf8(metadataJson));
    query.bindValue(u":now"_s, now);
    query.bindValue(u":now2"_s, now);
    if (!query.exec() || !query.next())
        return Storage::sqlError(u"cannot write object metadata"_s, query.lastError());
    const ObjectInfo info = infoFromRow(query);
    query.finish();
    if (Result<void> r = tx.commit(); !r)
        return r.error(); // spool's destructor removes the placed file: the old object stays
    spool.keep();

    if (!previousFile.isEmpty() && fileNamePattern().match(previousFile).hasMatch()
        && !QFile::remove(absoluteFilePath(previousFile)))
        qCWarning(lcStorage) << "could not remove replaced object file" << previousFile << "(cleaned at next start)";
    return info;
}

Result<ObjectInfo> ObjectStore::putBytes(const QString &key, const QByteArray &data, const QString &contentType,
                                         const QJsonObject &customMetadata)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return put(key, &buffer, contentType, customMetadata);
}

Result<std::optional<ObjectInfo>> ObjectStore::head(const QString &key)
{
    if (Result<void> r = validateKey(key); !r)
        return r.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + Columns + u" FROM objects WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (!query.exec())
        return Storage::sqlError(u"cannot read object metadata"_s, query.lastError());
    if (!query.next())
        return std::optional<ObjectInfo>();
    return std::optional<ObjectInfo>(infoFromRow(query));
}

Result<std::optional<ObjectData>> ObjectStore::get(const QString &key)
{
    if (Result<void> r = validateKey(key); !r)
        return r.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // A concurrent put may replace the object and delete the old file between our SELECT and open;
    // re-reading the row then finds the new file. Three rounds make that race practically moot.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSqlQuery query(db.value());
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + Columns + u", file FROM objects WHERE key = :key"_s);
        query.bindValue(u":key"_s, key);
        if (!query.exec())
            return Storage::sqlError(u"cannot read object metadata"_s, query.lastError());
        if (!query.next())
            return std::optional<ObjectData>();
        const QString relative = query.value(7).toString();
        if (!fileNamePattern().match(relative).hasMatch())
            return Error{Error::Code::Corrupt, u"object '%1' has an invalid file reference"_s.arg(key)};
        ObjectData data{infoFromRow(query), std::make_unique<QFile>(absoluteFilePath(relative))};
        if (data.body->open(QIODevice::ReadOnly))
            return std::optional<ObjectData>(std::move(data));
    }
    return Error::io(u"the data file of object '%1' is missing"_s.arg(key));
}

Result<std::optional<QString>> ObjectStore::fileOf(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT file FROM objects WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (!query.exec())
        return Storage::sqlError(u"cannot read object metadata"_s, query.lastError());
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MiB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return u"%1 KiB"_s.arg(double(bytes) / 1024, 0, 'f', 1);
    return u"%1 bytes"_s.arg(bytes);
}

Result<qint64> sumSizes(QSqlDatabase &db, const QString &session, const QString &exceptKey)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = u"SELECT COALESCE(SUM(size), 0) FROM objects WHERE 1"_s;
    if (!exceptKey.isEmpty())
        sql += u" AND key != :except"_s;
    if (!session.isEmpty())
        sql += u" AND json_extract(custom_metadata, '$.session') = :session"_s;
    query.prepare(sql);
    if (!exceptKey.isEmpty())
        query.bindValue(u":except"_s, exceptKey);
    if (!session.isEmpty())
        query.bindValue(u":session"_s, session);
    if (!query.exec() || !query.next())
        return Storage::sqlError(u"cannot sum object sizes"_s, query.lastError());
    return query.value(0).toLongLong();
}

} // namespace

void ObjectStore::setQuotas(qint64 perSessionBytes, qint64 totalBytes)
{
    m_limits.perSessionBytes = perSessionBytes;
    m_limits.totalBytes = totalBytes;
}

Result<void> ObjectStore::checkQuota(QSqlDatabase &db, const QString &key, const QString &session, qint64 size) const
{
    if (!session.isEmpty() && m_limits.perSessionBytes > 0) {
        const Result<qint64> used = sumSizes(db, session, key);
        if (!used)
            return used.error();
        if (used.value() + size > m_limits.perSessionBytes)
            return Error::tooLarge(u"refused: this conversation already stores %1 and this file is %2, over its quota of "
                                   "%3 (storage.quota.perConversationBytes); delete files it no longer needs"_s
                                       .arg(sizeText(used.value()), sizeText(size), sizeText(m_limits.perSessionBytes)));
    }
    if (m_limits.totalBytes > 0) {
        const Result<qint64> used = sumSizes(db, {}, key);
        if (!used)
            return used.error();
        if (used.value() + size > m_limits.totalBytes)
            return Error::tooLarge(u"refused: stored files take %1 and this file is %2, over the total quota of %3 "
                                   "(storage.quota.totalBytes)"_s
                                       .arg(sizeText(used.value()), sizeText(size), sizeText(m_limits.totalBytes)));
    }
    return {};
}

Result<qint64> ObjectStore::usage(const QString &session)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    return sumSizes(db.value(), session, QString());
}

Result<int> ObjectStore::removeOwnedBy(const QString &session, const QStringList &prefixes)
{
    if (session.isEmpty() && prefixes.isEmpty())
        return 0;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    QStringList conditions;
    if (!session.isEmpty())
        conditions.append(u"json_extract(custom_metadata, '$.session') = ?"_s);
    for (qsizetype i = 0; i < prefixes.size(); ++i)
        conditions.append(u"substr(key, 1, length(?)) = ?"_s);
    QSqlQuery query(db.value());
    query.prepare(u"DELETE FROM objects WHERE "_s + conditions.join(u" OR "_s) + u" RETURNING file"_s);
    if (!session.isEmpty())
        query.addBindValue(session);
    for (const QString &prefix : prefixes) {
        query.addBindValue(prefix);
        query.addBindValue(prefix);
    }
    if (!query.exec())
        return Storage::sqlError(u"cannot delete a session's objects"_s, query.lastError());
    QStringList files;
    while (query.next())
        files.append(query.value(0).toString());
    query.finish();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    for (const QString &relative : std::as_const(files)) {
        if (fileNamePattern().match(relative).hasMatch() && !QFile::remove(absoluteFilePath(relative)))
            qCWarning(lcStorage) << "could not remove object file" << relative << "(cleaned at next start)";
    }
    return int(files.size());
}

Result<bool> ObjectStore::remove(const QString &key)
{
    if (Result<void> r = validateKey(key); !r)
        return r.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    const Result<std::optional<QString>> file = fileOf(db.value(), key);
    if (!file)
        return file.error();
    if (!file.value())
        return false;
    const QString relative = *file.value();
    QSqlQuery query(db.value());
    query.prepare(u"DELETE FROM objects WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (!query.exec())
        return Storage::sqlError(u"cannot delete object"_s, query.lastError());
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    // The row is gone, so the object is gone; a file we fail to delete is swept at next start.
    if (fileNamePattern().match(relative).hasMatch() && !QFile::remove(absoluteFilePath(relative)))
        qCWarning(lcStorage) << "could not remove object file" << relative << "(cleaned at next start)";
    return true;
}

Result<ObjectListResult> ObjectStore::list(const QString &prefix, const QString &cursor, int limit)
{
    if (limit < 0)
        return Error::invalid(u"list limit must not be negative"_s);
    limit = limit == 0 ? m_limits.maxListLimit : std::min(limit, m_limits.maxListLimit);
    const Result<QString> after = ListCursor::decode(cursor);
    if (!after)
        return after.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + Columns
                  + u" FROM objects WHERE key > :after AND key >= :prefix"
                    " AND (:prefix2 = '' OR instr(key, :prefix3) = 1) ORDER BY key LIMIT :limit"_s);
    const QString p = prefix.isNull() ? u""_s : prefix;
    query.bindValue(u":after"_s, after.value().isNull() ? u""_s : after.value());
    query.bindValue(u":prefix"_s, p);
    query.bindValue(u":prefix2"_s, p);
    query.bindValue(u":prefix3"_s, p);
    query.bindValue(u":limit"_s, limit + 1);
    if (!query.exec())
        return Storage::sqlError(u"cannot list objects"_s, query.lastError());
    ObjectListResult result;
    while (query.next()) {
        if (result.objects.size() == limit) {
            result.truncated = true;
            result.cursor = ListCursor::encode(result.objects.last().key);
            break;
        }
        result.objects.append(infoFromRow(query));
    }
    return result;
}

} // namespace Moltdesk::Storage
