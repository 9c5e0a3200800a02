#pragma once

#include "config/gatewaysettings.h"

#include <QJsonObject>

namespace Moltdesk::Config {

class SchemaReader;

// Reads and writes the "gateway" section (docs/configuration.md, "gateway").
class GatewaySection
{
public:
    static void read(const QJsonObject &json, SchemaReader &reader, GatewaySettings &out);
    static QJsonObject toJson(const GatewaySettings &settings);
};

} // namespace Moltdesk::Config
