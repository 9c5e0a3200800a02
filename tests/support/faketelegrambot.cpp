#include "support/faketelegrambot.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

FakeTelegramBot::FakeTelegramBot(QString token, qint64 id, QString username)
    : m_token(std::move(token)), m_id(id), m_username(std::move(username))
{
}

FakeTelegramBot::Answer FakeTelegramBot::error(int status, const QString &description, int retryAfter)
{
    QJsonObject body{{u"ok"_s, false}, {u"error_code"_s, status}, {u"description"_s, description}};
    if (retryAfter >= 0)
        body.insert(u"parameters"_s, QJsonObject{{u"retry_after"_s, retryAfter}});
    return {status, body};
}

FakeTelegramBot::Answer FakeTelegramBot::ok(const QJsonValue &result)
{
    return {200, QJsonObject{{u"ok"_s, true}, {u"result"_s, result}}};
}

void FakeTelegramBot::failNext(const QString &method, const FakeTelegramError &error, int times)
{
    for (int i = 0; i < times; ++i)
        m_scripted[method].enqueue(error);
}

std::optional<FakeTelegramError> FakeTelegramBot::takeScriptedError(const QString &method)
{
    auto it = m_scripted.find(method);
    if (it == m_scripted.end() || it->isEmpty())
        return std::nullopt;
    return it->dequeue();
}

QString FakeTelegramBot::addFile(const QString &path, const QByteArray &bytes)
{
    const QString fileId = u"file-%1"_s.arg(m_files.size() + 1);
    m_files.append(File{fileId, path, bytes});
    return fileId;
}

