#pragma once

#include "config/settings.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Moltdesk::Ui {

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
    };

    static Outcome apply(const QString &path, const std::function<void(Config::Settings &)> &edit);
};

} // namespace Moltdesk::Ui
