#pragma once

#include "gatewayclient.h"

#include <QPointer>

namespace Moltdesk::Host {
class GatewayThread;
}

namespace Moltdesk::Ui {

// GatewayClient over the gateway running in this process (Host::GatewayThread::call and its
// gatewayEvent signal).
class ThreadGatewayClient : public GatewayClient
{
    Q_OBJECT

public:
    explicit ThreadGatewayClient(Host::GatewayThread *gateway, QObject *parent = nullptr);

    void call(const QString &method, const QJsonObject &params, QObject *context, Done done) override;

private:
    QPointer<Host::GatewayThread> m_gateway;
};

} // namespace Moltdesk::Ui
