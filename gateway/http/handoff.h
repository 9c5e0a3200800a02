#pragma once

class QTcpSocket;

namespace Moltdesk::Http::HandOff {

// A socket the HTTP server handed to an upgrade handler carries a ticket (a child object of
// this name) while the server still counts it against gateway.maxConnections and guards it with
// the hand-off timeout. The handler calls adopted() once the new protocol owns the socket (for
// /ws: the WebSocket handshake completed); from then on the server forgets it.
inline constexpr char kTicketName[] = "moltdesk-http-handoff";

// Releases `socket` from the HTTP server's hand-off guard. Safe to call more than once.
void adopted(QTcpSocket *socket);

} // namespace Moltdesk::Http::HandOff
