#include "support/wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

WsTestClient::WsTestClient(const QString &origin, QObject *parent)
    : QObject(parent)
    , m_socket(origin)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        m_frames.append(document.isObject() ? document.object()
                                            : QJsonObject{{u"unparsed"_s, text}});
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = m_socket.closeCode();
        m_closeReason = m_socket.closeReason();
    });
}

bool WsTestClient::open(const QUrl &url, int timeoutMs)
{
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; },
                           timeoutMs)
        && !m_closed;
}

std::optional<QJsonObject> WsTestClient::connectWithToken(const QUrl &url, const QString &token,
                                                          int timeoutMs)
{
    if (!open(url, timeoutMs) || !waitForEvent(u"connect.challenge"_s, timeoutMs))
        return std::nullopt;
    const QJsonObject params{
        {u"minProtocol"_s, 3},
        {u"maxProtocol"_s, 3},
        {u"client"_s, QJsonObject{{u"id"_s, u"test"_s}, {u"version"_s, u"1.0"_s},
                                  {u"platform"_s, u"linux"_s}, {u"mode"_s, u"test"_s}}},
        {u"role"_s, u"operator"_s},
        {u"scopes"_s, QJsonArray{u"operator.read"_s}},
        {u"auth"_s, QJsonObject{{u"token"_s, token}}},
    };
    return waitForResponse(sendRequest(u"connect"_s, params), timeoutMs);
}

QString WsTestClient::sendRequest(const QString &method, const QJsonObject &params)
{
    const QString id = u"r"_s + QString::number(m_nextId++);
    const QJsonObject frame{{u"type"_s, u"req"_s}, {u"id"_s, id}, {u"method"_s, method},
                            {u"params"_s, params}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    return id;
}

void WsTestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void WsTestClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
}

std::optional<QJsonObject> WsTestClient::takeFirst(
    const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
{
    std::optional<QJsonObject> found;
    auto scan = [&] {
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            if (match(m_frames.at(i))) {
                found = m_frames.takeAt(i);
                return true;
            }
        }
        return false;
    };
    if (scan() || QTest::qWaitFor(scan, timeoutMs))
        return found;
    return std::nullopt;
}

std::optional<QJsonObject> WsTestClient::nextFrame(int timeoutMs)
{
    return takeFirst([](const QJsonObject &) { return true; }, timeoutMs);
}

std::optional<QJsonObject> WsTestClient::waitForResponse(const QString &id, int timeoutMs)
{
    return takeFirst([&id](const QJsonObject &frame) {
        return frame.value(u"type"_s).toString() == u"res"_s && frame.value(u"id"_s).toString() == id;
    }, timeoutMs);
}

std::optional<QJsonObject> WsTestClient::waitForEvent(const QString &event, int timeoutMs)
{
    return takeFirst([&event](const QJsonObject &frame) {
        return frame.value(u"type"_s).toString() == u"event"_s
            && frame.value(u"event"_s).toString() == event;
    }, timeoutMs);
}

bool WsTestClient::waitForClosed(int timeoutMs)
{
    return m_closed || QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

} // namespace Moltdesk::TestSupport
