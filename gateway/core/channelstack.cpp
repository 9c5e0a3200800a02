#include "core/channelstack.h"

#include "agent/agentrunner.h"
#include "channels/accesspolicy.h"
#include "channels/channelmethods.h"
#include "channels/channelregistry.h"
#include "channels/grouprules.h"
#include "channels/inboundledger.h"
#include "channels/inboundpipeline.h"
#include "channels/pairingstore.h"
#include "channels/senderratelimiter.h"
#include "core/inboundconsumer.h"
#include "core/logging.h"
#include "queue/jobqueue.h"
#include "security/secretcatalog.h"
#include "sessions/sessionkey.h"
#include "channels/telegram/telegramchannel.h"
#include "channels/telegram/webhookreceiver.h"
#include "http/response.h"
#include "http/router.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Moltdesk::Core {

namespace {
constexpr auto kLedgerPurgeInterval = 1h;
}

ChannelStack::ChannelStack(const Config::Settings &settings, Stores stores, SecretLookup secrets,
                           Agent::AgentRunner &runner, Channels::Clock clock, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_stores(stores),
      m_secrets(std::move(secrets)),
      m_runner(runner),
      m_clock(std::move(clock))
{
    connect(&m_purgeTimer, &QTimer::timeout, this, &ChannelStack::purgeLedger);
}

ChannelStack::~ChannelStack()
{
    // A running purge uses the ledger: let its batch finish before the ledger goes.
    m_purge.waitForFinished();
    // Adapters (owned by the registry) go before the pipeline they are attached to.
    m_webhook.reset();
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
    m_access->setGroupRules(u"telegram"_s, Channels::GroupRules::fromTelegram(m_settings.channels.telegram));
    m_limiter = std::make_unique<Channels::SenderRateLimiter>(m_settings.security.requestsPerMinute,
                                                              m_settings.security.burstSize, m_clock);
    m_registry = std::make_unique<Channels::ChannelRegistry>(m_stores.metrics);
    m_pipeline = std::make_unique<Channels::InboundPipeline>(*m_ledger, *m_access, *m_limiter,
                                                             &m_registry->metrics());
    m_queue = m_stores.queue;
    if (!m_queue) {
        m_ownQueue = std::make_unique<Queue::JobQueue>(*m_stores.database);
        if (const auto opened = m_ownQueue->open(); !opened) {
            *error = u"channels: "_s + opened.error().message;
            return false;
        }
        m_queue = m_ownQueue.get();
    }
    m_inbound = std::make_unique<InboundConsumer>(*m_queue, m_runner, *m_registry, m_stores.sessions);
    // The hand-off is a committed job: the channel acks only after it (docs/channels/README.md).
    m_pipeline->setDispatch(
        [inbound = m_inbound.get()](const Channels::InboundMessage &message) { return inbound->enqueue(message); });
    if (m_settings.channels.telegram.enabled)
        buildTelegram();
    return true;
}

void ChannelStack::buildTelegram()
{
    const Config::TelegramSettings &tg = m_settings.channels.telegram;
    const QString token = m_secrets ? m_secrets(QString(Security::SecretNames::TelegramBotToken)) : QString();
    const QString secret = m_secrets ? m_secrets(QString(Security::SecretNames::TelegramWebhookSecret)) : QString();
    m_telegramToken = token;
    m_telegramSecret = secret;

    Telegram::TelegramChannelOptions options;
    options.mode = tg.mode;
    options.poller.pollTimeoutSeconds = tg.pollTimeoutSeconds;
    options.webhookSecret = secret;
    if (m_settings.gateway.publicUrl.isValid()) {
        QUrl url = m_settings.gateway.publicUrl;
        QString path = url.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + QString(Telegram::WebhookReceiver::Path));
        options.webhookUrl = url;
    }
    if (m_tuning)
        m_tuning(options);

    m_telegram = new Telegram::TelegramChannel(tg.apiBaseUrl, token, m_stores.kv, m_stores.objects, options, m_clock);
    m_registry->add(m_telegram);
    m_telegram->setPipeline(m_pipeline.get());
    // Photos, voice notes, documents: downloaded into the object store before the run.
    QPointer<Telegram::TelegramChannel> telegram(m_telegram);
    m_inbound->setPrepare([telegram](const Channels::InboundMessage &message, InboundConsumer::Ready ready) {
        if (!telegram || message.channel != telegram->name()) {
            ready(message, {});
            return;
        }
        telegram->fetchAttachments(message, [message, ready](const Telegram::AttachmentFetcher::Result &result) {
            Channels::InboundMessage resolved = message;
            resolved.attachments = result.attachments;
            ready(resolved, result.blocks);
        });
    });
    if (tg.mode == Config::TelegramSettings::Mode::Webhook)
        m_webhook = std::make_unique<Telegram::WebhookReceiver>(secret.toUtf8(), m_telegram->sink(), m_stores.metrics);
}