const FakeTelegramBot::File *FakeTelegramBot::fileByPath(const QString &path) const
{
    for (const File &file : m_files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

qint64 FakeTelegramBot::pushUpdate(QJsonObject update)
{
    if (!update.contains(u"update_id"_s))
        update.insert(u"update_id"_s, double(m_nextUpdateId));
    const qint64 id = update.value(u"update_id"_s).toInteger();
    m_nextUpdateId = qMax(m_nextUpdateId, id + 1);
    m_updates.append(update);
    return id;
}

void FakeTelegramBot::confirm(qint64 offset)
{
    // "An update is considered confirmed as soon as getUpdates is called with an offset higher
    // than its update_id." (https://core.telegram.org/bots/api#getupdates)
    if (offset <= 0)
        return;
    m_updates.removeIf([offset](const QJsonObject &update) {
        return update.value(u"update_id"_s).toInteger() < offset;
    });
}

QJsonArray FakeTelegramBot::updatesFrom(qint64 offset, int limit) const
{
    QJsonArray result;
    for (const QJsonObject &update : m_updates) {
        if (result.size() >= limit)
            break;
        if (update.value(u"update_id"_s).toInteger() >= offset)
            result.append(update);
    }
    return result;
}

std::optional<qint64> FakeTelegramBot::chatId(const QJsonObject &params)
{
    const QJsonValue value = params.value(u"chat_id"_s);
    if (value.isDouble())
        return value.toInteger();
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject FakeTelegramBot::messageJson(const FakeTelegramSentMessage &message) const
{
    return QJsonObject{
        {u"message_id"_s, double(message.messageId)},
        {u"date"_s, double(QDateTime::currentSecsSinceEpoch())},
        {u"chat"_s, QJsonObject{{u"id"_s, double(message.chatId)}, {u"type"_s, u"private"_s}}},
        {u"from"_s, QJsonObject{{u"id"_s, double(m_id)}, {u"is_bot"_s, true}, {u"username"_s, m_username}}},
        {u"text"_s, message.text},
    };
}

FakeTelegramBot::Answer FakeTelegramBot::sendMessage(const QJsonObject &params)
{
    const std::optional<qint64> chat = chatId(params);
    if (!chat)
        return error(400, u"Bad Request: chat not found"_s);
    const QString text = params.value(u"text"_s).toString();
    if (text.isEmpty())
        return error(400, u"Bad Request: message text is empty"_s);
    if (text.size() > 4096)
        return error(400, u"Bad Request: message is too long"_s);
    if (m_blockedChats.contains(*chat))
        return error(403, u"Forbidden: bot was blocked by the user"_s);
    const QString parseMode = params.value(u"parse_mode"_s).toString();
    if (!parseMode.isEmpty() && m_rejectedParseModes.contains(parseMode))
        return error(400, u"Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0"_s);

    FakeTelegramSentMessage sent;
    sent.chatId = *chat;
    sent.messageId = m_nextMessageId++;
    sent.text = text;
    sent.parseMode = parseMode;
    const QJsonObject reply = params.value(u"reply_parameters"_s).toObject();
    sent.replyToMessageId = reply.value(u"message_id"_s).toInteger();
    sent.allowSendingWithoutReply = reply.value(u"allow_sending_without_reply"_s).toBool();
    sent.params = params;
    m_sent.append(sent);
    return ok(messageJson(sent));
}

FakeTelegramBot::Answer FakeTelegramBot::editMessageText(const QJsonObject &params)
{
    const std::optional<qint64> chat = chatId(params);
    const qint64 messageId = params.value(u"message_id"_s).toInteger();
    for (FakeTelegramSentMessage &sent : m_sent) {
        if (chat && sent.chatId == *chat && sent.messageId == messageId) {
            const QString text = params.value(u"text"_s).toString();
            if (text.isEmpty())
                return error(400, u"Bad Request: message text is empty"_s);
            if (text == sent.text)
                return error(400, u"Bad Request: message is not modified"_s);
            sent.text = text;
            sent.parseMode = params.value(u"parse_mode"_s).toString();
            return ok(messageJson(sent));
        }
    }
    return error(400, u"Bad Request: message to edit not found"_s);
}

FakeTelegramBot::Answer FakeTelegramBot::getFile(const QJsonObject &params)
{
    const QString fileId = params.value(u"file_id"_s).toString();
    for (const File &file : std::as_const(m_files)) {
        if (file.fileId == fileId)
            return ok(QJsonObject{{u"file_id"_s, file.fileId},
                                  {u"file_unique_id"_s, QString(u"u-"_s + file.fileId)},
                                  {u"file_size"_s, double(file.bytes.size())},
                                  {u"file_path"_s, file.path}});
    }
    return error(400, u"Bad Request: invalid file_id"_s);
}

std::optional<FakeTelegramBot::Answer> FakeTelegramBot::handle(const QString &method, const QJsonObject &params)
{
    if (method == u"getMe"_s)
        return ok(QJsonObject{{u"id"_s, double(m_id)}, {u"is_bot"_s, true}, {u"first_name"_s, u"Moltdesk Test"_s},
                              {u"username"_s, m_username}, {u"can_join_groups"_s, true}});
    if (method == u"sendMessage"_s)
        return sendMessage(params);
    if (method == u"sendChatAction"_s) {
        const std::optional<qint64> chat = chatId(params);
        if (!chat || params.value(u"action"_s).toString().isEmpty())
            return error(400, u"Bad Request: chat_id and action are required"_s);
        if (m_blockedChats.contains(*chat))
            return error(403, u"Forbidden: bot was blocked by the user"_s);
        m_chatActions.append({*chat, params.value(u"action"_s).toString()});
        return ok(true);
    }
    if (method == u"editMessageText"_s)
        return editMessageText(params);
    if (method == u"getFile"_s)
        return getFile(params);
    if (method == u"setWebhook"_s) {
        m_webhookUrl = params.value(u"url"_s).toString(); // "" removes it, as documented
        m_webhookSecret = params.value(u"secret_token"_s).toString();
        m_webhookAllowedUpdates.clear();
        for (const QJsonValue &entry : params.value(u"allowed_updates"_s).toArray())
            m_webhookAllowedUpdates.append(entry.toString());
        Answer answer = ok(true);
        answer.body.insert(u"description"_s, m_webhookUrl.isEmpty() ? u"Webhook was deleted"_s : u"Webhook was set"_s);
        return answer;
    }
    if (method == u"deleteWebhook"_s) {
        m_webhookUrl.clear();
        m_webhookSecret.clear();
        if (params.value(u"drop_pending_updates"_s).toBool())
            m_updates.clear();
        return ok(true);
    }
    if (method == u"getWebhookInfo"_s) {
        QJsonObject info{{u"url"_s, m_webhookUrl}, {u"has_custom_certificate"_s, false},
                         {u"pending_update_count"_s, int(m_updates.size())}};
        if (!m_webhookUrl.isEmpty())
            info.insert(u"allowed_updates"_s, QJsonArray::fromStringList(m_webhookAllowedUpdates));
        return ok(info);
    }
    return std::nullopt;
}

} // namespace Moltdesk::TestSupport
