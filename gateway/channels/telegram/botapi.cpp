#include "channels/telegram/botapi.h"

#include "channels/telegram/updateparser.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

ApiError malformed(const QString &method, const QString &what)
{
    return ApiError::make(ApiError::Kind::Malformed, method + u": "_s + what, 200);
}

ApiResult<bool> trueResult(const QString &method, const QJsonValue &value)
{
    // Methods documented as "Returns True on success"; editMessageText returns the edited Message.
    if (value.isBool() || value.isObject())
        return true;
    return malformed(method, u"result is neither True nor a Message"_s);
}

} // namespace

BotApi::BotApi(const QUrl &baseUrl, const QString &token, QObject *parent)
    : BotApi(baseUrl, token, Options{}, parent)
{
}

BotApi::BotApi(const QUrl &baseUrl, const QString &token, Options options, QObject *parent)
    : QObject(parent), m_endpoint(baseUrl, token), m_options(options), m_network(new QNetworkAccessManager(this))
{
}

BotApi::~BotApi() = default;

void BotApi::setToken(const QString &token)
{
    m_endpoint = BotEndpoint(m_endpoint.baseUrl(), token);
}

void BotApi::setBaseUrl(const QUrl &baseUrl)
{
    m_endpoint = m_endpoint.withBaseUrl(baseUrl);
}

QString BotApi::parseModeName(ParseMode mode)
{
    switch (mode) {
    case ParseMode::Html: return u"HTML"_s;
    case ParseMode::MarkdownV2: return u"MarkdownV2"_s;
    case ParseMode::None: break;
    }
    return {};
}

ApiCall *BotApi::newCall(const QString &method, std::chrono::milliseconds timeout)
{
    return new ApiCall(method, m_endpoint, timeout, this);
}

void BotApi::send(ApiCall *call, const QUrl &url, const QByteArray &body)
{
    const QString problem = m_endpoint.tokenProblem();
    if (!problem.isEmpty()) {
        call->failSoon(ApiError::make(ApiError::Kind::InvalidArgument, problem));
        return;
    }
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        call->failSoon(ApiError::make(ApiError::Kind::InvalidArgument,
                                      u"channels.telegram.apiBaseUrl is not an http(s) URL"_s));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, "Moltdesk"_ba);
    call->start(m_network, request, body);
}

template <typename T>
ApiCall *BotApi::prepare(const QString &method, std::chrono::milliseconds timeout, QObject *context,
                         std::function<ApiResult<T>(const QJsonValue &)> convert, Callback<T> done)
{
    ApiCall *apiCall = newCall(method, timeout);
    connect(apiCall, &ApiCall::completed, context ? context : this,
            [convert = std::move(convert), done = std::move(done)](const ApiResult<QJsonValue> &result) {
                if (!done)
                    return;
                if (!result.ok())
                    done(result.error());
                else
                    done(convert(result.value()));
            });
    return apiCall;
}

template <typename T>
ApiCall *BotApi::call(const QString &method, const QJsonObject &params, std::chrono::milliseconds timeout,
                      QObject *context, std::function<ApiResult<T>(const QJsonValue &)> convert, Callback<T> done)
{
    ApiCall *apiCall = prepare<T>(method, timeout, context, std::move(convert), std::move(done));
    send(apiCall, m_endpoint.methodUrl(method), QJsonDocument(params).toJson(QJsonDocument::Compact));
    return apiCall;
}

ApiCall *BotApi::getMe(QObject *context, Callback<User> done)
{
    return call<User>(u"getMe"_s, {}, m_options.requestTimeout, context,
                      [](const QJsonValue &value) -> ApiResult<User> {
                          const std::optional<User> user = UpdateParser::parseUser(value.toObject());
                          if (!user)
                              return malformed(u"getMe"_s, u"result is not a User"_s);
                          return *user;
                      },
                      std::move(done));
}

