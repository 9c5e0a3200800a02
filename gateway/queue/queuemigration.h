#pragma once

#include "storage/migration.h"

namespace Moltdesk::Queue {

// The schema step that creates queue_jobs and queue_seen. Appended to
// Core::SchemaMigrations::all(); its position (schema version) is decided there, never here.
Storage::Migration queueMigration();

} // namespace Moltdesk::Queue
