#pragma once

#include "config/settings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Moltdesk::Control {

// What a config.set changes and whether the running gateway can take it without a restart.
// Key paths are spelt as Config::Loader::toJson spells the file ("ai.defaultModel",
// "security.rateLimit.burstSize", "ai.providers.local.baseUrl"); arrays are one leaf each.
// The live/restart split is documented in docs/configuration.md "Live changes"; config.get and
// config.set (control/config.h) are its only users.
class ConfigDiff
{
public:
    // Leaf key paths whose value differs between the two, in document order of `after` first,
    // then keys only `before` had.
    static QStringList changedPaths(const Config::Settings &before, const Config::Settings &after);
    // True when a change at `path` is applied by the running gateway (applySettings); false when
    // it only takes effect at the next start. Unknown paths are restart-required (the safe side).
    static bool isLive(const QString &path);
    // The key paths (prefixes) that apply live / need a restart, for config.get.
    static QStringList livePaths();
    static QStringList restartPaths();

    // Merges config.set's `changes` ({"a.b.c": value}) into `document`: each dotted path's
    // objects are created as needed (a non-object in the way is replaced), the last key set to
    // the value, or removed when the value is null (back to its default). False with a message
    // naming the bad path when a path is empty or has an empty segment.
    static bool mergeChanges(QJsonObject &document, const QJsonObject &changes, QString *error);
};

} // namespace Moltdesk::Control
