#pragma once

#include "config/cronsettings.h"

#include <QJsonObject>

namespace Moltdesk::Config {

class SchemaReader;

// Reads and writes the "cron" section (docs/configuration.md, "cron").
class CronSection
{
public:
    static void read(const QJsonObject &json, SchemaReader &reader, CronSettings &out);
    static QJsonObject toJson(const CronSettings &settings);
    // Shape check only (the scheduler parses the fields): five space-separated fields made of
    // digits, names, '*', ',', '-', '/'. Returns "" when fine, else the "expected" phrase.
    static QString checkSchedule(const QString &schedule);
};

} // namespace Moltdesk::Config
