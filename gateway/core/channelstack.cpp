#include "core/channelstack.h"

#include "agent/agentrunner.h"
#include "base/logging.h"
#include "channels/accesspolicy.h"
#include "channels/channel.h"
#include "channels/channelregistry.h"
#include "channels/grouprules.h"
#include "channels/inboundledger.h"
#include "channels/inboundpipeline.h"
#include "channels/pairingstore.h"
#include "channels/senderratelimiter.h"
#include "config/channelnames.h"
#include "control/channels.h"
#include "control/pairing.h"
#include "conversation/inboundconsumer.h"
#include "core/channelmoduleadapter.h"
#include "queue/jobqueue.h"
#include "sessions/sessionkey.h"

#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Moltdesk::Core {

namespace {
constexpr auto kLedgerPurgeInterval = 1h;
}

ChannelStack::ChannelStack(const Config::Settings &settings, Stores stores, SecretLookup secrets,
                           Agent::AgentRunner &runner, Channels::ChannelModules modules, Channels::Clock clock,
                           QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_stores(stores),
      m_secrets(std::move(secrets)),
      m_runner(runner),
      m_modules(std::move(modules)),
      m_clock(std::move(clock))
{
    connect(&m_purgeTimer, &QTimer::timeout, this, &ChannelStack::purgeLedger);
}

ChannelStack::~ChannelStack()
{
    // A running purge uses the ledger: let its batch finish before the ledger goes.
    m_purge.waitForFinished();
    // Adapters (owned by the registry) go before the pipeline they deliver to; modules forget
    // them first (a webhook receiver forwards into its adapter).
    for (const auto &module : m_modules)
        module->channelDropped();
    // The consumer uses the registry's channels and the queue.
    m_inbound.reset();
    m_registry.reset();
}

bool ChannelStack::open(QString *error)
{
    m_pairing = std::make_unique<Channels::PairingStore>(*m_stores.database, m_clock);
    if (const auto opened = m_pairing->open(); !opened) {
        *error = u"channels: "_s + opened.error().message;
        return false;
    }
    m_ledger = std::make_unique<Channels::InboundLedger>(*m_stores.database, m_clock);
    m_access = std::make_unique<Channels::AccessPolicy>(m_settings.security, m_pairing.get(), m_clock);
    m_limiter = std::make_unique<Channels::SenderRateLimiter>(m_settings.security.requestsPerMinute,
                                                              m_settings.security.burstSize, m_clock);
    m_registry = std::make_unique<Channels::ChannelRegistry>(m_stores.metrics);
    m_queue = m_stores.queue;
    if (!m_queue) {
        m_ownQueue = std::make_unique<Queue::JobQueue>(*m_stores.database);
        if (const auto opened = m_ownQueue->open(); !opened) {
            *error = u"channels: "_s + opened.error().message;
            return false;
        }
        m_queue = m_ownQueue.get();
    }
    m_inbound = std::make_unique<Conversation::InboundConsumer>(*m_queue, m_runner, *m_registry, m_stores.sessions,
                                                                m_stores.takeovers, m_stores.pause);
    // The hand-off is a committed job: the channel acks only after it (docs/channels/README.md).
    m_pipeline = std::make_unique<Channels::InboundPipeline>(
        *m_ledger, *m_access, *m_limiter,
        [inbound = m_inbound.get()](const Channels::InboundMessage &message) { return inbound->enqueue(message); },
        &m_registry->metrics());
    for (const auto &module : m_modules) {
        module->configure(m_settings);
        if (module->enabled())
            build(*module);
    }
    applyGroupRules();
    return true;
}

Channels::ModuleContext ChannelStack::context() const
{
    return Channels::ModuleContext{m_stores.kv, m_stores.objects, m_stores.metrics, m_clock, m_secrets};
}

Channels::ChannelModule *ChannelStack::module(const QString &name) const
{
    for (const auto &module : m_modules) {
        if (module->name() == name)
            return module.get();
    }
    return nullptr;
}

void ChannelStack::build(Channels::ChannelModule &module)
{
    std::unique_ptr<Channels::Channel> channel = module.createChannel(context());
    if (!channel)
        return;
    channel->setPipeline(m_pipeline.get());
    Channels::Channel *adapter = channel.release();
    if (!m_registry->add(adapter)) {
        qCWarning(lcChannels).noquote() << "channel module" << module.name() << "built an adapter named"
                                        << adapter->name() << "twice; not registered";
        module.channelDropped();
        delete adapter;
        return;
    }
    if (m_started)
        adapter->start();
}

void ChannelStack::drop(Channels::ChannelModule &module)
{
    module.channelDropped();
    Channels::Channel *channel = m_registry->take(module.name());
    if (channel) {
        channel->stop();
        // Not deleted in place: a reply callback of the adapter may be on the stack below us.
        channel->setParent(nullptr);
        channel->deleteLater();
    }
}

void ChannelStack::rebuild(Channels::ChannelModule &module)
{
    drop(module);
    if (module.enabled())
        build(module);
}

void ChannelStack::applyGroupRules()
{
    for (const auto &module : m_modules)
        m_access->setGroupRules(module->name(), module->groupRules());
}

void ChannelStack::applySettings(const Config::Settings &settings)
{
    const Config::Settings old = m_settings;
    m_settings = settings;
    m_access->setSecurity(settings.security);
    if (old.security.requestsPerMinute != settings.security.requestsPerMinute
        || old.security.burstSize != settings.security.burstSize)
        m_limiter->setLimits(settings.security.requestsPerMinute, settings.security.burstSize);
    for (const auto &module : m_modules) {
        if (!module->configure(settings))
            continue;
        qCInfo(lcChannels).noquote() << module->name() << "settings changed: restarting the channel";
        rebuild(*module);
    }
    applyGroupRules();
}

void ChannelStack::refreshSecrets()
{
    if (!m_registry)
        return;
    const Channels::ModuleContext now = context();
    for (const auto &module : m_modules) {
        if (!module->enabled())
            continue;
        if (m_registry->channel(module->name()) && !module->secretsChanged(now))
            continue;
        qCInfo(lcChannels).noquote() << module->name() << "secrets changed: restarting the channel";
        rebuild(*module);
    }
}

void ChannelStack::start()
{
    m_started = true;
    m_registry->startAll();
    m_inbound->start();
    m_purgeTimer.start(kLedgerPurgeInterval);
    purgeLedger();
}

void ChannelStack::stop()
{
    m_started = false;
    m_purgeTimer.stop();
    if (m_registry)
        m_registry->stopAll();
    if (m_inbound)
        m_inbound->stop();
    m_purge.waitForFinished();
}

void ChannelStack::registerMethods(Ws::MethodRegistry &methods, Ws::WsServer &server)
{
    Control::registerChannelMethods(methods, *m_registry, Config::ChannelNames::messaging());
    Control::registerPairingMethods(methods, *m_pairing);
    Control::forwardPairingEvents(*m_pairing, server);
    for (const auto &module : m_modules) {
        for (const Channels::ModuleMethod &method : module->methods()) {
            if (!addModuleMethod(methods, method))
                qCWarning(lcChannels).noquote() << "channel module" << module->name() << ": method" << method.name
                                                << "is taken; not registered";
        }
    }
}

void ChannelStack::registerRoutes(Http::Router &router)
{
    for (const auto &module : m_modules) {
        for (const Channels::WebhookRoute &route : module->routes())
            addWebhookRoute(router, route);
    }
}

QJsonObject ChannelStack::healthJson() const
{
    QStringList names = Config::ChannelNames::messaging();
    for (const auto &module : m_modules) {
        if (!names.contains(module->name()))
            names << module->name();
    }
    QJsonObject doc = m_registry->healthJson(names);
    // Enabled in the config but no module in this build: say so instead of "disabled".
    for (const QString &name : Config::ChannelNames::messaging()) {
        if (m_settings.channels.isEnabled(name) && !module(name))
            doc.insert(name, QJsonObject{{u"enabled"_s, true},
                                         {u"state"_s, u"unavailable"_s},
                                         {u"detail"_s, u"this build has no adapter for this channel yet"_s}});
    }
    return doc;
}

bool ChannelStack::deliver(const QString &target, const QString &text)
{
    // Either a session key ("telegram:dm:42", "telegram:group:-100") or cron's deliverTo form
    // "<channel>:<chat id>" (docs/configuration.md, "cron").
    QString channelName;
    QString chatId;
    if (const auto key = Sessions::SessionKey::parse(target);
        key && (key->kind() == Sessions::SessionKey::Kind::Dm || key->kind() == Sessions::SessionKey::Kind::Group)) {
        channelName = key->channel();
        // Telegram: a private chat's id is the user's id (https://core.telegram.org/bots/api#chat).
        chatId = key->id();
    } else {
        channelName = target.section(u':', 0, 0);
        chatId = target.section(u':', 1);
    }
    Channels::Channel *channel = m_registry ? m_registry->channel(channelName) : nullptr;
    if (!channel || chatId.isEmpty() || chatId.contains(u':'))
        return false;
    Channels::OutboundMessage message;
    message.chatId = chatId;
    message.text = text;
    channel->send(message, [target](const Channels::SendResult &result) {
        if (!result.ok)
            qCWarning(lcChannels).noquote() << "scheduled reply to" << target << "not delivered:" << result.error;
    });
    return true;
}

QString ChannelStack::sendToSession(const Sessions::SessionKey &key, const QString &text,
                                   const QString &replyToMessageId,
                                   std::function<void(const Channels::SendResult &result)> done)
{
    if (key.kind() != Sessions::SessionKey::Kind::Dm && key.kind() != Sessions::SessionKey::Kind::Group)
        return u"%1 is not a channel conversation"_s.arg(key.toString());
    Channels::Channel *channel = m_registry ? m_registry->channel(key.channel()) : nullptr;
    if (!channel)
        return u"the %1 channel is not enabled in this gateway"_s.arg(key.channel());
    const Channels::ChannelStatus status = channel->status();
    if (status.state != Channels::ChannelStatus::State::Running) {
        QString why = u"the %1 channel is not running (%2)"_s.arg(key.channel(),
                                                                  Channels::ChannelStatus::stateName(status.state));
        if (!status.detail.isEmpty())
            why += u": "_s + status.detail;
        return why;
    }
    Channels::OutboundMessage message;
    // Telegram: a private chat's id is the user's id (https://core.telegram.org/bots/api#chat).
    message.chatId = key.id();
    message.text = text;
    message.replyToMessageId = replyToMessageId;
    channel->send(message, std::move(done));
    return {};
}

void ChannelStack::purgeLedger()
{
    // Batched deletes on the thread pool with its own SQLite connection; one purge at a time.
    if (m_purge.isRunning() || !m_ledger)
        return;
    Channels::InboundLedger *ledger = m_ledger.get();
    m_purge = QtConcurrent::run([ledger] {
        if (const auto purged = ledger->purgeOlderThan(); !purged)
            qCWarning(lcChannels).noquote() << "inbound ledger purge:" << purged.error().message;
        else if (purged.value() > 0)
            qCInfo(lcChannels) << "inbound ledger: purged" << purged.value() << "old entries";
    });
}

} // namespace Moltdesk::Core
