#include "channels/channel.h"

#include <QPointer>

namespace Moltdesk::Channels {

Channel::Channel(const QString &name, Clock clock, QObject *parent)
    : QObject(parent),
      m_clock(std::move(clock))
{
    m_status.channel = name;
}

void Channel::send(const OutboundMessage &message, SendCallback done)
{
    // The adapter may answer after this object is gone (a reply in flight at shutdown): count
    // only while we still exist, but always tell the caller.
    QPointer<Channel> self(this);
    sendMessage(message, [self, done = std::move(done)](const SendResult &result) {
        if (self) {
            if (result.ok) {
                self->m_status.counters.sent += quint64(qMax(qsizetype(1), result.messageIds.size()));
                self->m_status.lastEventAt = self->now();
                self->changed();
            } else {
                self->reportError(result.error);
            }
        }
        if (done)
            done(result);
    });
}

void Channel::countDispatched()
{
    ++m_status.counters.dispatched;
    changed();
}

void Channel::countDuplicate()
{
    ++m_status.counters.duplicates;
    changed();
}

void Channel::countRejected()
{
    ++m_status.counters.rejected;
    changed();
}

InboundPipeline::Outcome Channel::deliver(InboundMessage message)
{
    message.channel = name();
    const QDateTime at = now();
    if (!message.receivedAt.isValid())
        message.receivedAt = at;
    ++m_status.counters.received;
    m_status.lastEventAt = at;
    changed();
    Q_EMIT inbound(message);
    return m_pipeline ? m_pipeline->process(*this, message) : InboundPipeline::Outcome::Ignored;
}

void Channel::setState(ChannelStatus::State state, const QString &detail)
{
    if (m_status.state == state && m_status.detail == detail)
        return;
    m_status.state = state;
    m_status.detail = detail;
    changed();
}

void Channel::reportError(const QString &error)
{
    ++m_status.counters.errors;
    m_status.lastError = error;
    m_status.lastErrorAt = now();
    changed();
}

void Channel::noteEvent()
{
    m_status.lastEventAt = now();
    changed();
}

void Channel::changed()
{
    Q_EMIT statusChanged(m_status);
}

} // namespace Moltdesk::Channels
