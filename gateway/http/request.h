#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <utility>

namespace Moltdesk::Http {

// One parsed HTTP/1.x request, as handed to a route handler. A plain value type (like
// qBittorrent's Http::Request): copying it is cheap enough for bodies up to maxBodyBytes.
struct Request
{
    QString method;        // upper case as sent, e.g. "GET"
    QString path;          // percent-decoded path, e.g. "/webhook/telegram"
    QByteArray target;     // the raw request-target as sent (path + "?" + query), for signatures
    QByteArray rawQuery;   // undecoded query string without "?"
    QList<std::pair<QString, QString>> query; // decoded form-style pairs ('+' is a space), in order
    // Field names lower-cased. Repeated fields are joined with ", " as RFC 9110 §5.3 allows.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;       // raw bytes (de-chunked); signatures are computed over this
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    int httpMajor = 1;
    int httpMinor = 1;
    bool keepAlive = true; // whether the client allows reusing the connection afterwards
    bool upgrade = false;  // "Connection: upgrade" + "Upgrade: ..." were present

    // Header value by (case-insensitive) name, or `fallback` when absent.
    QByteArray header(QByteArrayView name, const QByteArray &fallback = {}) const;
    bool hasHeader(QByteArrayView name) const;
    // First value of a query parameter, or `fallback` when absent.
    QString queryValue(const QString &name, const QString &fallback = {}) const;
    bool hasQueryItem(const QString &name) const;
    // The media type of Content-Type without parameters, lower-cased ("application/json").
    QByteArray mediaType() const;
};

} // namespace Moltdesk::Http
