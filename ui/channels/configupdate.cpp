#include "channels/configupdate.h"

#include "config/loader.h"

namespace Moltdesk::Ui {

ConfigUpdate::Outcome ConfigUpdate::apply(const QString &path, const std::function<void(Config::Settings &)> &edit)
{
    Outcome outcome;
    if (path.isEmpty()) {
        outcome.error = tr("No configuration file is known, so nothing can be saved.");
        return outcome;
    }
    Config::LoadResult loaded = Config::Loader::load(path);
    if (!loaded.ok()) {
        outcome.error = tr("The configuration file has errors, so it was not changed. Fix them first:\n%1")
                            .arg(loaded.errorString());
        return outcome;
    }
    edit(loaded.settings);
    QString error;
    if (!Config::Loader::save(loaded.settings, path, &error)) {
        outcome.error = tr("The configuration was not saved: %1").arg(error);
        return outcome;
    }
    outcome.ok = true;
    outcome.settings = loaded.settings;
    return outcome;
}

} // namespace Moltdesk::Ui
