#include "support/agenttestenv.h"

#include "agent/tool.h"
#include "core/schemamigrations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

namespace {
// Answers "echo: <text>" — enough to see a tool's result travel back to the model.
class EchoTool : public Agent::Tool
{
public:
    QString name() const override { return u"echo"_s; }
    QString description() const override { return u"Repeats the text."_s; }
    QJsonObject inputSchema() const override
    {
        return {{u"type"_s, u"object"_s},
                {u"properties"_s, QJsonObject{{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                {u"required"_s, QJsonArray{u"text"_s}}};
    }
    void run(const QJsonObject &input, const Agent::ToolContext &, Done done) override
    {
        done(Agent::ToolResult::text(u"echo: "_s + input.value(u"text"_s).toString()));
    }
};
} // namespace

Config::AiSettings AgentTestEnv::defaultSettings()
{
    Config::AiSettings ai;
    ai.defaultModel = u"anthropic/claude-test"_s;
    ai.fallbackModels = {u"openai/gpt-test"_s};
    ai.maxOutputTokens = 256;
    ai.pricing.insert(u"anthropic/claude-test"_s, {3.0, 15.0, 0.3, 3.75});
    ai.pricing.insert(u"openai/gpt-test"_s, {3.0, 15.0, 1.5, 0.0});
    // The built-in tools need stores the tests do not set up; the echo tool stands in for them.
    for (const QString &name : Config::AiSettings::kToolNames)
        ai.tools[name].enabled = false;
    return ai;
}

AgentTestEnv::AgentTestEnv(Config::AiSettings ai, int maxAttempts, const QString &dir_)
    : dataDir(dir_.isEmpty() ? dir.path() : dir_)
    , settings(std::move(ai))
{
    database = std::make_unique<Storage::Database>(dataDir, Moltdesk::Core::SchemaMigrations::all());
    if (auto opened = database->open(); !opened) {
        m_error = opened.error().message;
        return;
    }
    sessions = std::make_unique<Sessions::SessionStore>(*database);
    usage = std::make_unique<Usage::UsageStore>(*database);
    auto table = Usage::PriceTable::fromFile(QStringLiteral(MOLTDESK_SOURCE_DIR) + u"/resources/pricing.json"_s);
    if (!table) {
        m_error = table.error().message;
        return;
    }
    prices = std::make_unique<Usage::PriceLookup>(table.value(), settings);
    budgets = std::make_unique<Usage::BudgetGuard>(*usage, settings.budgets, QTimeZone::utc());
    tracker = std::make_unique<Usage::UsageTracker>(*usage, *prices, budgets.get());
    tools = std::make_unique<Agent::ToolRegistry>(settings.tools);
    tools->registerTool(std::make_shared<EchoTool>());
    providers = std::make_unique<ProviderRouterEnv>();
    if (!providers->listening()) {
        m_error = u"fake providers did not listen"_s;
        return;
    }
    router = std::make_unique<Providers::ProviderRouter>(providers->providers(),
                                                         ProviderRouterEnv::fastSettings(maxAttempts), nullptr,
                                                         &ProviderRouterEnv::halfRandom);
    actors = std::make_unique<Sessions::SessionManager>();
    Agent::AgentServices services;
    services.sessions = sessions.get();
    services.router = router.get();
    services.tools = tools.get();
    services.tracker = tracker.get();
    services.usage = usage.get();
    services.budgets = budgets.get();
    runner = std::make_unique<Agent::AgentRunner>(services, settings, *actors);
    QObject::connect(runner.get(), &Agent::AgentRunner::chatEvent, runner.get(),
                     [this](const QJsonObject &payload) { chatEvents << payload; });
    QObject::connect(runner.get(), &Agent::AgentRunner::agentEvent, runner.get(),
                     [this](const QJsonObject &payload) { agentEvents << payload; });
    QObject::connect(runner.get(), &Agent::AgentRunner::runFinished, runner.get(),
                     [this](const Agent::TurnOutcome &outcome) { outcomes << outcome; });
    m_ok = true;
}

AgentTestEnv::~AgentTestEnv()
{
    // Runs end before the parts they use go away.
    if (runner)
        runner->abortAll();
    runner.reset();
    actors.reset();
    router.reset();
}

std::optional<Agent::TurnOutcome> AgentTestEnv::run(const QString &sessionKey, const QString &text, int timeoutMs)
{
    Agent::TurnRequest request;
    request.sessionKey = sessionKey;
    request.text = text;
    std::optional<Agent::TurnOutcome> result;
    const auto runId = runner->submit(request, [&result](const Agent::TurnOutcome &outcome) { result = outcome; });
    if (!runId)
        return std::nullopt;
    QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result;
}

QList<QJsonObject> AgentTestEnv::chatEventsOf(const QString &runId) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &event : chatEvents)
        if (event.value(u"runId"_s).toString() == runId)
            out << event;
    return out;
}

QList<QJsonObject> AgentTestEnv::agentEventsOf(const QString &runId, const QString &stream) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &event : agentEvents)
        if (event.value(u"runId"_s).toString() == runId
            && (stream.isEmpty() || event.value(u"stream"_s).toString() == stream))
            out << event;
    return out;
}

} // namespace Moltdesk::TestSupport