ApiCall *BotApi::getUpdates(qint64 offset, int timeoutSeconds, const QStringList &allowedUpdates,
                            QObject *context, Callback<UpdateBatch> done)
{
    QJsonObject params{{u"timeout"_s, qMax(0, timeoutSeconds)}};
    if (offset > 0)
        params.insert(u"offset"_s, double(offset));
    if (!allowedUpdates.isEmpty())
        params.insert(u"allowed_updates"_s, QJsonArray::fromStringList(allowedUpdates));
    const auto timeout = std::chrono::seconds(qMax(0, timeoutSeconds)) + m_options.pollMargin;
    return call<UpdateBatch>(
        u"getUpdates"_s, params, std::chrono::duration_cast<std::chrono::milliseconds>(timeout), context,
        [](const QJsonValue &value) -> ApiResult<UpdateBatch> {
            if (!value.isArray())
                return malformed(u"getUpdates"_s, u"result is not an array"_s);
            UpdateBatch batch;
            batch.updates = UpdateParser::parseUpdates(value.toArray(), &batch.problems);
            for (const Update &update : std::as_const(batch.updates))
                batch.nextOffset = qMax(batch.nextOffset, update.updateId + 1);
            return batch;
        },
        std::move(done));
}

ApiCall *BotApi::sendMessage(const OutgoingMessage &message, QObject *context, Callback<qint64> done)
{
    QJsonObject params{{u"chat_id"_s, double(message.chatId)}, {u"text"_s, message.text}};
    if (message.parseMode != ParseMode::None)
        params.insert(u"parse_mode"_s, parseModeName(message.parseMode));
    if (message.replyToMessageId != 0) {
        // https://core.telegram.org/bots/api#replyparameters: still deliver when the message
        // being answered was deleted meanwhile.
        params.insert(u"reply_parameters"_s,
                      QJsonObject{{u"message_id"_s, double(message.replyToMessageId)},
                                  {u"allow_sending_without_reply"_s, true}});
    }
    const auto convert = [](const QJsonValue &value) -> ApiResult<qint64> {
        const std::optional<qint64> id = UpdateParser::parseId(value.toObject().value(u"message_id"_s));
        if (!id)
            return malformed(u"sendMessage"_s, u"result has no message_id"_s);
        return *id;
    };
    if (message.text.isEmpty()) {
        ApiCall *apiCall = prepare<qint64>(u"sendMessage"_s, m_options.requestTimeout, context, convert, std::move(done));
        apiCall->failSoon(ApiError::make(ApiError::Kind::InvalidArgument, u"sendMessage: the text is empty"_s));
        return apiCall;
    }
    return call<qint64>(u"sendMessage"_s, params, m_options.requestTimeout, context, convert, std::move(done));
}

ApiCall *BotApi::sendChatAction(qint64 chatId, const QString &action, QObject *context, Callback<bool> done)
{
    const QJsonObject params{{u"chat_id"_s, double(chatId)}, {u"action"_s, action}};
    return call<bool>(u"sendChatAction"_s, params, m_options.requestTimeout, context,
                      [](const QJsonValue &value) { return trueResult(u"sendChatAction"_s, value); }, std::move(done));
}

ApiCall *BotApi::editMessageText(qint64 chatId, qint64 messageId, const QString &text, ParseMode parseMode,
                                 QObject *context, Callback<bool> done)
{
    QJsonObject params{{u"chat_id"_s, double(chatId)}, {u"message_id"_s, double(messageId)}, {u"text"_s, text}};
    if (parseMode != ParseMode::None)
        params.insert(u"parse_mode"_s, parseModeName(parseMode));
    return call<bool>(u"editMessageText"_s, params, m_options.requestTimeout, context,
                      [](const QJsonValue &value) { return trueResult(u"editMessageText"_s, value); }, std::move(done));
}

