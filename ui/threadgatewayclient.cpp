#include "threadgatewayclient.h"

#include "host/gatewaythread.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ThreadGatewayClient::ThreadGatewayClient(Host::GatewayThread *gateway, QObject *parent)
    : GatewayClient(parent)
    , m_gateway(gateway)
{
    if (gateway)
        connect(gateway, &Host::GatewayThread::gatewayEvent, this, &GatewayClient::event);
}

void ThreadGatewayClient::call(const QString &method, const QJsonObject &params, QObject *context, Done done)
{
    if (!m_gateway) {
        QPointer<QObject> receiver(context);
        QMetaObject::invokeMethod(
            this,
            [receiver, done] {
                if (receiver)
                    done(QJsonValue(), Ws::RpcError::unavailable(u"the gateway is not running"_s));
            },
            Qt::QueuedConnection);
        return;
    }
    m_gateway->call(method, params, context, std::move(done));
}

} // namespace Moltdesk::Ui
