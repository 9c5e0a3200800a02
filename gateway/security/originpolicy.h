#pragma once

#include <QStringList>

namespace Moltdesk::Security {

// Decides which browser origins may open the control WebSocket (security.allowedOrigins).
// Browsers send Origin on every WebSocket handshake (RFC 6455 §10.2), so this is what stops a
// web page the user visits from driving the gateway (cross-site WebSocket hijacking); the
// operator token is the second check. Non-browser clients send no Origin and are allowed here.
// With no configured origins only loopback pages (http://127.0.0.1:*, http://localhost:*,
// http://[::1]:*) are accepted.
class OriginPolicy
{
public:
    explicit OriginPolicy(const QStringList &allowedOrigins = {});

    bool isAllowed(const QString &origin) const;

private:
    QStringList m_allowed; // lower case, without a default port
};

} // namespace Moltdesk::Security
