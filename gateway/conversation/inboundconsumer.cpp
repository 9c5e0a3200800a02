#include "conversation/inboundconsumer.h"

#include "agent/agentrunner.h"
#include "agent/pauseswitch.h"
#include "agent/trustlevel.h"
#include "base/logging.h"
#include "channels/channel.h"
#include "channels/channelregistry.h"
#include "queue/jobqueue.h"
#include "sessions/sessionstore.h"
#include "sessions/takeoverstore.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Moltdesk::Conversation {

namespace {

QString textOf(const QJsonArray &content)
{
    QStringList parts;
    for (const QJsonValue &block : content) {
        const QJsonObject b = block.toObject();
        if (b.value(u"type"_s).toString() == u"text"_s)
            parts << b.value(u"text"_s).toString();
    }
    return parts.join(u"\n\n"_s);
}

bool hasToolUse(const QJsonArray &content)
{
    for (const QJsonValue &block : content) {
        if (block.toObject().value(u"type"_s).toString() == u"tool_use"_s)
            return true;
    }
    return false;
}

} // namespace

InboundConsumer::InboundConsumer(Queue::JobQueue &queue, Agent::AgentRunner &runner,
                                 Channels::ChannelRegistry &channels, Sessions::SessionStore *sessions,
                                 const Sessions::TakeoverStore *takeovers, Agent::PauseSwitch *pause,
                                 QObject *parent)
    : QObject(parent),
      m_queue(queue),
      m_runner(runner),
      m_channels(channels),
      m_sessions(sessions),
      m_takeovers(takeovers),
      m_worker(queue, [&queue] { return queue.now(); })
{
    if (pause) {
        // A paused bot starts paused; the switch's changes hold or release the worker.
        m_worker.setPaused(pause->isPaused());
        connect(pause, &Agent::PauseSwitch::changed, this, [this](bool paused) { m_worker.setPaused(paused); });
    }
}

InboundConsumer::~InboundConsumer() = default;

QString InboundConsumer::dedupeKey(const Channels::InboundMessage &message)
{
    // The ledger's key (chat/message id: Telegram numbers messages per chat) plus the channel.
    return message.channel + u':' + message.ledgerKey();
}

Channels::InboundPipeline::Handoff InboundConsumer::enqueue(const Channels::InboundMessage &message)
{
    const auto key = message.sessionKey();
    if (!key)
        return Channels::InboundPipeline::Handoff::Failed; // the pipeline validated it: cannot happen
    Queue::EnqueueOptions options;
    options.dedupeKey = dedupeKey(message);
    // One conversation's messages are answered one at a time, in the order they arrived, even
    // when one of them waits in backoff (docs/queue.md "Ordering keys").
    options.orderingKey = key->toString();
    // One committed transaction (synchronous=FULL): when this returns, the channel may ack.
    const auto enqueued = m_queue.enqueue(QueueName, message.toJson(), options);
    if (!enqueued) {
        qCWarning(lcChannels).noquote() << "could not queue inbound message:" << enqueued.error().message;
        return Channels::InboundPipeline::Handoff::Failed;
    }
    return enqueued->duplicate ? Channels::InboundPipeline::Handoff::Duplicate
                               : Channels::InboundPipeline::Handoff::Accepted;
}

void InboundConsumer::start(int concurrency)
{
    m_stopping = false;
    m_worker.addQueue(QueueName, [this](const Queue::Job &job, Queue::Worker::Done done) { handle(job, done); },
                      std::max(1, concurrency));
    m_worker.start();
}

void InboundConsumer::stop()
{
    m_stopping = true;
    m_worker.stop();
}

void InboundConsumer::handle(const Queue::Job &job, const Queue::Worker::Done &done)
{
    const auto parsed = Channels::InboundMessage::fromJson(job.payload);
    if (!parsed) {
        done(Queue::Outcome::permanent(u"not an inbound message: "_s + parsed.error().message));
        return;
    }
    const Channels::InboundMessage &message = parsed.value();
    Channels::Channel *channel = m_channels.channel(message.channel);
    if (!channel) {
        // The channel was switched off since: keep the job (dead after max attempts, where the
        // operator can retry it once the channel is back).
        done(Queue::Outcome::retry(u"channel %1 is not available"_s.arg(message.channel), ChannelDownRetry));
        return;
    }
    // After a restart the jobs left behind are claimed before the adapter has finished starting:
    // wait for it rather than run the agent and fail the send.
    QPointer<InboundConsumer> self(this);
    whenRunning(*channel, [self, id = job.id, message, done](bool running) {
        if (!self)
            return; // the Worker is gone too: the job stays running and is recovered at start
        if (!running) {
            done(Queue::Outcome::retry(u"channel %1 is not running"_s.arg(message.channel), ChannelDownRetry));
            return;
        }
        self->process(id, message, done);
    });
}

