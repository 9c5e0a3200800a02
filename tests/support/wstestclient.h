#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace Moltdesk::TestSupport {

// A real QWebSocket client that queues every JSON frame it receives, for protocol tests.
// The wait functions spin the event loop (QTest::qWaitFor) until the condition holds.
class WsTestClient : public QObject
{
    Q_OBJECT

public:
    // `origin` is sent as the Origin header, as a browser would.
    explicit WsTestClient(const QString &origin = QString(), QObject *parent = nullptr);

    bool open(const QUrl &url, int timeoutMs = 5000);
    // Opens, reads connect.challenge, sends `connect` with the token and returns the response.
    std::optional<QJsonObject> connectWithToken(const QUrl &url, const QString &token,
                                                int timeoutMs = 5000);

    QString sendRequest(const QString &method, const QJsonObject &params = {});
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);

    // Next queued frame of any kind.
    std::optional<QJsonObject> nextFrame(int timeoutMs = 5000);
    // Next `res` with this id (other frames stay queued).
    std::optional<QJsonObject> waitForResponse(const QString &id, int timeoutMs = 5000);
    // Next `event` with this name (other frames stay queued).
    std::optional<QJsonObject> waitForEvent(const QString &event, int timeoutMs = 5000);

    bool waitForClosed(int timeoutMs = 5000);
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    QList<QJsonObject> &frames() { return m_frames; }
    QWebSocket &socket() { return m_socket; }

private:
    std::optional<QJsonObject> takeFirst(const std::function<bool(const QJsonObject &)> &match,
                                         int timeoutMs);

    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    int m_nextId = 1;
    bool m_closed = false;
    int m_closeCode = -1;
    QString m_closeReason;
};

} // namespace Moltdesk::TestSupport
