#pragma once

#include "http/request.h"
#include "http/responder.h"
#include "http/response.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

class QTcpSocket;

namespace Moltdesk::Http {

// A route handler: answer through the responder now or later, exactly once.
using Handler = std::function<void(const Request &request, Responder responder)>;
// Takes ownership of a socket whose WebSocket handshake bytes are still unread - typically
// `[&wsServer](QTcpSocket *s, const Request &) { wsServer.handleConnection(s); }`.
using UpgradeHandler = std::function<void(QTcpSocket *socket, const Request &request)>;
// Runs before the hand-off; return a response (e.g. 403 for a bad Origin) to refuse.
using UpgradePreCheck = std::function<std::optional<Response>(const Request &request)>;

// Method + exact path routing, with optional prefix routes ("/files/" matches "/files/a/b").
// Unknown path -> 404; known path, other method -> 405 with Allow (RFC 9110 §15.5.6); OPTIONS
// -> 204 with Allow; HEAD is served by the GET handler (the transport drops the body).
// Configure before the server starts; the server only reads it.
class Router
{
public:
    struct Match
    {
        enum class Kind { Found, NotFound, MethodNotAllowed, Options, Upgrade, UpgradeRequired };
        Kind kind = Kind::NotFound;
        QString pattern;        // route pattern for metrics/logs; "unmatched" when none
        QByteArray allow;       // Allow header value for 405 / OPTIONS
        Handler handler;        // Found
        UpgradeHandler upgrade; // Upgrade
        UpgradePreCheck preCheck;
    };

    void addRoute(const QString &method, const QString &path, Handler handler);
    // `prefix` should end with '/'; the route's pattern is reported as prefix + "*".
    void addPrefixRoute(const QString &method, const QString &prefix, Handler handler);
    // A GET route that upgrades to WebSocket (RFC 6455 §4.2). A GET without the upgrade headers
    // gets 426 unless a plain GET handler is registered on the same path too.
    void addUpgradeRoute(const QString &path, UpgradeHandler handler, UpgradePreCheck preCheck = {});

    Match match(const Request &request) const;

private:
    struct Entry
    {
        QMap<QString, Handler> handlers; // by method
        UpgradeHandler upgrade;
        UpgradePreCheck preCheck;
    };

    const Entry *find(const QString &path, QString *pattern) const;
    static QByteArray allowHeader(const Entry &entry);
    static bool wantsWebSocket(const Request &request);

    QHash<QString, Entry> m_exact;
    QMap<QString, Entry> m_prefixes;
};

} // namespace Moltdesk::Http
