#pragma once

#include "storage/migration.h"

namespace Moltdesk::Channels {

// The schema step that creates channel_pairings, channel_senders and channel_inbound. Appended to
// Core::SchemaMigrations::all(); its position (schema version) is decided there, never here.
Storage::Migration channelsMigration();
// The step that adds `kind` (sender or group) to channel_pairings and channel_senders.
Storage::Migration groupPairingMigration();

} // namespace Moltdesk::Channels
