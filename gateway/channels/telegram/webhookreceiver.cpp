#include "channels/telegram/webhookreceiver.h"

#include "core/logging.h"
#include "http/responder.h"
#include "http/response.h"
#include "http/router.h"
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

void WebhookReceiver::registerRoute(Http::Router &router)
{
    router.addRoute(u"POST"_s, QString(Path), [this](const Http::Request &request, Http::Responder responder) {
        handle(request, responder);
    });
}

void WebhookReceiver::reject(const Http::Responder &responder, int status, const QString &reason,
                             const QString &message)
{
    Metrics::WebhookRejections(m_metrics).record(u"telegram"_s, reason);
    const Http::ErrorCode code = status == 401 ? Http::ErrorCode::Unauthorized : Http::ErrorCode::BadRequest;
    responder.send(Http::Response::error(Http::HttpError(code, message, reason.toLatin1())));
}

void WebhookReceiver::handle(const Http::Request &request, const Http::Responder &responder)
{
    // Checked before anything else touches the body, in constant time (CONTRACT.md).
    if (m_secret.isEmpty()) {
        reject(responder, 401, u"not_configured"_s, u"the Telegram webhook secret is not configured"_s);
        return;
    }
    const QByteArray presented = request.header(QByteArrayView(SecretHeader));
    if (presented.isEmpty() || !Security::constantTimeEquals(presented, m_secret)) {
        reject(responder, 401, u"bad_secret"_s, u"missing or wrong X-Telegram-Bot-Api-Secret-Token"_s);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        reject(responder, 400, u"bad_json"_s, u"the body is not a JSON object"_s);
        return;
    }
    QString problem;
    const std::optional<Update> update = UpdateParser::parseUpdate(document.object(), &problem);
    if (!update) {
        reject(responder, 400, u"bad_update"_s, problem);
        return;
    }

    auto once = std::make_shared<std::atomic_bool>(false);
    // Responder::send is safe from any thread and a no-op once the client has gone.
    m_sink({*update}, [responder, once](bool stored) {
        if (once->exchange(true))
            return;
        if (stored)
            responder.send(Http::Response::json(200, QJsonObject{{u"ok"_s, true}}));
        else
            responder.send(Http::Response::error(Http::ErrorCode::InternalError,
                                                 u"the update could not be stored; please deliver it again"_s));
    });
}

} // namespace Moltdesk::Telegram
