#pragma once

#include "storage/migration.h"

namespace Moltdesk::Cron {

// The cron tables (docs/cron.md, "Storage"), appended to Core::SchemaMigrations::all().
Storage::Migration cronMigration();

} // namespace Moltdesk::Cron
