#pragma once

#include "storage/migration.h"

namespace Moltdesk::Channels {

// The schema step that creates channel_pairings, channel_senders and channel_inbound. Appended to
// Core::SchemaMigrations::all(); its position (schema version) is decided there, never here.
Storage::Migration channelsMigration();

} // namespace Moltdesk::Channels
