#pragma once

#include "storage/migration.h"

#include <QList>

namespace Moltdesk::Core {

// The production schema history: every module's tables, in schema-version order, handed to
// Storage::Database by the composition root (storage itself knows no module above it; docs/
// storage.md "Migrations"). Append only: never edit or reorder a migration that has shipped; a
// change to an existing table is a new migration at the end of the list.
class SchemaMigrations
{
public:
    static QList<Storage::Migration> all();
};

} // namespace Moltdesk::Core
