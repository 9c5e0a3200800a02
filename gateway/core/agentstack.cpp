#include "core/agentstack.h"

#include "agent/agentrunner.h"
#include "agent/idempotencycache.h"
#include "agent/summarizer.h"
#include "agent/toolregistry.h"
#include "agent/tools/currenttimetool.h"
#include "agent/tools/filestool.h"
#include "agent/tools/memorytool.h"
#include "agent/tools/scheduletool.h"
#include "agent/tools/webfetchtool.h"
#include "base/logging.h"
#include "channels/pairedsender.h"
#include "channels/pairingstore.h"
#include "channels/senderratelimiter.h"
#include "control/chat.h"
#include "control/cron.h"
#include "control/openaiendpoint.h"
#include "cron/cronstore.h"
#include "cron/scheduler.h"
#include "providers/providerset.h"
#include "providers/router/providerrouter.h"
#include "providers/router/responsecache.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionmanager.h"
#include "sessions/takeoverstore.h"
#include "usage/pricelookup.h"
#include "usage/pricetable.h"
#include "usage/shippedpricing.h"
#include "usage/usagetracker.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Moltdesk::Core {

namespace {
Agent::ScheduleLimits scheduleLimits(const Config::SecuritySettings &security)
{
    Agent::ScheduleLimits limits;
    limits.maxActivePerSession = security.schedule.maxJobsPerConversation;
    limits.maxActiveTotal = security.schedule.maxJobs;
    limits.minIntervalSeconds = qint64(security.schedule.minIntervalMinutes) * 60;
    return limits;
}
} // namespace

