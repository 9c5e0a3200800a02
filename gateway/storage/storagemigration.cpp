#include "storage/storagemigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

Migration storageMigration()
{
    // Workers KV and R2 equivalents. Times are milliseconds since the Unix epoch (UTC).
    // Keys are TEXT with the default BINARY collation, so ORDER BY key is UTF-8 byte order,
    // the order Workers KV and R2 list in.
    return Migration::fromSql(u"key/value and object tables"_s, {
        u"CREATE TABLE kv_namespaces ("
        "  name TEXT PRIMARY KEY,"
        "  created INTEGER NOT NULL)"_s,
        u"CREATE TABLE kv ("
        "  namespace TEXT NOT NULL REFERENCES kv_namespaces(name) ON DELETE CASCADE,"
        "  key TEXT NOT NULL,"
        "  value BLOB NOT NULL,"
        "  type INTEGER NOT NULL,"
        "  metadata TEXT,"
        "  expiration INTEGER,"
        "  updated INTEGER NOT NULL,"
        "  PRIMARY KEY (namespace, key)) WITHOUT ROWID"_s,
        u"CREATE INDEX kv_expiration ON kv(expiration) WHERE expiration IS NOT NULL"_s,
        u"CREATE TABLE objects ("
        "  key TEXT PRIMARY KEY,"
        "  file TEXT NOT NULL UNIQUE,"
        "  size INTEGER NOT NULL,"
        "  sha256 TEXT NOT NULL,"
        "  content_type TEXT NOT NULL,"
        "  custom_metadata TEXT,"
        "  created INTEGER NOT NULL,"
        "  updated INTEGER NOT NULL)"_s,
    });
}

} // namespace Moltdesk::Storage
