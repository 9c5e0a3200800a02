#include "storage/migration.h"

#include <QSqlQuery>

namespace Moltdesk::Storage {

Migration Migration::fromSql(const QString &description, const QStringList &statements)
{
    return {description, [statements](QSqlDatabase &db) -> Result<void> {
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            // Constant schema SQL from the source tree, never user input.
            if (!query.exec(sql))
                return Storage::sqlError(sql.simplified().left(80), query.lastError());
        }
        return {};
    }};
}

} // namespace Moltdesk::Storage
