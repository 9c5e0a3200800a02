#pragma once

#include "core/gateway.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "ws/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace Moltdesk::TestSupport {

// A real Core::Gateway with channels.telegram on (polling, dmPolicy open) against the fake Bot
// API and a fake Anthropic server, for the operator controls (pause, take-over). Methods are
// called the panel's way (Gateway::invokeLocal), and every broadcast is recorded. restart()
// stops the gateway and starts a new one on the same data directory.
class ControlGatewayEnv : public QObject
{
    Q_OBJECT

public:
    static inline const QString BotToken = QStringLiteral("5151:CONTROL-token_abc");
    static constexpr qint64 User = 31337;

    struct Answer
    {
        bool done = false;
        QJsonObject payload;
        std::optional<Ws::RpcError> error;
    };
    struct Event
    {
        QString name;
        QJsonObject payload;
    };

    ControlGatewayEnv();
    ~ControlGatewayEnv() override;

    // Starts the gateway and waits until the Telegram channel is running; false with error().
    bool start();
    bool restart();
    void stop();
    QString error() const { return m_error; }

    // Calls `method`; the answer fills in when the gateway completes it (at once for sync methods).
    std::shared_ptr<Answer> call(const QString &method, const QJsonObject &params = {});
    // call() for a method that answers at once: the payload, or an empty object after a failed check.
    QJsonObject ok(const QString &method, const QJsonObject &params = {});

    QList<Event> events(const QString &name) const;
    void clearEvents() { m_events.clear(); }
    // The channel.inbound counts from queue.status ({pending, running, done, dead}).
    QJsonObject inboundDepth();
    QString dmKey() const;

    // Called on the settings before each start(), after the defaults above.
    std::function<void(Config::Settings &)> configure;
    // The settings of the last start().
    Config::Settings startedWith;

    FakeTelegramServer telegram;
    FakeProviderServer anthropic;
    QTemporaryDir dir;
    std::unique_ptr<Core::Gateway> gateway;

private:
    QList<Event> m_events;
    QString m_error;
};

} // namespace Moltdesk::TestSupport
