#pragma once

#include "channels/channelclock.h"
#include "channels/channelmodule.h"
#include "config/settings.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Moltdesk::Agent {
class AgentRunner;
class PauseSwitch;
} // namespace Moltdesk::Agent
namespace Moltdesk::Conversation {
class InboundConsumer;
}
namespace Moltdesk::Channels {
class AccessPolicy;
class ChannelRegistry;
class InboundLedger;
class InboundPipeline;
class PairingStore;
class SenderRateLimiter;
struct InboundMessage;
struct SendResult;
} // namespace Moltdesk::Channels
namespace Moltdesk::Http {
class Router;
}
namespace Moltdesk::Metrics {
class Registry;
}
namespace Moltdesk::Storage {
class Database;
class KvStore;
class ObjectStore;
} // namespace Moltdesk::Storage
namespace Moltdesk::Queue {
class JobQueue;
}
namespace Moltdesk::Sessions {
class SessionKey;
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Ws {
class MethodRegistry;
class WsServer;
} // namespace Moltdesk::Ws

namespace Moltdesk::Core {

// The talking half of the gateway, built from config on the gateway thread: the shared channel
// machinery (pairing, ledger, access policy, per-sender rate limits, registry, pipeline) and one
// adapter per enabled channel module (docs/channels/README.md "Channel modules"). The stack knows
// no channel by name: each module reads its settings and secrets, builds its adapter and serves
// its webhook routes and methods. The pipeline's dispatch stores each admitted message as a
// `channel.inbound` job in the durable queue before the channel acks it; the InboundConsumer
// runs the jobs (the channel's prepare() first: attachments) through the agent and sends the
// reply back through the channel, threaded under the user's message, with "typing..." shown
// while the run lasts:
//
//   adapter -> Channel::deliver -> InboundPipeline -> JobQueue (channel.inbound) -> ack
//   Worker -> Channel::prepare -> AgentRunner::submit -> Channel::send -> job complete
//
// docs/channels/README.md "Durable hand-off" and docs/architecture.md "One message".
class ChannelStack : public QObject
{
    Q_OBJECT

public:
    struct Stores
    {
        Storage::Database *database = nullptr;
        Storage::KvStore *kv = nullptr;
        Storage::ObjectStore *objects = nullptr;
        Metrics::Registry *metrics = nullptr;
        // The gateway's job queue (one per database: its counts feed queue.status). Null: the
        // stack opens its own on `database` (tests).
        Queue::JobQueue *queue = nullptr;
        // For replayed jobs: finds a user message already stored. Null: no duplicate check.
        Sessions::SessionStore *sessions = nullptr;
        // Taken-over conversations get no agent run; a paused bot claims no job. Null: neither.
        const Sessions::TakeoverStore *takeovers = nullptr;
        Agent::PauseSwitch *pause = nullptr;
    };
    using SecretLookup = std::function<QString(const QString &name)>;

    // `modules`: the channels this gateway can run (Channels::builtinModules(), plus any a test
    // adds); names must differ.
    ChannelStack(const Config::Settings &settings, Stores stores, SecretLookup secrets, Agent::AgentRunner &runner,
                 Channels::ChannelModules modules, Channels::Clock clock = {}, QObject *parent = nullptr);
    ~ChannelStack() override;

    // Loads pairing decisions and builds the enabled adapters; false with a message on a storage
    // failure. An adapter that cannot run (no token, ...) is built anyway and shows why in its
    // status, so the panel can say so.
    bool open(QString *error);
    // Starts the adapters, the inbound consumer (jobs a crash or stop left behind run first) and
    // the ledger purge (hourly, on a worker thread).
    void start();
    // Stops the adapters (no new messages) and the consumer. Runs in flight are the agent's to
    // end (AgentStack::stop aborts them); their jobs go back to pending and run at the next start.
    void stop();

    // Config reload, on the gateway thread (docs/configuration.md "Live changes"): access policy,
    // allowFrom, group rules and per-sender rate limits apply to the next message; when a module
    // says its settings changed (Telegram: channels.telegram or gateway.publicUrl, its webhook
    // address), its adapter is stopped (a long poll cancelled; offsets are durable, so nothing is
    // lost or repeated) and, when still enabled, built and started again with the new settings.
    // Replies of runs in flight go out through whichever adapter is registered when they finish.
    void applySettings(const Config::Settings &settings);
    // A secret changed (keychain, panel): an enabled module whose adapter was built with other
    // secret values (a bot token, a webhook secret) gets its adapter rebuilt the same way, so a
    // token pasted after enabling the channel starts it without a restart.
    void refreshSecrets();

    // channels.status and the pairing methods, plus every module's own methods.
    void registerMethods(Ws::MethodRegistry &methods, Ws::WsServer &server);
    // Every module's webhook routes.
    void registerRoutes(Http::Router &router);
    // The `channels` object of /healthz.
    QJsonObject healthJson() const;
    // AgentStack::Delivery: sends a scheduled reply to a session key ("telegram:dm:<id>",
    // "telegram:group:<id>") or a cron deliverTo ("telegram:<chat id>"). False when it names no
    // registered channel.
    bool deliver(const QString &target, const QString &text);
    // chat.inject: sends the operator's `text` into the channel conversation `key` through the
    // same outbound path as the agent's replies (Markdown rendering, splitting, threaded under
    // `replyToMessageId` when given). Empty when the send started (`done` runs once with the
    // channel's answer); otherwise why it could not start (no such channel, channel not running)
    // and `done` is not called.
    QString sendToSession(const Sessions::SessionKey &key, const QString &text, const QString &replyToMessageId,
                          std::function<void(const Channels::SendResult &result)> done);

    Channels::ChannelRegistry &registry() const { return *m_registry; }
    Channels::PairingStore &pairing() const { return *m_pairing; }
    Channels::SenderRateLimiter &rateLimiter() const { return *m_limiter; }
    Channels::InboundPipeline &pipeline() const { return *m_pipeline; }
    // The module called `name`, or null.
    Channels::ChannelModule *module(const QString &name) const;
    Conversation::InboundConsumer &inbound() const { return *m_inbound; }
    Queue::JobQueue &queue() const { return *m_queue; }

private:
    Channels::ModuleContext context() const;
    void build(Channels::ChannelModule &module);
    void drop(Channels::ChannelModule &module);
    void rebuild(Channels::ChannelModule &module);
    void applyGroupRules();
    void purgeLedger();

    Config::Settings m_settings;
    Stores m_stores;
    SecretLookup m_secrets;
    Agent::AgentRunner &m_runner;
    Channels::ChannelModules m_modules;
    Channels::Clock m_clock;
    std::unique_ptr<Channels::PairingStore> m_pairing;
    std::unique_ptr<Channels::InboundLedger> m_ledger;
    std::unique_ptr<Channels::AccessPolicy> m_access;
    std::unique_ptr<Channels::SenderRateLimiter> m_limiter;
    std::unique_ptr<Channels::ChannelRegistry> m_registry;
    std::unique_ptr<Channels::InboundPipeline> m_pipeline;
    std::unique_ptr<Queue::JobQueue> m_ownQueue; // only when Stores::queue is null
    Queue::JobQueue *m_queue = nullptr;
    std::unique_ptr<Conversation::InboundConsumer> m_inbound;
    QTimer m_purgeTimer;
    bool m_started = false;
    QFuture<void> m_purge;
};

} // namespace Moltdesk::Core
