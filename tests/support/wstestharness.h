#pragma once

#include "ws/methodregistry.h"
#include "ws/wsserver.h"
#include "ws/wsserverconfig.h"

#include <QTcpServer>
#include <QUrl>

#include <memory>

namespace Moltdesk::TestSupport {

// The hand-off the HTTP server does in production: a QTcpServer on 127.0.0.1:0 passes every
// accepted socket, handshake bytes unread, to WsServer::handleConnection().
class WsTestHarness : public QObject
{
    Q_OBJECT

public:
    explicit WsTestHarness(const Ws::WsServerConfig &config = Ws::WsServerConfig(),
                           QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    Ws::MethodRegistry registry;
    QByteArray operatorToken = QByteArrayLiteral("test-operator-token");
    std::unique_ptr<Ws::WsServer> server;
    QTcpServer tcp;
};

} // namespace Moltdesk::TestSupport
