#include "channels/notifier.h"

#include "channels/channelwords.h"
#include "gatewayclient.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

Notifier::Notifier(GatewayClient *gateway, Sink sink, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_sink(std::move(sink))
{
    if (m_gateway)
        connect(m_gateway, &GatewayClient::event, this, &Notifier::onEvent);
    connect(&m_poll, &QTimer::timeout, this, &Notifier::poll);
}

void Notifier::watchChannels(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(interval);
    poll();
}

void Notifier::poll()
{
    if (!m_gateway)
        return;
    m_gateway->call(u"channels.status"_s, {}, this,
                    [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        if (!error)
                            noteChannels(payload.toObject().value(u"channels"_s).toObject());
                    });
}

bool Notifier::isFailing(const QString &state)
{
    // ChannelStatus says "error" for a refused token or a 409; the poller's own names
    // (conflict, unauthorized) are accepted too, so a richer health payload needs no change here.
    return state == u"error"_s || state == u"conflict"_s || state == u"unauthorized"_s;
}

void Notifier::noteChannels(const QJsonObject &channels)
{
    for (auto it = channels.constBegin(); it != channels.constEnd(); ++it) {
        const QJsonObject status = it.value().toObject();
        const bool failing = isFailing(status.value(u"state"_s).toString());
        const bool wasFailing = m_failing.value(it.key(), false);
        m_failing.insert(it.key(), failing);
        if (!failing || wasFailing)
            continue;
        QString why = status.value(u"detail"_s).toString();
        if (why.isEmpty())
            why = status.value(u"lastError"_s).toString();
        if (why.isEmpty())
            why = tr("no reason was given");
        const QString channel = it.key();
        ++m_pending;
        QTimer::singleShot(m_settle, this, [this, channel, why] {
            --m_pending;
            announce(channel, why);
        });
    }
}

void Notifier::setTiming(std::chrono::milliseconds settle, std::chrono::milliseconds quietAfterChange)
{
    m_settle = settle;
    m_quietAfterChange = quietAfterChange;
}

void Notifier::announce(const QString &channel, const QString &why)
{
    if (!m_failing.value(channel, false))
        return; // recovered meanwhile
    if (!m_quiet.hasExpired())
        return; // caused by a change just made in the panel, which shows it where it was made
    m_sink(tr("%1 stopped working").arg(ChannelWords::channelName(channel)), why);
}

void Notifier::onEvent(const QString &name, const QJsonValue &payload)
{
    const QJsonObject object = payload.toObject();
    if (name == u"pairing.requested"_s) {
        const QJsonObject pairing = object.value(u"pairing"_s).toObject();
        // The name is the sender's own choice (untrusted): the gateway cleaned it (docs/channels/README.md
        // "Pairing"); quoted here.
        const QString name = pairing.value(u"senderName"_s).toString();
        const QString id = pairing.value(u"senderId"_s).toString();
        const QString channel = ChannelWords::channelName(pairing.value(u"channel"_s).toString());
        const QString code = pairing.value(u"code"_s).toString();
        if (pairing.value(u"kind"_s).toString() == u"group"_s) {
            const QString group = name.isEmpty() ? tr("A group (id %1)").arg(id) : tr("The group “%1”").arg(name);
            m_sink(tr("New group pairing request"),
                   tr("%1 wants your bot to answer there on %2 — code %3, approve it in Channels.")
                       .arg(group, channel, code));
        } else {
            const QString who = name.isEmpty() ? tr("Someone (id %1)").arg(id) : tr("“%1”").arg(name);
            m_sink(tr("New pairing request"),
                   tr("%1 wants to talk to your bot on %2 — code %3, approve it in Channels.").arg(who, channel, code));
        }
    } else if (name == u"usage.budget"_s) {
        const QString reason = object.value(u"reason"_s).toString();
        m_sink(tr("Budget reached"),
               reason.isEmpty() ? tr("The spending cap is reached: the bot stops answering until it resets.") : reason);
    } else if (name == u"config.changed"_s || name == u"secrets.changed"_s) {
        m_quiet.setRemainingTime(m_quietAfterChange);
    } else if (name == u"health"_s) {
        noteChannels(object.value(u"channels"_s).toObject());
    }
}

} // namespace Moltdesk::Ui
