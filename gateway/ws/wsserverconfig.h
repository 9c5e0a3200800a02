#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>

namespace Moltdesk::Ws {

// Limits and timings of the WebSocket endpoint. Defaults are the production values; tests
// shorten the timings.
struct WsServerConfig
{
    // The client's `connect` request must arrive within this time after the upgrade.
    std::chrono::milliseconds handshakeTimeout{10'000};
    // Period of the `tick` event (hello-ok policy.tickIntervalMs); OpenClaw clients use it as a
    // liveness signal.
    std::chrono::milliseconds tickInterval{30'000};
    // Concurrent WebSocket connections, authenticated or not; one more is closed with 1013.
    int maxClients = 64;
    // Largest incoming message/frame after `connect` (hello-ok policy.maxPayload); larger ones
    // close the socket with 1009 (RFC 6455 §7.4.1 "message too big").
    qint64 maxPayloadBytes = 512 * 1024;
    // Largest incoming message before `connect` succeeds: an unauthenticated peer gets less room
    // (OpenClaw caps pre-connect frames at 64 KiB as well).
    qint64 maxPreConnectPayloadBytes = 64 * 1024;
    // Outgoing bytes queued for one slow client before we drop it (policy.maxBufferedBytes).
    // Watched after every read from the client as well, so pongs Qt writes by itself for a
    // flood of pings count too.
    qint64 maxBufferedBytes = 8 * 1024 * 1024;
    // The same limit before `connect` succeeds: the challenge and a few pongs fit; a peer that
    // pings without reading is dropped early.
    qint64 maxPreConnectBufferedBytes = 64 * 1024;
    // How often the operator token is compared with the one each session authenticated with;
    // sessions of a rotated token are closed (every request checks it too).
    std::chrono::milliseconds tokenCheckInterval{1'000};
    // After we send a close frame, the peer gets this long to finish the closing handshake
    // before the TCP connection is aborted.
    std::chrono::milliseconds closeGracePeriod{2'000};
    // Reported as hello-ok server.version; empty means the build's version.
    QString serverVersion;
};

} // namespace Moltdesk::Ws
