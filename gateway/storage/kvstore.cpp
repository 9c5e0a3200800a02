#include "storage/kvstore.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/listcursor.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

namespace {

// Metadata is stored as a one-element JSON array so that scalars (KV allows any JSON value)
// round-trip through QJsonDocument, which only holds objects and arrays.
QString encodeMetadata(const QJsonValue &metadata)
{
    if (metadata.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{metadata}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeMetadata(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue::Undefined;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toString().toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue(QJsonValue::Undefined);
}

std::optional<QDateTime> decodeExpiration(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(stored.toLongLong(), Qt::UTC);
}

bool isNamespaceChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-' || c == u'.';
}

} // namespace

KvStore::KvStore(Database &database, KvLimits limits, Clock clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_limits(limits)
    , m_clock(std::move(clock))
{
    connect(&m_purgeTimer, &QTimer::timeout, this, &KvStore::purgeTick);
}

qint64 KvStore::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

Result<void> KvStore::validateNamespace(const QString &ns) const
{
    if (ns.isEmpty() || ns.toUtf8().size() > m_limits.maxNamespaceBytes
        || !std::all_of(ns.cbegin(), ns.cend(), isNamespaceChar))
        return Error::invalid(u"invalid KV namespace '%1': use 1-%2 characters from A-Z a-z 0-9 _ - ."_s
                                  .arg(ns.left(80)).arg(m_limits.maxNamespaceBytes));
    return {};
}

Result<void> KvStore::validateKey(const QString &key) const
{
    if (key.isEmpty())
        return Error::invalid(u"KV key must not be empty"_s);
    if (key == u"."_s || key == u".."_s)
        return Error::invalid(u"KV key must not be '.' or '..'"_s); // as Workers KV
    if (const qsizetype bytes = key.toUtf8().size(); bytes > m_limits.maxKeyBytes)
        return Error::tooLarge(u"KV key is %1 bytes, the limit is %2"_s.arg(bytes).arg(m_limits.maxKeyBytes));
    return {};
}

Result<std::optional<qint64>> KvStore::expirationFor(const KvPutOptions &options, qint64 now) const
{
    if (options.expirationTtl && options.expiration)
        return Error::invalid(u"give either expiration or expirationTtl, not both"_s);
    qint64 expiresAt = 0;
    if (options.expirationTtl)
        expiresAt = now + *options.expirationTtl * 1000;
    else if (options.expiration && options.expiration->isValid())
        expiresAt = options.expiration->toMSecsSinceEpoch();
    else if (options.expiration)
        return Error::invalid(u"expiration is not a valid date/time"_s);
    else
        return std::optional<qint64>();
    if (expiresAt - now < m_limits.minTtlSeconds * 1000)
        return Error::invalid(u"expiration must be at least %1 seconds in the future"_s.arg(m_limits.minTtlSeconds));
    return std::optional<qint64>(expiresAt);
}

Result<void> KvStore::put(const QString &ns, const QString &key, const QByteArray &value, KvValueType type,
                          const KvPutOptions &options)
{
    if (Result<void> r = validateNamespace(ns); !r)
        return r;
    if (Result<void> r = validateKey(key); !r)
        return r;
    if (value.size() > m_limits.maxValueBytes)
        return Error::tooLarge(u"KV value is %1 bytes, the limit is %2"_s.arg(value.size()).arg(m_limits.maxValueBytes));
    const QString metadata = encodeMetadata(options.metadata);
    // The limit applies to the metadata itself, not our one-element array wrapper.
    if (const qsizetype bytes = metadata.toUtf8().size() - (metadata.isEmpty() ? 0 : 2);
        bytes > m_limits.maxMetadataBytes)
        return Error::tooLarge(u"KV metadata is %1 bytes serialised, the limit is %2"_s.arg(bytes).arg(m_limits.maxMetadataBytes));
    const qint64 now = nowMs();
    const Result<std::optional<qint64>> expiration = expirationFor(options, now);
    if (!expiration)
        return expiration.error();

    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun();
    if (const Result<QSqlQuery> created = Sql::exec(
            db.value(), u"cannot create KV namespace"_s,
            u"INSERT OR IGNORE INTO kv_namespaces (name, created) VALUES (:name, :created)"_s,
            {{u":name"_s, ns}, {u":created"_s, now}});
        !created)
        return created.error();
    if (const Result<QSqlQuery> written = Sql::exec(
            db.value(), u"cannot write KV key"_s,
            u"INSERT INTO kv (namespace, key, value, type, metadata, expiration, updated)"
            " VALUES (:ns, :key, :value, :type, :metadata, :expiration, :updated)"
            " ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, type = excluded.type,"
            " metadata = excluded.metadata, expiration = excluded.expiration, updated = excluded.updated"_s,
            {{u":ns"_s, ns},
             {u":key"_s, key},
             {u":value"_s, value.isNull() ? QByteArray(""_ba) : value},
             {u":type"_s, int(type)},
             {u":metadata"_s, metadata.isEmpty() ? QVariant() : QVariant(metadata)},
             {u":expiration"_s, expiration.value() ? QVariant(*expiration.value()) : QVariant()},
             {u":updated"_s, now}});
        !written)
        return written.error();
    return tx.commit();
}

Result<void> KvStore::putText(const QString &ns, const QString &key, const QString &value, const KvPutOptions &options)
{
    return put(ns, key, value.toUtf8(), KvValueType::Text, options);
}

Result<void> KvStore::putJson(const QString &ns, const QString &key, const QJsonDocument &value,
                              const KvPutOptions &options)
{
    if (value.isNull())
        return Error::invalid(u"JSON value is empty"_s);
    return put(ns, key, value.toJson(QJsonDocument::Compact), KvValueType::Json, options);
}

Result<std::optional<KvValue>> KvStore::get(const QString &ns, const QString &key)
{
    if (Result<void> r = validateNamespace(ns); !r)
        return r.error();
    if (Result<void> r = validateKey(key); !r)
        return r.error();
    const Result<std::optional<QSqlRecord>> row = Sql::one(
        m_database, u"cannot read KV key"_s,
        u"SELECT value, type, metadata, expiration FROM kv WHERE namespace = :ns AND key = :key"
        " AND (expiration IS NULL OR expiration > :now)"_s,
        {{u":ns"_s, ns}, {u":key"_s, key}, {u":now"_s, nowMs()}});
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<KvValue>();
    const QSqlRecord &r = *row.value();
    return std::optional<KvValue>(KvValue{r.value(0).toByteArray(), KvValueType(r.value(1).toInt()),
                                          decodeMetadata(r.value(2)), decodeExpiration(r.value(3))});
}

Result<std::optional<QJsonDocument>> KvStore::getJson(const QString &ns, const QString &key)
{
    Result<std::optional<KvValue>> value = get(ns, key);
    if (!value)
        return value.error();
    if (!value.value())
        return std::optional<QJsonDocument>();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(value.value()->data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(u"KV value of '%1' is not JSON: %2"_s.arg(key, parseError.errorString()));
    return std::optional<QJsonDocument>(doc);
}

Result<bool> KvStore::remove(const QString &ns, const QString &key)
{
    if (Result<void> r = validateNamespace(ns); !r)
        return r.error();
    if (Result<void> r = validateKey(key); !r)
        return r.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    const Result<std::optional<QSqlRecord>> row = Sql::one(
        db.value(), u"cannot read KV key"_s,
        u"SELECT expiration IS NULL OR expiration > :now FROM kv WHERE namespace = :ns AND key = :key"_s,
        {{u":now"_s, nowMs()}, {u":ns"_s, ns}, {u":key"_s, key}});
    if (!row)
        return row.error();
    // An expired row is deleted too, but only a live one counts as "deleted".
    const bool live = row.value() && row.value()->value(0).toBool();
    if (const Result<QSqlQuery> deleted = Sql::exec(db.value(), u"cannot delete KV key"_s,
                                                    u"DELETE FROM kv WHERE namespace = :ns AND key = :key"_s,
                                                    {{u":ns"_s, ns}, {u":key"_s, key}});
        !deleted)
        return deleted.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return live;
}

Result<KvListResult> KvStore::list(const QString &ns, const QString &prefix, const QString &cursor, int limit)
{
    if (Result<void> r = validateNamespace(ns); !r)
        return r.error();
    if (limit < 0)
        return Error::invalid(u"list limit must not be negative"_s);
    limit = limit == 0 ? m_limits.maxListLimit : std::min(limit, m_limits.maxListLimit);
    const Result<QString> after = ListCursor::decode(cursor);
    if (!after)
        return after.error();

    // instr(key, prefix) = 1 is "starts with" without LIKE/GLOB wildcards to escape; key >= prefix
    // lets the primary key index skip straight to the range.
    const QString prefixText = prefix.isNull() ? u""_s : prefix;
    Result<QSqlQuery> query = Sql::exec(
        m_database, u"cannot list KV keys"_s,
        u"SELECT key, expiration, metadata FROM kv WHERE namespace = :ns AND key > :after"
        " AND key >= :prefix AND (:prefix2 = '' OR instr(key, :prefix3) = 1)"
        " AND (expiration IS NULL OR expiration > :now) ORDER BY key LIMIT :limit"_s,
        {{u":ns"_s, ns},
         {u":after"_s, after.value().isEmpty() ? u""_s : after.value()},
         {u":prefix"_s, prefixText},
         {u":prefix2"_s, prefixText},
         {u":prefix3"_s, prefixText},
         {u":now"_s, nowMs()},
         {u":limit"_s, limit + 1}}); // one extra row tells us whether more follow
    if (!query)
        return query.error();
    KvListResult result;
    while (query->next()) {
        if (result.keys.size() == limit) {
            result.complete = false;
            result.cursor = ListCursor::encode(result.keys.last().name);
            break;
        }
        result.keys.append({query->value(0).toString(), decodeExpiration(query->value(1)), decodeMetadata(query->value(2))});
    }
    return result;
}

Result<QStringList> KvStore::namespaces()
{
    Result<QSqlQuery> query =
        Sql::exec(m_database, u"cannot list KV namespaces"_s, u"SELECT name FROM kv_namespaces ORDER BY name"_s);
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<int> KvStore::purgeExpired(int batchSize)
{
    if (batchSize <= 0)
        return Error::invalid(u"purge batch size must be positive"_s);
    return Sql::affected(m_database, u"cannot purge expired KV keys"_s,
                         u"DELETE FROM kv WHERE (namespace, key) IN (SELECT namespace, key FROM kv"
                         " WHERE expiration IS NOT NULL AND expiration <= :now LIMIT :batch)"_s,
                         {{u":now"_s, nowMs()}, {u":batch"_s, batchSize}});
}

void KvStore::startPurging(std::chrono::milliseconds interval)
{
    m_purgeTimer.start(interval);
}

void KvStore::stopPurging()
{
    m_purgeTimer.stop();
}

void KvStore::purgeTick()
{
    const Result<int> purged = purgeExpired();
    if (!purged) {
        qCWarning(lcStorage) << "KV purge failed:" << purged.error().message;
        return;
    }
    if (purged.value() == 0)
        return;
    qCDebug(lcStorage) << "purged" << purged.value() << "expired KV keys";
    emit expiredPurged(purged.value());
    // A full batch means more may be waiting: continue soon, but through the event loop so the
    // thread keeps serving in between.
    if (purged.value() == DefaultPurgeBatch)
        QTimer::singleShot(0, this, &KvStore::purgeTick);
}

Result<int> KvStore::removePrefix(const QString &ns, const QString &prefix)
{
    if (prefix.isEmpty())
        return Error::invalid(u"removePrefix needs a non-empty prefix"_s);
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(u"DELETE FROM kv WHERE namespace = ? AND substr(key, 1, length(?)) = ?"_s);
    query.addBindValue(ns);
    query.addBindValue(prefix);
    query.addBindValue(prefix);
    if (!query.exec())
        return Storage::sqlError(u"cannot delete keys by prefix"_s, query.lastError());
    return query.numRowsAffected();
}

} // namespace Moltdesk::Storage
