#pragma once

#include "ws/clientinfo.h"

#include <QHostAddress>
#include <QString>

namespace Moltdesk::Ws {

// Who is calling a method: handed to every handler next to its params.
struct CallContext
{
    QString connectionId;
    QString requestId;
    QString method;
    ClientInfo client;
    QHostAddress peerAddress;
};

} // namespace Moltdesk::Ws
