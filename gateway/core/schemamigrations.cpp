#include "core/schemamigrations.h"

#include "channels/channelsmigration.h"
#include "cron/cronmigration.h"
#include "queue/queuemigration.h"
#include "sessions/sessionsmigration.h"
#include "sessions/takeovermigration.h"
#include "storage/storagemigration.h"
#include "usage/usagemigration.h"

namespace Moltdesk::Core {

QList<Storage::Migration> SchemaMigrations::all()
{
    return {
        Storage::storageMigration(),
        Queue::queueMigration(),
        Usage::UsageMigration::migration(),
        Cron::cronMigration(),
        Sessions::sessionsMigration(),
        Channels::channelsMigration(),
        Sessions::takeoverMigration(),
        Channels::groupPairingMigration(),
    };
}

} // namespace Moltdesk::Core
