#pragma once

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
//                        per transition with the detail in words — not on every tick.
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

private:
    void onEvent(const QString &name, const QJsonValue &payload);
    void poll();

    QPointer<GatewayClient> m_gateway;
    Sink m_sink;
    QTimer m_poll;
    QHash<QString, bool> m_failing; // channel -> failing at the last look
};

} // namespace Moltdesk::Ui
