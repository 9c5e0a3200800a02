#pragma once

#include "storage/migration.h"

namespace Moltdesk::Usage {

// Schema of the usage_calls table, appended to Core::SchemaMigrations::all().
class UsageMigration
{
public:
    static Storage::Migration migration();
};

} // namespace Moltdesk::Usage
