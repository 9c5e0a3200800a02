#pragma once

#include <QDateTime>
#include <QGroupBox>
#include <QJsonObject>

class QLabel;

namespace Moltdesk::Ui {

class Banner;

// A channel's live status as the gateway reports it (channels.status / the health event): the
// state with its detail in a coloured banner, the last sign of life, the last error in words and
// the counters. Channel-neutral: every adapter reports the same ChannelStatus shape.
class ChannelStatusBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChannelStatusBox(QWidget *parent = nullptr);

    void applyStatus(const QJsonObject &status);
    // The gateway could not be asked (not running, call failed).
    void showUnavailable(const QString &why);

    QString state() const { return m_state; }
    QString stateText() const;
    QString lastErrorText() const;
    QString countersText() const;

private:
    void refreshTimes();

    Banner *m_banner = nullptr;
    QLabel *m_lastEvent = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_counters = nullptr;
    QString m_state;
    QDateTime m_lastEventAt;
    QDateTime m_lastErrorAt;
    QString m_lastErrorMessage;
};

} // namespace Moltdesk::Ui
