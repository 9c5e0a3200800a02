#pragma once

#include "config/settings.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class QThreadPool;

namespace Moltdesk::Ui {

class GatewayClient;

// Changes a few keys of config.json without touching the others: the file is read again (another
// page or the user may have changed it since start), `edit` changes the Settings, and
// Config::Loader::save writes it crash-safe (QSaveFile: write new, then rename). A file that does
// not validate is not overwritten — that would silently drop what the user wrote. Runs on a worker
// (AsyncTask): it reads and writes the disk.
class ConfigUpdate
{
    Q_DECLARE_TR_FUNCTIONS(ConfigUpdate)

public:
    struct Outcome
    {
        bool ok = false;
        Config::Settings settings; // what is in the file now, when ok
        QString error;             // in words, when not ok
        bool appliedLive = false;  // the running gateway saved it through config.set and uses it now
    };
    using Edit = std::function<void(Config::Settings &)>;

    static Outcome apply(const QString &path, const Edit &edit);
    // Reads `path` (on `pool`), applies `edit`, then saves through the gateway's `config.set`, which
    // also applies it live (docs/protocol.md). Without a gateway, when it is not running or has no
    // config.set, the file is written directly (apply()) and takes effect at the next start.
    // `done` runs on `context`'s thread, and not at all once `context` is gone.
    static void applyLive(GatewayClient *gateway, QThreadPool *pool, QObject *context, const QString &path,
                          const Edit &edit, std::function<void(const Outcome &)> done);

private:
    static Outcome prepare(const QString &path, const Edit &edit);
};

} // namespace Moltdesk::Ui
