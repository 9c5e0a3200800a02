#pragma once

#include "config/settings.h"
#include "core/channelstack.h"
#include "metrics/registry.h"
#include "queue/jobqueue.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"
#include "support/agenttestenv.h"
#include "support/faketelegramserver.h"
#include "channels/telegram/telegramchannel.h"
#include "channels/telegram/telegrammodule.h"

#include <QDateTime>

#include <memory>

namespace Moltdesk::TestSupport {

// The Telegram channel end to end on real parts: the fake Bot API server on 127.0.0.1, a
// Core::ChannelStack (pairing, ledger, access, rate limits, pipeline, TelegramChannel) and the
// agent of AgentTestEnv with its fake Anthropic/OpenAI servers, all on one SQLite database.
// Time for the channel machinery comes from `now` (move it by hand, never sleep).
class TelegramChannelEnv
{
public:
    static inline const QString Token = QStringLiteral("4242:CHANNEL-token_xyz");
    static constexpr qint64 BotId = 4242;

    // `dataDir` empty = a fresh temporary directory (pass one to simulate a restart).
    explicit TelegramChannelEnv(Config::Settings settings = defaultSettings(), const QString &dataDir = {},
                                Telegram::TelegramModule::Tuning tuning = {});
    ~TelegramChannelEnv();

    // Telegram enabled in polling mode (1 s long polls), dmPolicy open.
    static Config::Settings defaultSettings();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // Builds and starts the stack; true once the channel reports `running`.
    bool start();
    Telegram::TelegramChannel *channel() const;
    QList<FakeTelegramSentMessage> sent() const { return telegram.sentMessages(Token); }
    FakeTelegramBot &bot() { return *telegram.bot(Token); }
    FakeProviderServer &anthropic() { return agent->providers->anthropicServer; }

    // A message from user `fromId` in `chatId`, as Telegram's Message JSON, with extra fields.
    QJsonObject textMessage(qint64 chatId, qint64 fromId, const QString &text, const QJsonObject &extra = {});
    qint64 push(const QJsonObject &message);

    FakeTelegramServer telegram;
    std::unique_ptr<AgentTestEnv> agent;
    Config::Settings settings;
    Metrics::Registry metrics;
    std::unique_ptr<Storage::KvStore> kv;
    std::unique_ptr<Storage::ObjectStore> objects;
    std::unique_ptr<Core::ChannelStack> stack;
    // Set before start() to give the stack this job queue (e.g. with a short backoff); null: the
    // stack opens its own on the database.
    Queue::JobQueue *queue = nullptr;
    QDateTime now = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);

private:
    Telegram::TelegramModule::Tuning m_tuning;
    qint64 m_nextMessageId = 1;
    bool m_ok = false;
    QString m_error;
};

} // namespace Moltdesk::TestSupport
