#include "channels/telegram/telegramchannel.h"

#include "base/logging.h"
#include "channels/telegram/apicall.h"
#include "channels/telegram/botapi.h"
#include "channels/telegram/poller.h"
#include "channels/telegram/sendqueue.h"
#include "channels/telegram/telegramformatter.h"
#include "channels/telegram/typingindicator.h"
#include "channels/telegram/webhooksetup.h"
#include "channels/textsplitter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {
std::optional<qint64> chatIdOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id != 0 ? std::optional<qint64>(id) : std::nullopt;
}
} // namespace

TelegramChannel::TelegramChannel(const QUrl &apiBaseUrl, const QString &token, Storage::KvStore *kv,
                                 Storage::ObjectStore *objects, TelegramChannelOptions options,
                                 Channels::Clock clock, QObject *parent)
    : Channels::Channel(ChannelName, std::move(clock), parent),
      m_options(std::move(options)),
      m_kv(kv),
      m_api(new BotApi(apiBaseUrl, token, m_options.api, this)),
      m_sendQueue(new SendQueue(m_api, m_options.send, this)),
      m_typing(new TypingIndicator(m_api, m_options.typingInterval, this)),
      m_webhookSetup(new WebhookSetup(m_api, this)),
      m_fetcher(new AttachmentFetcher(m_api, objects, this)),
      m_startRetry(Base::Backoff{m_options.startRetryInitial, m_options.startRetryMax, 2.0, 0.0})
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TelegramChannel::validateToken);
    connect(m_sendQueue, &SendQueue::chatBlocked, this, [](qint64 chatId, const ApiError &error) {
        qCInfo(lcTelegram).noquote() << "chat" << chatId << "refuses messages (" << error.toString()
                                     << "); not sending to it until it writes again";
    });
    setState(Channels::ChannelStatus::State::Stopped);
}

TelegramChannel::~TelegramChannel()
{
    m_active = false;
    m_accepting = false;
    ++m_generation;
    // Tear down in dependency order while the BotApi (and its network manager) is still whole:
    // first everything that makes calls, then the calls still in flight, then the client.
    // Letting QObject's child deletion do it would abort replies from inside a half-destroyed
    // BotApi.
    delete m_poller;
    m_poller = nullptr;
    delete m_fetcher;
    delete m_typing;
    delete m_webhookSetup;
    delete m_sendQueue;
    const QList<ApiCall *> inFlight = m_api->findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : inFlight)
        delete call;
    delete m_api;
}

QString TelegramChannel::tokenRefusedText()
{
    return tr("the bot token was refused — check TELEGRAM_BOT_TOKEN");
}

void TelegramChannel::start()
{
    if (m_active)
        return;
    m_active = true;
    ++m_generation;
    m_startRetry.reset();
    if (!m_api->endpoint().tokenProblem().isEmpty()) {
        m_active = false;
        setState(Channels::ChannelStatus::State::Error,
                 tr("TELEGRAM_BOT_TOKEN is not set or malformed — get a token from @BotFather and store it"));
        return;
    }
    validateToken();
}

void TelegramChannel::stop()
{
    m_active = false;
    m_accepting = false;
    ++m_generation;
    m_retryTimer.stop();
    if (m_call)
        m_call->abort();
    if (m_poller)
        m_poller->stop();
    m_typing->stopAll();
    setState(Channels::ChannelStatus::State::Stopped);
}

void TelegramChannel::validateToken()
{
    if (!m_active)
        return;
    setState(Channels::ChannelStatus::State::Starting, tr("checking the bot token (getMe)"));
    const quint64 generation = m_generation;
    m_call = m_api->getMe(this, [this, generation](const ApiResult<User> &me) {
        if (generation != m_generation)
            return;
        if (!me) {
            onStartFailed(me.error(), u"getMe"_s);
            return;
        }
        m_bot = me.value();
        m_converter.setBot(me->id, me->username);
        m_accepting = true;
        noteEvent();
        qCInfo(lcTelegram).noquote() << "bot @" << me->username << "id" << me->id << "is valid";
        if (m_options.mode == Config::TelegramSettings::Mode::Webhook)
            startWebhook();
        else
            startPolling();
    });
}

