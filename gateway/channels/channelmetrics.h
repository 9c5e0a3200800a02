#pragma once

#include "channels/channelstatus.h"

#include <QString>

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Channels {

// The one place that names the channel metric families, so every adapter reports alike:
//   moltdesk_channel_messages_received_total{channel}
//   moltdesk_channel_messages_dispatched_total{channel}   passed every check, went to the agent
//   moltdesk_channel_messages_sent_total{channel}
//   moltdesk_channel_errors_total{channel}
//   moltdesk_channel_inbound_dropped_total{channel,reason}
//   moltdesk_channel_state{channel,state}                 1 for the current state, 0 for the others
// Counters are derived from ChannelStatus changes (applyStatus), so status and /metrics never
// disagree; drop reasons come from the pipeline. A null registry makes every call a no-op.
class ChannelMetrics
{
public:
    static inline const QString Received = QStringLiteral("moltdesk_channel_messages_received_total");
    static inline const QString Dispatched = QStringLiteral("moltdesk_channel_messages_dispatched_total");
    static inline const QString Sent = QStringLiteral("moltdesk_channel_messages_sent_total");
    static inline const QString Errors = QStringLiteral("moltdesk_channel_errors_total");
    static inline const QString Dropped = QStringLiteral("moltdesk_channel_inbound_dropped_total");
    static inline const QString State = QStringLiteral("moltdesk_channel_state");

    explicit ChannelMetrics(Metrics::Registry *registry);

    // `reason` must come from a fixed set (AccessDecision reasons, "duplicate", "invalid",
    // "rate_limited"): never from message data, which would let a sender create series.
    void recordDropped(const QString &channel, const QString &reason);
    // Adds the counter growth between two statuses of one channel and sets the state gauge.
    void applyStatus(const ChannelStatus &before, const ChannelStatus &after);

private:
    Metrics::Registry *m_registry;
};

} // namespace Moltdesk::Channels
