#include "support/apphttp.h"

#include <QJsonDocument>

namespace Moltdesk::TestSupport {

HttpTestResponse AppHttp::get(quint16 port, const QByteArray &target, const Headers &headers)
{
    return request(port, "GET", target, headers);
}

HttpTestResponse AppHttp::request(quint16 port, const QByteArray &method, const QByteArray &target,
                                  const Headers &headers, const QByteArray &body)
{
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0;
        raw += name + ": " + value + "\r\n";
    }
    if (!hasLength && !body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    return HttpTestClient::request(port, raw);
}

QUrl AppHttp::wsUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/ws"));
    return url;
}

QJsonObject AppHttp::json(const HttpTestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace Moltdesk::TestSupport
