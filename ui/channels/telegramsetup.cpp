#include "channels/telegramsetup.h"

#include "asynctask.h"
#include "channels/configupdate.h"
#include "security/secretcatalog.h"
#include "secretwriter.h"
#include "security/secretstore.h"
#include "channels/telegram/botapi.h"
#include "channels/telegram/polleroptions.h"
#include "channels/telegram/telegrammodule.h"
#include "channels/telegram/webhooksetup.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

TelegramSetup::TelegramSetup(Security::SecretStore *secrets, const Config::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_running(settings)
    , m_api(new Telegram::BotApi(settings.channels.telegram.apiBaseUrl, QString(), this))
    , m_webhook(new Telegram::WebhookSetup(m_api, this))
    , m_mode(settings.channels.telegram.mode)
    , m_publicUrl(settings.gateway.publicUrl)
{
}

TelegramSetup::~TelegramSetup() = default;

bool TelegramSetup::applyConfig(const Config::Settings &settings)
{
    const bool apiChanged = settings.channels.telegram.apiBaseUrl != m_running.channels.telegram.apiBaseUrl;
    if (m_step == Step::EnterToken || m_step == Step::TokenRefused || m_step == Step::TokenAccepted) {
        m_mode = settings.channels.telegram.mode;
        m_publicUrl = settings.gateway.publicUrl;
    }
    m_running = settings;
    if (apiChanged)
        m_api->setBaseUrl(settings.channels.telegram.apiBaseUrl);
    return apiChanged;
}

void TelegramSetup::setStep(Step step, const QString &message)
{
    m_step = step;
    m_message = message;
    Q_EMIT stepChanged(step);
}

void TelegramSetup::checkToken(const QString &token)
{
    // People paste tokens with the surrounding spaces or line break of the BotFather message.
    const QString trimmed = token.trimmed();
    ++m_generation;
    m_token = trimmed;
    m_bot = Bot();
    m_verifiedWebhook.clear();
    if (trimmed.isEmpty()) {
        setStep(Step::EnterToken, tr("Paste the token @BotFather gave you."));
        return;
    }
    m_api->setToken(trimmed);
    setStep(Step::CheckingToken, tr("Asking Telegram about this token…"));
    const quint64 generation = m_generation;
    m_api->getMe(this, [this, generation](const Telegram::ApiResult<Telegram::User> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            setStep(Step::TokenRefused, describe(result.error()));
            return;
        }
        if (!result->isBot) {
            setStep(Step::TokenRefused, tr("Telegram answered with a user account, not a bot. Use a token from @BotFather."));
            return;
        }
        m_bot.id = result->id;
        m_bot.name = QString(result->firstName + u' ' + result->lastName).trimmed();
        m_bot.username = result->username;
        if (!m_bot.username.isEmpty())
            m_bot.link = QUrl(u"https://t.me/"_s + m_bot.username);
        setStep(Step::TokenAccepted, tr("Telegram knows this bot."));
    });
}

void TelegramSetup::setMode(Config::TelegramSettings::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (hasBot() && m_step != Step::CheckingToken)
        setStep(Step::TokenAccepted, mode == Config::TelegramSettings::Mode::Webhook
                                         ? tr("Enter the public https:// address of this computer, then set up the webhook.")
                                         : tr("Long polling needs no public address."));
}

QString TelegramSetup::publicUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return tr("Enter the public address, e.g. https://bot.example.org");
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a web address. Enter it like https://bot.example.org");
    if (url.scheme() != u"https"_s)
        return tr("Telegram only delivers to https:// addresses. Put Moltdesk behind a reverse proxy or tunnel with TLS.");
    const int port = url.port(443);
    if (port != 443 && port != 80 && port != 88 && port != 8443)
        return tr("Telegram only delivers to ports 443, 80, 88 or 8443, not %1.").arg(port);
    if (url.hasQuery() || url.hasFragment())
        return tr("Leave out the ?query and #fragment: the address is the base the webhook path is added to.");
    return {};
}

QString TelegramSetup::setPublicUrl(const QString &text)
{
    // "bot.example.org" means https://bot.example.org: Telegram accepts nothing else anyway.
    const QString trimmed = text.trimmed();
    const QUrl parsed = trimmed.isEmpty()
                            ? QUrl()
                            : QUrl(trimmed.contains(u"://"_s) ? trimmed : QString(u"https://"_s + trimmed), QUrl::StrictMode);
    m_publicUrl = parsed;
    m_verifiedWebhook.clear();
    if (m_step == Step::WebhookVerified || m_step == Step::WebhookFailed)
        setStep(Step::TokenAccepted);
    return publicUrlProblem(parsed);
}

QUrl TelegramSetup::webhookUrl() const
{
    return Telegram::TelegramModule::webhookUrlFor(m_publicUrl);
}

