#pragma once

#include "core/gatewayoptions.h"
#include "control/gatewaystatus.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QTimer;

namespace Moltdesk::Agent {
class PauseSwitch;
}
namespace Moltdesk::Http {
class AccessGuard;
class Router;
class Server;
} // namespace Moltdesk::Http
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
class SessionPurger;
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions
namespace Moltdesk::Usage {
class BudgetGuard;
class UsageStore;
} // namespace Moltdesk::Usage
namespace Moltdesk::Ws {
class MethodRegistry;
class Reply;
class WsServer;
} // namespace Moltdesk::Ws
namespace Moltdesk::Control {
class ConfigMethods;
class SecretMethods;
} // namespace Moltdesk::Control

namespace Moltdesk::Core {

class AgentStack;
class ChannelStack;

// The gateway: the Worker's fetch handler and everything behind it, as one object living on the
// gateway thread (see GatewayThread). start() creates its sockets, database connection and
// timers on that thread. Later issues add channels, the agent and the queue here.
using Control::GatewayStatus;

class Gateway : public QObject
{
    Q_OBJECT

public:
    explicit Gateway(const GatewayOptions &options, QObject *parent = nullptr);
    ~Gateway() override;

    // The /healthz document: status, version, uptime, storage, channels, providers, agent
    // ({paused, since?}).
    QJsonObject health() const;
    // The WS `status` payload: health plus connection counts and the listen address.
    QJsonObject status() const;

public Q_SLOTS:
    void start();
    // Stops accepting, closes WebSocket clients (1001 going away) and emits stopped().
    void stop();
    // A secret changed in the keychain (panel): clients using it (providers, the Telegram
    // adapter) are rebuilt with the new value.
    void refreshSecrets();
public:
    // The in-process panel's way into the control protocol: runs `method` exactly as for an
    // authenticated WS client (same handlers, same validation) and completes `reply`.
    void invokeLocal(const QString &method, const QJsonObject &params, const Moltdesk::Ws::Reply &reply);
    // A saved config (config.set) takes effect: the parts that can change live are swapped now,
    // on the gateway thread; the rest waits for a restart (docs/configuration.md "Live changes").
    // health() reports from `settings` from now on.
    void applySettings(const Moltdesk::Config::Settings &settings);

Q_SIGNALS:
    void listening(const QString &url);
    void startFailed(const QString &error, int exitCode);
    void statusChanged(const Moltdesk::Control::GatewayStatus &status);
    void stopped();
    // Every broadcast event (chat, agent, health, pairing.requested...), for the panel.
    void eventBroadcast(const QString &event, const QJsonValue &payload);

private:
    bool openStorage(QString *error);
    void registerMetrics();
    void registerRoutes();
    void registerMethods();
    void publishStatus();
    void purgeExpiredKeys();
    bool originAllowed(const QString &origin) const;

    GatewayOptions m_options;
    GatewayStatus m_status;
    QJsonObject m_lastHealth; // the last health broadcast, without uptime
    QElapsedTimer m_uptime;
    std::unique_ptr<Metrics::Registry> m_metrics;
    std::unique_ptr<Storage::Database> m_database;
    int m_schemaVersion = 0;
    std::unique_ptr<Storage::KvStore> m_kv;
    std::unique_ptr<Storage::ObjectStore> m_objects;
    std::unique_ptr<Queue::JobQueue> m_queue;
    std::unique_ptr<Sessions::SessionStore> m_sessions;
    std::unique_ptr<Sessions::SessionPurger> m_sessionPurger;
    std::unique_ptr<Sessions::TakeoverStore> m_takeovers;
    std::unique_ptr<Agent::PauseSwitch> m_pause;
    std::unique_ptr<Usage::UsageStore> m_usage;
    std::unique_ptr<Usage::BudgetGuard> m_budgets;
    std::unique_ptr<AgentStack> m_agent;
    std::unique_ptr<ChannelStack> m_channels; // after m_agent: it holds the runner
    std::unique_ptr<Http::AccessGuard> m_guard; // before m_server and m_ws: both call it
    std::unique_ptr<Http::Router> m_router;
    std::unique_ptr<Http::Server> m_server;
    std::unique_ptr<Ws::MethodRegistry> m_methods;
    std::unique_ptr<Ws::WsServer> m_ws;
    std::unique_ptr<Control::ConfigMethods> m_configMethods;
    std::unique_ptr<Control::SecretMethods> m_secretMethods;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_purgeTimer = nullptr;
    QFuture<void> m_kvPurge;
};

} // namespace Moltdesk::Core