ApiCall *BotApi::getFile(const QString &fileId, QObject *context, Callback<FileInfo> done)
{
    return call<FileInfo>(u"getFile"_s, QJsonObject{{u"file_id"_s, fileId}}, m_options.requestTimeout, context,
                          [](const QJsonValue &value) -> ApiResult<FileInfo> {
                              const QJsonObject object = value.toObject();
                              FileInfo info;
                              info.fileId = object.value(u"file_id"_s).toString();
                              info.fileUniqueId = object.value(u"file_unique_id"_s).toString();
                              info.filePath = object.value(u"file_path"_s).toString();
                              info.fileSize = UpdateParser::parseId(object.value(u"file_size"_s)).value_or(0);
                              // No file_path: Telegram cannot serve it (e.g. over the 20 MB limit).
                              if (info.filePath.isEmpty())
                                  return malformed(u"getFile"_s, u"result has no file_path"_s);
                              return info;
                          },
                          std::move(done));
}

ApiCall *BotApi::downloadFile(const QString &filePath, QIODevice *sink, qint64 maxBytes, QObject *context,
                              Callback<qint64> done)
{
    ApiCall *apiCall = newCall(u"download"_s, m_options.downloadIdleTimeout);
    apiCall->setSink(sink, maxBytes);
    connect(apiCall, &ApiCall::completed, context ? context : this,
            [done = std::move(done)](const ApiResult<QJsonValue> &result) {
                if (!done)
                    return;
                if (!result.ok())
                    done(result.error());
                else
                    done(qint64(result.value().toDouble()));
            });
    if (!sink || !sink->isWritable()) {
        apiCall->failSoon(ApiError::make(ApiError::Kind::InvalidArgument, u"the download sink is not writable"_s));
        return apiCall;
    }
    if (filePath.isEmpty() || filePath.contains(u".."_s)) {
        apiCall->failSoon(ApiError::make(ApiError::Kind::InvalidArgument, u"not a usable file_path"_s));
        return apiCall;
    }
    send(apiCall, m_endpoint.fileUrl(filePath), QByteArray());
    return apiCall;
}

ApiCall *BotApi::setWebhook(const QUrl &url, const QString &secretToken, const QStringList &allowedUpdates,
                            QObject *context, Callback<bool> done)
{
    QJsonObject params{{u"url"_s, url.toString(QUrl::FullyEncoded)}};
    if (!secretToken.isEmpty())
        params.insert(u"secret_token"_s, secretToken);
    // An explicit list (even empty) replaces what an earlier setWebhook chose.
    params.insert(u"allowed_updates"_s, QJsonArray::fromStringList(allowedUpdates));
    return call<bool>(u"setWebhook"_s, params, m_options.requestTimeout, context,
                      [](const QJsonValue &value) { return trueResult(u"setWebhook"_s, value); }, std::move(done));
}

ApiCall *BotApi::deleteWebhook(bool dropPendingUpdates, QObject *context, Callback<bool> done)
{
    return call<bool>(u"deleteWebhook"_s, QJsonObject{{u"drop_pending_updates"_s, dropPendingUpdates}},
                      m_options.requestTimeout, context,
                      [](const QJsonValue &value) { return trueResult(u"deleteWebhook"_s, value); }, std::move(done));
}

ApiCall *BotApi::getWebhookInfo(QObject *context, Callback<WebhookInfo> done)
{
    return call<WebhookInfo>(u"getWebhookInfo"_s, {}, m_options.requestTimeout, context,
                             [](const QJsonValue &value) -> ApiResult<WebhookInfo> {
                                 if (!value.isObject())
                                     return malformed(u"getWebhookInfo"_s, u"result is not an object"_s);
                                 const QJsonObject object = value.toObject();
                                 WebhookInfo info;
                                 info.url = object.value(u"url"_s).toString();
                                 info.pendingUpdateCount = object.value(u"pending_update_count"_s).toInt();
                                 info.lastErrorMessage = object.value(u"last_error_message"_s).toString();
                                 if (const auto date = UpdateParser::parseId(object.value(u"last_error_date"_s)))
                                     info.lastErrorDate = QDateTime::fromSecsSinceEpoch(*date, Qt::UTC);
                                 for (const QJsonValue &entry : object.value(u"allowed_updates"_s).toArray())
                                     info.allowedUpdates.append(entry.toString());
                                 return info;
                             },
                             std::move(done));
}

} // namespace Moltdesk::Telegram
