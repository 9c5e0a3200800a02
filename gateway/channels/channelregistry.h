#pragma once

#include "channels/channelmetrics.h"
#include "channels/channelstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Moltdesk::Metrics {
class Registry;
}

namespace Moltdesk::Channels {

class Channel;

// The running channel adapters, on the gateway thread. Feeds /healthz (healthJson), WS
// `channels.status` (control/channels.h) and /metrics (ChannelMetrics, from status changes).
class ChannelRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ChannelRegistry(Metrics::Registry *metrics = nullptr, QObject *parent = nullptr);

    // Registers an adapter; the registry becomes its QObject parent if it has none. False (and
    // nothing changes) for null or for a name already registered.
    bool add(Channel *channel);
    // Unregisters `name` (config reload) and hands the adapter back, still running if it was:
    // the caller stops it and deletes it. Null when nothing of that name is registered.
    Channel *take(const QString &name);
    Channel *channel(const QString &name) const;
    QList<Channel *> channels() const; // in name order
    QStringList names() const;         // sorted

    void startAll();
    void stopAll();

    // The `channels` object of /healthz: {name: ChannelStatus::toJson()} for every registered
    // adapter, plus {enabled:false, state:"disabled"} for each name in `alsoReport` that has no
    // adapter (so /healthz always lists telegram, discord and whatsapp).
    QJsonObject healthJson(const QStringList &alsoReport = QStringList()) const;

    ChannelMetrics &metrics() { return m_metrics; }

signals:
    // Any registered channel's status changed (a queued connection may carry it to the GUI).
    void statusChanged(const Moltdesk::Channels::ChannelStatus &status);

private:
    void onStatusChanged(const ChannelStatus &status);

    ChannelMetrics m_metrics;
    QHash<QString, Channel *> m_channels;
    QHash<QString, ChannelStatus> m_lastStatus; // what the metrics have seen
};

} // namespace Moltdesk::Channels
