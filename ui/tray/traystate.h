#pragma once

#include "control/gatewaystatus.h"
#include "tray/pausestate.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

namespace Moltdesk::Ui {

// What the tray shows, computed from what the gateway reports: the state kind (one icon each),
// and a one- or two-line tooltip ("Moltdesk: running — the bot is paused" / "Telegram:
// connected · today $0.42"). Pure (no widgets, no tray), so tests check it offscreen.
class TrayState
{
    Q_DECLARE_TR_FUNCTIONS(TrayState)

public:
    enum class Kind { Starting, Running, Warning, Error, Paused, Stopped };

    void setStatus(const Control::GatewayStatus &status) { m_status = status; }
    void setPause(const PauseState &pause) { m_pause = pause; }
    void setTodayCost(std::optional<double> usd) { m_todayCostUsd = usd; }

    const Control::GatewayStatus &status() const { return m_status; }
    const PauseState &pause() const { return m_pause; }

    Kind kind() const;
    QString toolTip() const;
    // "Telegram: connected", one entry per enabled channel of the health document.
    QStringList channelLines() const;

    // Drawn rather than shipped: a rounded badge whose colour is the state, legible at 16 px;
    // "M" on it, or two pause bars while the bot is paused.
    static QIcon icon(Kind kind);
    static QString channelStateWord(const QString &state);

private:
    Control::GatewayStatus m_status;
    PauseState m_pause;
    std::optional<double> m_todayCostUsd;
};

} // namespace Moltdesk::Ui
