#pragma once

#include "channels/channel.h"
#include "channels/inboundmessage.h"
#include "channels/inboundpipeline.h"
#include "queue/queuetypes.h"
#include "queue/worker.h"

#include <QJsonArray>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace Moltdesk::Agent {
class AgentRunner;
class PauseSwitch;
} // namespace Moltdesk::Agent
namespace Moltdesk::Channels {
class ChannelRegistry;
}
namespace Moltdesk::Queue {
class JobQueue;
}
namespace Moltdesk::Sessions {
class SessionStore;
class TakeoverStore;
} // namespace Moltdesk::Sessions

namespace Moltdesk::Conversation {

// The conversation bridge: the durable hand-off from the channels to the agent and back
// (docs/channels/README.md "Durable hand-off"). Every admitted inbound message becomes a
// `channel.inbound` job *before* the channel acknowledges it, and a Queue::Worker on the gateway
// thread turns jobs into agent runs and replies:
//
//   InboundPipeline --enqueue(dedupe <channel>:<chat>/<msg>, ordering <session key>)--> ack
//   Worker --> Channel::prepare (attachments) --> AgentRunner::submit --> Channel::send --> complete
//
// Per-session order is kept twice, on purpose (docs/channels/README.md "Order"):
// - the queue's ordering key (the session key) hands out one job per conversation at a time, in
//   arrival order, durably: a message waiting in backoff (a failed send), held while the bot is
//   paused or left by a crash still goes before the conversation's later messages, which the
//   in-memory actor cannot see because they were never submitted;
// - the session actor (Sessions::SessionManager, behind AgentRunner::submit) runs one turn per
//   session at a time for *every* source - channel jobs, the panel's chat.send, cron and
//   scheduled runs, /v1/chat/completions - which the queue does not see.
//
// A job completes only once the reply was handed to the channel (its send's done); a retryable
// send failure (network, 5xx, 429, channel stopped) retries with backoff; a blocked recipient
// (403) completes; any other refusal dead-letters. A crash anywhere leaves the job pending or
// running, and JobQueue::open() makes it pending again, so the next start answers late rather
// than never. A replayed job looks the message up in the session history (by channelMessageId,
// current generation) so the user message is never stored twice, and a reply already stored is
// sent again without a second model call.
//
// Constructed with every collaborator; nothing is wired in later.
class InboundConsumer : public QObject
{
    Q_OBJECT

public:
    static inline const QString QueueName = QStringLiteral("channel.inbound");
    // Several conversations at once; the ordering key keeps each one to a single job in order.
    static constexpr int DefaultConcurrency = 8;
    // How far back the history is searched for a replayed message (it is the session's newest
    // turn, since a session's jobs run one at a time: a small window suffices).
    static constexpr int HistoryWindow = 200;
    // A job whose channel is not running yet (start-up: getMe still on its way) waits this long
    // for it before it is retried later, so a restart answers at once instead of after a backoff.
    static constexpr std::chrono::milliseconds ChannelWait{30'000};
    // ... and is retried this much later when the channel did not come up.
    static constexpr std::chrono::milliseconds ChannelDownRetry{15'000};

    // `sessions` may be null: a replayed message is then stored again (no duplicate check).
    // `takeovers` (docs/sessions.md "Taking over a conversation"), may be null: asked when a job
    // is consumed, not when it was queued; a taken-over session's message is stored as the user
    // message (once: the replay lookup applies), announced with messageStored() and its job
    // completes; the agent does not run and nothing is sent.
    // `pause` (docs/agent.md "Pausing the bot"), may be null: while paused no job is claimed, so
    // accepted messages wait in the queue as `pending`, in order, without spending attempts;
    // resuming answers them in order. A job already running finishes.
    InboundConsumer(Queue::JobQueue &queue, Agent::AgentRunner &runner, Channels::ChannelRegistry &channels,
                    Sessions::SessionStore *sessions, const Sessions::TakeoverStore *takeovers,
                    Agent::PauseSwitch *pause, QObject *parent = nullptr);
    ~InboundConsumer() override;

    bool isPaused() const { return m_worker.isPaused(); }

    // The pipeline's Dispatch: one committed enqueue (Accepted), a dedupe hit (Duplicate) or a
    // storage failure (Failed: the pipeline releases its ledger claim and the channel
    // redelivers).
    Channels::InboundPipeline::Handoff enqueue(const Channels::InboundMessage &message);

    // Starts consuming (jobs left by a crash first: JobQueue::open() made them pending).
    void start(int concurrency = DefaultConcurrency);
    // Stops claiming. Runs still in flight are aborted by the agent's stop; their jobs go back to
    // pending (due now) and run again at the next start.
    void stop();

    Queue::Worker &worker() { return m_worker; }

signals:
    // A message of a taken-over session was stored: the `chat` event payload
    // {sessionKey, state:"message", role:"user", text, ts} for live views.
    void messageStored(const QJsonObject &payload);

public:

    static QString dedupeKey(const Channels::InboundMessage &message);

private:
    // What the session history already holds for a replayed message.
    struct Replay
    {
        bool userStored = false;
        std::optional<QString> reply; // the run's final answer, stored but perhaps never sent
    };

    void handle(const Queue::Job &job, const Queue::Worker::Done &done);
    void process(qint64 jobId, const Channels::InboundMessage &message, const Queue::Worker::Done &done);
    // Calls `go(true)` once `channel` is running (at once if it is), `go(false)` after ChannelWait.
    void whenRunning(Channels::Channel &channel, std::function<void(bool running)> go);
    std::optional<Replay> lookUp(const Channels::InboundMessage &message, QString *error) const;
    // Channel::prepare of the message's channel (attachments), or `ready` at once.
    void prepare(const Channels::InboundMessage &message, const Channels::Channel::Prepared &ready);
    void run(const Channels::InboundMessage &message, const QJsonArray &extraContent, bool userStored,
             const Queue::Worker::Done &done);
    void sendReply(const Channels::InboundMessage &message, const QString &text, const Queue::Worker::Done &done);
    // Taken over: store the user message (attachments fetched first) and complete; no agent run.
    void holdForOperator(const Channels::InboundMessage &message, bool userStored, const Queue::Worker::Done &done);
    void storeForOperator(const Channels::InboundMessage &message, const QJsonArray &extraContent,
                          const Queue::Worker::Done &done);

    Queue::JobQueue &m_queue;
    Agent::AgentRunner &m_runner;
    Channels::ChannelRegistry &m_channels;
    Sessions::SessionStore *m_sessions;
    const Sessions::TakeoverStore *m_takeovers;
    Queue::Worker m_worker;
    bool m_stopping = false;
};

} // namespace Moltdesk::Conversation
