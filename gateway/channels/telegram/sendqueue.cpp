#include "channels/telegram/sendqueue.h"

#include "base/logging.h"
#include "channels/telegram/botapi.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

SendQueue::SendQueue(BotApi *api, QObject *parent)
    : SendQueue(api, Options{}, parent)
{
}

SendQueue::SendQueue(BotApi *api, Options options, QObject *parent)
    : QObject(parent), m_api(api), m_options(options)
{
}

SendQueue::~SendQueue()
{
    for (const auto &chat : std::as_const(m_chats)) {
        if (chat->inFlight)
            chat->inFlight->disconnect(); // no callbacks into a dying queue
    }
}

void SendQueue::enqueue(const OutgoingMessage &message, Done done)
{
    if (m_blocked.contains(message.chatId)) {
        if (done)
            done(ApiError::make(ApiError::Kind::Forbidden,
                                u"the bot cannot write to this chat (blocked or removed); not sent"_s, 403));
        return;
    }
    std::shared_ptr<ChatQueue> &chat = m_chats[message.chatId];
    if (!chat)
        chat = std::make_shared<ChatQueue>();
    chat->items.enqueue(Item{message, std::move(done), 0});
    pump(message.chatId);
}

int SendQueue::pending(qint64 chatId) const
{
    const auto chat = m_chats.value(chatId);
    return chat ? int(chat->items.size()) : 0;
}

int SendQueue::pendingTotal() const
{
    int total = 0;
    for (const auto &chat : m_chats)
        total += int(chat->items.size());
    return total;
}

void SendQueue::pump(qint64 chatId)
{
    const std::shared_ptr<ChatQueue> chat = m_chats.value(chatId);
    if (!chat)
        return;
    if (chat->items.isEmpty()) {
        m_chats.remove(chatId);
        return;
    }
    if (chat->inFlight || chat->waiting)
        return;
    Item &head = chat->items.head();
    ++head.attempts;
    chat->inFlight = m_api->sendMessage(head.message, this, [this, chatId](const ApiResult<qint64> &result) {
        onResult(chatId, result);
    });
}

void SendQueue::onResult(qint64 chatId, const ApiResult<qint64> &result)
{
    const std::shared_ptr<ChatQueue> chat = m_chats.value(chatId);
    if (!chat || chat->items.isEmpty())
        return;
    chat->inFlight.clear();
    Item &head = chat->items.head();
    if (result.ok()) {
        finishHead(chatId, result);
        return;
    }
    const ApiError &error = result.error();
    switch (error.kind) {
    case ApiError::Kind::RateLimited: {
        const int retryAfter = qMax(1, error.retryAfterSeconds);
        if (head.attempts >= m_options.maxAttempts || std::chrono::seconds(retryAfter) > m_options.maxRetryAfter)
            break;
        const qint64 delayMs = retryAfter * m_options.secondLength.count();
        qCInfo(lcTelegram) << "sendMessage rate limited; retrying in" << retryAfter << "s";
        chat->waiting = true;
        if (!chat->retryTimer) {
            chat->retryTimer = std::make_unique<QTimer>();
            chat->retryTimer->setSingleShot(true);
            connect(chat->retryTimer.get(), &QTimer::timeout, this, [this, chatId] {
                if (const auto waitingChat = m_chats.value(chatId)) {
                    waitingChat->waiting = false;
                    pump(chatId);
                }
            });
        }
        chat->retryTimer->start(std::chrono::milliseconds(delayMs));
        emit rateLimited(chatId, delayMs);
        return;
    }
    case ApiError::Kind::ParseEntities:
        if (!head.message.plainTextFallback.isEmpty() && head.message.parseMode != ParseMode::None) {
            qCInfo(lcTelegram) << "Telegram refused the markup; sending plain text instead:" << error.description;
            head.message.text = head.message.plainTextFallback;
            head.message.parseMode = ParseMode::None;
            pump(chatId);
            return;
        }
        break;
    case ApiError::Kind::Forbidden:
        m_blocked.insert(chatId);
        emit chatBlocked(chatId, error);
        failAll(chatId, error);
        return;
    default:
        break;
    }
    finishHead(chatId, error);
}

void SendQueue::finishHead(qint64 chatId, const ApiResult<qint64> &result)
{
    const std::shared_ptr<ChatQueue> chat = m_chats.value(chatId);
    Item item = chat->items.dequeue();
    if (item.done)
        item.done(result);
    pump(chatId);
}

void SendQueue::failAll(qint64 chatId, const ApiError &error)
{
    const std::shared_ptr<ChatQueue> chat = m_chats.take(chatId);
    if (!chat)
        return;
    while (!chat->items.isEmpty()) {
        Item item = chat->items.dequeue();
        if (item.done)
            item.done(error);
    }
}

} // namespace Moltdesk::Telegram
