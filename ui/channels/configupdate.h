#pragma once

#include "config/settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace Moltdesk::Ui {

class GatewayClient;

// Changes a few keys of the configuration through the running gateway, without touching the
// others: the gateway's current settings are fetched (config.get), `edit` changes a copy, and only
// the key paths that differ are sent (config.set {changes}), which validates them, saves the file
// crash-safely and applies them live (docs/protocol.md "Configuration"). A page therefore never
// writes back a value it merely showed - another page, the wizard or the user may have changed it
// meanwhile.
class ConfigUpdate
{
    Q_DECLARE_TR_FUNCTIONS(ConfigUpdate)

public:
    struct Outcome
    {
        bool ok = false;
        Config::Settings settings; // what the gateway uses now, when ok
        QJsonObject changes;       // what was sent (empty: nothing differed, nothing was sent)
        QStringList restartRequired; // key paths that take effect at the next start
        QString error;             // in words, when not ok
    };
    using Edit = std::function<void(Config::Settings &)>;

    // `done` runs on `context`'s thread, and not at all once `context` is gone. Without a gateway
    // the outcome is an error saying so.
    static void applyLive(GatewayClient *gateway, QObject *context, const Edit &edit,
                          std::function<void(const Outcome &)> done);
};

} // namespace Moltdesk::Ui