void InboundConsumer::whenRunning(Channels::Channel &channel, std::function<void(bool running)> go)
{
    if (channel.status().state == Channels::ChannelStatus::State::Running) {
        go(true);
        return;
    }
    // One context object per waiting job: deleting it ends both the connection and the timer.
    auto *waiter = new QObject(this);
    auto fire = [waiter, go = std::move(go), fired = std::make_shared<bool>(false)](bool running) {
        if (*fired)
            return;
        *fired = true;
        waiter->deleteLater();
        go(running);
    };
    connect(&channel, &Channels::Channel::statusChanged, waiter, [fire](const Channels::ChannelStatus &status) {
        if (status.state == Channels::ChannelStatus::State::Running)
            fire(true);
    });
    QTimer::singleShot(ChannelWait, waiter, [fire] { fire(false); });
}

void InboundConsumer::process(qint64 jobId, const Channels::InboundMessage &message, const Queue::Worker::Done &done)
{
    Channels::Channel *channel = m_channels.channel(message.channel);
    if (!channel) {
        done(Queue::Outcome::retry(u"channel %1 is not available"_s.arg(message.channel), ChannelDownRetry));
        return;
    }
    QString error;
    const std::optional<Replay> replay = lookUp(message, &error);
    if (!replay) {
        done(Queue::Outcome::retry(u"session history: "_s + error));
        return;
    }
    if (m_takeovers && m_takeovers->isTakenOver(message.sessionKey().value().toString())) {
        // Checked now, not at enqueue: take-over applies to what the bot has not answered yet.
        holdForOperator(message, replay->userStored, done);
        return;
    }
    if (replay->reply) {
        // The run finished before a crash but its answer never reached the channel: send the
        // stored answer instead of paying for a second model call.
        qCInfo(lcChannels).noquote() << "job" << jobId << "replays a stored reply";
        sendReply(message, *replay->reply, done);
        return;
    }
    // "typing..." from the moment the job starts until its run ends.
    channel->setTyping(message.chatId, true);
    if (replay->userStored) {
        // Attachments were fetched and stored with the message the first time.
        qCInfo(lcChannels).noquote() << "job" << jobId << "resumes a run whose message is already stored";
        run(message, {}, true, done);
        return;
    }
    QPointer<InboundConsumer> self(this);
    prepare(message, [self, done](const Channels::InboundMessage &resolved, const QJsonArray &extraContent) {
        if (self)
            self->run(resolved, extraContent, false, done);
    });
}

void InboundConsumer::prepare(const Channels::InboundMessage &message, const Channels::Channel::Prepared &ready)
{
    // The channel fetches what it must (Telegram: photos, voice notes, documents).
    Channels::Channel *channel = m_channels.channel(message.channel);
    if (message.attachments.isEmpty() || !channel) {
        ready(message, {});
        return;
    }
    channel->prepare(message, ready);
}

void InboundConsumer::holdForOperator(const Channels::InboundMessage &message, bool userStored,
                                      const Queue::Worker::Done &done)
{
    if (userStored) {
        // A replay of a message already stored (a crash came before the job completed).
        done(Queue::Outcome::success());
        return;
    }
    QPointer<InboundConsumer> self(this);
    prepare(message, [self, done](const Channels::InboundMessage &resolved, const QJsonArray &extraContent) {
        if (self)
            self->storeForOperator(resolved, extraContent, done);
    });
}

void InboundConsumer::storeForOperator(const Channels::InboundMessage &message, const QJsonArray &extraContent,
                                       const Queue::Worker::Done &done)
{
    const Sessions::SessionKey sessionKey = message.sessionKey().value(); // validated by the pipeline
    const QString key = sessionKey.toString();
    QJsonArray content;
    if (!message.text.isEmpty())
        content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, message.text}});
    for (const QJsonValue &block : extraContent)
        content.append(block);
    if (content.isEmpty()) {
        // Nothing the history can hold (an unsupported message kind): as the agent would.
        qCInfo(lcChannels).noquote() << "empty message for taken-over session" << key << "not stored";
        done(Queue::Outcome::success());
        return;
    }
    if (!m_sessions) {
        done(Queue::Outcome::success());
        return;
    }
    Sessions::NewMessage stored;
    stored.role = u"user"_s;
    stored.content = content;
    stored.channelMessageId = message.channelMessageId;
    stored.metadata = QJsonObject{{u"takenOver"_s, true}};
    const auto appended = m_sessions->append(sessionKey, stored);
    if (!appended) {
        done(Queue::Outcome::retry(u"session history: "_s + appended.error().message));
        return;
    }
    emit messageStored(QJsonObject{{u"sessionKey"_s, key},
                                   {u"state"_s, u"message"_s},
                                   {u"role"_s, u"user"_s},
                                   {u"text"_s, message.text},
                                   {u"ts"_s, appended->createdMs}});
    done(Queue::Outcome::success());
}

