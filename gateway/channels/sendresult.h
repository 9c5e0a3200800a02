#pragma once

#include <QString>
#include <QStringList>

namespace Moltdesk::Channels {

// The outcome of Channel::send(). `error` is for people (the panel, a log line) and must already
// be redacted by the adapter: Telegram puts the bot token in every URL, so never copy a URL or a
// QNetworkReply error string in here.
struct SendResult
{
    bool ok = false;
    QStringList messageIds; // one per chunk the channel accepted
    QString error;
    bool retryable = false;       // a later attempt may succeed (network error, 5xx, 429)
    qint64 retryAfterMs = -1;     // the channel asked us to wait this long (Telegram 429 retry_after)
    bool recipientBlocked = false; // the user blocked the bot / left (Telegram 403): stop sending

    static SendResult success(const QStringList &ids = {})
    {
        SendResult result;
        result.ok = true;
        result.messageIds = ids;
        return result;
    }
    static SendResult failure(const QString &error, bool retryable = false, qint64 retryAfterMs = -1)
    {
        SendResult result;
        result.error = error;
        result.retryable = retryable;
        result.retryAfterMs = retryAfterMs;
        return result;
    }
};

} // namespace Moltdesk::Channels
