#pragma once

#include "config/settings.h"
#include "channels/telegram/apierror.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QThreadPool;

namespace Moltdesk::Security {
class SecretStore;
}
namespace Moltdesk::Telegram {
class BotApi;
class WebhookSetup;
} // namespace Moltdesk::Telegram

namespace Moltdesk::Ui {

class GatewayClient;

// The Telegram click-through set-up without widgets, so tests drive it against the fake Bot API
// (docs/channels/telegram.md "Setting it up"):
//   checkToken(token)  -> getMe (https://core.telegram.org/bots/api#getme): the bot's name and
//                         t.me link, or the refusal in words;
//   setMode(Webhook) + setPublicUrl(url) + setUpWebhook()
//                      -> setWebhook with a fresh secret_token, then getWebhookInfo confirms that
//                         Telegram has exactly our URL (Telegram::WebhookSetup);
//   save()             -> TELEGRAM_BOT_TOKEN (and TELEGRAM_WEBHOOK_SECRET) into the SecretStore,
//                         then channels.telegram.{enabled,mode} and gateway.publicUrl into
//                         config.json (ConfigUpdate, on `pool`).
// The gateway builds its channels at start, so a saved set-up needs a restart (savedMessage()).
class TelegramSetup : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        EnterToken,      // nothing checked yet
        CheckingToken,   // getMe running
        TokenRefused,    // message() says why
        TokenAccepted,   // bot() is known
        SettingWebhook,  // setWebhook + getWebhookInfo running
        WebhookFailed,   // message() says why
        WebhookVerified, // Telegram reports our URL
        Saving,
        SaveFailed,      // message() says why
        Saved,           // message() says what happens next
    };
    Q_ENUM(Step)

    struct Bot
    {
        qint64 id = 0;
        QString name;     // first name as set in @BotFather
        QString username; // without '@'
        QUrl link;        // https://t.me/<username>
    };

    // `settings` is the configuration the gateway is running with (the API base URL, the mode and
    // public URL to start from). `secrets` may be null: saving then says that it cannot.
    TelegramSetup(Security::SecretStore *secrets, const Config::Settings &settings, QObject *parent = nullptr);
    ~TelegramSetup() override;

    // The running gateway: the token is stored through secrets.set and the settings through
    // config.set, so both apply at once. Null only in tests: the token then goes to `secrets` and
    // saving the settings says the gateway is not running.
    void setGateway(GatewayClient *gateway) { m_gateway = gateway; }
    // The gateway's configuration now (config.get): the Bot API address checks go to, and the mode
    // and public URL to start from while the user has not chosen. Returns whether the API address
    // changed (a check made against the old one says nothing).
    bool applyConfig(const Config::Settings &settings);

    Step step() const { return m_step; }
    // The last outcome in words: why a token or webhook was refused, or what saving did.
    QString message() const { return m_message; }
    const Bot &bot() const { return m_bot; }
    bool hasBot() const { return m_bot.id != 0; }

    void checkToken(const QString &token);

    Config::TelegramSettings::Mode mode() const { return m_mode; }
    void setMode(Config::TelegramSettings::Mode mode);
    // The public https:// address of this gateway (gateway.publicUrl). Returns why it cannot be
    // used by Telegram, or an empty string when it can.
    QString setPublicUrl(const QString &text);
    QUrl publicUrl() const { return m_publicUrl; }
    // Where Telegram will POST: <publicUrl>/webhook/telegram (Telegram::TelegramModule::webhookUrlFor, as the gateway builds it).
    QUrl webhookUrl() const;
    void setUpWebhook();

    bool canSave() const;
    void save();

    // Words for a failed Bot API call, e.g. 401 -> "Telegram does not know this token ...".
    static QString describe(const Telegram::ApiError &error);
    // Empty when `url` is an address Telegram will deliver webhooks to, else why not
    // (https://core.telegram.org/bots/api#setwebhook: HTTPS on port 443, 80, 88 or 8443).
    static QString publicUrlProblem(const QUrl &url);

Q_SIGNALS:
    void stepChanged(Moltdesk::Ui::TelegramSetup::Step step);
    // After a successful save, with the configuration now in the file.
    void saved(const Moltdesk::Config::Settings &settings);

private:
    void setStep(Step step, const QString &message = QString());
    void saveSecret(const QString &name, const QString &value, std::function<void()> next);
    void saveConfig();

    Security::SecretStore *m_secrets;
    Config::Settings m_running;
    GatewayClient *m_gateway = nullptr; // outlives the pages (owned by the application)
    Telegram::BotApi *m_api;
    Telegram::WebhookSetup *m_webhook;
    Step m_step = Step::EnterToken;
    QString m_message;
    QString m_token;
    Bot m_bot;
    Config::TelegramSettings::Mode m_mode;
    QUrl m_publicUrl;
    QString m_webhookSecret;
    QUrl m_verifiedWebhook;
    quint64 m_generation = 0; // bumps when the token changes, so a late answer is dropped
};

} // namespace Moltdesk::Ui
