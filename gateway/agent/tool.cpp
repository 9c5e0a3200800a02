#include "agent/tool.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

QJsonObject Tool::describe() const
{
    return {{u"name"_s, name()}, {u"description"_s, description()}, {u"input_schema"_s, inputSchema()}};
}

} // namespace Moltdesk::Agent
