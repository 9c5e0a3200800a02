#pragma once

#include "config/settings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Moltdesk::Config {

struct LoadResult {
    Settings settings;    // defaults where the file says nothing; meaningless when !ok()
    QStringList warnings; // one line each, e.g. `config.json: unknown key "ai.defualtModel" (ignored)`
    QStringList errors;   // one line each: `config.json: a.b.c: expected ..., got ...`
    bool fileExists = false;

    bool ok() const { return errors.isEmpty(); }
    QString errorString() const { return errors.join(u'\n'); }
};

// Reads, validates and writes config.json (docs/configuration.md). All errors are collected, one
// per line, so a user fixes the whole file in one pass; any error means start-up must stop (exit 2).
class Loader
{
public:
    // A missing file yields all defaults. Messages name the file as `path` was given.
    static LoadResult load(const QString &path);
    // Parses JSON text; `fileName` is only used in messages.
    static LoadResult parse(const QByteArray &json, const QString &fileName);
    // Validates an already-parsed document (e.g. a config.set request).
    static LoadResult fromJson(const QJsonObject &json, const QString &fileName);

    // The effective configuration with every key spelt out (config.get). Holds no secrets.
    static QJsonObject toJson(const Settings &settings);
    // Crash-safe write: QSaveFile writes a temporary file and renames it over `path` on commit, so
    // a crash leaves either the old or the new file, never half of one.
    static bool save(const Settings &settings, const QString &path, QString *error);
};

} // namespace Moltdesk::Config