void TelegramChannel::onStartFailed(const ApiError &error, const QString &what)
{
    reportError(what + u": "_s + error.toString());
    if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::NotFound) {
        m_active = false;
        m_accepting = false;
        setState(Channels::ChannelStatus::State::Error, tokenRefusedText());
        return;
    }
    if (!error.isTransient()) {
        m_active = false;
        m_accepting = false;
        setState(Channels::ChannelStatus::State::Error, what + u": "_s + error.toString());
        return;
    }
    // A retry_after from Telegram raises the wait (and the doubling continues from it).
    const std::chrono::milliseconds delay =
        m_startRetry.next(std::chrono::milliseconds(qint64(std::max(0, error.retryAfterSeconds)) * 1000));
    setState(Channels::ChannelStatus::State::Retrying,
             tr("cannot reach Telegram (%1); trying again in %2 s")
                 .arg(error.toString())
                 .arg(double(delay.count()) / 1000.0));
    m_retryTimer.start(delay);
}

void TelegramChannel::startPolling()
{
    if (!m_poller) {
        m_poller = new Poller(m_api, m_kv, sink(), m_options.poller, &Poller::systemClock, this);
        connect(m_poller, &Poller::statusChanged, this, &TelegramChannel::onPollerStatus);
    }
    // Telegram refuses getUpdates while a webhook is set (409). Delete it only when one is
    // really set, so starting in polling mode never touches a bot that is already fine
    // (https://core.telegram.org/bots/api#getwebhookinfo, #deletewebhook).
    const quint64 generation = m_generation;
    m_call = m_api->getWebhookInfo(this, [this, generation](const ApiResult<WebhookInfo> &info) {
        if (generation != m_generation)
            return;
        if (!info) {
            if (info.error().isTransient()) {
                onStartFailed(info.error(), u"getWebhookInfo"_s);
                return;
            }
            m_poller->start(); // the poller explains a 409 itself
            return;
        }
        if (info->url.isEmpty()) {
            m_poller->start();
            return;
        }
        qCInfo(lcTelegram) << "a webhook is set for this bot; deleting it to switch to long polling";
        m_webhookSetup->disable(false, [this, generation](const ApiResult<WebhookInfo> &after) {
            if (generation != m_generation)
                return;
            if (!after) {
                onStartFailed(after.error(), u"deleteWebhook"_s);
                return;
            }
            m_poller->start();
        });
    });
}

void TelegramChannel::startWebhook()
{
    if (const QString problem = WebhookSetup::secretProblem(m_options.webhookSecret); !problem.isEmpty()) {
        m_active = false;
        setState(Channels::ChannelStatus::State::Error,
                 tr("webhook mode needs TELEGRAM_WEBHOOK_SECRET (%1)").arg(problem));
        return;
    }
    if (!m_options.webhookUrl.isValid() || m_options.webhookUrl.scheme() != u"https"_s) {
        m_active = false;
        setState(Channels::ChannelStatus::State::Error,
                 tr("webhook mode needs gateway.publicUrl: the https:// address Telegram can reach"));
        return;
    }
    setState(Channels::ChannelStatus::State::Starting, tr("registering the webhook (setWebhook)"));
    const quint64 generation = m_generation;
    m_webhookSetup->enable(m_options.webhookUrl, m_options.webhookSecret, m_options.poller.allowedUpdates,
                           [this, generation](const ApiResult<WebhookInfo> &info) {
        if (generation != m_generation)
            return;
        if (!info) {
            onStartFailed(info.error(), u"setWebhook"_s);
            return;
        }
        m_startRetry.reset();
        setState(Channels::ChannelStatus::State::Running,
                 tr("webhook at %1").arg(m_options.webhookUrl.toString(QUrl::RemoveUserInfo)));
    });
}

void TelegramChannel::onPollerStatus(const PollerStatus &status)
{
    if (!m_active)
        return;
    using State = Channels::ChannelStatus::State;
    switch (status.state) {
    case PollerStatus::State::Polling:
        if (status.lastPollAt.isValid() && status.polls > 0)
            noteEvent();
        setState(State::Running, tr("long polling"));
        break;
    case PollerStatus::State::Retrying:
        setState(State::Retrying, status.message);
        break;
    case PollerStatus::State::Conflict:
        setState(State::Error, status.message);
        break;
    case PollerStatus::State::Unauthorized:
        setState(State::Error, tokenRefusedText());
        break;
    case PollerStatus::State::Stopped:
        break;
    }
    if (status.lastError && status.state != PollerStatus::State::Polling && status.consecutiveFailures == 1)
        reportError(status.lastError->toString());
}

UpdateSink TelegramChannel::sink()
{
    QPointer<TelegramChannel> self(this);
    return [self](const QList<Update> &updates, UpdateAck ack) {
        if (!self) {
            ack(false);
            return;
        }
        self->handleUpdates(updates, ack);
    };
}

