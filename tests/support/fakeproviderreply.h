#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Moltdesk::TestSupport {

// One scripted HTTP response of a fake provider server.
struct FakeProviderReply
{
    enum class Ending {
        Complete, // the whole body, then (chunked) the terminating zero chunk
        Cut,      // close the connection after the pieces, with no terminator: a cut stream
        Stall,    // keep the connection open and send nothing more: idle/request timeouts
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> pieces; // body pieces, written one event-loop turn apart
    bool chunked = false;     // Transfer-Encoding: chunked (how the real APIs stream)
    Ending ending = Ending::Complete;
    bool neverAnswer = false; // read the request, never answer (not even headers)

    static FakeProviderReply json(int status, const QJsonObject &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A text/event-stream response; each element is one piece on the wire (usually one event).
    static FakeProviderReply eventStream(const QList<QByteArray> &events);
    static FakeProviderReply silence();

    // The same body re-cut into pieces of `size` bytes (splits land inside lines, CRLFs, UTF-8).
    FakeProviderReply rechunked(int size) const;
    // Only the first `bytes` bytes of the body are sent, then the connection is closed.
    FakeProviderReply cutAfter(qsizetype bytes) const;
    QByteArray body() const;
};

} // namespace Moltdesk::TestSupport
