#pragma once

#include "channels/channelclock.h"
#include "channels/channellimits.h"
#include "channels/channelstatus.h"
#include "channels/inboundmessage.h"
#include "channels/inboundpipeline.h"
#include "channels/outboundmessage.h"
#include "channels/sendresult.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Moltdesk::Channels {

// The interface every channel adapter (Telegram, Discord, WhatsApp) implements. An adapter turns
// its wire format into InboundMessage, emitted through deliver(), and sends OutboundMessages.
// Everything channel-independent (idempotency, access policy, rate limits, metrics) lives in
// InboundPipeline and ChannelRegistry, so an adapter never re-implements it.
//
// Lives on the gateway thread. The status bookkeeping is done here, not in each adapter, so the
// counters mean the same thing on every channel: adapters report state changes and errors, the
// base class counts received/sent/errors, and the pipeline counts its outcomes.
class Channel : public QObject
{
    Q_OBJECT

public:
    // Called exactly once per send(), on the channel's thread. Adapters must honour this even
    // when they are stopped (answer with a failure).
    using SendCallback = std::function<void(const SendResult &result)>;

    explicit Channel(const QString &name, Clock clock = {}, QObject *parent = nullptr);

    QString name() const { return m_status.channel; }

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual ChannelLimits limits() const = 0;
    // Shows (or stops showing) "typing..." in the chat. The adapter keeps the indicator alive for
    // as long as it is on (Telegram's sendChatAction lasts 5 seconds), so callers set it once.
    virtual void setTyping(const QString &chatId, bool on) = 0;

    // Sends through the adapter and counts the outcome (sent / errors, lastError) in status().
    // `done` may be empty.
    void send(const OutboundMessage &message, SendCallback done = {});

    // Where deliver() hands messages: the gateway's one inbound pipeline (ChannelStack sets it
    // before start()). Without one, deliver() only emits inbound() (tests).
    void setPipeline(InboundPipeline *pipeline) { m_pipeline = pipeline; }

    // Before the agent runs on `message`: resolves what the channel must fetch first (photos,
    // voice notes, documents into the object store) and calls `ready` once with the message as
    // the agent should see it and extra content blocks (images) for the model. The default has
    // nothing to fetch.
    using Prepared = std::function<void(const InboundMessage &message, const QJsonArray &extraContent)>;
    virtual void prepare(const InboundMessage &message, Prepared ready) { ready(message, {}); }

    ChannelStatus status() const { return m_status; }

    // For InboundPipeline: outcomes of messages this channel delivered.
    void countDispatched();
    void countDuplicate();
    void countRejected();
    // An adapter-level failure (already redacted: never a URL with a token in it).
    void reportError(const QString &error);

signals:
    void inbound(const Moltdesk::Channels::InboundMessage &message);
    void statusChanged(const Moltdesk::Channels::ChannelStatus &status);

protected:
    // The adapter's actual send; must call `done` exactly once.
    virtual void sendMessage(const OutboundMessage &message, SendCallback done) = 0;

    // Hands a parsed message to the pipeline and returns what it did (docs/channels/README.md
    // "Pipeline"): counts it, stamps lastEventAt and receivedAt (if unset), fills `channel` with
    // name() and emits inbound(). StorageError means "not recorded": the adapter must not
    // acknowledge the message, so the platform delivers it again. Without a pipeline: Ignored.
    InboundPipeline::Outcome deliver(InboundMessage message);
    // State changes with human words (e.g. for a 409: "another program is polling this bot; stop
    // it or switch to webhook mode").
    void setState(ChannelStatus::State state, const QString &detail = QString());
    // Any sign of life from the channel (a poll that answered, a webhook call).
    void noteEvent();
    QDateTime now() const { return readClock(m_clock); }

private:
    void changed();

    Clock m_clock;
    ChannelStatus m_status;
    QPointer<InboundPipeline> m_pipeline;
};

} // namespace Moltdesk::Channels
