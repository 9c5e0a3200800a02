#pragma once

#include "ws/rpcerror.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Moltdesk::Ws {

class WsConnection;

// The answer to one request, handed to a method handler. Copyable: a handler may keep it and
// complete it later (after a queue job, a provider call, ...).
//
// - Completes exactly once: the first resolve()/reject() wins, later calls return false and send
//   nothing.
// - Safe when the client has gone: completing then sends nothing.
// - Callable from any thread: off the connection's thread the frame is posted to it.
// - If every copy is dropped without completing, the client gets an UNAVAILABLE error instead of
//   waiting forever.
class Reply
{
public:
    Reply() = default; // an inert reply: completing it does nothing
    Reply(WsConnection *connection, const QString &requestId);
    // An in-process caller (the desktop panel): `done` gets the payload, or the error, exactly
    // once, on whatever thread completes the reply (a reply dropped unanswered reports
    // UNAVAILABLE, as for a socket client).
    using Callback = std::function<void(const QJsonValue &payload, const std::optional<RpcError> &error)>;
    static Reply toCallback(const QString &requestId, Callback done);

    bool resolve(const QJsonValue &payload = QJsonValue());
    bool reject(const RpcError &error);

    bool isDone() const;
    QString requestId() const;
    // True while the client is still connected. Only meaningful on the connection's thread.
    bool isClientConnected() const;

private:
    struct State;
    bool complete(std::function<QByteArray(const QString &id)> encode);

    std::shared_ptr<State> m_state;
};

} // namespace Moltdesk::Ws
