#include "support/telegramchannelenv.h"

#include "channels/channelregistry.h"
#include "security/secretcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

Config::Settings TelegramChannelEnv::defaultSettings()
{
    Config::Settings settings;
    settings.ai = AgentTestEnv::defaultSettings();
    settings.channels.telegram.enabled = true;
    settings.channels.telegram.pollTimeoutSeconds = 1;
    settings.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open;
    return settings;
}

TelegramChannelEnv::TelegramChannelEnv(Config::Settings s, const QString &dataDir,
                                       Telegram::TelegramModule::Tuning tuning)
    : settings(std::move(s)),
      m_tuning(std::move(tuning))
{
    if (!telegram.listen()) {
        m_error = u"fake Telegram did not listen"_s;
        return;
    }
    telegram.addBot(Token);
    settings.channels.telegram.apiBaseUrl = telegram.baseUrl();
    agent = std::make_unique<AgentTestEnv>(settings.ai, 3, dataDir);
    if (!agent->ok()) {
        m_error = agent->error();
        return;
    }
    kv = std::make_unique<Storage::KvStore>(*agent->database);
    objects = std::make_unique<Storage::ObjectStore>(*agent->database);
    if (auto opened = objects->open(); !opened) {
        m_error = opened.error().message;
        return;
    }
    m_ok = true;
}

Telegram::TelegramChannel *TelegramChannelEnv::channel() const
{
    return stack ? qobject_cast<Telegram::TelegramChannel *>(stack->registry().channel(Telegram::TelegramChannel::ChannelName))
                 : nullptr;
}

TelegramChannelEnv::~TelegramChannelEnv()
{
    if (stack)
        stack->stop();
    stack.reset();
}

bool TelegramChannelEnv::start()
{
    Core::ChannelStack::Stores stores{agent->database.get(), kv.get(), objects.get(), &metrics};
    // Without `queue` the stack opens its own job queue on the database (recovering what a
    // "crash" left running).
    stores.sessions = agent->sessions.get();
    stores.queue = queue;
    auto secrets = [](const QString &name) {
        if (name == QString(Security::SecretNames::TelegramBotToken))
            return Token;
        if (name == QString(Security::SecretNames::TelegramWebhookSecret))
            return u"the-webhook-secret_123"_s;
        return QString();
    };
    Telegram::TelegramModule::Tuning tuning = m_tuning;
    Channels::ChannelModules modules;
    modules.push_back(std::make_unique<Telegram::TelegramModule>([tuning](Telegram::TelegramChannelOptions &options) {
        options.poller.initialBackoff = std::chrono::milliseconds(20);
        options.poller.maxBackoff = std::chrono::milliseconds(100);
        options.startRetryInitial = std::chrono::milliseconds(20);
        options.send.secondLength = std::chrono::milliseconds(10);
        if (tuning)
            tuning(options);
    }));
    stack = std::make_unique<Core::ChannelStack>(settings, stores, secrets, *agent->runner, std::move(modules),
                                                 [this] { return now; });
    QString error;
    if (!stack->open(&error)) {
        m_error = error;
        return false;
    }
    stack->start();
    if (!channel()) {
        m_error = u"telegram is not enabled"_s;
        return false;
    }
    const bool running = QTest::qWaitFor(
        [this] { return channel()->status().state == Channels::ChannelStatus::State::Running; }, 5000);
    if (!running)
        m_error = u"channel not running: "_s + channel()->status().detail;
    return running;
}

QJsonObject TelegramChannelEnv::textMessage(qint64 chatId, qint64 fromId, const QString &text,
                                            const QJsonObject &extra)
{
    QJsonObject message{
        {u"message_id"_s, double(m_nextMessageId++)},
        {u"date"_s, double(now.toSecsSinceEpoch())},
        {u"chat"_s, QJsonObject{{u"id"_s, double(chatId)},
                                {u"type"_s, chatId == fromId ? u"private"_s : u"supergroup"_s},
                                {u"title"_s, chatId == fromId ? QString() : u"Team"_s}}},
        {u"from"_s, QJsonObject{{u"id"_s, double(fromId)}, {u"is_bot"_s, false}, {u"first_name"_s, u"Ann"_s}}},
        {u"text"_s, text},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        message.insert(it.key(), it.value());
    return message;
}

qint64 TelegramChannelEnv::push(const QJsonObject &message)
{
    return telegram.pushUpdate(Token, QJsonObject{{u"message"_s, message}});
}

} // namespace Moltdesk::TestSupport
