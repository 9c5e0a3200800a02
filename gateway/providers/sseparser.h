#pragma once

#include "providers/ssemessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Moltdesk::Providers {

// Incremental text/event-stream parser following WHATWG HTML §9.2.6 "Interpreting an event
// stream". Fed arbitrary byte chunks as they come off the socket: a chunk may end inside a line,
// between the CR and LF of a CRLF, or inside a UTF-8 multi-byte sequence. Only complete lines
// are decoded (CR and LF never occur inside a UTF-8 sequence, so a complete line is always a
// complete sequence of code points).
class SseParser
{
public:
    // Returns the events completed by this chunk, in stream order.
    QList<SseMessage> feed(const QByteArray &chunk);

    // The stream ended. Per the spec an event without its terminating blank line is discarded;
    // this tells whether something was pending, so callers can report a cut stream.
    bool hasPendingData() const;

    // The "retry:" field's last valid value in milliseconds, or -1 if none came.
    int reconnectionTimeMs() const { return m_retryMs; }
    QString lastEventId() const { return m_lastEventId; }

private:
    void processLine(const QString &line, QList<SseMessage> &out);
    void dispatch(QList<SseMessage> &out);

    QByteArray m_buffer;        // bytes of the current incomplete line
    bool m_bomChecked = false;  // the BOM is only skipped at the very start of the stream
    bool m_skipLeadingLf = false; // the previous chunk ended with CR: a following LF belongs to it
    QString m_eventType;
    QString m_data;
    bool m_hasData = false;
    bool m_fieldsSeen = false;
    QString m_lastEventId;
    int m_retryMs = -1;
};

} // namespace Moltdesk::Providers
