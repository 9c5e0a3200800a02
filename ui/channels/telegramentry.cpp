#include "channels/telegramentry.h"

#include "asynctask.h"
#include "channels/accesspolicybox.h"
#include "channels/channelicon.h"
#include "channels/channelstatusbox.h"
#include "channels/channelwords.h"
#include "channels/configupdate.h"
#include "channels/pairingbox.h"
#include "channels/telegramsetup.h"
#include "channels/telegramsetuppanel.h"
#include "security/secretcatalog.h"
#include "security/secretstore.h"
#include "widgets/statusline.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

TelegramEntry::TelegramEntry(const PanelServices &services, const ChannelsPageContext &context, QWidget *parent)
    : ChannelEntry(parent)
    , m_services(services)
{
    setObjectName(u"channel_telegram"_s);
    m_setup = new TelegramSetup(services.secrets, context.settings, this);
    m_setup->setGateway(services.gateway);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 12, 0);
    auto *icon = new QLabel(this);
    icon->setPixmap(this->icon().pixmap(36, 36));
    auto *title = new QLabel(displayName(), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setObjectName(u"telegramEnabled"_s);
    m_enabled->setAccessibleName(tr("Telegram channel enabled"));
    m_enabled->setChecked(context.settings.channels.telegram.enabled);
    m_enabled->setToolTip(tr("Saved to config.json; the running gateway starts or stops the channel at once."));
    m_enabledStatus = new StatusLine(this);
    m_enabledStatus->setObjectName(u"enabledStatus"_s);
    header->addWidget(icon);
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(m_enabledStatus, 1);
    header->addWidget(m_enabled);
    outer->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a container, not a Tab stop: its controls are
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(12);
    m_statusBox = new ChannelStatusBox(content);
    m_pairing = new PairingBox(channelId(), services.gateway, content);
    m_setupPanel = new TelegramSetupPanel(m_setup, content);
    m_access = new AccessPolicyBox(channelId(), context.settings.security, content);
    m_access->setGateway(services.gateway);
    layout->addWidget(m_statusBox);
    layout->addWidget(m_pairing);
    layout->addWidget(m_setupPanel);
    layout->addWidget(m_access);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    if (!services.gateway)
        m_statusBox->showUnavailable(tr("The gateway is not running, so there is no live status."));

    connect(m_enabled, &QCheckBox::clicked, this, &TelegramEntry::setEnabledInConfig);
    connect(m_setup, &TelegramSetup::saved, this, [this](const Config::Settings &settings) {
        m_enabled->setChecked(settings.channels.telegram.enabled);
        m_setupPanel->setTokenStored(true);
    });
}

QString TelegramEntry::channelId() const
{
    return u"telegram"_s;
}

QString TelegramEntry::displayName() const
{
    return ChannelWords::channelName(channelId());
}

QIcon TelegramEntry::icon() const
{
    return ChannelIcon::make(channelId(), palette(), true);
}

QString TelegramEntry::summary() const
{
    if (m_state.isEmpty())
        return m_enabled->isChecked() ? tr("Enabled") : tr("Not set up");
    return ChannelWords::stateName(m_state);
}

void TelegramEntry::load()
{
    m_pairing->reload();
    // Without a gateway there is no configuration to wait for: the start-up settings are all.
    m_wantsStoredCheck = true;
    if (m_haveConfig || !m_services.gateway)
        checkStoredToken();
}

void TelegramEntry::checkStoredToken()
{
    m_wantsStoredCheck = false;
    if (!m_services.secrets)
        return;
    // With a stored token, ask Telegram which bot it is, so the page shows the bot without the
    // user pasting anything. The value stays inside TelegramSetup; it is never shown.
    m_services.secrets->read(QString(Security::SecretNames::TelegramBotToken), this,
                             [this](const Security::SecretResult &result) {
                                 m_setupPanel->setTokenStored(result.isOk());
                                 if (result.isOk() && !m_setup->hasBot()
                                     && (m_setup->step() == TelegramSetup::Step::EnterToken
                                         || m_setup->step() == TelegramSetup::Step::TokenRefused))
                                     m_setup->checkToken(result.value());
                             });
}

void TelegramEntry::applyConfig(const Config::Settings &settings)
{
    if (!m_savingEnabled)
        m_enabled->setChecked(settings.channels.telegram.enabled);
    m_access->applyConfig(settings.security);
    // The set-up checks go to the Bot API the gateway uses now (the wizard may have changed it);
    // a check made against another address is asked again.
    const bool apiChanged = m_setup->applyConfig(settings);
    m_haveConfig = true;
    if (m_wantsStoredCheck || (apiChanged && m_setup->step() == TelegramSetup::Step::TokenRefused))
        checkStoredToken();
}

void TelegramEntry::applyStatus(const QJsonObject &status)
{
    m_statusBox->applyStatus(status);
    // The switch shows what the gateway runs with (channels.status `enabled`), never a value read
    // at start-up: the wizard or the Settings page may have switched the channel since.
    if (status.contains(u"enabled"_s) && !m_savingEnabled)
        m_enabled->setChecked(status.value(u"enabled"_s).toBool());
    const QString state = status.value(u"state"_s).toString();
    if (state != m_state) {
        m_state = state;
        Q_EMIT summaryChanged();
    }
}

void TelegramEntry::setEnabledInConfig(bool enabled)
{
    m_enabled->setEnabled(false);
    m_savingEnabled = true;
    m_enabledStatus->begin(tr("Saving…"));
    ConfigUpdate::applyLive(
        m_services.gateway, this,
        [enabled](Config::Settings &settings) { settings.channels.telegram.enabled = enabled; },
        [this, enabled](const ConfigUpdate::Outcome &outcome) {
            m_enabledStatus->end();
            m_enabled->setEnabled(true);
            m_savingEnabled = false;
            if (!outcome.ok) {
                m_enabled->setChecked(!enabled);
                m_enabledStatus->showError(outcome.error);
                return;
            }
            // Through config.set the gateway starts or stops the adapter at once.
            m_enabledStatus->showInfo(enabled ? tr("Enabled.") : tr("Disabled."));
            Q_EMIT summaryChanged();
        });
}

} // namespace Moltdesk::Ui
