#pragma once

#include "config/storagesettings.h"

#include <QJsonObject>

namespace Moltdesk::Config {

class SchemaReader;

// Reads and writes the "storage" section (docs/configuration.md, "storage").
class StorageSection
{
public:
    static void read(const QJsonObject &json, SchemaReader &reader, StorageSettings &out);
    static QJsonObject toJson(const StorageSettings &settings);
};

} // namespace Moltdesk::Config