AgentStack::AgentStack(const Config::Settings &settings, Stores stores, SecretLookup secrets,
                       std::function<QString()> operatorToken, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_stores(stores)
    , m_secrets(std::move(secrets))
    , m_operatorToken(std::move(operatorToken))
{
}

AgentStack::~AgentStack()
{
    // Runs first (they use everything below), then the scheduler that starts them.
    m_endpoint.reset();
    m_runner.reset();
    m_actors.reset();
    m_summarizer.reset();
    m_scheduler.reset();
}

bool AgentStack::start(QString *error)
{
    const Config::AiSettings &ai = m_settings.ai;
    auto table = Usage::PriceTable::fromJson(Usage::shippedPricingJson());
    if (!table) {
        *error = u"the built-in price list is unreadable: "_s + table.error().message;
        return false;
    }
    m_prices = std::make_unique<Usage::PriceLookup>(table.value(), ai);
    m_tracker = std::make_unique<Usage::UsageTracker>(*m_stores.usage, *m_prices, m_stores.budgets, m_stores.metrics);

    SecretLookup secrets = m_secrets;
    m_providerSet = std::make_unique<Providers::ProviderSet>(
        ai, [secrets](const QString &name) { return secrets ? secrets(name) : QString(); });
    for (const auto &missing : m_providerSet->missingKeys())
        qCWarning(lcAgent).noquote() << missing.message;
    m_cache = std::make_unique<Providers::ResponseCache>(*m_stores.kv, ai.cacheTtlSeconds);
    m_router = std::make_unique<Providers::ProviderRouter>(m_providerSet->providers(),
                                                           Providers::ProviderRouter::settingsFrom(ai), m_cache.get());
    connect(m_providerSet.get(), &Providers::ProviderSet::providersChanged, this,
            [this] { m_router->setProviders(m_providerSet->providers()); });

    m_cronStore = std::make_unique<Cron::CronStore>(*m_stores.database);
    m_scheduler = std::make_unique<Cron::Scheduler>(*m_cronStore, m_settings.cron);

    const QTimeZone zone(m_settings.cron.timezone);
    m_tools = std::make_unique<Agent::ToolRegistry>(ai.tools);
    m_tools->registerTool(std::make_shared<Agent::CurrentTimeTool>(&Agent::CurrentTimeTool::systemClock,
                                                                   zone.isValid() ? zone : QTimeZone::systemTimeZone()));
    Agent::WebFetchOptions fetch;
    fetch.allowPrivateNetworks = ai.tools.value(u"web_fetch"_s).allowPrivateNetworks;
    for (const int port : ai.tools.value(u"web_fetch"_s).allowedPorts)
        fetch.allowedPorts.append(quint16(port));
    fetch.maxConcurrent = ai.tools.value(u"web_fetch"_s).maxConcurrent;
    m_tools->registerTool(std::make_shared<Agent::WebFetchTool>(fetch));
    m_tools->registerTool(std::make_shared<Agent::MemoryTool>(*m_stores.kv));
    m_tools->registerTool(std::make_shared<Agent::FilesTool>(*m_stores.objects));
    m_scheduleTool = std::make_shared<Agent::ScheduleTool>(*m_scheduler, scheduleLimits(m_settings.security));
    m_tools->registerTool(m_scheduleTool);

    m_summarizer = std::make_unique<Agent::Summarizer>(*m_stores.sessions, *m_router);
    m_actors = std::make_unique<Sessions::SessionManager>();
    Agent::AgentServices services;
    services.sessions = m_stores.sessions;
    services.router = m_router.get();
    services.tools = m_tools.get();
    services.tracker = m_tracker.get();
    services.usage = m_stores.usage;
    services.budgets = m_stores.budgets;
    services.summarizer = m_summarizer.get();
    Providers::ProviderSet *providerSet = m_providerSet.get();
    services.chainProblem = [providerSet](const QStringList &models) { return providerSet->chainError(models); };
    services.trust = [this](const Sessions::SessionKey &key) { return trustFor(key); };
    m_runner = std::make_unique<Agent::AgentRunner>(services, ai, *m_actors);
    m_idempotency = std::make_unique<Agent::IdempotencyCache>();
    m_endpoint = std::make_unique<Control::OpenAiEndpoint>(*m_runner, m_operatorToken);

    m_scheduler->setRunner([this](const Cron::Job &job, const QDateTime &, Cron::Scheduler::Done done) {
        runCronJob(job.id, job.sessionKey(), job.prompt, job.deliverTo,
                   [done](bool ok, const QString &detail) {
                       done(ok ? Cron::Outcome::ok(detail) : Cron::Outcome::error(detail));
                   });
    });
    m_scheduler->setGate([this](const Cron::Job &job) { return gate(job); });
    if (auto started = m_scheduler->start(); !started) {
        *error = u"cron: "_s + started.error().message;
        return false;
    }
    for (const QString &problem : m_scheduler->problems())
        qCWarning(lcCron).noquote() << problem;
    return true;
}

void AgentStack::stop()
{
    if (m_scheduler)
        m_scheduler->stop();
    if (m_runner)
        m_runner->abortAll();
}

void AgentStack::registerMethods(Ws::MethodRegistry &methods)
{
    Control::registerChatMethods(methods, *m_runner, *m_idempotency);
    Control::registerCronMethods(methods, *m_scheduler);
}

void AgentStack::registerRoutes(Http::Router &router)
{
    m_endpoint->registerRoutes(router);
}

void AgentStack::refreshKeys()
{
    if (m_providerSet)
        m_providerSet->refreshKeys();
}

void AgentStack::applySettings(const Config::Settings &settings)
{
    const Config::Settings old = m_settings;
    m_settings = settings;
    if (!m_runner)
        return; // not started: start() reads m_settings
    const Config::AiSettings &ai = settings.ai;
    if (old.ai != ai) {
        // reload() emits providersChanged when clients changed, which hands them to the router.
        m_providerSet->reload(ai);
        for (const auto &missing : m_providerSet->missingKeys())
            qCWarning(lcAgent).noquote() << missing.message;
        m_router->setRetrySettings(Providers::ProviderRouter::settingsFrom(ai).retry);
        m_cache->setTtlSeconds(ai.cacheTtlSeconds);
        m_prices->setSettings(ai);
        m_tools->setSettings(ai.tools);
        m_runner->setSettings(ai);
    }
    if (old.cron.jobs != settings.cron.jobs)
        m_scheduler->reloadConfig(settings.cron);
    // security.tools applies from the next run (trustFor reads m_settings), security.schedule from
    // the next create.
    m_scheduleTool->setLimits(scheduleLimits(settings.security));
}

void AgentStack::setChannelState(Channels::PairingStore *pairing, Channels::SenderRateLimiter *limiter,
                                 Sessions::TakeoverStore *takeovers)
{
    m_pairing = pairing;
    m_limiter = limiter;
    m_takeovers = takeovers;
    if (!m_pairing)
        return;
    connect(m_pairing, &Channels::PairingStore::resolved, this, [this](const Channels::PairedSender &sender) {
        if (sender.status != Channels::PairedSender::Status::Rejected || !m_scheduler)
            return;
        if (const auto key = Sessions::SessionKey::dm(sender.channel, sender.senderId))
            m_scheduler->disableSessionJobs(key->toString(), u"the operator rejected the sender"_s);
    });
    connect(m_pairing, &Channels::PairingStore::forgotten, this, [this](const QString &channel, const QString &senderId) {
        if (!m_scheduler || senderTrusted(channel, senderId))
            return; // still on security.allowFrom
        if (const auto key = Sessions::SessionKey::dm(channel, senderId))
            m_scheduler->disableSessionJobs(key->toString(), u"the operator forgot the sender"_s);
    });
}

void AgentStack::sessionDeleted(const QString &sessionKey)
{
    if (m_scheduler)
        m_scheduler->removeSessionJobs(sessionKey);
}

bool AgentStack::senderTrusted(const QString &channel, const QString &senderId) const
{
    if (m_settings.security.allowFrom.value(channel).contains(senderId))
        return true;
    return m_pairing && m_pairing->senderState(channel, senderId) == Channels::PairingStore::SenderState::Approved;
}

Agent::TurnTrust AgentStack::trustFor(const Sessions::SessionKey &key) const
{
    const bool trusted = key.kind() != Sessions::SessionKey::Kind::Dm || senderTrusted(key.channel(), key.id());
    Agent::TurnTrust trust;
    trust.level = Agent::trustLevelOf(key, trusted);
    const QString level = Agent::trustLevelName(trust.level);
    const QStringList allowed = m_settings.security.tools.allowed.value(
        level, Config::ToolPolicySettings::defaults().value(level));
    for (const QString &name : Config::AiSettings::kToolNames) {
        if (!allowed.contains(name))
            trust.deniedTools.append(name);
    }
    trust.restrictQueryHosts = trust.level == Agent::TrustLevel::Group;
    return trust;
}

Cron::Scheduler::GateVerdict AgentStack::gate(const Cron::Job &job)
{
    // Only jobs of a channel conversation act on someone's behalf; the operator's own jobs
    // (config, panel, sessions cron:/webchat:/api:) run as configured.
    const auto key = Sessions::SessionKey::parse(job.sessionKey());
    if (!key || (key->kind() != Sessions::SessionKey::Kind::Dm && key->kind() != Sessions::SessionKey::Kind::Group))
        return {};
    if (m_takeovers && m_takeovers->isTakenOver(key->toString()))
        return {u"an operator has taken over the conversation"_s, false};
    // A job the model created (schedule tool) acts for the sender of that DM: only while they
    // are still let in, and each run costs them a message of their rate limit.
    const bool createdByModel = job.source == Cron::Job::Source::User
        && job.id.startsWith(QString::fromLatin1(Agent::ScheduleTool::IdPrefix));
    if (!createdByModel || key->kind() != Sessions::SessionKey::Kind::Dm)
        return {};
    if (!senderTrusted(key->channel(), key->id()))
        return {u"the sender is no longer approved or allow-listed; the job is cancelled"_s, true};
    if (m_limiter && !m_limiter->check(key->channel(), key->id()).allowed)
        return {u"the sender's rate limit (security.rateLimit) is used up"_s, false};
    return {};
}

QJsonObject AgentStack::providerHealth() const
{
    QJsonObject doc;
    if (!m_providerSet)
        return doc;
    for (const QString &name : m_providerSet->configuredProviders()) {
        const bool needsKey = m_providerSet->requiresKey(name);
        doc.insert(name, QJsonObject{{u"keyRequired"_s, needsKey},
                                     {u"keyPresent"_s, !needsKey || m_providerSet->hasKey(name)},
                                     {u"secret"_s, Providers::ProviderSet::secretName(name)}});
    }
    return doc;
}

void AgentStack::runCronJob(const QString &jobId, const QString &sessionKey, const QString &prompt,
                            const QString &deliverTo, std::function<void(bool, const QString &)> done)
{
    Agent::TurnRequest request;
    request.sessionKey = sessionKey;
    request.text = prompt;
    request.commands = false;
    // An identical cron prompt may be answered from the response cache (docs/providers.md).
    request.cacheable = sessionKey.startsWith(u"cron:"_s);
    const auto runId = m_runner->submit(request, [this, jobId, deliverTo, done](const Agent::TurnOutcome &outcome) {
        const bool ok = outcome.state == Agent::TurnOutcome::State::Final && outcome.errorKind.isEmpty();
        if (!deliverTo.isEmpty() && !outcome.replyText.isEmpty()) {
            if (m_delivery)
                m_delivery(deliverTo, outcome.replyText);
            else
                qCInfo(lcCron).noquote() << "job" << jobId << "answered; no channel is running to deliver it to"
                                         << deliverTo;
        }
        done(ok, ok ? u"run %1"_s.arg(outcome.runId) : outcome.replyText.left(400));
    });
    if (!runId)
        done(false, runId.error().message);
}

} // namespace Moltdesk::Core
