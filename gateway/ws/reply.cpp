#include "ws/reply.h"

#include "base/logging.h"
#include "ws/framecodec.h"
#include "ws/wsconnection.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ws {

namespace {

// Sends on the connection's own thread; QPointer is only dereferenced there.
void deliver(const QPointer<WsConnection> &connection, QThread *owner, const QByteArray &frame)
{
    if (!owner)
        return; // an inert reply (no connection): nothing to send to
    auto send = [connection, frame] {
        if (connection)
            connection->sendFrame(frame);
    };
    if (QThread::currentThread() == owner) {
        send();
        return;
    }
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(owner))
        QMetaObject::invokeMethod(dispatcher, send, Qt::QueuedConnection);
}

} // namespace

struct Reply::State
{
    QPointer<WsConnection> connection;
    QThread *owner = nullptr;
    QString requestId;
    Callback callback;
    std::atomic_bool done{false};

    ~State()
    {
        if (done.exchange(true))
            return;
        qCWarning(lcWs) << "request" << requestId << "was dropped by its handler without a reply";
        if (callback) {
            callback(QJsonValue(), RpcError::unavailable(u"the request ended without a reply"_s));
            return;
        }
        deliver(connection, owner,
                FrameCodec::errorResponse(
                    requestId, RpcError::unavailable(u"the request ended without a reply"_s)));
    }
};

Reply::Reply(WsConnection *connection, const QString &requestId)
    : m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->owner = connection ? connection->thread() : nullptr;
    m_state->requestId = requestId;
}

Reply Reply::toCallback(const QString &requestId, Callback done)
{
    Reply reply;
    reply.m_state = std::make_shared<State>();
    reply.m_state->requestId = requestId;
    reply.m_state->callback = std::move(done);
    return reply;
}

bool Reply::resolve(const QJsonValue &payload)
{
    if (m_state && m_state->callback) {
        if (m_state->done.exchange(true))
            return false;
        m_state->callback(payload, std::nullopt);
        return true;
    }
    return complete([payload](const QString &id) { return FrameCodec::response(id, payload); });
}

bool Reply::reject(const RpcError &error)
{
    if (m_state && m_state->callback) {
        if (m_state->done.exchange(true))
            return false;
        m_state->callback(QJsonValue(), error);
        return true;
    }
    return complete([error](const QString &id) { return FrameCodec::errorResponse(id, error); });
}

bool Reply::complete(std::function<QByteArray(const QString &id)> encode)
{
    if (!m_state)
        return false;
    if (m_state->done.exchange(true)) {
        qCDebug(lcWs) << "request" << m_state->requestId << "already answered; extra reply ignored";
        return false;
    }
    deliver(m_state->connection, m_state->owner, encode(m_state->requestId));
    return true;
}

bool Reply::isDone() const
{
    return !m_state || m_state->done.load();
}

QString Reply::requestId() const
{
    return m_state ? m_state->requestId : QString();
}

bool Reply::isClientConnected() const
{
    return m_state && m_state->connection && m_state->connection->isOpen();
}

} // namespace Moltdesk::Ws
