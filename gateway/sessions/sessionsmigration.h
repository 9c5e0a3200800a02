#pragma once

#include "storage/migration.h"

namespace Moltdesk::Sessions {

// The sessions and session_messages tables; appended to Core::SchemaMigrations::all().
Storage::Migration sessionsMigration();

} // namespace Moltdesk::Sessions
