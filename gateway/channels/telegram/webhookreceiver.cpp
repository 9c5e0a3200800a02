#include "channels/telegram/webhookreceiver.h"

#include "metrics/webhookrejections.h"
#include "security/constanttime.h"
#include "channels/telegram/updateparser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

WebhookReceiver::WebhookReceiver(QByteArray secret, UpdateSink sink, Metrics::Registry *metrics)
    : m_secret(std::move(secret)), m_sink(std::move(sink)), m_metrics(metrics)
{
}

void WebhookReceiver::reject(const Channels::WebhookRespond &respond, int status, const QString &reason,
                             const QString &message)
{
    Metrics::WebhookRejections(m_metrics).record(u"telegram"_s, reason);
    respond(Channels::WebhookReply::error(status, reason.toLatin1(), message));
}

void WebhookReceiver::handle(const Channels::WebhookRequest &request, const Channels::WebhookRespond &respond)
{
    // Checked before anything else touches the body, in constant time (docs/secrets.md "Comparing secrets").
    if (m_secret.isEmpty()) {
        reject(respond, 401, u"not_configured"_s, u"the Telegram webhook secret is not configured"_s);
        return;
    }
    const QByteArray presented = request.header(QByteArrayView(SecretHeader));
    if (presented.isEmpty() || !Security::constantTimeEquals(presented, m_secret)) {
        reject(respond, 401, u"bad_secret"_s, u"missing or wrong X-Telegram-Bot-Api-Secret-Token"_s);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        reject(respond, 400, u"bad_json"_s, u"the body is not a JSON object"_s);
        return;
    }
    QString problem;
    const std::optional<Update> update = UpdateParser::parseUpdate(document.object(), &problem);
    if (!update) {
        reject(respond, 400, u"bad_update"_s, problem);
        return;
    }

    auto once = std::make_shared<std::atomic_bool>(false);
    // `respond` is safe from any thread and a no-op once the client has gone.
    m_sink({*update}, [respond, once](bool stored) {
        if (once->exchange(true))
            return;
        if (stored)
            respond(Channels::WebhookReply::json(200, QJsonObject{{u"ok"_s, true}}));
        else
            respond(Channels::WebhookReply::error(500, "internal_error",
                                                  u"the update could not be stored; please deliver it again"_s));
    });
}

} // namespace Moltdesk::Telegram
