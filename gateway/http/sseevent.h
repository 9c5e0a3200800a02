#pragma once

#include <QByteArray>
#include <QString>

namespace Moltdesk::Http {

// One Server-Sent Event for a text/event-stream body (WHATWG HTML §9.2 "Server-sent events").
// Multi-line data is split into several "data:" lines, which the client joins with "\n".
struct SseEvent
{
    QByteArray data;
    QString event;   // empty = the default "message" event
    QString id;      // empty = no id field
    int retryMs = -1; // < 0 = no retry field

    QByteArray encode() const;

    // A comment line (": ...\n\n"): keeps idle proxies from closing a quiet stream.
    static QByteArray comment(const QByteArray &text);
};

} // namespace Moltdesk::Http
