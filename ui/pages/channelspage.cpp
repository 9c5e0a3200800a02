#include "pages/channelspage.h"

#include "config/loader.h"

#include "channels/channelentry.h"
#include "channels/channelicon.h"
#include "channels/comingsoonentry.h"
#include "channels/telegramentry.h"
#include "gatewayclient.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ChannelsPage::ChannelsPage(const PanelServices &services, const ChannelsPageContext &context, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_context(context)
{
    setObjectName(u"channelsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"channelList"_s);
    m_list->setAccessibleName(tr("Channels"));
    m_list->setAccessibleDescription(tr("The channels the bot is reached through; choose one to see its state and set it up"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(2);
    m_list->setFixedWidth(210);
    m_list->setUniformItemSizes(true);
    m_stack = new QStackedWidget(this);
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    layout->addLayout(row, 1);
    m_status = new StatusLine(this);
    m_status->setObjectName(u"channelsStatus"_s);
    layout->addWidget(m_status);

    m_telegram = new TelegramEntry(services, context, this);
    addEntry(m_telegram);
    addEntry(new ComingSoonEntry(u"discord"_s,
                                 tr("Talk to the agent from a Discord server or in direct messages, with the same "
                                    "access policy and pairing as Telegram."),
                                 this));
    addEntry(new ComingSoonEntry(u"whatsapp"_s,
                                 tr("Answer WhatsApp messages through the WhatsApp Business Cloud API."), this));

    connect(m_list, &QListWidget::currentRowChanged, this, &ChannelsPage::showEntry);
    setMainControl(m_list);
    m_refresh.setInterval(std::chrono::seconds(5));
    connect(&m_refresh, &QTimer::timeout, this, &ChannelsPage::refreshStatus);
    if (m_services.gateway)
        connect(m_services.gateway, &GatewayClient::event, this, &ChannelsPage::onEvent);
    m_list->setCurrentRow(0);
}

ChannelsPage::~ChannelsPage() = default;

QString ChannelsPage::title() const
{
    return tr("Channels");
}

QIcon ChannelsPage::icon() const
{
    return ChannelIcon::pageIcon(palette());
}

void ChannelsPage::addEntry(ChannelEntry *entry)
{
    entry->setParent(m_stack);
    m_entries.append(entry);
    m_stack->addWidget(entry);
    auto *item = new QListWidgetItem(entry->icon(), QString(), m_list);
    item->setData(IdRole, entry->channelId());
    updateListItem(entry);
    connect(entry, &ChannelEntry::summaryChanged, this, [this, entry] { updateListItem(entry); });
}

ChannelEntry *ChannelsPage::entry(const QString &channelId) const
{
    for (ChannelEntry *e : m_entries) {
        if (e->channelId() == channelId)
            return e;
    }
    return nullptr;
}

void ChannelsPage::select(const QString &channelId)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i)->channelId() == channelId)
            m_list->setCurrentRow(i);
    }
}

void ChannelsPage::updateListItem(ChannelEntry *entry)
{
    const int index = int(m_entries.indexOf(entry));
    if (QListWidgetItem *item = m_list->item(index)) {
        item->setText(entry->displayName() + u'\n' + entry->summary());
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(entry->displayName(), entry->summary()));
    }
}

void ChannelsPage::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    ChannelEntry *e = m_entries.at(row);
    m_stack->setCurrentWidget(e);
    // Entries load when first seen, so a channel nobody opens costs nothing.
    if (isActive() && !m_loaded.contains(e)) {
        m_loaded.append(e);
        e->load();
    }
}

void ChannelsPage::onActivated(bool first)
{
    if (first)
        showEntry(m_list->currentRow());
    refreshConfig();
    refreshStatus();
    if (m_services.gateway)
        m_refresh.start();
}

void ChannelsPage::onDeactivated()
{
    m_refresh.stop();
}

void ChannelsPage::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refresh.setInterval(interval);
}

void ChannelsPage::refreshStatus()
{
    if (!m_services.gateway) {
        m_status->showError(tr("The gateway is not running: no live status and no pairing requests."));
        return;
    }
    if (m_asking)
        return; // one question at a time; a slow gateway must not pile calls up
    m_asking = true;
    m_services.gateway->call(u"channels.status"_s, {}, this,
                             [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 m_asking = false;
                                 if (error) {
                                     m_status->showError(tr("The channel status could not be read: %1")
                                                             .arg(error->message()));
                                     return;
                                 }
                                 if (m_status->isError())
                                     m_status->clearMessage();
                                 applyChannels(payload.toObject().value(u"channels"_s).toObject());
                             });
}

void ChannelsPage::applyChannels(const QJsonObject &channels)
{
    for (ChannelEntry *e : std::as_const(m_entries)) {
        if (channels.contains(e->channelId()))
            e->applyStatus(channels.value(e->channelId()).toObject());
    }
}

void ChannelsPage::refreshConfig()
{
    if (!m_services.gateway)
        return;
    m_services.gateway->call(u"config.get"_s, {}, this,
                             [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 // A gateway that cannot say (an error, an older gateway): the
                                 // settings it started with are the best there is.
                                 Config::Settings settings = m_context.settings;
                                 if (!error) {
                                     const Config::LoadResult loaded = Config::Loader::fromJson(
                                         payload.toObject().value(u"config"_s).toObject(), u"config.json"_s);
                                     if (loaded.ok())
                                         settings = loaded.settings;
                                 }
                                 for (ChannelEntry *e : std::as_const(m_entries))
                                     e->applyConfig(settings);
                             });
}

void ChannelsPage::onEvent(const QString &name, const QJsonValue &payload)
{
    if (name == u"health"_s)
        applyChannels(payload.toObject().value(u"channels"_s).toObject());
    else if (name == u"config.changed"_s)
        refreshConfig();
}

} // namespace Moltdesk::Ui
