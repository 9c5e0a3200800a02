#include "echotool.h"

#include "agent/toolresult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Bench {

QString EchoTool::name() const
{
    return u"echo"_s;
}

QString EchoTool::description() const
{
    return u"Repeats the text."_s;
}

QJsonObject EchoTool::inputSchema() const
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject{{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
            {u"required"_s, QJsonArray{u"text"_s}}};
}

void EchoTool::run(const QJsonObject &input, const Agent::ToolContext &, Done done)
{
    done(Agent::ToolResult::text(u"echo: "_s + input.value(u"text"_s).toString()));
}

} // namespace Moltdesk::Bench
