#pragma once

#include "support/fakeproviderreply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Moltdesk::TestSupport {

// One request as the fake provider received it.
struct FakeProviderRequest
{
    QByteArray method;
    QByteArray target; // path + query
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

// A real HTTP/1.1 server on 127.0.0.1 (port 0) playing an AI provider: each request takes the
// next scripted FakeProviderReply (a 500 when the script ran out) and is recorded so tests can
// assert on the wire format. Hand-written on QTcpServer so replies can be cut, stalled or
// chunked at will - things a well-behaved server library would not do.
class FakeProviderServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;

    void enqueue(const FakeProviderReply &reply) { m_script.enqueue(reply); }
    const QList<FakeProviderRequest> &requests() const { return m_requests; }
    int pendingReplies() const { return int(m_script.size()); }
    int openConnections() const { return int(m_buffers.size()); }

signals:
    void requestReceived(const Moltdesk::TestSupport::FakeProviderRequest &request);
    void clientDisconnected();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool takeRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeProviderReply &reply);
    void writePiece(QTcpSocket *socket, const FakeProviderReply &reply, int index);

    QTcpServer m_server;
    QQueue<FakeProviderReply> m_script;
    QList<FakeProviderRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Moltdesk::TestSupport