void TelegramSetup::setUpWebhook()
{
    if (!hasBot()) {
        setStep(Step::WebhookFailed, tr("Check the token first."));
        return;
    }
    const QString problem = publicUrlProblem(m_publicUrl);
    if (!problem.isEmpty()) {
        setStep(Step::WebhookFailed, problem);
        return;
    }
    // A fresh secret_token for every attempt: deliveries must carry it in
    // X-Telegram-Bot-Api-Secret-Token (https://core.telegram.org/bots/api#setwebhook); save() stores
    // this one, so the receiver accepts exactly what Telegram was told.
    m_webhookSecret = Telegram::WebhookSetup::generateSecret();
    const QUrl target = webhookUrl();
    const quint64 generation = m_generation;
    setStep(Step::SettingWebhook, tr("Telling Telegram to deliver to %1…").arg(target.toDisplayString()));
    m_webhook->enable(target, m_webhookSecret, Telegram::PollerOptions().allowedUpdates,
                      [this, generation, target](const Telegram::ApiResult<Telegram::WebhookInfo> &info) {
        if (generation != m_generation)
            return;
        if (!info) {
            setStep(Step::WebhookFailed, describe(info.error()));
            return;
        }
        m_verifiedWebhook = target;
        QString text = tr("Telegram confirmed the webhook at %1.").arg(target.toDisplayString());
        if (!info->lastErrorMessage.isEmpty())
            text += u' ' + tr("Its last delivery attempt failed: %1").arg(info->lastErrorMessage);
        setStep(Step::WebhookVerified, text);
    });
}

bool TelegramSetup::canSave() const
{
    if (!hasBot() || m_step == Step::Saving || m_step == Step::CheckingToken || m_step == Step::SettingWebhook)
        return false;
    if (m_mode == Config::TelegramSettings::Mode::Webhook)
        return m_verifiedWebhook.isValid() && m_verifiedWebhook == webhookUrl();
    return true;
}

void TelegramSetup::save()
{
    if (!canSave()) {
        setStep(Step::SaveFailed, !hasBot() ? tr("Check the token first.")
                                            : tr("Set up and verify the webhook first, or choose long polling."));
        return;
    }
    if (!m_secrets && !m_gateway) {
        setStep(Step::SaveFailed, tr("No secret store is available, so the token cannot be saved."));
        return;
    }
    setStep(Step::Saving, tr("Saving…"));
    saveSecret(QString(Security::SecretNames::TelegramBotToken), m_token, [this] {
        if (m_mode == Config::TelegramSettings::Mode::Webhook)
            saveSecret(QString(Security::SecretNames::TelegramWebhookSecret), m_webhookSecret, [this] { saveConfig(); });
        else
            saveConfig();
    });
}

void TelegramSetup::saveSecret(const QString &name, const QString &value, std::function<void()> next)
{
    // Through the gateway (secrets.set) the running channel has the token before the settings
    // below switch it on: stored → config written → channel restarted, in that order.
    SecretWriter::store(m_gateway, m_secrets, name, value, this,
                        [this, name, next = std::move(next)](const SecretWriter::Outcome &outcome) {
                            if (!outcome.ok) {
                                setStep(Step::SaveFailed, tr("%1 was not saved: %2").arg(name, outcome.error));
                                return;
                            }
                            next();
                        });
}

void TelegramSetup::saveConfig()
{
    const Config::TelegramSettings::Mode mode = m_mode;
    const QUrl publicUrl = m_publicUrl;
    ConfigUpdate::applyLive(
        m_gateway, this,
        [mode, publicUrl](Config::Settings &settings) {
            settings.channels.telegram.enabled = true;
            settings.channels.telegram.mode = mode;
            if (mode == Config::TelegramSettings::Mode::Webhook)
                settings.gateway.publicUrl = publicUrl;
        },
        [this](const ConfigUpdate::Outcome &outcome) {
            if (!outcome.ok) {
                setStep(Step::SaveFailed, tr("The token is saved, but the settings are not. %1").arg(outcome.error));
                return;
            }
            // The gateway restarted the channel with these settings and the token stored first.
            m_running = outcome.settings;
            setStep(Step::Saved, outcome.restartRequired.isEmpty()
                                     ? tr("Saved. Telegram restarts with the new settings.")
                                     : tr("Saved. Some settings take effect after a restart: %1.")
                                           .arg(outcome.restartRequired.join(u", "_s)));
            Q_EMIT saved(outcome.settings);
        });
}

QString TelegramSetup::describe(const Telegram::ApiError &error)
{
    using Kind = Telegram::ApiError::Kind;
    switch (error.kind) {
    case Kind::Unauthorized:
        return tr("Telegram does not know this token — copy it again from @BotFather.");
    case Kind::NotFound:
        return tr("Telegram did not recognise this as a bot token (or the API address is wrong) — copy the token "
                  "again from @BotFather.");
    case Kind::InvalidArgument:
        return tr("This is not a bot token. It looks like 123456789:AAE… — copy it from @BotFather's message.");
    case Kind::Network:
        return tr("Telegram could not be reached. Check the internet connection. (%1)").arg(error.description);
    case Kind::Timeout:
        return tr("Telegram did not answer in time. Try again in a moment.");
    case Kind::RateLimited:
        return tr("Telegram asks to wait %n second(s) before trying again.", nullptr,
                  error.retryAfterSeconds > 0 ? error.retryAfterSeconds : 1);
    case Kind::Server:
        return tr("Telegram has a problem right now (HTTP %1). Try again in a minute.").arg(error.httpStatus);
    case Kind::Conflict:
        return tr("Telegram reports a conflict: %1").arg(error.description);
    case Kind::Malformed:
    case Kind::TooLarge:
        return tr("The answer was not Telegram's. Is channels.telegram.apiBaseUrl right? (%1)").arg(error.description);
    case Kind::Aborted:
        return tr("Cancelled.");
    case Kind::BadRequest:
    case Kind::ParseEntities:
    case Kind::Forbidden:
        break;
    }
    return tr("Telegram refused: %1").arg(error.description);
}

} // namespace Moltdesk::Ui
