#pragma once

#include "core/gatewaystatus.h"
#include "core/gatewayoptions.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace Moltdesk::Core {

class Gateway;

// Runs the Gateway on its own QThread (STYLE "Threads"): the gateway object is created here,
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

Q_SIGNALS:
    void listening(const QString &url);
    void startFailed(const QString &error, int exitCode);
    void statusChanged(const Moltdesk::Core::GatewayStatus &status);
    void stopped();

private:
    QThread *m_thread = nullptr;
    // Cleared when the gateway is deleted on its own thread (after stop()).
    QPointer<Gateway> m_gateway;
    bool m_stopping = false;
};

} // namespace Moltdesk::Core
