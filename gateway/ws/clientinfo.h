#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Moltdesk::Ws {

// What an authenticated client said about itself in `connect` params (OpenClaw ConnectParams:
// client.{id, displayName, version, platform, mode}, role, scopes). These are the client's claims,
// not verified facts: the operator token is the only thing we verify.
struct ClientInfo
{
    QString id;
    QString displayName;
    QString version;
    QString platform;
    QString mode;
    QString role;
    QStringList scopes;
    QString userAgent;
    int protocol = 0;
};

} // namespace Moltdesk::Ws

Q_DECLARE_METATYPE(Moltdesk::Ws::ClientInfo)
