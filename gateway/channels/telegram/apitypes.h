#pragma once

#include "channels/telegram/update.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Request and answer values of the Bot API methods BotApi speaks
// (https://core.telegram.org/bots/api#available-methods).
namespace Moltdesk::Telegram {

// https://core.telegram.org/bots/api#formatting-options
enum class ParseMode { None, Html, MarkdownV2 };

// sendMessage parameters. `replyToMessageId` goes out as reply_parameters with
// allow_sending_without_reply, so a reply to a deleted message is still delivered.
struct OutgoingMessage
{
    qint64 chatId = 0;
    QString text;
    ParseMode parseMode = ParseMode::None;
    qint64 replyToMessageId = 0; // 0: not a reply
    // SendQueue only: sent as plain text when Telegram refuses the markup ("can't parse
    // entities"); empty = no fallback, the error is reported instead.
    QString plainTextFallback;
};

// getFile's answer (https://core.telegram.org/bots/api#file).
struct FileInfo
{
    QString fileId;
    QString fileUniqueId;
    QString filePath; // for downloadFile(); valid for at least one hour
    qint64 fileSize = 0;
};

// getWebhookInfo's answer (https://core.telegram.org/bots/api#webhookinfo).
struct WebhookInfo
{
    QString url; // empty: no webhook, getUpdates works
    int pendingUpdateCount = 0;
    QString lastErrorMessage;
    QDateTime lastErrorDate;
    QStringList allowedUpdates;
};

// getUpdates' answer: the parsed updates plus what could not be parsed at all.
struct UpdateBatch
{
    QList<Update> updates;
    QStringList problems;  // entries left out (no update_id), for the log
    qint64 nextOffset = 0; // highest update_id + 1; 0 when the batch is empty
};

} // namespace Moltdesk::Telegram
