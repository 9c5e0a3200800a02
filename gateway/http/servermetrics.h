#pragma once

#include <QByteArray>
#include <QString>

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Http {

// What the HTTP transport records into the metrics registry. `route` is always a route pattern
// or "unmatched", never a raw path, so a scanner probing random URLs cannot create series.
// A null registry makes every call a no-op (tests, or metrics switched off).
class ServerMetrics
{
public:
    explicit ServerMetrics(Metrics::Registry *registry);

    void requestFinished(const QString &route, const QString &method, int status);
    void requestBytes(qint64 bytes);
    void responseBytes(qint64 bytes);
    void openConnections(int count);
    void connectionRejected(const QString &reason);

    static QString unmatchedRoute();

private:
    Metrics::Registry *m_registry;
};

} // namespace Moltdesk::Http
