#pragma once

#include "config/securitysettings.h"

#include <QJsonObject>

namespace Moltdesk::Config {

class SchemaReader;

// Reads and writes the "security" section (docs/configuration.md, "security").
class SecuritySection
{
public:
    static void read(const QJsonObject &json, SchemaReader &reader, SecuritySettings &out);
    static QJsonObject toJson(const SecuritySettings &settings);
    // "scheme://host[:port]" in the form browsers send in the Origin header (RFC 6454 section 6.1),
    // or "" when text is not such an origin.
    static QString normaliseOrigin(const QString &text);

private:
    static void readToolPolicy(const QJsonObject &json, SchemaReader &reader, ToolPolicySettings &out);
    static void readScheduleCaps(const QJsonObject &json, SchemaReader &reader, ScheduleCapSettings &out);
};

} // namespace Moltdesk::Config
