#pragma once

#include "config/aisettings.h"

#include <QJsonObject>

namespace Moltdesk::Config {

class SchemaReader;

// Reads and writes the "ai" section (docs/configuration.md, "ai").
class AiSection
{
public:
    static void read(const QJsonObject &json, SchemaReader &reader, AiSettings &out);
    static QJsonObject toJson(const AiSettings &settings);
    static QString providerTypeName(ProviderType type);
};

} // namespace Moltdesk::Config
