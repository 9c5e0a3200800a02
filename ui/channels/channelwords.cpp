#include "channels/channelwords.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

QString ChannelWords::channelName(const QString &id)
{
    if (id == u"telegram"_s)
        return tr("Telegram");
    if (id == u"discord"_s)
        return tr("Discord");
    if (id == u"whatsapp"_s)
        return tr("WhatsApp");
    return id;
}

QString ChannelWords::stateName(const QString &state)
{
    if (state == u"disabled"_s)
        return tr("Disabled");
    if (state == u"starting"_s)
        return tr("Starting");
    if (state == u"running"_s)
        return tr("Running");
    if (state == u"retrying"_s)
        return tr("Retrying");
    if (state == u"error"_s)
        return tr("Error");
    if (state == u"stopped"_s)
        return tr("Stopped");
    if (state == u"conflict"_s)
        return tr("Conflict");
    if (state == u"unauthorized"_s)
        return tr("Token refused");
    return state.isEmpty() ? tr("Unknown") : state;
}

QString ChannelWords::ago(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, time.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

QDateTime ChannelWords::parseTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

} // namespace Moltdesk::Ui
