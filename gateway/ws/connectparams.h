#pragma once

#include "ws/clientinfo.h"
#include "ws/rpcerror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Moltdesk::Ws {

// The params of the handshake request `connect`, following OpenClaw's ConnectParamsSchema
// (src/gateway/protocol/schema/frames.ts): minProtocol, maxProtocol, client.{id, displayName,
// version, platform, mode}, role, scopes, auth.{token}, locale, userAgent. Fields we do not use
// (caps, commands, permissions, device, ...) are accepted and ignored so OpenClaw clients that
// send them still connect.
class ConnectParams
{
public:
    static constexpr int kProtocolVersion = 3;

    // Validates the shape. On failure returns the error to send (INVALID_REQUEST); a protocol
    // range that excludes ours is reported with details {expectedProtocol}.
    static std::optional<RpcError> parse(const QJsonObject &params, ConnectParams *out);

    const ClientInfo &client() const { return m_client; }
    // Present (possibly empty) only if the client sent auth.token.
    const std::optional<QString> &token() const { return m_token; }
    bool protocolMismatch() const { return m_protocolMismatch; }

private:
    ClientInfo m_client;
    std::optional<QString> m_token;
    bool m_protocolMismatch = false;
};

} // namespace Moltdesk::Ws
