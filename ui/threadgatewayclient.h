#pragma once

#include "gatewayclient.h"

#include <QPointer>

namespace Moltdesk::Core {
class GatewayThread;
}

namespace Moltdesk::Ui {

// GatewayClient over the gateway running in this process (Core::GatewayThread::call and its
// gatewayEvent signal).
class ThreadGatewayClient : public GatewayClient
{
    Q_OBJECT

public:
    explicit ThreadGatewayClient(Core::GatewayThread *gateway, QObject *parent = nullptr);

    void call(const QString &method, const QJsonObject &params, QObject *context, Done done) override;

private:
    QPointer<Core::GatewayThread> m_gateway;
};

} // namespace Moltdesk::Ui
