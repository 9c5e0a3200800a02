#pragma once

// The fixture of the AgentTurn tests (tests/agent/tst_agentturn*.cpp): one Agent::AgentTurn over
// the real parts of AgentTestEnv, a driver that records what it emitted, and small tools with a
// strict schema, a failure and a held answer. Header-only, like uiscriptedprompter.h.
#include "agent/agentturn.h"
#include "agent/tool.h"
#include "support/agenttestenv.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderreply.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <optional>

namespace Moltdesk::TestSupport::AgentTurnFixture {

using namespace Qt::StringLiterals;
using Agent::TurnOutcome;
inline const QString kSession = QStringLiteral("telegram:dm:42");

inline QJsonArray texts(const QString &text)
{
    return {FakeAnthropicProvider::textBlock(text)};
}

// What every tool below saw, in call order.
struct ToolLog
{
    QList<QJsonObject> inputs;
    QList<Agent::ToolContext> contexts;
};

// A tool with a strict schema, so the registry's validation has something to refuse.
class WeatherTool : public Agent::Tool
{
public:
    explicit WeatherTool(std::shared_ptr<ToolLog> log) : m_log(std::move(log)) {}
    QString name() const override { return u"weather"_s; }
    QString description() const override { return u"The forecast for a city."_s; }
    QJsonObject inputSchema() const override
    {
        return {{u"type"_s, u"object"_s},
                {u"properties"_s,
                 QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                             {u"days"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 7}}}}},
                {u"required"_s, QJsonArray{u"city"_s, u"days"_s}},
                {u"additionalProperties"_s, false}};
    }
    void run(const QJsonObject &input, const Agent::ToolContext &context, Done done) override
    {
        m_log->inputs << input;
        m_log->contexts << context;
        done(Agent::ToolResult::text(u"Sunny in %1 for %2 days"_s.arg(input.value(u"city"_s).toString())
                                         .arg(input.value(u"days"_s).toInt())));
    }

private:
    std::shared_ptr<ToolLog> m_log;
};

// Always fails the way a tool reports failures: a result with isError, not an exception.
class FailingTool : public Agent::Tool
{
public:
    explicit FailingTool(std::shared_ptr<ToolLog> log) : m_log(std::move(log)) {}
    QString name() const override { return u"disk"_s; }
    QString description() const override { return u"Writes to a full disk."_s; }
    QJsonObject inputSchema() const override { return {{u"type"_s, u"object"_s}}; }
    void run(const QJsonObject &input, const Agent::ToolContext &context, Done done) override
    {
        m_log->inputs << input;
        m_log->contexts << context;
        done(Agent::ToolResult::error(u"disk full: 0 bytes left"_s));
    }

private:
    std::shared_ptr<ToolLog> m_log;
};

// Answers only when the test says so: lets a test abort while a tool is running.
class HeldTool : public Agent::Tool
{
public:
    explicit HeldTool(std::shared_ptr<Done> held) : m_held(std::move(held)) {}
    QString name() const override { return u"slow"_s; }
    QString description() const override { return u"Takes its time."_s; }
    QJsonObject inputSchema() const override { return {{u"type"_s, u"object"_s}}; }
    void run(const QJsonObject &, const Agent::ToolContext &, Done done) override { *m_held = std::move(done); }

private:
    std::shared_ptr<Done> m_held;
};

inline Agent::AgentServices servicesOf(AgentTestEnv &env)
{
    Agent::AgentServices services;
    services.sessions = env.sessions.get();
    services.router = env.router.get();
    services.tools = env.tools.get();
    services.tracker = env.tracker.get();
    services.usage = env.usage.get();
    services.budgets = env.budgets.get();
    return services;
}

inline Agent::TurnRequest requestFor(const QString &text, const QString &session = kSession)
{
    Agent::TurnRequest request;
    request.sessionKey = session;
    request.userId = u"42"_s;
    request.text = text;
    request.channelMessageId = u"1001"_s;
    return request;
}

// One AgentTurn and everything it emitted. Not movable: the connections capture `this`.
class TurnDriver
{
public:
    TurnDriver(AgentTestEnv &env, const Agent::TurnRequest &request, const QString &runId = u"run-1"_s)
        : turn(runId, request, Sessions::SessionKey::parse(request.sessionKey).value(), servicesOf(env),
               env.settings)
    {
        QObject::connect(&turn, &Agent::AgentTurn::chatEvent, &turn, [this](const QJsonObject &e) { chat << e; });
        QObject::connect(&turn, &Agent::AgentTurn::agentEvent, &turn, [this](const QJsonObject &e) { agent << e; });
        QObject::connect(&turn, &Agent::AgentTurn::textDelta, &turn,
                         [this](const QString &delta, const QString &soFar) {
                             deltas << delta;
                             lastSoFar = soFar;
                         });
        QObject::connect(&turn, &Agent::AgentTurn::finished, &turn, [this](const TurnOutcome &o) {
            outcome = o;
            ++finishedCount;
        });
    }
    TurnDriver(const TurnDriver &) = delete;
    TurnDriver &operator=(const TurnDriver &) = delete;

    QList<QJsonObject> agentStream(const QString &stream) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : agent)
            if (e.value(u"stream"_s).toString() == stream)
                out << e.value(u"data"_s).toObject();
        return out;
    }

    Agent::AgentTurn turn;
    QList<QJsonObject> chat;
    QList<QJsonObject> agent;
    QStringList deltas;
    QString lastSoFar;
    std::optional<TurnOutcome> outcome;
    int finishedCount = 0;
};

inline QList<Sessions::StoredMessage> historyOf(AgentTestEnv &env, const QString &key = kSession)
{
    const auto page = env.sessions->history(Sessions::SessionKey::parse(key).value());
    return page ? page->messages : QList<Sessions::StoredMessage>();
}

// The text of a tool_result block as it went over the wire (string or text blocks).
inline QString resultText(const QJsonObject &block)
{
    const QJsonValue content = block.value(u"content"_s);
    if (content.isString())
        return content.toString();
    QString out;
    for (const QJsonValue &part : content.toArray())
        out += part.toObject().value(u"text"_s).toString();
    return out;
}

inline QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// The first few SSE events of a streamed reply, then nothing more (the connection stays open):
// a model caught mid-sentence.
inline FakeProviderReply stalledStream(const QString &text, int eventsToSend)
{
    const QList<QByteArray> events =
        FakeAnthropicProvider::streamEvents(texts(text), u"end_turn"_s, FakeAnthropicProvider::usage(10, 5), 4);
    FakeProviderReply reply = FakeProviderReply::eventStream(events.mid(0, eventsToSend));
    reply.ending = FakeProviderReply::Ending::Stall;
    return reply;
}

inline Config::AiSettings singleModel()
{
    Config::AiSettings ai = AgentTestEnv::defaultSettings();
    ai.fallbackModels.clear();
    return ai;
}

} // namespace Moltdesk::TestSupport::AgentTurnFixture
