#pragma once

#include "config/aisettings.h"

#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace Moltdesk::Agent {
class AgentRunner;
class ToolRegistry;
} // namespace Moltdesk::Agent
namespace Moltdesk::Providers {
class AnthropicProvider;
class ProviderRouter;
} // namespace Moltdesk::Providers
namespace Moltdesk::Sessions {
class SessionManager;
class SessionStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Storage {
class Database;
}
namespace Moltdesk::Usage {
class BudgetGuard;
class PriceLookup;
class UsageStore;
class UsageTracker;
} // namespace Moltdesk::Usage

namespace Moltdesk::Bench {

class InstantProviderServer;
class TimingNetworkAccessManager;

// The agent exactly as the gateway composes it (gateway/core/agentstack.cpp: SQLite with the
// production pragmas, session store, usage tracking with the shipped prices, budgets, router with
// the config's default limits, session actors, AgentRunner) in a temporary data directory, with
// one provider "anthropic" pointed at an InstantProviderServer on its own thread.
class BenchAgent
{
public:
    struct Options
    {
        bool streamed = true;
        bool toolRound = false;
        // Bench-only comparison: PRAGMA synchronous=OFF instead of the gateway's FULL, to show
        // what the per-commit fsync costs. Never what the gateway runs with.
        bool synchronousOff = false;
        int providerMaxConcurrent = 4; // the config default (ProviderLimits); <= 0 unlimited
    };

    explicit BenchAgent(const Options &options);
    ~BenchAgent();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    Agent::AgentRunner &runner() { return *m_runner; }
    TimingNetworkAccessManager &network() { return *m_network; }
    InstantProviderServer &server() { return *m_server; }
    Storage::Database &database() { return *m_database; }
    // moltdesk.db plus its -wal file, bytes.
    qint64 storageBytes() const;

private:
    QString setUp(const Options &options);

    QTemporaryDir m_dir;
    Config::AiSettings m_settings;
    QThread m_serverThread;
    std::unique_ptr<InstantProviderServer> m_server;
    std::unique_ptr<TimingNetworkAccessManager> m_network;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Sessions::SessionStore> m_sessions;
    std::unique_ptr<Usage::UsageStore> m_usage;
    std::unique_ptr<Usage::PriceLookup> m_prices;
    std::unique_ptr<Usage::BudgetGuard> m_budgets;
    std::unique_ptr<Usage::UsageTracker> m_tracker;
    std::unique_ptr<Agent::ToolRegistry> m_tools;
    std::unique_ptr<Providers::AnthropicProvider> m_provider;
    std::unique_ptr<Providers::ProviderRouter> m_router;
    std::unique_ptr<Sessions::SessionManager> m_actors;
    std::unique_ptr<Agent::AgentRunner> m_runner;
    QString m_error;
};

} // namespace Moltdesk::Bench
