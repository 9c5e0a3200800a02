#include "support/toolshttpserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

ToolsHttpServer::ToolsHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ToolsHttpServer::accept);
}

bool ToolsHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ToolsHttpServer::url(const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host);
    url.setPort(port());
    url.setPath(path);
    return url;
}

void ToolsHttpServer::setRedirect(const QByteArray &path, const QByteArray &location, int status)
{
    Route route;
    route.status = status;
    route.headers.append({"Location", location});
    setRoute(path, route);
}

void ToolsHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { respond(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ToolsHttpServer::respond(QTcpSocket *socket)
{
    // The request is tiny: wait until its head is complete, then answer once.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n") || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
    const QByteArray path = lines.value(0).split(' ').value(1);
    QByteArray host;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("host:"))
            host = line.mid(5).trimmed();
    }
    m_paths.append(path);
    m_hosts.append(host);

    const auto it = m_routes.constFind(path);
    Route route;
    if (it == m_routes.constEnd()) {
        route.status = 404;
        route.body = "not found";
    } else {
        route = *it;
    }
    if (route.hang)
        return;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + " Status\r\n";
    response += "Content-Type: " + route.contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
    for (const auto &header : std::as_const(route.headers))
        response += header.first + ": " + header.second + "\r\n";
    response += "Connection: close\r\n\r\n";
    socket->write(response);
    socket->write(route.body);
    socket->disconnectFromHost();
}

} // namespace Moltdesk::TestSupport
