#pragma once

#include <QString>

namespace Moltdesk::Providers {

// One dispatched Server-Sent Event as the WHATWG HTML "event stream interpretation" defines it
// (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
struct SseMessage
{
    QString event;       // the "event:" field; "message" when the stream named none
    QString data;        // all "data:" lines of the event joined with "\n"
    QString lastEventId; // the last event ID buffer at dispatch time (persists across events)

    bool operator==(const SseMessage &) const = default;
};

} // namespace Moltdesk::Providers
