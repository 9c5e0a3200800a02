#include "channels/telegram/typingindicator.h"

#include "channels/telegram/botapi.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

TypingIndicator::TypingIndicator(BotApi *api, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_interval(interval)
{
}

TypingIndicator::~TypingIndicator() = default;

void TypingIndicator::setTyping(qint64 chatId, bool on)
{
    auto it = m_chats.find(chatId);
    if (on) {
        if (it != m_chats.end()) {
            ++(*it)->count;
            return;
        }
        auto entry = std::make_shared<Entry>();
        entry->count = 1;
        entry->timer = std::make_unique<QTimer>();
        entry->timer->setInterval(m_interval);
        connect(entry->timer.get(), &QTimer::timeout, this, [this, chatId] { sendAction(chatId); });
        entry->timer->start();
        m_chats.insert(chatId, entry);
        sendAction(chatId);
        return;
    }
    if (it == m_chats.end())
        return;
    if (--(*it)->count <= 0)
        m_chats.erase(it);
}

void TypingIndicator::stopAll()
{
    m_chats.clear();
}

void TypingIndicator::sendAction(qint64 chatId)
{
    m_api->sendChatAction(chatId, u"typing"_s, this, [](const ApiResult<bool> &) {});
}

} // namespace Moltdesk::Telegram
