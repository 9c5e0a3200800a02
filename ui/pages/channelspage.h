#pragma once

#include "page.h"
#include "pages/channelspagecontext.h"
#include "panelservices.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>

class QListWidget;
class QStackedWidget;

namespace Moltdesk::Ui {

class ChannelEntry;
class StatusLine;
class TelegramEntry;

// The Channels page: a list of channels on the left (Telegram; Discord and WhatsApp as "coming
// soon"), the selected channel's own widget on the right (set-up flow, live status, access policy,
// pairing requests). Live status comes from channels.status — asked when the page is shown and
// every few seconds while it is visible — and from `health` events when the gateway sends them.
// A new channel is one ChannelEntry handed to addEntry().
class ChannelsPage : public Page
{
    Q_OBJECT

public:
    ChannelsPage(const PanelServices &services, const ChannelsPageContext &context, QWidget *parent = nullptr);
    ~ChannelsPage() override;

    QString title() const override;
    QIcon icon() const override;

    void addEntry(ChannelEntry *entry);
    ChannelEntry *entry(const QString &channelId) const;
    TelegramEntry *telegram() const { return m_telegram; }
    void select(const QString &channelId);

    // Asks channels.status now.
    void refreshStatus();
    // The gateway's configuration now, for the entries' switches and policies.
    void refreshConfig();
    void setRefreshInterval(std::chrono::milliseconds interval);

protected:
    void onActivated(bool first) override;
    void onDeactivated() override;

private:
    void applyChannels(const QJsonObject &channels);
    void onEvent(const QString &name, const QJsonValue &payload);
    void updateListItem(ChannelEntry *entry);
    void showEntry(int row);

    PanelServices m_services;
    ChannelsPageContext m_context;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    StatusLine *m_status = nullptr;
    QList<ChannelEntry *> m_entries;
    QList<ChannelEntry *> m_loaded;
    TelegramEntry *m_telegram = nullptr;
    QTimer m_refresh;
    bool m_asking = false;
};

} // namespace Moltdesk::Ui
