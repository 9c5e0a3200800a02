#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace Moltdesk::Channels {

// A channel's webhook call as the gateway's HTTP server hands it to the channel's module
// (docs/channels/README.md "Channel modules"). Plain values, so a channel folder never depends on
// http/: the gateway's core translates between these and its HTTP types.
struct WebhookRequest
{
    QString method;        // upper case, e.g. "POST"
    QString path;          // percent-decoded, e.g. "/webhook/telegram"
    QByteArray target;     // the raw request-target (path + "?" + query), for signatures
    QList<std::pair<QString, QString>> query; // decoded pairs, in order
    QHash<QByteArray, QByteArray> headers;    // names lower-cased
    QByteArray body;       // raw bytes; signatures are computed over this

    // Header value by (case-insensitive) name; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // First value of a query parameter; empty when absent.
    QString queryValue(const QString &name) const;
};

// The answer to a webhook call. An error carries a short snake_case code and a human message and
// goes out as the gateway's usual {"error":{"code","message"}} body (docs/http.md "Errors").
struct WebhookReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QByteArray errorCode;  // set for errors only
    QString errorMessage;  // set for errors only

    bool isError() const { return !errorCode.isEmpty(); }

    static WebhookReply json(int status, const QJsonObject &object);
    static WebhookReply text(int status, const QByteArray &text);
    // `status` is one of 400, 401, 403, 404, 413, 429, 500, 503.
    static WebhookReply error(int status, const QByteArray &code, const QString &message);
};

// Sends the answer; callable from any thread, once (later calls are ignored).
using WebhookRespond = std::function<void(const WebhookReply &reply)>;
using WebhookHandler = std::function<void(const WebhookRequest &request, const WebhookRespond &respond)>;

// One route a module serves on the gateway's HTTP server.
struct WebhookRoute
{
    QString method; // "POST", "GET"
    QString path;   // exact path, e.g. "/webhook/telegram"
    WebhookHandler handle;
};

} // namespace Moltdesk::Channels
