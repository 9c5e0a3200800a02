#pragma once

#include "support/httptestclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <utility>

namespace Moltdesk::TestSupport {

// One-shot HTTP/1.1 requests against a running moltdesk child on 127.0.0.1 (raw socket, so the
// test sees exactly the status, headers and body the server sent).
class AppHttp
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static HttpTestResponse get(quint16 port, const QByteArray &target, const Headers &headers = {});
    // Sends `body` with a matching Content-Length unless `headers` already has one.
    static HttpTestResponse request(quint16 port, const QByteArray &method, const QByteArray &target,
                                    const Headers &headers = {}, const QByteArray &body = {});
    // ws://127.0.0.1:PORT/ws
    static QUrl wsUrl(quint16 port);
    // The body as a JSON object; empty when it is not one.
    static QJsonObject json(const HttpTestResponse &response);
};

} // namespace Moltdesk::TestSupport
