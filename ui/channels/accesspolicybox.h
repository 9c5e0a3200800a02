#pragma once

#include "config/securitysettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QThreadPool;

namespace Moltdesk::Ui {

class GatewayClient;
class StatusLine;

// Who may write to the bot (docs/channels/README.md "Access policy"): security.dmPolicy (pairing,
// allowlist, open — shared by every channel) and security.allowFrom[channel], saved to config.json
// through ConfigUpdate. The gateway builds its AccessPolicy at start, so a change needs a restart
// and the box says so.
class AccessPolicyBox : public QGroupBox
{
    Q_OBJECT

public:
    AccessPolicyBox(const QString &channelId, const Config::SecuritySettings &running, QWidget *parent = nullptr);
    // The gateway's settings now (config.get / config.changed): shown unless the user is editing.
    void applyConfig(const Config::SecuritySettings &security);

    Config::SecuritySettings::DmPolicy policy() const;
    void setPolicy(Config::SecuritySettings::DmPolicy policy);
    QStringList allowFrom() const;
    // Adds a sender id (Telegram: the numeric user id). Returns why not, or an empty string.
    QString addSender(const QString &id);
    void removeSelected();
    void save();
    // With the running gateway, save() goes through config.set and applies at once. May be null.
    void setGateway(GatewayClient *gateway) { m_gateway = gateway; }

    StatusLine *status() const { return m_status; }

Q_SIGNALS:
    void saved(const Moltdesk::Config::SecuritySettings &security);

private:
    void updateExplanation();
    void updateButtons();

    QString m_channel;
    Config::SecuritySettings m_running;
    bool m_saving = false;
    GatewayClient *m_gateway = nullptr; // outlives the pages (owned by the application)
    QComboBox *m_policy = nullptr;
    QLabel *m_explanation = nullptr;
    QListWidget *m_allow = nullptr;
    QLineEdit *m_newSender = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    StatusLine *m_status = nullptr;
};

} // namespace Moltdesk::Ui
