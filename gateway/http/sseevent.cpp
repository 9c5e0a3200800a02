#include "http/sseevent.h"

#include <QList>

namespace Moltdesk::Http {

namespace {

QByteArray singleLine(const QString &value)
{
    // A CR or LF inside event/id would start a new field; the spec gives no escape, so drop them.
    QByteArray out = value.toUtf8();
    out.replace('\r', QByteArray());
    out.replace('\n', QByteArray());
    return out;
}

} // namespace

QByteArray SseEvent::encode() const
{
    QByteArray out;
    if (!event.isEmpty())
        out += "event: " + singleLine(event) + '\n';
    if (!id.isEmpty())
        out += "id: " + singleLine(id) + '\n';
    if (retryMs >= 0)
        out += "retry: " + QByteArray::number(retryMs) + '\n';
    // The spec treats CRLF, CR and LF all as line ends; normalise so each line gets "data: ".
    QByteArray normalised = data;
    normalised.replace("\r\n", "\n");
    normalised.replace('\r', '\n');
    // split() keeps empty pieces, so a trailing newline survives as a final empty data line.
    const QList<QByteArray> lines = normalised.split('\n');
    for (const QByteArray &line : lines)
        out += "data: " + line + '\n';
    out += '\n';
    return out;
}

QByteArray SseEvent::comment(const QByteArray &text)
{
    QByteArray line = text;
    line.replace('\r', ' ');
    line.replace('\n', ' ');
    return ": " + line + "\n\n";
}

} // namespace Moltdesk::Http
