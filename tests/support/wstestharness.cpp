#include "support/wstestharness.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

WsTestHarness::WsTestHarness(const Ws::WsServerConfig &config, QObject *parent)
    : QObject(parent)
    , server(std::make_unique<Ws::WsServer>(registry, [this] { return operatorToken; }, config))
{
    connect(&tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = tcp.nextPendingConnection())
            server->handleConnection(socket);
    });
}

bool WsTestHarness::listen()
{
    return tcp.listen(QHostAddress::LocalHost, 0);
}

QUrl WsTestHarness::url() const
{
    QUrl url(u"ws://127.0.0.1/ws"_s);
    url.setPort(tcp.serverPort());
    return url;
}

} // namespace Moltdesk::TestSupport
