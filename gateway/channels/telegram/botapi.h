#pragma once

#include "channels/telegram/apicall.h"
#include "channels/telegram/apiresult.h"
#include "channels/telegram/apitypes.h"
#include "channels/telegram/botendpoint.h"
#include "channels/telegram/message.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QIODevice;
class QNetworkAccessManager;

namespace Moltdesk::Telegram {

// The Telegram Bot API client (https://core.telegram.org/bots/api). Lives on one thread and owns
// its QNetworkAccessManager there. Every method sends at once and returns the in-flight ApiCall
// (hold it in a QPointer; abort() it to cancel); `done` then runs exactly once, in `context`'s
// thread, unless `context` was destroyed first (a null context means this BotApi). No method
// retries: 429 comes back as ApiError::Kind::RateLimited with retryAfterSeconds - SendQueue and
// Poller decide what to do. Requests are POSTed as JSON. The token only ever appears in the
// request URL; every error text is redacted (BotEndpoint::redact).
class BotApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    struct Options
    {
        std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
        // getUpdates waits up to its `timeout` on the server; the network timeout is that plus this.
        std::chrono::milliseconds pollMargin = std::chrono::seconds(15);
        // A download fails when no byte arrived for this long.
        std::chrono::milliseconds downloadIdleTimeout = std::chrono::seconds(60);
    };

    // Bots may download files up to 20 MB (https://core.telegram.org/bots/api#getfile).
    static constexpr qint64 MaxDownloadBytes = 20 * 1024 * 1024;

    BotApi(const QUrl &baseUrl, const QString &token, QObject *parent = nullptr);
    BotApi(const QUrl &baseUrl, const QString &token, Options options, QObject *parent = nullptr);
    ~BotApi() override;

    void setToken(const QString &token);
    void setBaseUrl(const QUrl &baseUrl);
    const BotEndpoint &endpoint() const { return m_endpoint; }

    ApiCall *getMe(QObject *context, Callback<User> done);
    // Long poll. `offset` 0 = none; an empty `allowedUpdates` keeps the bot's previous setting.
    ApiCall *getUpdates(qint64 offset, int timeoutSeconds, const QStringList &allowedUpdates, QObject *context,
                        Callback<UpdateBatch> done);
    // The sent message's id.
    ApiCall *sendMessage(const OutgoingMessage &message, QObject *context, Callback<qint64> done);
    // `action` e.g. "typing"; Telegram shows it for 5 s or until the next message.
    ApiCall *sendChatAction(qint64 chatId, const QString &action, QObject *context, Callback<bool> done);
    ApiCall *editMessageText(qint64 chatId, qint64 messageId, const QString &text, ParseMode parseMode,
                             QObject *context, Callback<bool> done);
    ApiCall *getFile(const QString &fileId, QObject *context, Callback<FileInfo> done);
    // Streams <base>/file/bot<token>/<filePath> into `sink` (opened for writing, kept alive until
    // `done`); over `maxBytes` the transfer is aborted with TooLarge. Result: bytes written.
    ApiCall *downloadFile(const QString &filePath, QIODevice *sink, qint64 maxBytes, QObject *context,
                          Callback<qint64> done);
    ApiCall *setWebhook(const QUrl &url, const QString &secretToken, const QStringList &allowedUpdates,
                        QObject *context, Callback<bool> done);
    ApiCall *deleteWebhook(bool dropPendingUpdates, QObject *context, Callback<bool> done);
    ApiCall *getWebhookInfo(QObject *context, Callback<WebhookInfo> done);

    static QString parseModeName(ParseMode mode); // "HTML", "MarkdownV2", "" for None

private:
    template <typename T>
    ApiCall *prepare(const QString &method, std::chrono::milliseconds timeout, QObject *context,
                     std::function<ApiResult<T>(const QJsonValue &)> convert, Callback<T> done);
    template <typename T>
    ApiCall *call(const QString &method, const QJsonObject &params, std::chrono::milliseconds timeout,
                  QObject *context, std::function<ApiResult<T>(const QJsonValue &)> convert, Callback<T> done);
    ApiCall *newCall(const QString &method, std::chrono::milliseconds timeout);
    void send(ApiCall *call, const QUrl &url, const QByteArray &body);

    BotEndpoint m_endpoint;
    Options m_options;
    QNetworkAccessManager *m_network;
};

} // namespace Moltdesk::Telegram
