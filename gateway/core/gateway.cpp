#include "core/gateway.h"

#include "agent/agentrunner.h"
#include "agent/pauseswitch.h"
#include "base/logging.h"
#include "base/version.h"
#include "control/agent.h"
#include "control/chat.h"
#include "control/config.h"
#include "control/queue.h"
#include "control/secrets.h"
#include "control/sessions.h"
#include "control/usage.h"
#include "conversation/inboundconsumer.h"
#include "core/agentstack.h"
#include "core/channelstack.h"
#include "control/logs.h"
#include "core/schemamigrations.h"
#include "cron/scheduler.h"
#include "http/accessguard.h"
#include "http/router.h"
#include "http/server.h"
#include "metrics/registry.h"
#include "metrics/webhookrejections.h"
#include "queue/jobqueue.h"
#include "security/constanttime.h"
#include "security/originpolicy.h"
#include "sessions/sessionpurger.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"
#include "usage/budgetguard.h"
#include "usage/usagestore.h"
#include "ws/callcontext.h"
#include "ws/methodregistry.h"
#include "ws/reply.h"
#include "ws/rpcerror.h"
#include "ws/wsserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Moltdesk::Core {

namespace {
constexpr auto kStatusInterval = 1s;
constexpr auto kPurgeInterval = 1min;

QString urlFor(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                             : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(port);
}

QString providerOf(const QString &model)
{
    return model.section(u'/', 0, 0);
}
} // namespace

