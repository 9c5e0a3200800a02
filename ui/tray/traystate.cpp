#include "tray/traystate.h"

#include "channels/channelwords.h"
#include "sessions/sessionformat.h"

#include <QJsonObject>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
// Channel states that mean the channel is not answering right now (docs/channels/README.md).
bool isTroubled(const QString &state)
{
    return state == u"error"_s || state == u"conflict"_s || state == u"unauthorized"_s || state == u"retrying"_s;
}
} // namespace

TrayState::Kind TrayState::kind() const
{
    switch (m_status.state) {
    case Control::GatewayStatus::State::Failed:
        return Kind::Error;
    case Control::GatewayStatus::State::Starting:
        return Kind::Starting;
    case Control::GatewayStatus::State::Stopping:
    case Control::GatewayStatus::State::Stopped:
        return Kind::Stopped;
    case Control::GatewayStatus::State::Running:
        break;
    }
    const QString health = m_status.health.value(u"status"_s).toString();
    if (health == u"error"_s)
        return Kind::Error;
    // Paused wins over warnings: it is the operator's own choice and the most useful thing to see.
    if (m_pause.paused)
        return Kind::Paused;
    if (health == u"degraded"_s)
        return Kind::Warning;
    const QJsonObject channels = m_status.health.value(u"channels"_s).toObject();
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QJsonObject channel = it.value().toObject();
        if (channel.value(u"enabled"_s).toBool() && isTroubled(channel.value(u"state"_s).toString()))
            return Kind::Warning;
    }
    return Kind::Running;
}

QString TrayState::channelStateWord(const QString &state)
{
    if (state == u"running"_s)
        return tr("connected");
    if (state == u"starting"_s)
        return tr("connecting");
    if (state == u"retrying"_s)
        return tr("reconnecting");
    return ChannelWords::stateName(state).toLower();
}

QStringList TrayState::channelLines() const
{
    QStringList lines;
    const QJsonObject channels = m_status.health.value(u"channels"_s).toObject();
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QJsonObject channel = it.value().toObject();
        if (!channel.value(u"enabled"_s).toBool())
            continue;
        lines << tr("%1: %2").arg(ChannelWords::channelName(it.key()),
                                  channelStateWord(channel.value(u"state"_s).toString()));
    }
    return lines;
}

QString TrayState::toolTip() const
{
    QString first;
    switch (kind()) {
    case Kind::Starting:
        first = tr("Moltdesk: starting");
        break;
    case Kind::Stopped:
        first = tr("Moltdesk: stopped");
        break;
    case Kind::Error:
        first = m_status.error.isEmpty() ? tr("Moltdesk: not working, see the panel")
                                         : tr("Moltdesk: stopped: %1").arg(m_status.error);
        break;
    case Kind::Paused:
        first = m_pause.since.isValid()
            ? tr("Moltdesk: the bot is paused since %1").arg(m_pause.since.toLocalTime().toString(u"HH:mm"_s))
            : tr("Moltdesk: the bot is paused");
        break;
    case Kind::Warning:
        first = tr("Moltdesk: running with warnings");
        break;
    case Kind::Running:
        first = tr("Moltdesk: running");
        break;
    }
    if (m_status.state != Control::GatewayStatus::State::Running)
        return first;
    QStringList second = channelLines();
    if (second.isEmpty())
        second << tr("no channel enabled");
    if (m_todayCostUsd)
        second << tr("today %1").arg(SessionFormat::cost(*m_todayCostUsd));
    return first + u'\n' + second.join(u" · "_s);
}

QIcon TrayState::icon(Kind kind)
{
    QColor colour(0x2e, 0x9d, 0x5a); // running: green
    switch (kind) {
    case Kind::Running:
        break;
    case Kind::Warning:
        colour = QColor(0xe0, 0x8e, 0x0b);
        break;
    case Kind::Error:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case Kind::Paused:
        colour = QColor(0x3b, 0x5b, 0xa9); // a calm blue: deliberate, not a fault
        break;
    case Kind::Starting:
    case Kind::Stopped:
        colour = QColor(0x75, 0x75, 0x75);
        break;
    }
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
        if (kind == Kind::Paused) {
            // Two bars, the symbol every media control uses for "paused".
            painter.setBrush(Qt::white);
            const qreal barWidth = size * 0.16;
            const qreal top = size * 0.24;
            const qreal height = size * 0.52;
            painter.drawRoundedRect(QRectF(size * 0.30, top, barWidth, height), barWidth * 0.3, barWidth * 0.3);
            painter.drawRoundedRect(QRectF(size * 0.54, top, barWidth, height), barWidth * 0.3, barWidth * 0.3);
        } else {
            painter.setPen(Qt::white);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(int(size * 0.62));
            painter.setFont(font);
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"M"_s);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Moltdesk::Ui
