#pragma once

#include "config/settings.h"

#include <QIcon>
#include <QJsonObject>
#include <QWidget>

namespace Moltdesk::Ui {

// One channel on the Channels page: its set-up flow, status and access policy in one widget. The
// page lists entries and feeds them the gateway's status; a new channel (Discord, WhatsApp) is
// one more ChannelEntry subclass handed to ChannelsPage::addEntry(), nothing else changes.
class ChannelEntry : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The gateway's name for the channel ("telegram"), as in channels.status and allowFrom.
    virtual QString channelId() const = 0;
    virtual QString displayName() const = 0;
    virtual QIcon icon() const = 0;
    // One short line under the name in the list ("Running", "Not set up", "Coming soon").
    virtual QString summary() const = 0;

    // The first time the entry is shown: the moment to read secrets or call the gateway.
    virtual void load() {}
    // This channel's part of channels.status / the health event:
    // {enabled, state, detail, lastEventAt, lastError, lastErrorAt, counters}.
    virtual void applyStatus(const QJsonObject &status) { Q_UNUSED(status) }
    // The configuration the gateway runs with now (config.get, again after config.changed), so
    // switches and policies show what is in use, not what was read at start-up.
    virtual void applyConfig(const Config::Settings &settings) { Q_UNUSED(settings) }

Q_SIGNALS:
    void summaryChanged();
};

} // namespace Moltdesk::Ui
