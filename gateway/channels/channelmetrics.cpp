#include "channels/channelmetrics.h"

#include "metrics/registry.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

ChannelMetrics::ChannelMetrics(Metrics::Registry *registry)
    : m_registry(registry)
{
    if (!m_registry)
        return;
    m_registry->registerCounter(Received, u"Inbound channel messages received, by channel."_s);
    m_registry->registerCounter(Dispatched, u"Inbound channel messages handed to the agent, by channel."_s);
    m_registry->registerCounter(Sent, u"Outbound channel messages accepted by the channel, by channel."_s);
    m_registry->registerCounter(Errors, u"Channel send failures and adapter errors, by channel."_s);
    m_registry->registerCounter(Dropped, u"Inbound channel messages dropped before the agent, by channel and reason."_s);
    m_registry->registerGauge(State, u"Channel adapter state: 1 for the current state, 0 for the others."_s);
}

void ChannelMetrics::recordDropped(const QString &channel, const QString &reason)
{
    if (m_registry)
        m_registry->increment(Dropped, {{u"channel"_s, channel}, {u"reason"_s, reason}});
}

void ChannelMetrics::applyStatus(const ChannelStatus &before, const ChannelStatus &after)
{
    if (!m_registry)
        return;
    const Metrics::Labels labels{{u"channel"_s, after.channel}};
    auto grow = [&](const QString &name, quint64 was, quint64 now) {
        if (now > was)
            m_registry->increment(name, labels, double(now - was));
    };
    grow(Received, before.counters.received, after.counters.received);
    grow(Dispatched, before.counters.dispatched, after.counters.dispatched);
    grow(Sent, before.counters.sent, after.counters.sent);
    grow(Errors, before.counters.errors, after.counters.errors);
    for (ChannelStatus::State state : ChannelStatus::AllStates) {
        m_registry->setGauge(State, {{u"channel"_s, after.channel}, {u"state"_s, ChannelStatus::stateName(state)}},
                             state == after.state ? 1.0 : 0.0);
    }
}

} // namespace Moltdesk::Channels
