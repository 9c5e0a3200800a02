#pragma once

#include <QString>

namespace Moltdesk::Metrics {

class Registry;

// The one way any channel module counts a refused webhook delivery, so the family name and its
// labels stay identical everywhere: moltdesk_webhook_rejected_total{channel,reason}.
// `reason` must come from a small fixed set (e.g. "bad_signature", "bad_json", "too_large",
// "duplicate") - never from request data, which would let a sender blow up the series count.
class WebhookRejections
{
public:
    explicit WebhookRejections(Registry *registry);

    void record(const QString &channel, const QString &reason);

    static QString metricName();

private:
    Registry *m_registry;
};

} // namespace Moltdesk::Metrics
