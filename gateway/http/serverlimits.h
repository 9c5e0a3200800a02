#pragma once

#include <QtGlobal>

namespace Moltdesk::Http {

// Hard limits of the HTTP transport. Defaults as in docs/configuration.md "gateway" (gateway.maxBodyBytes = 1 MiB).
struct ServerLimits
{
    qint64 maxBodyBytes = 1024 * 1024;  // 413 above this, decided before buffering
    qint64 maxHeaderBytes = 16 * 1024;  // 431 above this
    int maxConnections = 256;           // 503 + close above this
    int idleTimeoutMs = 60 * 1000;      // close a connection that sends nothing for this long
    int headersTimeoutMs = 30 * 1000;   // 408 when a request's header block takes longer (slowloris)
    // 408 when a request's body has not fully arrived this long after its headers ended
    // (gateway.bodyTimeoutSeconds): a client trickling a body cannot hold a connection.
    int bodyTimeoutMs = 30 * 1000;
    // A socket handed to an upgrade handler (GET /ws) still counts against maxConnections until
    // the handler adopts it (Http::HandOff::adopted); one not adopted within this time is closed
    // (docs/http.md "WebSocket hand-off").
    int handOffTimeoutMs = 10 * 1000;
    // After an error response the write side is shut and input discarded for at most this long,
    // so the client can read the response before our close turns into a TCP reset
    // (RFC 9112 §9.6). The body is never read into memory meanwhile.
    int lingerMs = 1000;
};

} // namespace Moltdesk::Http
