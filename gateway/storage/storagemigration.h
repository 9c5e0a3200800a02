#pragma once

#include "storage/migration.h"

namespace Moltdesk::Storage {

// The key/value and object tables (KvStore, ObjectStore): storage's own part of the schema,
// schema version 1. The whole ordered list is Core::SchemaMigrations::all() (docs/storage.md
// "Migrations").
Migration storageMigration();

} // namespace Moltdesk::Storage
