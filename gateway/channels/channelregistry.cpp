#include "channels/channelregistry.h"

#include "channels/channel.h"

#include <algorithm>

namespace Moltdesk::Channels {

ChannelRegistry::ChannelRegistry(Metrics::Registry *metrics, QObject *parent)
    : QObject(parent),
      m_metrics(metrics)
{
}

Channel *ChannelRegistry::take(const QString &name)
{
    Channel *channel = m_channels.take(name);
    if (!channel)
        return nullptr;
    m_lastStatus.remove(name);
    disconnect(channel, nullptr, this, nullptr);
    return channel;
}

bool ChannelRegistry::add(Channel *channel)
{
    if (!channel || channel->name().isEmpty() || m_channels.contains(channel->name()))
        return false;
    if (!channel->parent())
        channel->setParent(this);
    const QString name = channel->name();
    m_channels.insert(name, channel);
    const ChannelStatus initial = channel->status();
    // Counted from zero, so whatever the adapter did before registration shows up too.
    ChannelStatus zero;
    zero.channel = name;
    m_metrics.applyStatus(zero, initial);
    m_lastStatus.insert(name, initial);
    connect(channel, &Channel::statusChanged, this, &ChannelRegistry::onStatusChanged);
    connect(channel, &QObject::destroyed, this, [this, name] {
        m_channels.remove(name);
        m_lastStatus.remove(name);
    });
    return true;
}

Channel *ChannelRegistry::channel(const QString &name) const
{
    return m_channels.value(name);
}

QStringList ChannelRegistry::names() const
{
    QStringList list = m_channels.keys();
    list.sort();
    return list;
}

QList<Channel *> ChannelRegistry::channels() const
{
    QList<Channel *> list;
    for (const QString &name : names())
        list.append(m_channels.value(name));
    return list;
}

void ChannelRegistry::startAll()
{
    for (Channel *channel : channels())
        channel->start();
}

void ChannelRegistry::stopAll()
{
    for (Channel *channel : channels())
        channel->stop();
}

QJsonObject ChannelRegistry::healthJson(const QStringList &alsoReport) const
{
    QJsonObject json;
    for (const QString &name : alsoReport) {
        ChannelStatus disabled;
        disabled.channel = name;
        disabled.state = ChannelStatus::State::Disabled;
        json.insert(name, disabled.toJson());
    }
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        json.insert(it.key(), it.value()->status().toJson());
    return json;
}

void ChannelRegistry::onStatusChanged(const ChannelStatus &status)
{
    m_metrics.applyStatus(m_lastStatus.value(status.channel), status);
    m_lastStatus.insert(status.channel, status);
    Q_EMIT statusChanged(status);
}

} // namespace Moltdesk::Channels
