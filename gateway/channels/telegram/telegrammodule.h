#pragma once

#include "channels/channelmodule.h"
#include "channels/telegram/telegramchanneloptions.h"
#include "config/channelssettings.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Moltdesk::Telegram {

class TelegramChannel;
class WebhookReceiver;

// Telegram as a channel module (docs/channels/telegram.md): reads channels.telegram and
// gateway.publicUrl, builds a TelegramChannel from TELEGRAM_BOT_TOKEN (and, in webhook mode,
// TELEGRAM_WEBHOOK_SECRET), serves POST /webhook/telegram while in webhook mode (404 otherwise,
// instead of inviting guesses at the secret) and applies groupsAllow / groupsRequireMention.
class TelegramModule : public Channels::ChannelModule
{
public:
    // Lets a test shorten delays (typing interval, 429 seconds) before an adapter is built.
    using Tuning = std::function<void(TelegramChannelOptions &options)>;

    explicit TelegramModule(Tuning tuning = {});
    ~TelegramModule() override;

    QString name() const override;
    bool configure(const Config::Settings &settings) override;
    bool enabled() const override { return m_settings.enabled; }
    Channels::GroupRules groupRules() const override;
    std::unique_ptr<Channels::Channel> createChannel(const Channels::ModuleContext &context) override;
    void channelDropped() override;
    bool secretsChanged(const Channels::ModuleContext &context) const override;
    QList<Channels::WebhookRoute> routes() override;

    // Where Telegram POSTs for a public base URL: <publicUrl>/webhook/telegram.
    static QUrl webhookUrlFor(const QUrl &publicUrl);

private:
    Tuning m_tuning;
    Config::TelegramSettings m_settings;
    QUrl m_publicUrl;
    bool m_configured = false;
    QPointer<TelegramChannel> m_channel;
    std::unique_ptr<WebhookReceiver> m_webhook; // webhook mode only; forwards into m_channel
    QString m_token;  // what the adapter was built with (compared, never logged)
    QString m_secret;
};

} // namespace Moltdesk::Telegram
