#pragma once

#include "channels/accessdecision.h"
#include "channels/inboundmessage.h"

#include <QObject>

#include <functional>

namespace Moltdesk::Channels {

class AccessPolicy;
class Channel;
class ChannelMetrics;
class InboundLedger;
class SenderRateLimiter;

// The path of every inbound message, whatever the channel (docs/channels/README.md, "Pipeline"):
//
//   1. validate      channel, chat, sender and message id present; valid session key   (free)
//   2. screen        group allowlist and mention gating - message-only, no side effect (free)
//   3. ledger        (channel, chat/message id) claimed in SQLite; a redelivery stops here
//   4. access        dmPolicy: allowFrom, approved/rejected senders (memory), pairing
//                    codes for unknown senders (SQLite, only for them)
//   5. rate limit    per-sender token bucket (memory)
//   6. dispatch      the Dispatch callback: the durable hand-off to the agent (a job in the
//                    queue). Its answer decides the ack: Failed releases the ledger claim and
//                    ends as StorageError, so the channel redelivers and nothing is lost.
//
// The ledger comes before anything that has an effect, so a redelivered update neither costs a
// rate-limit token nor repeats a pairing notice; the free screen comes before the ledger, so an
// unaddressed group chatter costs no disk write. Notices (pairing code, "try later", "declined",
// "slow down") go back through Channel::send as plain text, replying to the message.
//
// Lives on the gateway thread; everything here is memory work plus at most two small SQLite
// statements per message.
class InboundPipeline : public QObject
{
    Q_OBJECT

public:
    // What the hand-off did with an admitted message. Accepted: stored durably (committed) for
    // the agent. Duplicate: it was already stored (e.g. a redelivery after a crash that came
    // between the hand-off and the ack). Failed: not stored - the channel must redeliver.
    enum class Handoff { Accepted, Duplicate, Failed };
    using Dispatch = std::function<Handoff(const InboundMessage &message)>;

    enum class Outcome { Dispatched, Invalid, Ignored, Duplicate, Denied, PairingNeeded, RateLimited, StorageError };
    Q_ENUM(Outcome)

    // `dispatch`: the durable hand-off (Conversation::InboundConsumer::enqueue in the gateway).
    // `metrics` may be null (no drop-reason metrics then).
    InboundPipeline(InboundLedger &ledger, AccessPolicy &access, SenderRateLimiter &rateLimiter, Dispatch dispatch,
                    ChannelMetrics *metrics = nullptr, QObject *parent = nullptr);

    // Runs one message through the checks above and returns the outcome; adapters reach it
    // through Channel::deliver() and acknowledge the platform by it: StorageError means "not
    // recorded, let the channel redeliver" (a webhook answers 500, a poller keeps its offset).
    Outcome process(Channel &channel, const InboundMessage &message);

    static QString outcomeName(Outcome outcome);
    // The texts of the notices (translatable).
    static QString noticeText(const AccessDecision &decision);
    static QString rateLimitNoticeText();

signals:
    void processed(const Moltdesk::Channels::InboundMessage &message, Moltdesk::Channels::InboundPipeline::Outcome outcome);

private:
    Outcome drop(Channel &channel, const InboundMessage &message, Outcome outcome, const QString &reason);
    void notify(Channel &channel, const InboundMessage &message, const QString &text);

    InboundLedger &m_ledger;
    AccessPolicy &m_access;
    SenderRateLimiter &m_rateLimiter;
    ChannelMetrics *m_metrics;
    Dispatch m_dispatch;
};

} // namespace Moltdesk::Channels
