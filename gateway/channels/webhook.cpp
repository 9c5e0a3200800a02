#include "channels/webhook.h"

#include <QJsonDocument>

namespace Moltdesk::Channels {

QByteArray WebhookRequest::header(QByteArrayView name) const
{
    return headers.value(name.toByteArray().toLower());
}

QString WebhookRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

WebhookReply WebhookReply::json(int status, const QJsonObject &object)
{
    WebhookReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

WebhookReply WebhookReply::text(int status, const QByteArray &text)
{
    WebhookReply reply;
    reply.status = status;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = text;
    return reply;
}

WebhookReply WebhookReply::error(int status, const QByteArray &code, const QString &message)
{
    WebhookReply reply;
    reply.status = status;
    reply.errorCode = code;
    reply.errorMessage = message;
    return reply;
}

} // namespace Moltdesk::Channels
