#pragma once

#include <QJsonObject>
#include <QString>

namespace Moltdesk::TestSupport {

// One Bot API request as the fake Telegram server received it (file downloads have method
// "download" and the file path in params.file_path).
struct FakeTelegramRequest
{
    QString token;
    QString method;
    QJsonObject params;
};

// A sendMessage the fake accepted.
struct FakeTelegramSentMessage
{
    qint64 chatId = 0;
    qint64 messageId = 0;
    QString text;
    QString parseMode;             // as sent, "" when absent
    qint64 replyToMessageId = 0;   // reply_parameters.message_id
    bool allowSendingWithoutReply = false;
    QJsonObject params;            // everything that was sent
};

// A scripted failure in Telegram's error shape.
struct FakeTelegramError
{
    int status = 400;
    QString description;
    int retryAfter = -1; // parameters.retry_after when >= 0
};

} // namespace Moltdesk::TestSupport
