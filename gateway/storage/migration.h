#pragma once

#include "storage/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Moltdesk::Storage {

// One schema step. Migrations live in an ordered list; migration N (1-based position) brings the
// schema from version N-1 to N. Database runs each inside its own transaction and bumps
// schema_version in that same transaction, so a step is applied completely or not at all.
struct Migration
{
    using Step = std::function<Result<void>(QSqlDatabase &db)>;

    QString description;
    Step apply;

    // Most steps are plain DDL/DML; this keeps adding one a one-liner:
    //   Migration::fromSql(u"add foo"_s, {u"ALTER TABLE kv ADD COLUMN foo TEXT"_s}),
    static Migration fromSql(const QString &description, const QStringList &statements);
};

} // namespace Moltdesk::Storage
