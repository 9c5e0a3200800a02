#pragma once

#include "storage/migration.h"

namespace Moltdesk::Sessions {

// The session_takeovers table (TakeoverStore); appended to Core::SchemaMigrations::all().
Storage::Migration takeoverMigration();

} // namespace Moltdesk::Sessions
