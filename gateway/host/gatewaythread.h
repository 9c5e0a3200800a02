#pragma once

#include "control/gatewaystatus.h"
#include "core/gatewayoptions.h"
#include "ws/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>

class QThread;

namespace Moltdesk::Core {
class Gateway;
}

namespace Moltdesk::Host {

using Control::GatewayStatus;
using Core::Gateway;
using Core::GatewayOptions;

// Runs the Gateway on its own QThread (docs/architecture.md "Threads"): the gateway object is created here,
// moved to the worker thread and started there, so its sockets and database connection are
// created inside that thread. The owner (GUI or headless main) only sees queued signals carrying
// value types, and never waits on the worker.
class GatewayThread : public QObject
{
    Q_OBJECT

public:
    explicit GatewayThread(QObject *parent = nullptr);
    ~GatewayThread() override;

    void start(const GatewayOptions &options);
    // Asks the gateway to finish and stop; stopped() follows once the thread has ended.
    void stop();
    bool isRunning() const;

    // The gateway object, for queued invocations only (it lives on the worker thread).
    Gateway *gateway() const;

    // Calls a control-protocol method (docs/protocol.md) in-process: the panel uses the very
    // methods remote clients use. `done` runs once on `context`'s thread (dropped if `context`
    // is destroyed first) with the payload or the error; UNAVAILABLE when the gateway is down.
    using CallDone = std::function<void(const QJsonValue &payload, const std::optional<Ws::RpcError> &error)>;
    void call(const QString &method, const QJsonObject &params, QObject *context, CallDone done);

Q_SIGNALS:
    void listening(const QString &url);
    void startFailed(const QString &error, int exitCode);
    void statusChanged(const Moltdesk::Control::GatewayStatus &status);
    void stopped();
    // Every event the gateway broadcasts (chat, agent, health, pairing.requested, ...), queued
    // to this object's thread.
    void gatewayEvent(const QString &event, const QJsonValue &payload);

private:
    QThread *m_thread = nullptr;
    // Cleared when the gateway is deleted on its own thread (after stop()).
    QPointer<Gateway> m_gateway;
    bool m_stopping = false;
};

} // namespace Moltdesk::Host
