#pragma once

#include "agent/tool.h"

namespace Moltdesk::Bench {

// The tool of the "one tool round per turn" variant: answers "echo: <text>" at once, so a tool
// round costs only the gateway's own work (schema check, storing tool_use and tool_result, the
// second provider call) and nothing of its own.
class EchoTool : public Agent::Tool
{
public:
    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    void run(const QJsonObject &input, const Agent::ToolContext &context, Done done) override;
};

} // namespace Moltdesk::Bench
