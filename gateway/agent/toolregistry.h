#pragma once

#include "agent/tool.h"
#include "agent/toolcall.h"
#include "config/aisettings.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

namespace Moltdesk::Agent {

// The tools the agent may offer the model, and the one place their calls are run: enable flags
// from config (ai.tools.<name>.enabled), input validation against each tool's schema, the
// per-tool timeout and output cap, and parallel calls answered in the order they were made.
//
// Threading: lives on the gateway thread; run()/runAll() call back on this object's thread, always
// asynchronously (never from inside the call), whichever thread a tool finishes on.
class ToolRegistry : public QObject
{
    Q_OBJECT

public:
    using ResultCallback = std::function<void(ToolResult)>;
    using ResultsCallback = std::function<void(QList<ToolResult>)>;

    explicit ToolRegistry(QMap<QString, Config::ToolSettings> settings = Config::AiSettings::defaultTools(),
                          QObject *parent = nullptr);
    ~ToolRegistry() override;

    // A second tool with the same name replaces the first.
    void registerTool(std::shared_ptr<Tool> tool);
    // Config reload: takes effect for the next listing and the next call.
    void setSettings(const QMap<QString, Config::ToolSettings> &settings);

    // A tool missing from the settings map is enabled (the documented default).
    bool isEnabled(const QString &name) const;
    std::shared_ptr<Tool> tool(const QString &name) const;
    QStringList names() const;
    // [{"name","description","input_schema"}] of the enabled tools, sorted by name.
    QJsonArray enabledTools() const;
    // The same without the tools a run's trust level denies (ToolContext::deniedTools).
    QJsonArray enabledTools(const QStringList &denied) const;

    // Runs one call; unknown/disabled tools, tools in context.deniedTools and invalid input become
    // is_error results.
    void run(const ToolCall &call, const ToolContext &context, ResultCallback done);
    // Runs the calls concurrently; `done` gets one result per call, in the calls' order.
    void runAll(const QList<ToolCall> &calls, const ToolContext &context, ResultsCallback done);

    // "tool timed out after 0.5 s" / "after 15 s": the model reads this.
    static QString timeoutMessage(std::chrono::milliseconds timeout);

private:
    struct PendingCall;
    void finish(const std::shared_ptr<PendingCall> &pending, ToolResult result);
    void deliverLater(ResultCallback done, ToolResult result);

    QMap<QString, std::shared_ptr<Tool>> m_tools;
    QMap<QString, Config::ToolSettings> m_settings;
};

} // namespace Moltdesk::Agent
