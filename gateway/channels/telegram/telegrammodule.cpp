#include "channels/telegram/telegrammodule.h"

#include "channels/telegram/telegramchannel.h"
#include "channels/telegram/webhookreceiver.h"
#include "config/settings.h"
#include "security/secretcatalog.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels::Modules {
// Found by the generated list of builtinModules() (gateway/CMakeLists.txt).
std::unique_ptr<ChannelModule> telegram()
{
    return std::make_unique<Telegram::TelegramModule>();
}
} // namespace Moltdesk::Channels::Modules

namespace Moltdesk::Telegram {

namespace {
QString secretOf(const Channels::ModuleContext &context, QLatin1StringView name)
{
    return context.secret ? context.secret(QString(name)) : QString();
}
} // namespace

TelegramModule::TelegramModule(Tuning tuning) : m_tuning(std::move(tuning)) {}

TelegramModule::~TelegramModule() = default;

QString TelegramModule::name() const
{
    return TelegramChannel::ChannelName;
}

bool TelegramModule::configure(const Config::Settings &settings)
{
    const bool changed = !m_configured || m_settings != settings.channels.telegram
        || m_publicUrl != settings.gateway.publicUrl;
    m_settings = settings.channels.telegram;
    m_publicUrl = settings.gateway.publicUrl;
    m_configured = true;
    return changed;
}

Channels::GroupRules TelegramModule::groupRules() const
{
    return Channels::GroupRules{m_settings.groupsAllow, m_settings.groupsRequireMention};
}

QUrl TelegramModule::webhookUrlFor(const QUrl &publicUrl)
{
    if (!publicUrl.isValid())
        return {};
    QUrl url = publicUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QString(WebhookReceiver::Path));
    return url;
}

std::unique_ptr<Channels::Channel> TelegramModule::createChannel(const Channels::ModuleContext &context)
{
    m_token = secretOf(context, Security::SecretNames::TelegramBotToken);
    m_secret = secretOf(context, Security::SecretNames::TelegramWebhookSecret);

    TelegramChannelOptions options;
    options.mode = m_settings.mode;
    options.poller.pollTimeoutSeconds = m_settings.pollTimeoutSeconds;
    options.webhookSecret = m_secret;
    options.webhookUrl = webhookUrlFor(m_publicUrl);
    if (m_tuning)
        m_tuning(options);

    auto channel = std::make_unique<TelegramChannel>(m_settings.apiBaseUrl, m_token, context.kv, context.objects,
                                                     options, context.clock);
    m_channel = channel.get();
    m_webhook.reset();
    if (m_settings.mode == Config::TelegramSettings::Mode::Webhook)
        m_webhook = std::make_unique<WebhookReceiver>(m_secret.toUtf8(), channel->sink(), context.metrics);
    return channel;
}

void TelegramModule::channelDropped()
{
    // The receiver forwards into the adapter's sink: it goes first.
    m_webhook.reset();
    m_channel = nullptr;
}

bool TelegramModule::secretsChanged(const Channels::ModuleContext &context) const
{
    return secretOf(context, Security::SecretNames::TelegramBotToken) != m_token
        || secretOf(context, Security::SecretNames::TelegramWebhookSecret) != m_secret;
}

QList<Channels::WebhookRoute> TelegramModule::routes()
{
    // Registered once, resolved per request, so switching channels.telegram.mode live needs no
    // new route; in polling mode nobody should be POSTing updates.
    return {{u"POST"_s, QString(WebhookReceiver::Path),
             [this](const Channels::WebhookRequest &request, const Channels::WebhookRespond &respond) {
                 if (m_webhook)
                     m_webhook->handle(request, respond);
                 else
                     respond(Channels::WebhookReply::error(404, "not_found",
                                                           u"the Telegram webhook is not enabled"_s));
             }}};
}

} // namespace Moltdesk::Telegram
