#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Moltdesk::Ui {

// Pure helpers over a config.json document (docs/configuration.md) for the Settings page: dotted
// key paths in and out of nested objects, the loader's message lines split into key path and
// text so each lands next to its field, and the compact duration/size spellings the loader reads.
class ConfigDocument
{
public:
    struct Problem
    {
        QString path;    // "ai.maxOutputTokens", "ai.fallbackModels[1]"; empty when no key is named
        QString message; // the loader's text after the key path ("expected ..., got 0")
        QString line;    // the whole line as the loader (or the gateway) wrote it
    };

    // The value at a dotted path ("ai.cache.enabled"); undefined when any step is missing.
    static QJsonValue value(const QJsonObject &document, const QString &path);
    // Sets the value at a dotted path, creating objects on the way; an undefined value removes the
    // key (the loader then uses the default).
    static void setValue(QJsonObject &document, const QString &path, const QJsonValue &value);

    // Splits Config::Loader lines ("FILE: key.path: expected ..., got ...") into problems. Lines
    // without a key path (invalid JSON, a file that cannot be read) keep an empty path.
    static QList<Problem> problems(const QStringList &lines);
    // True when a problem at `problemPath` belongs to the field editing `key`: the same key, or an
    // element or member of it ("ai.fallbackModels[1]" belongs to "ai.fallbackModels").
    static bool belongsTo(const QString &problemPath, const QString &key);

    // The shortest exact spelling the loader reads back: 2592000 -> "30d", 5400 -> "90m".
    static QString durationText(qint64 seconds);
    // 10485760 -> "10MiB", 1000000 -> "1MB", 1000 -> "1kB", 1234 -> "1234".
    static QString sizeText(qint64 bytes);
    // What a text field holds as JSON: a whole number as a number, anything else as the string the
    // loader will judge (so "30d" stays a duration and "ten" gets the loader's own message).
    static QJsonValue numberOrText(const QString &text);
};

} // namespace Moltdesk::Ui
