#include "http/servermetrics.h"

#include "metrics/registry.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

namespace {
const QString kRequests = u"moltdesk_http_requests_total"_s;
const QString kRequestBytes = u"moltdesk_http_request_bytes_total"_s;
const QString kResponseBytes = u"moltdesk_http_response_bytes_total"_s;
const QString kOpen = u"moltdesk_http_open_connections"_s;
const QString kRejected = u"moltdesk_http_connections_rejected_total"_s;
} // namespace

ServerMetrics::ServerMetrics(Metrics::Registry *registry)
    : m_registry(registry)
{
    if (!m_registry)
        return;
    m_registry->registerCounter(kRequests, u"HTTP requests answered, by route pattern, method and status"_s);
    m_registry->registerCounter(kRequestBytes, u"Bytes received on HTTP connections"_s, false);
    m_registry->registerCounter(kResponseBytes, u"Bytes sent on HTTP connections"_s, false);
    m_registry->registerGauge(kOpen, u"HTTP connections currently open"_s, false);
    m_registry->registerCounter(kRejected, u"HTTP connections refused, by reason"_s);
}

QString ServerMetrics::unmatchedRoute()
{
    return u"unmatched"_s;
}

void ServerMetrics::requestFinished(const QString &route, const QString &method, int status)
{
    if (m_registry) {
        m_registry->increment(kRequests, {{u"route"_s, route.isEmpty() ? unmatchedRoute() : route},
                                          {u"method"_s, method.isEmpty() ? u"unknown"_s : method},
                                          {u"status"_s, QString::number(status)}});
    }
}

void ServerMetrics::requestBytes(qint64 bytes)
{
    if (m_registry && bytes > 0)
        m_registry->increment(kRequestBytes, {}, double(bytes));
}

void ServerMetrics::responseBytes(qint64 bytes)
{
    if (m_registry && bytes > 0)
        m_registry->increment(kResponseBytes, {}, double(bytes));
}

void ServerMetrics::openConnections(int count)
{
    if (m_registry)
        m_registry->setGauge(kOpen, {}, count);
}

void ServerMetrics::connectionRejected(const QString &reason)
{
    if (m_registry)
        m_registry->increment(kRejected, {{u"reason"_s, reason}});
}

} // namespace Moltdesk::Http
