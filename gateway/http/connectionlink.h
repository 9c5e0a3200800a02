#pragma once

#include <QMutex>

namespace Moltdesk::Http {

class Connection;

// Shared between a Connection and every Responder it handed out. The connection clears
// `connection` under the mutex in its destructor, so a responder on another thread either sees
// a live connection (and posts to it while holding the mutex) or sees nullptr - never a dangling
// pointer.
struct ConnectionLink
{
    QMutex mutex;
    Connection *connection = nullptr;
};

} // namespace Moltdesk::Http
