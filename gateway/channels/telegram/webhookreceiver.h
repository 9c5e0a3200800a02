#pragma once

#include "channels/telegram/updatesink.h"
#include "channels/webhook.h"

#include <QByteArray>
#include <QString>

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Telegram {

// POST /webhook/telegram (docs/channels/telegram.md "Webhook mode"). Telegram sends every update as one JSON Update and puts
// the secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token
// (https://core.telegram.org/bots/api#setwebhook). Missing or wrong secret -> 401 and nothing
// else happens (no parsing, no sink call); the refusal is counted in
// moltdesk_webhook_rejected_total{channel="telegram"}. Bad JSON -> 400. Otherwise the update goes
// to the sink and the answer waits for its ack: 200 after ack(true), 500 after ack(false) so
// Telegram delivers it again ("in case of an unsuccessful request, we will give up after a
// reasonable amount of attempts").
// With no secret configured every delivery is refused: an open webhook would let anyone inject
// messages as any user.
class WebhookReceiver
{
public:
    static constexpr QLatin1StringView Path{"/webhook/telegram"};
    static constexpr QLatin1StringView SecretHeader{"x-telegram-bot-api-secret-token"};

    // `metrics` may be null. The receiver must outlive the router's use of the route.
    WebhookReceiver(QByteArray secret, UpdateSink sink, Metrics::Registry *metrics = nullptr);

    void setSecret(const QByteArray &secret) { m_secret = secret; }

    // The route handler (TelegramModule serves it at Path in webhook mode).
    void handle(const Channels::WebhookRequest &request, const Channels::WebhookRespond &respond);

private:
    void reject(const Channels::WebhookRespond &respond, int status, const QString &reason, const QString &message);

    QByteArray m_secret;
    UpdateSink m_sink;
    Metrics::Registry *m_metrics;
};

} // namespace Moltdesk::Telegram
