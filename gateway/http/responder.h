#pragma once

#include "http/response.h"
#include "http/responsewriter.h"
#include "http/sseevent.h"

#include <QtGlobal>

#include <functional>
#include <memory>

class QObject;

namespace Moltdesk::Http {

class Connection;
struct ConnectionLink;

// The handle a route handler answers through. Cheap to copy; every copy is the same answer.
// Answer exactly once - send() a whole response, or startStream()/write()/end() a streamed one -
// either right away or later (e.g. a webhook after its durable write). Calls made on another
// thread are posted to the connection's thread. If the client has gone, calls return false and
// do nothing. If every copy is dropped without an answer the client gets a 500, never a hang.
class Responder
{
public:
    Responder() = default; // an empty responder: every call returns false

    bool send(const Response &response) const;

    // Streamed body: chunked transfer-encoding (RFC 9112 §7.1) for HTTP/1.1 clients; HTTP/1.0
    // clients get a plain body ended by the connection close.
    bool startStream(int status, const QByteArray &contentType,
                     const ResponseWriter::HeaderList &headers = {}) const;
    // 200 text/event-stream with Cache-Control: no-cache, for Server-Sent Events.
    bool startEventStream() const;
    bool write(const QByteArray &data) const;
    bool writeEvent(const SseEvent &event) const;
    bool end() const;

    bool isValid() const { return m_state != nullptr; }
    bool isAnswered() const;        // send() or startStream() was called
    bool isClientConnected() const; // false once the client went away (or the stream ended)

    // `callback` runs (queued, in `context`'s thread) if the client disconnects before the
    // answer is complete - e.g. to stop producing a stream. `context` must outlive the call or
    // be destroyed on its own thread.
    void onClientGone(QObject *context, std::function<void()> callback) const;

private:
    friend class Connection;
    struct State;

    explicit Responder(std::shared_ptr<State> state);
    static Responder create(const std::shared_ptr<ConnectionLink> &link, quint64 sequence);
    void notifyClientGone() const;

    template<typename Fn>
    bool dispatch(Fn &&fn) const;

    std::shared_ptr<State> m_state;
};

} // namespace Moltdesk::Http
