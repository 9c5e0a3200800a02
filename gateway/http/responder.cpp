#include "http/responder.h"

#include "base/logging.h"
#include "http/connection.h"
#include "http/connectionlink.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

struct Responder::State
{
    enum Phase { Fresh = 0, Streaming = 1, Finished = 2 };

    std::shared_ptr<ConnectionLink> link;
    quint64 sequence = 0;
    std::atomic<int> phase{Fresh};
    std::atomic<bool> clientGone{false};
    QMutex callbackMutex;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> goneCallbacks;

    ~State()
    {
        // Every copy dropped without an answer: answer 500 rather than leave the client hanging.
        if (phase.load() == Fresh || phase.load() == Streaming) {
            QMutexLocker lock(&link->mutex);
            if (Connection *connection = link->connection) {
                const quint64 seq = sequence;
                const bool streaming = phase.load() == Streaming;
                QMetaObject::invokeMethod(
                        connection,
                        [connection, seq, streaming] {
                            if (streaming) {
                                connection->streamEnd(seq);
                            } else {
                                qCWarning(lcHttp) << "handler dropped its responder without answering";
                                connection->deliver(seq, Response::error(ErrorCode::InternalError));
                            }
                        },
                        Qt::QueuedConnection);
            }
        }
    }
};

Responder::Responder(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

Responder Responder::create(const std::shared_ptr<ConnectionLink> &link, quint64 sequence)
{
    auto state = std::make_shared<State>();
    state->link = link;
    state->sequence = sequence;
    return Responder(std::move(state));
}

template<typename Fn>
bool Responder::dispatch(Fn &&fn) const
{
    QMutexLocker lock(&m_state->link->mutex);
    Connection *connection = m_state->link->connection;
    if (!connection || m_state->clientGone.load())
        return false;
    if (QThread::currentThread() == connection->thread()) {
        // Same thread: the connection can only be destroyed by this thread, so it stays valid.
        lock.unlock();
        fn(connection);
        return true;
    }
    // Posted while holding the link mutex: the connection cannot finish its destructor before the
    // event is queued, and a destroyed receiver's pending events are discarded by Qt.
    QMetaObject::invokeMethod(connection, [connection, fn] { fn(connection); }, Qt::QueuedConnection);
    return true;
}

bool Responder::send(const Response &response) const
{
    if (!m_state)
        return false;
    int expected = State::Fresh;
    if (!m_state->phase.compare_exchange_strong(expected, State::Finished)) {
        qCWarning(lcHttp) << "responder used twice; second answer ignored";
        return false;
    }
    const quint64 seq = m_state->sequence;
    return dispatch([seq, response](Connection *c) { c->deliver(seq, response); });
}

bool Responder::startStream(int status, const QByteArray &contentType, const ResponseWriter::HeaderList &headers) const
{
    if (!m_state)
        return false;
    int expected = State::Fresh;
    if (!m_state->phase.compare_exchange_strong(expected, State::Streaming)) {
        qCWarning(lcHttp) << "responder used twice; stream not started";
        return false;
    }
    const quint64 seq = m_state->sequence;
    return dispatch([=](Connection *c) { c->beginStream(seq, status, contentType, headers); });
}

bool Responder::startEventStream() const
{
    return startStream(200, "text/event-stream; charset=utf-8"_ba, {{"Cache-Control"_ba, "no-cache"_ba}});
}

bool Responder::write(const QByteArray &data) const
{
    if (!m_state || m_state->phase.load() != State::Streaming)
        return false;
    const quint64 seq = m_state->sequence;
    return dispatch([seq, data](Connection *c) { c->streamWrite(seq, data); });
}

bool Responder::writeEvent(const SseEvent &event) const
{
    return write(event.encode());
}

bool Responder::end() const
{
    if (!m_state)
        return false;
    int expected = State::Streaming;
    if (!m_state->phase.compare_exchange_strong(expected, State::Finished))
        return false;
    const quint64 seq = m_state->sequence;
    return dispatch([seq](Connection *c) { c->streamEnd(seq); });
}

bool Responder::isAnswered() const
{
    return m_state && m_state->phase.load() != State::Fresh;
}

bool Responder::isClientConnected() const
{
    if (!m_state || m_state->clientGone.load())
        return false;
    QMutexLocker lock(&m_state->link->mutex);
    return m_state->link->connection != nullptr;
}

void Responder::onClientGone(QObject *context, std::function<void()> callback) const
{
    if (!m_state || !context || !callback)
        return;
    QMutexLocker lock(&m_state->callbackMutex);
    if (m_state->clientGone.load()) {
        QMetaObject::invokeMethod(context, std::move(callback), Qt::QueuedConnection);
        return;
    }
    m_state->goneCallbacks.append({QPointer<QObject>(context), std::move(callback)});
}

void Responder::notifyClientGone() const
{
    if (!m_state)
        return;
    QMutexLocker lock(&m_state->callbackMutex);
    m_state->clientGone = true;
    const auto callbacks = std::exchange(m_state->goneCallbacks, {});
    for (const auto &[context, callback] : callbacks) {
        if (context)
            QMetaObject::invokeMethod(context.data(), callback, Qt::QueuedConnection);
    }
}

} // namespace Moltdesk::Http