void TelegramChannel::handleUpdates(const QList<Update> &updates, const UpdateAck &ack)
{
    // Before getMe we cannot tell mentions of the bot apart: let Telegram deliver again later.
    if (!m_accepting) {
        ack(false);
        return;
    }
    bool stored = true;
    for (const Update &update : updates) {
        // Edits and channel posts are confirmed without an answer: an edited message keeps its
        // message_id, which the ledger already holds, and a channel is not a conversation.
        if (update.kind != Update::Kind::Message || !update.message) {
            qCDebug(lcTelegram) << "update" << update.updateId << "of type" << update.type << "skipped";
            continue;
        }
        std::optional<Channels::InboundMessage> message = m_converter.convert(*update.message);
        if (!message)
            continue;
        // Whoever writes again has unblocked the bot.
        m_sendQueue->clearBlocked(update.message->chat.id);
        if (deliver(*message) == Channels::InboundPipeline::Outcome::StorageError)
            stored = false;
    }
    ack(stored);
}

void TelegramChannel::prepare(const Channels::InboundMessage &message, Prepared ready)
{
    if (message.attachments.isEmpty()) {
        ready(message, {});
        return;
    }
    m_fetcher->fetch(message, [this, message, ready = std::move(ready)](const AttachmentFetcher::Result &result) {
        for (const QString &error : result.errors)
            reportError(error);
        Channels::InboundMessage resolved = message;
        resolved.attachments = result.attachments;
        ready(resolved, result.blocks);
    });
}

void TelegramChannel::setTyping(const QString &chatId, bool on)
{
    if (const auto id = chatIdOf(chatId))
        m_typing->setTyping(*id, on && m_active);
}

void TelegramChannel::sendMessage(const Channels::OutboundMessage &message, SendCallback done)
{
    const std::optional<qint64> chatId = chatIdOf(message.chatId);
    if (!chatId) {
        done(Channels::SendResult::failure(u"not a Telegram chat id: "_s + message.chatId));
        return;
    }
    if (!m_active) {
        done(Channels::SendResult::failure(u"the Telegram channel is not running"_s, true));
        return;
    }
    if (m_sendQueue->isBlocked(*chatId)) {
        auto result = Channels::SendResult::failure(
            u"chat %1 has blocked the bot or removed it (403); nothing is sent to it"_s.arg(*chatId));
        result.recipientBlocked = true;
        done(result);
        return;
    }

    QList<OutgoingMessage> parts;
    if (message.plainText) {
        const QStringList pieces = Channels::TextSplitter(limits().maxTextLength).split(message.text);
        for (const QString &piece : pieces)
            parts << OutgoingMessage{*chatId, piece, ParseMode::None, 0, QString()};
    } else {
        const QList<TelegramFormatter::Chunk> chunks = TelegramFormatter::format(message.text, limits().maxTextLength);
        for (const TelegramFormatter::Chunk &chunk : chunks)
            parts << OutgoingMessage{*chatId, chunk.html, ParseMode::Html, 0, chunk.plain};
    }
    if (parts.isEmpty()) {
        done(Channels::SendResult::failure(u"the reply is empty; nothing to send"_s));
        return;
    }
    // Only the first part answers the user's message; the rest follow it in order.
    if (const auto replyTo = chatIdOf(message.replyToMessageId))
        parts.first().replyToMessageId = *replyTo;

    struct Progress
    {
        qsizetype remaining = 0;
        QStringList ids;
        std::optional<ApiError> error;
        SendCallback done;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = parts.size();
    progress->ids.resize(parts.size());
    progress->done = std::move(done);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        m_sendQueue->enqueue(parts.at(i), [progress, i, chat = *chatId](const ApiResult<qint64> &sent) {
            if (sent)
                progress->ids[i] = QString::number(sent.value());
            else if (!progress->error)
                progress->error = sent.error();
            if (--progress->remaining > 0)
                return;
            if (!progress->error) {
                progress->done(Channels::SendResult::success(progress->ids));
                return;
            }
            const ApiError &e = *progress->error;
            Channels::SendResult result = Channels::SendResult::failure(
                e.kind == ApiError::Kind::Forbidden
                    ? u"chat %1 has blocked the bot or removed it (%2); nothing more is sent to it"_s.arg(chat).arg(
                          e.toString())
                    : u"sendMessage to chat %1: %2"_s.arg(chat).arg(e.toString()),
                e.isTransient(), e.retryAfterSeconds > 0 ? qint64(e.retryAfterSeconds) * 1000 : -1);
            result.recipientBlocked = e.kind == ApiError::Kind::Forbidden;
            progress->ids.removeAll(QString());
            result.messageIds = progress->ids;
            progress->done(result);
        });
    }
}

} // namespace Moltdesk::Telegram