void ChannelStack::dropTelegram()
{
    if (!m_telegram)
        return;
    // The receiver forwards into the adapter's sink: it goes first.
    m_webhook.reset();
    Channels::Channel *channel = m_registry->take(m_telegram->name());
    m_telegram = nullptr;
    if (channel) {
        channel->stop();
        // Not deleted in place: a reply callback of the adapter may be on the stack below us.
        channel->setParent(nullptr);
        channel->deleteLater();
    }
}

void ChannelStack::applySettings(const Config::Settings &settings)
{
    const Config::Settings old = m_settings;
    m_settings = settings;
    m_access->setSecurity(settings.security);
    m_access->setGroupRules(u"telegram"_s, Channels::GroupRules::fromTelegram(settings.channels.telegram));
    if (old.security.requestsPerMinute != settings.security.requestsPerMinute
        || old.security.burstSize != settings.security.burstSize)
        m_limiter->setLimits(settings.security.requestsPerMinute, settings.security.burstSize);

    const bool telegramChanged = old.channels.telegram != settings.channels.telegram
        || old.gateway.publicUrl != settings.gateway.publicUrl;
    if (!telegramChanged)
        return;
    qCInfo(lcChannels) << "telegram settings changed: restarting the channel";
    dropTelegram();
    if (!settings.channels.telegram.enabled)
        return;
    buildTelegram();
    if (m_started)
        m_telegram->start();
}

void ChannelStack::refreshSecrets()
{
    if (!m_settings.channels.telegram.enabled || !m_registry)
        return;
    const QString token = m_secrets ? m_secrets(QString(Security::SecretNames::TelegramBotToken)) : QString();
    const QString secret = m_secrets ? m_secrets(QString(Security::SecretNames::TelegramWebhookSecret)) : QString();
    if (m_telegram && token == m_telegramToken && secret == m_telegramSecret)
        return;
    qCInfo(lcChannels) << "telegram secrets changed: restarting the channel";
    dropTelegram();
    buildTelegram();
    if (m_started)
        m_telegram->start();
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
    Channels::registerChannelMethods(methods, *m_registry, *m_pairing, AllChannels);
    Channels::forwardPairingEvents(*m_pairing, server);
}

void ChannelStack::registerRoutes(Http::Router &router)
{
    // Only in webhook mode: in polling mode nobody should be POSTing updates, and the route
    // answers 404 instead of inviting guesses at the secret. Registered once, resolved per
    // request, so switching channels.telegram.mode live needs no new route.
    router.addRoute(u"POST"_s, QString(Telegram::WebhookReceiver::Path),
                    [this](const Http::Request &request, Http::Responder responder) {
                        if (m_webhook)
                            m_webhook->handle(request, responder);
                        else
                            responder.send(Http::Response::error(Http::ErrorCode::NotFound,
                                                                 u"the Telegram webhook is not enabled"_s));
                    });
}

QJsonObject ChannelStack::healthJson() const
{
    QJsonObject doc = m_registry->healthJson(AllChannels);
    // Enabled in the config but no adapter in this build: say so instead of "disabled".
    const QList<std::pair<QString, bool>> enabled{{u"discord"_s, m_settings.channels.discord.enabled},
                                                  {u"whatsapp"_s, m_settings.channels.whatsapp.enabled}};
    for (const auto &[name, on] : enabled) {
        if (on && !m_registry->channel(name))
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
