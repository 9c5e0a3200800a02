#pragma once

#include "agent/toolcontext.h"
#include "agent/toolresult.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>

namespace Moltdesk::Agent {

// A tool the model may call (Anthropic "tool use": https://docs.anthropic.com/en/docs/build-with-claude/tool-use;
// OpenAI "function calling" carries the same three fields). The ToolRegistry validates the input
// against inputSchema() before run() is called, enforces timeout() and cuts the output to
// outputCap(), so an implementation only does its job.
class Tool
{
public:
    using Done = std::function<void(ToolResult)>;

    virtual ~Tool() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // A JSON Schema (the subset JsonSchemaValidator understands) for the input object.
    virtual QJsonObject inputSchema() const = 0;
    virtual std::chrono::milliseconds timeout() const { return std::chrono::seconds(30); }
    // Characters of text the model gets at most; the rest is cut with a note.
    virtual qsizetype outputCap() const { return 32 * 1024; }

    // Called on the registry's thread. `done` must be called exactly once, from any thread; a call
    // after the timeout is dropped by the registry. Errors are results with isError, never exceptions.
    virtual void run(const QJsonObject &input, const ToolContext &context, Done done) = 0;

    // {"name","description","input_schema"}: the provider-neutral tool description.
    QJsonObject describe() const;
};

} // namespace Moltdesk::Agent
