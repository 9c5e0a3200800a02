#include "agent/toolregistry.h"

#include "agent/toolschemavalidator.h"
#include "base/logging.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

// One call in flight. `finished` makes the first of {tool result, timeout} win; the loser is dropped.
struct ToolRegistry::PendingCall
{
    QString name;
    qsizetype outputCap = 0;
    ResultCallback done;
    QTimer *timer = nullptr;
    bool finished = false;
};

ToolRegistry::ToolRegistry(QMap<QString, Config::ToolSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

ToolRegistry::~ToolRegistry() = default;

void ToolRegistry::registerTool(std::shared_ptr<Tool> tool)
{
    if (!tool)
        return;
    m_tools.insert(tool->name(), std::move(tool));
}

void ToolRegistry::setSettings(const QMap<QString, Config::ToolSettings> &settings)
{
    m_settings = settings;
}

bool ToolRegistry::isEnabled(const QString &name) const
{
    return m_tools.contains(name) && m_settings.value(name, Config::ToolSettings{}).enabled;
}

std::shared_ptr<Tool> ToolRegistry::tool(const QString &name) const
{
    return m_tools.value(name);
}

QStringList ToolRegistry::names() const
{
    return m_tools.keys();
}

QJsonArray ToolRegistry::enabledTools() const
{
    return enabledTools({});
}

QJsonArray ToolRegistry::enabledTools(const QStringList &denied) const
{
    QJsonArray list;
    for (auto it = m_tools.constBegin(); it != m_tools.constEnd(); ++it) {
        if (isEnabled(it.key()) && !denied.contains(it.key()))
            list.append(it.value()->describe());
    }
    return list;
}

QString ToolRegistry::timeoutMessage(std::chrono::milliseconds timeout)
{
    return u"tool timed out after %1 s"_s.arg(QString::number(double(timeout.count()) / 1000.0, 'g', 4));
}

void ToolRegistry::deliverLater(ResultCallback done, ToolResult result)
{
    QMetaObject::invokeMethod(this, [done = std::move(done), result = std::move(result)] { done(result); },
                              Qt::QueuedConnection);
}

void ToolRegistry::run(const ToolCall &call, const ToolContext &context, ResultCallback done)
{
    const std::shared_ptr<Tool> tool = m_tools.value(call.name);
    if (!tool) {
        QStringList known;
        for (auto it = m_tools.constBegin(); it != m_tools.constEnd(); ++it) {
            if (isEnabled(it.key()) && !context.deniedTools.contains(it.key()))
                known.append(it.key());
        }
        deliverLater(std::move(done), ToolResult::error(u"unknown tool \"%1\" (available: %2)"_s.arg(call.name,
                                                                                                   known.join(u", "_s))));
        return;
    }
    if (!isEnabled(call.name)) {
        deliverLater(std::move(done),
                     ToolResult::error(u"tool \"%1\" is disabled in this gateway's configuration"_s.arg(call.name)));
        return;
    }
    if (context.deniedTools.contains(call.name)) {
        // Not offered to the model at this trust level; a call anyway (an injected instruction,
        // a stale history) is refused before anything runs (docs/tools.md "Trust levels").
        qCInfo(lcAgent).noquote() << "tool" << call.name << "refused for" << context.sessionKey << "at trust level"
                                  << context.trustLevel;
        deliverLater(std::move(done), ToolResult::error(u"tool \"%1\" is not available in this conversation "
                                                        "(trust level \"%2\")"_s.arg(call.name, context.trustLevel)));
        return;
    }
    if (const auto error = ToolSchemaValidator::validate(tool->inputSchema(), call.input)) {
        qCInfo(lcAgent) << "tool" << call.name << "input refused:" << *error;
        deliverLater(std::move(done), ToolResult::error(u"invalid input for %1: %2"_s.arg(call.name, *error)));
        return;
    }

    auto pending = std::make_shared<PendingCall>();
    pending->name = call.name;
    pending->outputCap = tool->outputCap();
    pending->done = std::move(done);
    const std::chrono::milliseconds timeout = tool->timeout();
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, this, [this, pending, timeout] {
        qCWarning(lcAgent) << "tool" << pending->name << "timed out after" << timeout.count() << "ms";
        finish(pending, ToolResult::error(timeoutMessage(timeout)));
    });
    pending->timer->start(timeout);

    ToolContext callContext = context;
    callContext.callId = call.id;
    // The tool may answer from any thread, or after we are gone: hop back through a guarded queued call.
    QPointer<ToolRegistry> self(this);
    tool->run(call.input, callContext, [self, pending](ToolResult result) {
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, pending, result = std::move(result)]() mutable {
            if (self)
                self->finish(pending, std::move(result));
        }, Qt::QueuedConnection);
    });
}

void ToolRegistry::finish(const std::shared_ptr<PendingCall> &pending, ToolResult result)
{
    if (pending->finished) {
        qCInfo(lcAgent) << "tool" << pending->name << "answered after its timeout; result dropped";
        return;
    }
    pending->finished = true;
    if (pending->timer) {
        pending->timer->stop();
        pending->timer->deleteLater();
        pending->timer = nullptr;
    }
    if (result.content.isUndefined() || result.content.isNull())
        result.content = QString();
    ResultCallback done = std::exchange(pending->done, {});
    done(result.truncated(pending->outputCap));
}

void ToolRegistry::runAll(const QList<ToolCall> &calls, const ToolContext &context, ResultsCallback done)
{
    if (calls.isEmpty()) {
        QMetaObject::invokeMethod(this, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    struct Batch
    {
        QList<ToolResult> results;
        qsizetype remaining = 0;
        ResultsCallback done;
    };
    auto batch = std::make_shared<Batch>();
    batch->results.resize(calls.size());
    batch->remaining = calls.size();
    batch->done = std::move(done);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        run(calls.at(i), context, [batch, i](ToolResult result) {
            batch->results[i] = std::move(result);
            if (--batch->remaining == 0)
                batch->done(batch->results);
        });
    }
}

} // namespace Moltdesk::Agent