Gateway::Gateway(const GatewayOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Gateway::~Gateway()
{
    // A background purge holds a pointer to the KV store; let its one batch finish first.
    m_kvPurge.waitForFinished();
}

void Gateway::start()
{
    m_status.state = GatewayStatus::State::Starting;
    m_metrics = std::make_unique<Metrics::Registry>();

    QString error;
    if (!openStorage(&error)) {
        m_status.state = GatewayStatus::State::Failed;
        m_status.error = error;
        Q_EMIT statusChanged(m_status);
        Q_EMIT startFailed(error, 1);
        return;
    }

    const Config::GatewaySettings &gw = m_options.settings.gateway;
    Http::ServerLimits limits;
    limits.maxBodyBytes = gw.maxBodyBytes;
    limits.maxHeaderBytes = gw.maxHeaderBytes;
    limits.maxConnections = gw.maxConnections;
    limits.idleTimeoutMs = gw.idleTimeoutSeconds * 1000;
    limits.headersTimeoutMs = gw.headerTimeoutSeconds * 1000;
    limits.bodyTimeoutMs = gw.bodyTimeoutSeconds * 1000;
    m_guard = std::make_unique<Http::AccessGuard>(Http::AccessGuard::settingsFor(
        m_options.listen.address(), gw.publicUrl, gw.allowedHosts, gw.authFailureLimit, gw.authFailureBlockSeconds * 1000LL));

    Ws::WsServerConfig wsConfig;
    wsConfig.tickInterval = std::chrono::seconds(gw.tickIntervalSeconds);
    wsConfig.serverVersion = QLatin1StringView(Base::kVersion);

    m_methods = std::make_unique<Ws::MethodRegistry>();
    auto tokenProvider = m_options.operatorToken;
    m_ws = std::make_unique<Ws::WsServer>(
        *m_methods, [tokenProvider] { return tokenProvider ? tokenProvider().toUtf8() : QByteArray(); }, wsConfig);
    const Security::OriginPolicy origins(m_options.settings.security.allowedOrigins);
    m_ws->setOriginValidator([origins](const QString &origin) { return origins.isAllowed(origin); });
    m_ws->setSnapshotProvider([this] { return health(); });
    m_ws->setAuthFailureHook([guard = m_guard.get()](const QHostAddress &peer) { guard->recordFailure(peer); });

    AgentStack::Stores stores;
    stores.database = m_database.get();
    stores.kv = m_kv.get();
    stores.objects = m_objects.get();
    stores.sessions = m_sessions.get();
    stores.usage = m_usage.get();
    stores.budgets = m_budgets.get();
    stores.metrics = m_metrics.get();
    m_agent = std::make_unique<AgentStack>(m_options.settings, stores, m_options.secret, m_options.operatorToken);
    if (QString agentError; !m_agent->start(&agentError)) {
        m_status.state = GatewayStatus::State::Failed;
        m_status.error = agentError;
        Q_EMIT statusChanged(m_status);
        Q_EMIT startFailed(agentError, 1);
        return;
    }
    // Pausing holds the channel consumer (jobs stay pending, in order) and scheduled cron runs; a
    // taken-over conversation gets no agent run. docs/agent.md "Pausing the bot".
    ChannelStack::Stores channelStores{m_database.get(), m_kv.get(),    m_objects.get(),     m_metrics.get(),
                                       m_queue.get(),    m_sessions.get(), m_takeovers.get(), m_pause.get()};
    Channels::ChannelModules modules =
        m_options.channelModules ? m_options.channelModules() : Channels::builtinModules();
    m_channels = std::make_unique<ChannelStack>(m_options.settings, channelStores, m_options.secret, m_agent->runner(),
                                                std::move(modules));
    if (QString channelError; !m_channels->open(&channelError)) {
        m_status.state = GatewayStatus::State::Failed;
        m_status.error = channelError;
        Q_EMIT statusChanged(m_status);
        Q_EMIT startFailed(channelError, 1);
        return;
    }
    Agent::PauseSwitch *pause = m_pause.get();
    m_agent->scheduler().setHold([pause] { return pause->isPaused() ? u"the bot was paused"_s : QString(); });
    // The `agent` object of health changed: clients get a `health` event now.
    connect(m_pause.get(), &Agent::PauseSwitch::changed, this, [this] { publishStatus(); });
    m_agent->setChannelState(&m_channels->pairing(), &m_channels->rateLimiter(), m_takeovers.get());
    m_agent->setDelivery([channels = m_channels.get()](const QString &sessionKey, const QString &text) {
        if (!channels->deliver(sessionKey, text))
            qCWarning(lcGateway).noquote() << "no running channel for scheduled reply to" << sessionKey;
    });

    m_router = std::make_unique<Http::Router>();
    registerMetrics();
    registerRoutes();
    registerMethods();

    m_server = std::make_unique<Http::Server>(m_router.get(), limits, m_metrics.get());
    m_server->setAccessGuard(m_guard.get());
    const Config::ListenAddress &listen = m_options.listen;
    if (!m_server->listen(listen.address(), listen.port())) {
        const QString message = u"cannot listen on %1: %2"_s.arg(listen.toString(), m_server->errorString());
        m_status.state = GatewayStatus::State::Failed;
        m_status.error = message;
        Q_EMIT statusChanged(m_status);
        Q_EMIT startFailed(message, 1);
        return;
    }

    m_uptime.start();
    m_status.state = GatewayStatus::State::Running;
    m_status.startedAt = QDateTime::currentDateTimeUtc();
    m_status.url = urlFor(m_server->serverAddress(), m_server->serverPort());
    qCInfo(lcGateway).noquote() << "listening on" << m_status.url;

    m_statusTimer = new QTimer(this);
    connect(m_statusTimer, &QTimer::timeout, this, &Gateway::publishStatus);
    m_statusTimer->start(kStatusInterval);
    m_queue->startPurging(std::chrono::hours(1), std::chrono::hours(24));
    m_sessionPurger = std::make_unique<Sessions::SessionPurger>(*m_sessions);
    m_sessionPurger->start();
    m_purgeTimer = new QTimer(this);
    connect(m_purgeTimer, &QTimer::timeout, this, &Gateway::purgeExpiredKeys);
    m_purgeTimer->start(kPurgeInterval);

    // Channels start once the webhook route is being served.
    m_channels->start();
    publishStatus();
    Q_EMIT listening(m_status.url);
}

void Gateway::stop()
{
    m_status.state = GatewayStatus::State::Stopping;
    Q_EMIT statusChanged(m_status);
    if (m_statusTimer)
        m_statusTimer->stop();
    if (m_purgeTimer)
        m_purgeTimer->stop();
    if (m_queue)
        m_queue->stopPurging();
    if (m_channels)
        m_channels->stop(); // no new messages; inbound jobs in flight go back to pending and run at the next start
    if (m_agent)
        m_agent->stop(); // runs in flight end as "aborted"; their user messages are already stored
    m_kvPurge.waitForFinished();
    if (m_server)
        m_server->close();
    if (m_ws)
        m_ws->closeAll(u"gateway shutting down"_s);
    // Nothing is held only in memory: accepted channel messages are queue jobs in SQLite, and
    // every stored message was committed before the step that followed it.
    m_status.state = GatewayStatus::State::Stopped;
    Q_EMIT statusChanged(m_status);
    qCInfo(lcGateway) << "stopped";
    Q_EMIT stopped();
}

bool Gateway::openStorage(QString *error)
{
    m_database = std::make_unique<Storage::Database>(m_options.dataDir, Core::SchemaMigrations::all());
    if (auto opened = m_database->open(); !opened) {
        *error = u"storage: "_s + opened.error().message;
        return false;
    }
    Storage::KvLimits kvLimits;
    kvLimits.maxValueBytes = m_options.settings.storage.kvMaxValueBytes;
    kvLimits.maxKeyBytes = m_options.settings.storage.kvMaxKeyBytes;
    // Read once: migrations only run at open, and /healthz must not query SQLite per request.
    if (const auto version = m_database->schemaVersion(); version.ok())
        m_schemaVersion = version.value();
    m_kv = std::make_unique<Storage::KvStore>(*m_database, kvLimits);
    Storage::ObjectLimits objectLimits;
    objectLimits.perSessionBytes = m_options.settings.storage.quotaPerConversationBytes;
    objectLimits.totalBytes = m_options.settings.storage.quotaTotalBytes;
    m_objects = std::make_unique<Storage::ObjectStore>(*m_database, objectLimits);
    if (auto opened = m_objects->open(); !opened) {
        *error = u"storage: "_s + opened.error().message;
        return false;
    }

    // The durable queue: jobs a crash left running are pending again before anything claims.
    m_queue = std::make_unique<Queue::JobQueue>(*m_database, Queue::JobQueueOptions(), &Queue::JobQueue::systemClock,
                                                m_metrics.get());
    if (auto opened = m_queue->open(); !opened) {
        *error = u"storage: "_s + opened.error().message;
        return false;
    } else if (opened.value() > 0) {
        qCInfo(lcGateway) << opened.value() << "queued jobs interrupted by the last stop are pending again";
    }

    m_sessions = std::make_unique<Sessions::SessionStore>(*m_database, m_options.settings.storage);
    // Deleting a session (sessions.delete, the TTL purge) removes what it owns (docs/storage.md).
    Sessions::SessionPurger::removeOwnedDataWith(*m_sessions, *m_kv, *m_objects);
    m_usage = std::make_unique<Usage::UsageStore>(*m_database);
    m_budgets = std::make_unique<Usage::BudgetGuard>(*m_usage, m_options.settings.ai.budgets);
    m_takeovers = std::make_unique<Sessions::TakeoverStore>(*m_database);
    if (auto loaded = m_takeovers->load(); !loaded) {
        *error = u"storage: "_s + loaded.error().message;
        return false;
    }
    m_pause = std::make_unique<Agent::PauseSwitch>(*m_kv);
    if (auto loaded = m_pause->load(); !loaded) {
        *error = u"storage: "_s + loaded.error().message;
        return false;
    } else if (m_pause->isPaused()) {
        qCInfo(lcGateway).noquote() << "the bot is paused (since" << m_pause->since().toString(Qt::ISODate)
                                    << "): channel messages wait until agent.resume";
    }
    return true;
}

void Gateway::registerMetrics()
{
    Metrics::Registry &m = *m_metrics;
    m.registerCallbackGauge(u"moltdesk_uptime_seconds"_s, u"Seconds since the gateway started listening."_s, {},
                            [timer = &m_uptime] { return timer->isValid() ? double(timer->elapsed()) / 1000.0 : 0.0; });
    m.registerGauge(u"moltdesk_build_info"_s, u"Build information; the value is always 1."_s);
    m.setGauge(u"moltdesk_build_info"_s, {{u"version"_s, QLatin1StringView(Base::kVersion)}}, 1);
    m.registerGauge(u"moltdesk_ws_clients"_s, u"Open control WebSocket connections."_s, false);
    m.registerCounter(u"moltdesk_ws_connections_rejected_total"_s,
                      u"WebSocket connections closed during the handshake or over the client cap."_s, false);
    connect(m_ws.get(), &Ws::WsServer::clientCountChanged, this,
            [this](int count) { m_metrics->setGauge(u"moltdesk_ws_clients"_s, {}, count); });
    connect(m_ws.get(), &Ws::WsServer::connectionRejected, this,
            [this] { m_metrics->increment(u"moltdesk_ws_connections_rejected_total"_s); });
    // Declared up front so dashboards see the family before the first rejection; channels count
    // through Metrics::WebhookRejections.
    Metrics::WebhookRejections declareFamily(&m);
    m.registerCounter(u"moltdesk_kv_expired_purged_total"_s, u"Expired KV entries removed by the background purge."_s,
                      false);
    connect(m_kv.get(), &Storage::KvStore::expiredPurged, this,
            [this](int count) { m_metrics->increment(u"moltdesk_kv_expired_purged_total"_s, {}, count); });
}

void Gateway::registerRoutes()
{
    m_router->addRoute(u"GET"_s, u"/healthz"_s, [this](const Http::Request &, Http::Responder responder) {
        const QJsonObject doc = health();
        // "degraded" (a missing key, a failing channel) is still a running gateway: 200; only a
        // broken store is 503 (docs/http.md).
        responder.send(Http::Response::json(doc.value(u"status"_s) == u"error"_s ? 503 : 200, doc));
    });

    // Listening on loopback, a request from loopback with a Host naming this machine reads
    // /metrics freely, as Prometheus scrapes usually do; anything else (a non-loopback listen
    // address, another machine, a rebinding domain, a tunnel) needs the operator token, since
    // counters reveal traffic patterns (docs/http.md "Who may ask").
    const bool listenIsLoopback = m_options.listen.isLoopback();
    m_router->addRoute(u"GET"_s, u"/metrics"_s,
                       [this, listenIsLoopback](const Http::Request &request, Http::Responder responder) {
                           if (!listenIsLoopback || !m_guard->isTrustedLocal(request)) {
                               const QByteArray auth = request.header("authorization");
                               const QByteArray token =
                                   m_options.operatorToken ? m_options.operatorToken().toUtf8() : QByteArray();
                               if (!auth.startsWith("Bearer ") || token.isEmpty()
                                   || !Security::constantTimeEquals(auth.mid(7), token)) {
                                   responder.send(Http::Response::error(Http::ErrorCode::Unauthorized,
                                                                        u"send the operator token as a Bearer token"_s));
                                   return;
                               }
                           }
                           Http::Response response;
                           response.status = 200;
                           response.contentType = Metrics::Registry::contentType();
                           response.body = m_metrics->render();
                           responder.send(response);
                       });

    Ws::WsServer *ws = m_ws.get();
    m_agent->registerRoutes(*m_router);
    m_channels->registerRoutes(*m_router);

    m_router->addUpgradeRoute(u"/ws"_s, [ws](QTcpSocket *socket, const Http::Request &) { ws->handleConnection(socket); });
}

void Gateway::registerMethods()
{
    m_methods->registerSyncMethod(u"health"_s,
                                  [this](const QJsonObject &, const Ws::CallContext &) { return QJsonValue(health()); });
    m_methods->registerSyncMethod(u"status"_s,
                                  [this](const QJsonObject &, const Ws::CallContext &) { return QJsonValue(status()); });
    Control::registerQueueMethods(*m_methods, *m_queue);
    Control::registerSessionMethods(*m_methods, *m_sessions, m_takeovers.get(),
                                    [agent = m_agent.get()](const QString &key) { agent->sessionDeleted(key); });
    Control::registerChatHistory(*m_methods, *m_sessions, m_takeovers.get());
    Control::registerUsageMethods(*m_methods, *m_usage, m_budgets.get());
    m_agent->registerMethods(*m_methods);
    connect(m_ws.get(), &Ws::WsServer::broadcasted, this, &Gateway::eventBroadcast);
    m_channels->registerMethods(*m_methods, *m_ws);
    // Every run's events go to every authenticated client (the panel and WebChat-style UIs).
    connect(&m_agent->runner(), &Agent::AgentRunner::chatEvent, this,
            [this](const QJsonObject &payload) { m_ws->broadcast(u"chat"_s, payload); });
    connect(&m_agent->runner(), &Agent::AgentRunner::agentEvent, this,
            [this](const QJsonObject &payload) { m_ws->broadcast(u"agent"_s, payload); });
    // The operator's controls (docs/agent.md "Pausing the bot", docs/sessions.md "Taking over").
    Control::registerAgentMethods(*m_methods, *m_pause, m_queue.get(), Conversation::InboundConsumer::QueueName, *m_ws);
    Control::registerTakeoverMethod(*m_methods, *m_takeovers, *m_ws);
    Control::registerInjectMethod(*m_methods, *m_sessions, *m_takeovers,
                                  [channels = m_channels.get()](const Sessions::SessionKey &key, const QString &text,
                                                                const QString &replyTo, auto done) {
                                      return channels->sendToSession(key, text, replyTo, std::move(done));
                                  },
                                  *m_ws);
    // A taken-over conversation's new message, for live views (the agent emits none for it).
    connect(&m_channels->inbound(), &Conversation::InboundConsumer::messageStored, this,
            [this](const QJsonObject &payload) { m_ws->broadcast(u"chat"_s, payload); });
    m_methods->registerEvent(u"usage.budget"_s);
    connect(m_budgets.get(), &Usage::BudgetGuard::capReached, this,
            [this](const Usage::BudgetState &, const QString &reason) {
                m_ws->broadcast(u"usage.budget"_s, QJsonObject{{u"reason"_s, reason}});
            });
    m_methods->registerEvent(u"tick"_s);
    m_methods->registerEvent(u"health"_s);
    m_configMethods = std::make_unique<Control::ConfigMethods>(
        m_options.configPath, [this] { return m_options.settings; },
        [this](const Config::Settings &settings) { applySettings(settings); },
        [this](const QString &event, const QJsonValue &payload) { m_ws->broadcast(event, payload); });
    m_configMethods->registerMethods(*m_methods);
    // A stored key or token reaches the clients that use it before secrets.set answers, so a
    // config.set sent after it starts the channel with the new value (docs/protocol.md "Secrets").
    m_secretMethods = std::make_unique<Control::SecretMethods>(
        m_options.secretVault, [this] { return m_options.settings; },
        [this](const QString &) {
            refreshSecrets();
            publishStatus();
        },
        [this](const QString &event, const QJsonValue &payload) { m_ws->broadcast(event, payload); },
        [this] { return m_options.operatorToken && !m_options.operatorToken().isEmpty(); });
    m_secretMethods->registerMethods(*m_methods);
    Control::LogMethods::registerAll(*m_methods, m_options.eventLog);
}

void Gateway::applySettings(const Config::Settings &settings)
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_options.settings = settings;
    if (m_sessions)
        m_sessions->setLimits(settings.storage);
    if (m_budgets)
        m_budgets->setBudgets(settings.ai.budgets);
    if (m_agent)
        m_agent->applySettings(settings);
    if (m_channels)
        m_channels->applySettings(settings);
    if (m_ws) {
        const Security::OriginPolicy origins(settings.security.allowedOrigins);
        m_ws->setOriginValidator([origins](const QString &origin) { return origins.isAllowed(origin); });
    }
    if (m_guard) {
        const Config::GatewaySettings &gw = settings.gateway;
        m_guard->setSettings(Http::AccessGuard::settingsFor(m_options.listen.address(), gw.publicUrl, gw.allowedHosts,
                                                            gw.authFailureLimit, gw.authFailureBlockSeconds * 1000LL));
    }
    if (m_status.state == GatewayStatus::State::Running)
        publishStatus(); // provider roles, channel states: clients hear it as a `health` event
}

