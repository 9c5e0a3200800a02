#pragma once

#include "base/backoff.h"
#include "channels/channel.h"
#include "channels/inboundpipeline.h"
#include "channels/telegram/attachmentfetcher.h"
#include "channels/telegram/inboundconverter.h"
#include "channels/telegram/message.h"
#include "channels/telegram/pollerstatus.h"
#include "channels/telegram/telegramchanneloptions.h"
#include "channels/telegram/updatesink.h"

#include <QPointer>
#include <QTimer>

#include <optional>

namespace Moltdesk::Storage {
class KvStore;
class ObjectStore;
} // namespace Moltdesk::Storage

namespace Moltdesk::Telegram {

class ApiCall;
class BotApi;
class Poller;
class SendQueue;
class TypingIndicator;
class WebhookSetup;

// The Telegram adapter behind Channels::Channel (docs/channels/telegram.md).
//
// start(): getMe validates the token and tells us the bot's id and username (mention and
// reply detection); a 401/404 is state `error` with the fix. Then
// - polling (default): getWebhookInfo, and deleteWebhook only if a webhook is set (Telegram
//   refuses getUpdates while one is); then the Poller runs and the status mirrors its state;
// - webhook: setWebhook(webhookUrl, secret_token, allowed_updates), confirmed by
//   getWebhookInfo; updates arrive through sink() wired into a WebhookReceiver.
//
// Durability: sink() runs each update through the pipeline synchronously (Channel::deliver) and acks
// only when every message was either recorded in the InboundLedger or deliberately dropped
// before it; a ledger failure acks false, so Telegram delivers the batch again. The offset is
// therefore confirmed (or the webhook answered 200) only after the idempotency record is
// committed, and the pipeline's hand-off to the agent is a committed queue job
// (docs/channels/README.md "Durable hand-off"), so an acknowledged message is answered, late at
// worst (docs/channels/telegram.md "What survives a crash").
//
// Outbound: Markdown -> TelegramFormatter chunks (HTML with a plain fallback) -> SendQueue, the
// first chunk threaded under the user's message (reply_parameters); 403 marks the chat blocked.
class TelegramChannel : public Channels::Channel
{
    Q_OBJECT

public:
    static inline const QString ChannelName = QStringLiteral("telegram");

    // `kv` (the polling offset) and `objects` (attachments) must outlive the channel; `objects`
    // may be null (attachments are then only described).
    TelegramChannel(const QUrl &apiBaseUrl, const QString &token, Storage::KvStore *kv,
                    Storage::ObjectStore *objects, TelegramChannelOptions options = {}, Channels::Clock clock = {},
                    QObject *parent = nullptr);
    ~TelegramChannel() override;

    void start() override;
    void stop() override;
    Channels::ChannelLimits limits() const override { return {}; }
    void setTyping(const QString &chatId, bool on) override;

    // Where updates go: the Poller uses it, and TelegramModule hands it to a WebhookReceiver in
    // webhook mode.
    UpdateSink sink();
    // Downloads the message's attachments into the object store (AttachmentFetcher): stored
    // attachments, images as content blocks for the model, the rest described.
    void prepare(const Channels::InboundMessage &message, Prepared ready) override;

    std::optional<User> bot() const { return m_bot; }
    BotApi &api() const { return *m_api; }
    SendQueue &sendQueue() const { return *m_sendQueue; }
    const TelegramChannelOptions &options() const { return m_options; }

    static QString tokenRefusedText();

protected:
    void sendMessage(const Channels::OutboundMessage &message, SendCallback done) override;

private:
    void validateToken();
    void onStartFailed(const ApiError &error, const QString &what);
    void startPolling();
    void startWebhook();
    void onPollerStatus(const PollerStatus &status);
    void handleUpdates(const QList<Update> &updates, const UpdateAck &ack);

    TelegramChannelOptions m_options;
    Storage::KvStore *m_kv;
    BotApi *m_api;
    SendQueue *m_sendQueue;
    TypingIndicator *m_typing;
    WebhookSetup *m_webhookSetup;
    AttachmentFetcher *m_fetcher;
    Poller *m_poller = nullptr;
    InboundConverter m_converter;
    std::optional<User> m_bot;
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    // getMe / setWebhook retries: doubling from startRetryInitial to startRetryMax, no jitter.
    Base::BackoffSequence m_startRetry;
    bool m_active = false;    // start() called and not stopped
    bool m_accepting = false; // the bot is known: updates can be converted
    quint64 m_generation = 0; // invalidates callbacks of an earlier start()
};

} // namespace Moltdesk::Telegram
