#pragma once

#include "config/channelssettings.h"

#include <QJsonObject>

namespace Moltdesk::Config {

class SchemaReader;

// Reads and writes the "channels" section (docs/configuration.md, "channels").
class ChannelsSection
{
public:
    static void read(const QJsonObject &json, SchemaReader &reader, ChannelsSettings &out);
    static QJsonObject toJson(const ChannelsSettings &settings);
};

} // namespace Moltdesk::Config
