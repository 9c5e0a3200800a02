#pragma once

#include "channels/channelentry.h"
#include "pages/channelspagecontext.h"
#include "panelservices.h"

class QCheckBox;

namespace Moltdesk::Ui {

class AccessPolicyBox;
class ChannelStatusBox;
class PairingBox;
class StatusLine;
class TelegramSetup;
class TelegramSetupPanel;

// Telegram on the Channels page: live status, pending pairing requests, the click-through set-up
// (TelegramSetup) and the access policy, with an Enabled switch saved to config.json.
class TelegramEntry : public ChannelEntry
{
    Q_OBJECT

public:
    TelegramEntry(const PanelServices &services, const ChannelsPageContext &context, QWidget *parent = nullptr);

    QString channelId() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QString summary() const override;
    void load() override;
    void applyStatus(const QJsonObject &status) override;
    void applyConfig(const Config::Settings &settings) override;

    TelegramSetup *setup() const { return m_setup; }
    TelegramSetupPanel *setupPanel() const { return m_setupPanel; }
    ChannelStatusBox *statusBox() const { return m_statusBox; }
    PairingBox *pairing() const { return m_pairing; }
    AccessPolicyBox *accessPolicy() const { return m_access; }
    QCheckBox *enabledSwitch() const { return m_enabled; }

    void setEnabledInConfig(bool enabled);

private:
    PanelServices m_services;
    TelegramSetup *m_setup = nullptr;
    TelegramSetupPanel *m_setupPanel = nullptr;
    ChannelStatusBox *m_statusBox = nullptr;
    PairingBox *m_pairing = nullptr;
    AccessPolicyBox *m_access = nullptr;
    QCheckBox *m_enabled = nullptr;
    StatusLine *m_enabledStatus = nullptr;
    bool m_savingEnabled = false;
    // The stored token is checked once the gateway's configuration (its Bot API address) is known.
    bool m_wantsStoredCheck = false;
    bool m_haveConfig = false;
    void checkStoredToken();
    QString m_state;
};

} // namespace Moltdesk::Ui
