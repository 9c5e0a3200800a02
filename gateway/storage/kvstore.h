#pragma once

#include "base/clock.h"
#include "storage/kvtypes.h"
#include "storage/result.h"

#include <QJsonDocument>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Moltdesk::Storage {

class Database;

// The Workers KV equivalent (https://developers.cloudflare.com/kv/api/): namespaced keys with
// byte values, optional JSON metadata and expiration.
//
// Expiry: an expired key is invisible at once (every read filters on the injected clock) and its
// row is deleted later by a background purge in small batches, so a burst of expiries never holds
// the write lock for long.
//
// Threading: no thread-affine state except the purge timer. Every method uses the calling thread's
// own connection, so put/get/list/remove/purgeExpired may be called from any thread (e.g. a worker
// doing bulk deletes); startPurging()/stopPurging() belong to the thread this object lives in.
class KvStore : public QObject
{
    Q_OBJECT

public:
    using Clock = Base::Clock;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    explicit KvStore(Database &database, KvLimits limits = {}, Clock clock = &KvStore::systemClock,
                     QObject *parent = nullptr);

    Result<void> put(const QString &ns, const QString &key, const QByteArray &value,
                     KvValueType type = KvValueType::Binary, const KvPutOptions &options = {});
    Result<void> putText(const QString &ns, const QString &key, const QString &value,
                         const KvPutOptions &options = {});
    Result<void> putJson(const QString &ns, const QString &key, const QJsonDocument &value,
                         const KvPutOptions &options = {});

    // nullopt when the key does not exist or has expired (KV's get() returns null).
    Result<std::optional<KvValue>> get(const QString &ns, const QString &key);
    // Error if the stored value is not valid JSON.
    Result<std::optional<QJsonDocument>> getJson(const QString &ns, const QString &key);

    // true if a live key was deleted; deleting a missing key is not an error (as in KV).
    Result<bool> remove(const QString &ns, const QString &key);

    // Keys in UTF-8 byte order. limit defaults to, and is capped at, KvLimits::maxListLimit.
    Result<KvListResult> list(const QString &ns, const QString &prefix = {}, const QString &cursor = {},
                              int limit = 0);

    // Namespaces that ever had a key written, sorted.
    Result<QStringList> namespaces();
    // Deletes every key of `ns` that starts with `prefix` (non-empty); returns how many.
    Result<int> removePrefix(const QString &ns, const QString &prefix);

    // Deletes at most batchSize expired rows in one short transaction; returns how many.
    Result<int> purgeExpired(int batchSize = DefaultPurgeBatch);
    void startPurging(std::chrono::milliseconds interval = std::chrono::minutes(1));
    void stopPurging();

    static constexpr int DefaultPurgeBatch = 500;

signals:
    void expiredPurged(int count);

private:
    Result<void> validateNamespace(const QString &ns) const;
    Result<void> validateKey(const QString &key) const;
    Result<std::optional<qint64>> expirationFor(const KvPutOptions &options, qint64 nowMs) const;
    void purgeTick();
    qint64 nowMs() const;

    Database &m_database;
    KvLimits m_limits;
    Clock m_clock;
    QTimer m_purgeTimer;
};

} // namespace Moltdesk::Storage