QJsonObject Gateway::health() const
{
    const Config::Settings &s = m_options.settings;
    const bool databaseOpen = m_database && m_database->isOpen();
    QJsonObject storage{{u"backend"_s, u"sqlite"_s}, {u"status"_s, databaseOpen ? u"ok"_s : u"error"_s}};
    if (databaseOpen)
        storage.insert(u"schemaVersion"_s, m_schemaVersion);

    auto channel = [](bool enabled) {
        return QJsonObject{{u"enabled"_s, enabled}, {u"state"_s, enabled ? u"starting"_s : u"disabled"_s}};
    };
    const QJsonObject channels = m_channels ? m_channels->healthJson()
                                            : QJsonObject{{u"telegram"_s, channel(s.channels.telegram.enabled)},
                                                          {u"discord"_s, channel(s.channels.discord.enabled)},
                                                          {u"whatsapp"_s, channel(s.channels.whatsapp.enabled)}};

    QJsonObject providers;
    const QString defaultProvider = providerOf(s.ai.defaultModel);
    QStringList fallbackProviders;
    for (const QString &model : s.ai.fallbackModels)
        fallbackProviders << providerOf(model);
    for (auto it = s.ai.providers.cbegin(); it != s.ai.providers.cend(); ++it) {
        QString role;
        if (it.key() == defaultProvider)
            role = u"default"_s;
        else if (fallbackProviders.contains(it.key()))
            role = u"fallback"_s;
        else
            role = u"configured"_s;
        QJsonObject provider{{u"baseUrl"_s, it.value().baseUrl.toString()}, {u"role"_s, role}};
        if (m_agent) {
            const QJsonObject key = m_agent->providerHealth().value(it.key()).toObject();
            provider.insert(u"keyPresent"_s, key.value(u"keyPresent"_s).toBool());
            if (!key.value(u"keyPresent"_s).toBool())
                provider.insert(u"detail"_s, QString(key.value(u"secret"_s).toString() + u" is not set"_s));
        }
        providers.insert(it.key(), provider);
    }

    // What keeps the bot from answering, in words, with what fixes it: the panel's Overview, tray
    // and notifications all read this one list (docs/http.md "Health").
    QJsonArray problems;
    for (auto it = providers.constBegin(); it != providers.constEnd(); ++it) {
        const QJsonObject provider = it.value().toObject();
        const QString role = provider.value(u"role"_s).toString();
        if (role == u"configured"_s || !provider.contains(u"keyPresent"_s) || provider.value(u"keyPresent"_s).toBool())
            continue;
        const QJsonObject key = m_agent ? m_agent->providerHealth().value(it.key()).toObject() : QJsonObject();
        const QString secret = key.value(u"secret"_s).toString();
        problems.append(QJsonObject{
            {u"component"_s, QString(u"providers."_s + it.key())},
            {u"severity"_s, role == u"default"_s ? u"error"_s : u"warning"_s},
            {u"message"_s, role == u"default"_s
                               ? u"%1 is not set: the default model %2 cannot answer"_s.arg(secret, s.ai.defaultModel)
                               : u"%1 is not set: the fallback models of %2 are skipped"_s.arg(secret, it.key())},
            {u"secret"_s, secret},
        });
    }
    for (auto it = channels.constBegin(); it != channels.constEnd(); ++it) {
        const QJsonObject channel = it.value().toObject();
        const QString state = channel.value(u"state"_s).toString();
        if (!channel.value(u"enabled"_s).toBool()
            || (state != u"error"_s && state != u"conflict"_s && state != u"unauthorized"_s))
            continue;
        QString why = channel.value(u"detail"_s).toString();
        if (why.isEmpty())
            why = channel.value(u"lastError"_s).toString();
        problems.append(QJsonObject{{u"component"_s, QString(u"channels."_s + it.key())},
                                    {u"severity"_s, u"error"_s},
                                    {u"message"_s, why.isEmpty() ? u"not working"_s : why},
                                    {u"channel"_s, it.key()}});
    }

    const bool storageOk = storage.value(u"status"_s) == u"ok"_s;
    return QJsonObject{
        {u"status"_s, !storageOk ? u"error"_s : problems.isEmpty() ? u"ok"_s : u"degraded"_s},
        {u"problems"_s, problems},
        {u"version"_s, QLatin1StringView(Base::kVersion)},
        {u"uptimeSeconds"_s, m_uptime.isValid() ? double(m_uptime.elapsed() / 1000) : 0.0},
        {u"storage"_s, storage},
        {u"channels"_s, channels},
        {u"providers"_s, providers},
        {u"agent"_s, m_pause ? m_pause->toJson() : QJsonObject{{u"paused"_s, false}}},
    };
}

