#include "metrics/webhookrejections.h"

#include "metrics/registry.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Metrics {

WebhookRejections::WebhookRejections(Registry *registry)
    : m_registry(registry)
{
    if (m_registry)
        m_registry->registerCounter(metricName(), u"Webhook deliveries refused, by channel and reason"_s);
}

QString WebhookRejections::metricName()
{
    return u"moltdesk_webhook_rejected_total"_s;
}

void WebhookRejections::record(const QString &channel, const QString &reason)
{
    if (m_registry)
        m_registry->increment(metricName(), {{u"channel"_s, channel}, {u"reason"_s, reason}});
}

} // namespace Moltdesk::Metrics