std::optional<InboundConsumer::Replay> InboundConsumer::lookUp(const Channels::InboundMessage &message,
                                                               QString *error) const
{
    Replay replay;
    // Only a message coming back after a crash or stop can be in the history already; the
    // lookup is one indexed page read of the session's newest messages.
    if (!m_sessions || message.channelMessageId.isEmpty())
        return replay;
    const auto key = message.sessionKey();
    if (!key) {
        *error = key.error().message;
        return std::nullopt;
    }
    Sessions::HistoryQuery query;
    query.limit = HistoryWindow;
    const auto page = m_sessions->history(key.value(), query); // current generation only
    if (!page) {
        *error = page.error().message;
        return std::nullopt;
    }
    const QList<Sessions::StoredMessage> &messages = page->messages;
    qsizetype userIndex = -1;
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const Sessions::StoredMessage &m = messages.at(i);
        if (m.role == u"user"_s && !m.isSummary() && m.channelMessageId == message.channelMessageId) {
            userIndex = i;
            break;
        }
    }
    if (userIndex < 0)
        return replay;
    replay.userStored = true;
    const QString runId = messages.at(userIndex).runId;
    // The run's last assistant message is its answer when it is complete: not a request for
    // tools (the run went on) and not a partial answer cut off by an abort.
    for (qsizetype i = messages.size() - 1; i > userIndex; --i) {
        const Sessions::StoredMessage &m = messages.at(i);
        if (m.role != u"assistant"_s || m.runId != runId)
            continue;
        const QString text = textOf(m.content);
        if (!hasToolUse(m.content) && !m.metadata.value(u"aborted"_s).toBool() && !text.trimmed().isEmpty())
            replay.reply = text;
        break;
    }
    return replay;
}

void InboundConsumer::run(const Channels::InboundMessage &message, const QJsonArray &extraContent, bool userStored,
                          const Queue::Worker::Done &done)
{
    Agent::TurnRequest request;
    request.sessionKey = message.sessionKey().value().toString(); // validated by the pipeline
    request.userId = message.senderId;
    request.text = message.text;
    request.extraContent = extraContent;
    request.channelMessageId = message.channelMessageId;
    request.userMessageStored = userStored;
    // Several people write in a group: the gateway says who wrote each message, in a tag no
    // member can forge (docs/tools.md "Trust levels").
    if (message.chatKind == Channels::InboundMessage::ChatKind::Group)
        request.senderTag = Agent::senderTag(message.senderName.isEmpty() ? message.senderUsername : message.senderName,
                                             message.senderId);
    QPointer<InboundConsumer> self(this);
    const auto runId = m_runner.submit(request, [self, message, done](const Agent::TurnOutcome &outcome) {
        if (!self) {
            done(Queue::Outcome::retry(u"interrupted: the gateway stopped"_s, 0ms));
            return;
        }
        if (Channels::Channel *channel = self->m_channels.channel(message.channel))
            channel->setTyping(message.chatId, false);
        if (outcome.state == Agent::TurnOutcome::State::Aborted) {
            // A stop aborts the run: run it again at the next start. A user's chat.abort means
            // "no answer wanted": the job is done.
            if (self->m_stopping)
                done(Queue::Outcome::retry(u"interrupted: the gateway stopped"_s, 0ms));
            else
                done(Queue::Outcome::success());
            return;
        }
        // Errors (provider down, budget reached) come as words for the user: they are answers.
        if (outcome.replyText.trimmed().isEmpty()) {
            done(Queue::Outcome::success());
            return;
        }
        self->sendReply(message, outcome.replyText, done);
    });
    if (!runId) {
        if (Channels::Channel *channel = m_channels.channel(message.channel)) {
            channel->setTyping(message.chatId, false);
            channel->reportError(u"the agent refused the message: "_s + runId.error().message);
        }
        done(Queue::Outcome::permanent(u"the agent refused the message: "_s + runId.error().message));
    }
}

void InboundConsumer::sendReply(const Channels::InboundMessage &message, const QString &text,
                                const Queue::Worker::Done &done)
{
    Channels::Channel *channel = m_channels.channel(message.channel);
    if (!channel) {
        done(Queue::Outcome::retry(u"channel %1 is not available"_s.arg(message.channel), ChannelDownRetry));
        return;
    }
    Channels::OutboundMessage reply;
    reply.chatId = message.chatId;
    reply.text = text;
    reply.replyToMessageId = message.channelMessageId;
    // Completed only once the channel has the reply (SendQueue's done): a crash before leaves
    // the job to run again, and the stored answer is what gets sent then.
    channel->send(reply, [done, chat = message.chatId](const Channels::SendResult &result) {
        if (result.ok) {
            done(Queue::Outcome::success());
        } else if (result.recipientBlocked) {
            // 403: the user blocked the bot or removed it. Retrying cannot help; nothing is lost
            // that the user still wants.
            qCInfo(lcChannels).noquote() << "reply to chat" << chat << "dropped:" << result.error;
            done(Queue::Outcome::success());
        } else if (result.retryable) {
            std::optional<std::chrono::milliseconds> after;
            if (result.retryAfterMs >= 0)
                after = std::chrono::milliseconds(result.retryAfterMs);
            done(Queue::Outcome::retry(result.error, after));
        } else {
            // A refusal that will not change (400): dead-letter it, so the operator sees it and
            // can retry it (queue.retry) - the stored answer is sent then, without a model call.
            done(Queue::Outcome::permanent(result.error));
        }
    });
}

} // namespace Moltdesk::Conversation