QJsonObject Gateway::status() const
{
    QJsonObject doc = health();
    doc.insert(u"url"_s, m_status.url);
    doc.insert(u"startedAt"_s, m_status.startedAt.toString(Qt::ISODateWithMs));
    doc.insert(u"httpConnections"_s, m_server ? m_server->openConnectionCount() : 0);
    doc.insert(u"wsClients"_s, m_ws ? m_ws->clientCount() : 0);
    return doc;
}

void Gateway::invokeLocal(const QString &method, const QJsonObject &params, const Ws::Reply &reply)
{
    if (!m_methods) {
        Ws::Reply(reply).reject(Ws::RpcError::unavailable(u"the gateway is not running"_s));
        return;
    }
    Ws::CallContext context;
    context.connectionId = u"panel"_s;
    context.requestId = reply.requestId();
    context.method = method;
    context.client.id = u"moltdesk-panel"_s;
    context.peerAddress = QHostAddress::LocalHost;
    m_methods->invoke(params, context, reply);
}

void Gateway::refreshSecrets()
{
    if (m_agent)
        m_agent->refreshKeys();
    if (m_channels)
        m_channels->refreshSecrets();
}

void Gateway::publishStatus()
{
    m_status.health = health();
    Q_EMIT statusChanged(m_status);
    // The contract's `health` event: sent when something other than the uptime changed (a
    // channel's state, storage, a provider key), so clients and the panel's notifier react to
    // transitions without polling; `tick` keeps the rhythm.
    QJsonObject comparable = m_status.health;
    comparable.remove(u"uptimeSeconds"_s);
    if (comparable != m_lastHealth) {
        m_lastHealth = comparable;
        if (m_ws)
            m_ws->broadcast(u"health"_s, m_status.health);
    }
}

void Gateway::purgeExpiredKeys()
{
    // Batched deletes run on the thread pool (with that thread's own SQLite connection), never on
    // the thread answering sockets. One purge at a time; stop() waits for a running one.
    if (m_kvPurge.isRunning())
        return;
    Storage::KvStore *kv = m_kv.get();
    m_kvPurge = QtConcurrent::run([kv] { kv->purgeExpired(); });
}

} // namespace Moltdesk::Core
