#pragma once

#include "config/settings.h"

#include <QObject>

#include <functional>
#include <memory>

#include "agent/trustlevel.h"
#include "cron/scheduler.h"

namespace Moltdesk::Agent {
class AgentRunner;
class IdempotencyCache;
class ScheduleTool;
class ToolRegistry;
} // namespace Moltdesk::Agent
namespace Moltdesk::Channels {
class PairingStore;
class SenderRateLimiter;
} // namespace Moltdesk::Channels
namespace Moltdesk::Control {
class OpenAiEndpoint;
}
namespace Moltdesk::Cron {
class CronStore;
class Scheduler;
} // namespace Moltdesk::Cron
namespace Moltdesk::Http {
class Router;
}
namespace Moltdesk::Metrics {
class Registry;
}
namespace Moltdesk::Providers {
class ProviderRouter;
class ProviderSet;
class ResponseCache;
} // namespace Moltdesk::Providers
namespace Moltdesk::Sessions {
class SessionKey;
class SessionManager;
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Agent {
class Summarizer;
} // namespace Moltdesk::Agent
namespace Moltdesk::Storage {
class Database;
class KvStore;
class ObjectStore;
} // namespace Moltdesk::Storage
namespace Moltdesk::Usage {
class BudgetGuard;
class PriceLookup;
class UsageStore;
class UsageTracker;
} // namespace Moltdesk::Usage
namespace Moltdesk::Ws {
class MethodRegistry;
}

namespace Moltdesk::Core {

// The thinking half of the gateway, built from config on the gateway thread: provider clients
// (keys from the secret lookup), the router with its response cache and limits, the tools, usage
// tracking with the shipped prices, the session actors, the agent runner, the chat WS methods,
// the OpenAI-compatible endpoint and the cron scheduler whose runs are agent turns.
// docs/architecture.md "The agent" shows how the parts connect.
class AgentStack : public QObject
{
    Q_OBJECT

public:
    struct Stores
    {
        Storage::Database *database = nullptr;
        Storage::KvStore *kv = nullptr;
        Storage::ObjectStore *objects = nullptr;
        Sessions::SessionStore *sessions = nullptr;
        Usage::UsageStore *usage = nullptr;
        Usage::BudgetGuard *budgets = nullptr;
        Metrics::Registry *metrics = nullptr;
    };
    using SecretLookup = std::function<QString(const QString &name)>;
    // Sends a finished cron/scheduled run's reply to a conversation ("telegram:dm:42"); set by
    // the channel wiring. Without it, replies stay in their session (and its chat events).
    using Delivery = std::function<void(const QString &sessionKey, const QString &text)>;

    AgentStack(const Config::Settings &settings, Stores stores, SecretLookup secrets,
               std::function<QString()> operatorToken, QObject *parent = nullptr);
    ~AgentStack() override;

    // Loads the price list and cron jobs; false with a message when something is unusable.
    bool start(QString *error);
    void stop();

    void registerMethods(Ws::MethodRegistry &methods);
    void registerRoutes(Http::Router &router);
    void setDelivery(Delivery delivery) { m_delivery = std::move(delivery); }
    // Who is let in, set by the channel wiring (all may be null: then no DM sender counts as
    // approved). The trust level of each run reads them (docs/tools.md "Trust levels"), and so does
    // the check before a job created in a conversation fires (docs/cron.md "Jobs the model
    // creates"): the sender must still be approved or allow-listed, the conversation not taken
    // over, and the run takes a token from the sender's rate bucket. A sender the operator
    // rejects has the jobs of their DM disabled at once.
    void setChannelState(Channels::PairingStore *pairing, Channels::SenderRateLimiter *limiter,
                         Sessions::TakeoverStore *takeovers);
    // sessions.delete removed a conversation: its jobs go with it.
    void sessionDeleted(const QString &sessionKey);
    // The trust level and tool limits of a run in this session, from the config of now.
    Agent::TurnTrust trustFor(const Sessions::SessionKey &key) const;
    // A key was set or removed in the panel: rebuild the clients that use it.
    void refreshKeys();
    // Config reload, on the gateway thread (docs/configuration.md "Live changes"). Runs already
    // in flight keep the settings they started with (each turn holds its own copy, each routed
    // call its own retry policy); the next run uses the new model chain, prompt, limits, prices,
    // cache and tools. Provider clients are rebuilt the way refreshKeys() does; config cron jobs
    // are re-synced. cron.timezone and tools.web_fetch.allowPrivateNetworks wait for a restart.
    void applySettings(const Config::Settings &settings);

    Agent::AgentRunner &runner() const { return *m_runner; }
    Cron::Scheduler &scheduler() const { return *m_scheduler; }
    Providers::ProviderSet &providers() const { return *m_providerSet; }
    // For /healthz: per configured provider, whether its key is present.
    QJsonObject providerHealth() const;

private:
    bool senderTrusted(const QString &channel, const QString &senderId) const;
    Cron::Scheduler::GateVerdict gate(const Cron::Job &job);
    void runCronJob(const QString &jobId, const QString &sessionKey, const QString &prompt, const QString &deliverTo,
                    std::function<void(bool ok, const QString &detail)> done);

    Config::Settings m_settings;
    Stores m_stores;
    SecretLookup m_secrets;
    std::function<QString()> m_operatorToken;
    Delivery m_delivery;
    std::unique_ptr<Providers::ProviderSet> m_providerSet;
    std::unique_ptr<Providers::ResponseCache> m_cache;
    std::unique_ptr<Providers::ProviderRouter> m_router;
    std::unique_ptr<Usage::PriceLookup> m_prices;
    std::unique_ptr<Usage::UsageTracker> m_tracker;
    std::unique_ptr<Cron::CronStore> m_cronStore;
    std::unique_ptr<Cron::Scheduler> m_scheduler;
    std::unique_ptr<Agent::ToolRegistry> m_tools;
    std::shared_ptr<Agent::ScheduleTool> m_scheduleTool;
    Channels::PairingStore *m_pairing = nullptr;
    Channels::SenderRateLimiter *m_limiter = nullptr;
    Sessions::TakeoverStore *m_takeovers = nullptr;
    std::unique_ptr<Agent::Summarizer> m_summarizer;
    std::unique_ptr<Sessions::SessionManager> m_actors;
    std::unique_ptr<Agent::AgentRunner> m_runner;
    std::unique_ptr<Agent::IdempotencyCache> m_idempotency;
    std::unique_ptr<Control::OpenAiEndpoint> m_endpoint;
};

} // namespace Moltdesk::Core
