#pragma once

#include "storage/migration.h"

#include <QList>

namespace Moltdesk::Storage {

// The production schema history. Append only: never edit or reorder a migration that has shipped;
// a change to an existing table is a new migration at the end of the list.
class SchemaMigrations
{
public:
    static QList<Migration> all();
};

} // namespace Moltdesk::Storage
