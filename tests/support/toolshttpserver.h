#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

namespace Moltdesk::TestSupport {

// A minimal HTTP/1.1 origin on 127.0.0.1 for web_fetch tests: canned responses per path, one
// response per connection ("Connection: close"), and a "hang" mode that never answers.
class ToolsHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        int status = 200;
        QByteArray contentType = "text/plain";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;
    };

    explicit ToolsHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    void setRoute(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }
    void setRedirect(const QByteArray &path, const QByteArray &location, int status = 302);

    QList<QByteArray> paths() const { return m_paths; }
    QList<QByteArray> hostHeaders() const { return m_hosts; }

private:
    void accept();
    void respond(QTcpSocket *socket);

    QTcpServer m_server;
    QMap<QByteArray, Route> m_routes;
    QList<QByteArray> m_paths;
    QList<QByteArray> m_hosts;
};

} // namespace Moltdesk::TestSupport
