#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Moltdesk::Ui {

class GatewayClient;

// Desktop notifications from the gateway's events, for the tray to show (the composition root
// connects the sink to QSystemTrayIcon::showMessage):
//   pairing.requested -> "Alice wants to talk to your bot — code K7…, approve it in Channels"
//   usage.budget      -> "Budget reached" with the gateway's reason
//   health            -> a channel whose state turns failing (error, conflict, unauthorized), once
//                        per transition with the detail in words — not on every tick, and not
//                        within kQuietAfterChange of a change made through the panel
//                        (config.changed, secrets.changed): a state the user just caused is on
//                        the page they are looking at, not news for a notification.
// The gateway does not broadcast `health` on its own yet, so watchChannels() can poll
// channels.status (the same shape) to feed the same transition logic.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const QString &title, const QString &text)>;

    Notifier(GatewayClient *gateway, Sink sink, QObject *parent = nullptr);

    // Poll channels.status every `interval` (0 stops). Use when no `health` events arrive.
    void watchChannels(std::chrono::milliseconds interval);

    // Applies one {name: {state, detail, lastError, ...}} map; public so the Channels page can
    // share what it already fetched.
    void noteChannels(const QJsonObject &channels);

    static bool isFailing(const QString &state);
    static constexpr std::chrono::seconds kQuietAfterChange{15};
    // A failure is announced only if it still holds this long after it was seen: the gateway
    // reports a channel's new state before the change event that caused it, and a channel that
    // recovers at once is no news.
    static constexpr std::chrono::milliseconds kSettleTime{2000};
    // Tests shorten both windows.
    void setTiming(std::chrono::milliseconds settle, std::chrono::milliseconds quietAfterChange);
    // Failures seen and still waiting out kSettleTime before they may be announced. Zero means
    // every state seen so far has been decided (tests wait for this instead of sleeping).
    int pendingAnnouncements() const { return m_pending; }

private:
    void onEvent(const QString &name, const QJsonValue &payload);
    void poll();
    void announce(const QString &channel, const QString &why);

    QPointer<GatewayClient> m_gateway;
    Sink m_sink;
    QTimer m_poll;
    QHash<QString, bool> m_failing; // channel -> failing at the last look
    int m_pending = 0;              // settle timers running
    QDeadlineTimer m_quiet; // running after a change made through the panel
    std::chrono::milliseconds m_settle = kSettleTime;
    std::chrono::milliseconds m_quietAfterChange = kQuietAfterChange;
};

} // namespace Moltdesk::Ui
