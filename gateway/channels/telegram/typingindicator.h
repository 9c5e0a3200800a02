#pragma once

#include <QHash>
#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace Moltdesk::Telegram {

class BotApi;

// Keeps "typing..." visible in a chat while the agent works. Telegram shows a chat action for
// 5 seconds or until the bot's next message (https://core.telegram.org/bots/api#sendchataction),
// so it is repeated every `interval` (4.5 s) until the last run in that chat ends. Counted per
// chat: two runs in one group keep it on until both are done. Failures are ignored - a missing
// indicator is cosmetic and must never hold up a reply.
class TypingIndicator : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{4500};

    explicit TypingIndicator(BotApi *api, std::chrono::milliseconds interval = DefaultInterval,
                             QObject *parent = nullptr);
    ~TypingIndicator() override;

    void setTyping(qint64 chatId, bool on);
    bool isTyping(qint64 chatId) const { return m_chats.contains(chatId); }
    void stopAll();

private:
    struct Entry
    {
        int count = 0;
        std::unique_ptr<QTimer> timer;
    };

    void sendAction(qint64 chatId);

    BotApi *m_api;
    std::chrono::milliseconds m_interval;
    QHash<qint64, std::shared_ptr<Entry>> m_chats;
};

} // namespace Moltdesk::Telegram
