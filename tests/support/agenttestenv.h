#pragma once

#include "agent/agentrunner.h"
#include "agent/toolregistry.h"
#include "providers/router/providerrouter.h"
#include "sessions/sessionmanager.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"
#include "support/providerrouterenv.h"
#include "usage/budgetguard.h"
#include "usage/pricelookup.h"
#include "usage/usagestore.h"
#include "usage/usagetracker.h"

#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace Moltdesk::TestSupport {

// A complete agent on real parts — SQLite in a temporary directory, the session store, usage
// tracking with prices, budgets, the tool registry (with an `echo` tool) and the router over the
// fake Anthropic/OpenAI servers — for the agent tests, the chat/API interface tests and the bench.
// Models: "anthropic/claude-test" first, "openai/gpt-test" as fallback; both priced in config
// ($3 / $15 per million input / output tokens) so costs are known and hand-computable.
class AgentTestEnv
{
public:
    explicit AgentTestEnv(Config::AiSettings settings = defaultSettings(), int maxAttempts = 3,
                          const QString &dataDir = {});
    ~AgentTestEnv();

    static Config::AiSettings defaultSettings();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // Submits and waits (QTRY-style, up to `timeoutMs`) for the run's outcome.
    std::optional<Agent::TurnOutcome> run(const QString &sessionKey, const QString &text, int timeoutMs = 10000);
    QList<QJsonObject> chatEventsOf(const QString &runId) const;
    QList<QJsonObject> agentEventsOf(const QString &runId, const QString &stream = {}) const;

    QTemporaryDir dir;
    QString dataDir;
    Config::AiSettings settings;
    std::unique_ptr<Storage::Database> database;
    std::unique_ptr<Sessions::SessionStore> sessions;
    std::unique_ptr<Usage::UsageStore> usage;
    std::unique_ptr<Usage::PriceLookup> prices;
    std::unique_ptr<Usage::BudgetGuard> budgets;
    std::unique_ptr<Usage::UsageTracker> tracker;
    std::unique_ptr<Agent::ToolRegistry> tools;
    std::unique_ptr<ProviderRouterEnv> providers;
    std::unique_ptr<Providers::ProviderRouter> router;
    std::unique_ptr<Sessions::SessionManager> actors;
    std::unique_ptr<Agent::AgentRunner> runner;

    QList<QJsonObject> chatEvents;
    QList<QJsonObject> agentEvents;
    QList<Agent::TurnOutcome> outcomes;

private:
    bool m_ok = false;
    QString m_error;
};

} // namespace Moltdesk::TestSupport
