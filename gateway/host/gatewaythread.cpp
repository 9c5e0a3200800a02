#include "host/gatewaythread.h"

#include "ws/reply.h"

#include <atomic>

#include "base/logging.h"
#include "core/gateway.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Moltdesk::Host {

GatewayThread::GatewayThread(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<GatewayStatus>();
}

GatewayThread::~GatewayThread()
{
    // Last resort at process exit: normal shutdown goes through stop() and the stopped() signal.
    if (m_thread && m_thread->isRunning()) {
        if (m_gateway)
            QMetaObject::invokeMethod(m_gateway, &Gateway::stop, Qt::QueuedConnection);
        m_thread->quit();
        m_thread->wait();
        // If the thread ended before the queued stop() ran, the gateway is still here; its
        // thread is gone, so deleting it from this thread is safe now.
        delete m_gateway;
        m_gateway = nullptr;
    }
}

void GatewayThread::start(const GatewayOptions &options)
{
    Q_ASSERT(!m_thread);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("gateway"));
    m_gateway = new Gateway(options);
    m_gateway->moveToThread(m_thread);

    connect(m_thread, &QThread::started, m_gateway, &Gateway::start);
    connect(m_gateway, &Gateway::listening, this, &GatewayThread::listening);
    connect(m_gateway, &Gateway::startFailed, this, &GatewayThread::startFailed);
    connect(m_gateway, &Gateway::statusChanged, this, &GatewayThread::statusChanged);
    connect(m_gateway, &Gateway::eventBroadcast, this, &GatewayThread::gatewayEvent);
    // The gateway is deleted on its own thread, after it stopped, then the thread ends.
    connect(m_gateway, &Gateway::stopped, m_gateway, &QObject::deleteLater);
    connect(m_gateway, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, this, [this] {
        m_gateway = nullptr;
        Q_EMIT stopped();
    });
    m_thread->start();
}

void GatewayThread::stop()
{
    if (!m_gateway || m_stopping)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(m_gateway, &Gateway::stop, Qt::QueuedConnection);
}

void GatewayThread::call(const QString &method, const QJsonObject &params, QObject *context, CallDone done)
{
    static std::atomic<quint64> nextId{1};
    const QString requestId = u"panel-%1"_s.arg(nextId.fetch_add(1));
    QPointer<QObject> receiver(context);
    // The reply completes on the gateway thread; the answer hops back to the caller's thread.
    auto deliver = [receiver, done](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
        if (!receiver)
            return;
        QMetaObject::invokeMethod(
            receiver.data(),
            [receiver, done, payload, error] {
                if (receiver)
                    done(payload, error);
            },
            Qt::QueuedConnection);
    };
    const Ws::Reply reply = Ws::Reply::toCallback(requestId, deliver);
    if (!m_gateway || m_stopping) {
        Ws::Reply(reply).reject(Ws::RpcError::unavailable(u"the gateway is not running"_s));
        return;
    }
    QPointer<Gateway> gateway = m_gateway;
    QMetaObject::invokeMethod(
        m_gateway.data(),
        [gateway, method, params, reply] {
            if (gateway)
                gateway->invokeLocal(method, params, reply);
            else
                Ws::Reply(reply).reject(Ws::RpcError::unavailable(u"the gateway is not running"_s));
        },
        Qt::QueuedConnection);
}

Gateway *GatewayThread::gateway() const
{
    return m_gateway.data();
}

bool GatewayThread::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Moltdesk::Host
