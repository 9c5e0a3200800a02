#pragma once

#include "channels/telegram/apiresult.h"
#include "channels/telegram/apitypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Moltdesk::Telegram {

class ApiCall;
class BotApi;

// Outbound messages, one FIFO per chat with one request in flight per chat, so the parts of a
// long reply arrive in order while different chats do not wait for each other.
//
// - 429: the message is sent again after Telegram's retry_after (https://core.telegram.org/bots/faq
//   "My bot is hitting limits"), at most Options::maxAttempts times in total, and only when the
//   wait is at most maxRetryAfter; the rest of that chat's queue waits behind it.
// - 400 "can't parse entities": sent once more as plain text when the message carries a
//   plainTextFallback.
// - 403 (bot blocked, kicked): the chat is marked blocked, chatBlocked() is emitted and its queued
//   and later messages fail at once with the same error until clearBlocked().
// - Any other error fails that message and the queue moves on. Network errors and 5xx are not
//   repeated here: the request may have been delivered, and a duplicated reply is worse than a
//   reported failure.
class SendQueue : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult<qint64> &messageId)>;

    struct Options
    {
        int maxAttempts = 4;
        std::chrono::seconds maxRetryAfter = std::chrono::seconds(120);
        // How long one "second" of retry_after lasts - 1000 ms in production; tests shrink it.
        std::chrono::milliseconds secondLength = std::chrono::seconds(1);
    };

    explicit SendQueue(BotApi *api, QObject *parent = nullptr);
    SendQueue(BotApi *api, Options options, QObject *parent = nullptr);
    ~SendQueue() override;

    // `done` runs once with the sent message id or the final error (in this object's thread).
    void enqueue(const OutgoingMessage &message, Done done = {});

    int pending(qint64 chatId) const;
    int pendingTotal() const;
    bool isBlocked(qint64 chatId) const { return m_blocked.contains(chatId); }
    void clearBlocked(qint64 chatId) { m_blocked.remove(chatId); }

signals:
    void chatBlocked(qint64 chatId, const Moltdesk::Telegram::ApiError &error);
    // A 429 was answered; the next attempt starts in `delayMs`.
    void rateLimited(qint64 chatId, qint64 delayMs);

private:
    struct Item
    {
        OutgoingMessage message;
        Done done;
        int attempts = 0;
    };
    struct ChatQueue
    {
        QQueue<Item> items;
        QPointer<ApiCall> inFlight;
        std::unique_ptr<QTimer> retryTimer;
        bool waiting = false;
    };

    void pump(qint64 chatId);
    void onResult(qint64 chatId, const ApiResult<qint64> &result);
    void finishHead(qint64 chatId, const ApiResult<qint64> &result);
    void failAll(qint64 chatId, const ApiError &error);

    BotApi *m_api;
    Options m_options;
    QHash<qint64, std::shared_ptr<ChatQueue>> m_chats;
    QSet<qint64> m_blocked;
};

} // namespace Moltdesk::Telegram
