#pragma once

#include "http/httperror.h"

#include <QByteArray>
#include <QList>

#include <utility>

class QJsonArray;
class QJsonObject;
class QString;

namespace Moltdesk::Http {

// A complete (non-streamed) response. Content-Length, the security headers and Connection are
// added by ResponseWriter when it goes on the wire, so handlers never forget them.
struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers, e.g. Allow, Retry-After

    Response() = default;
    Response(int status, QByteArray contentType, QByteArray body);

    // Replaces any earlier header of the same (case-insensitive) name.
    Response &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static Response json(int status, const QJsonObject &object);
    static Response json(int status, const QJsonArray &array);
    static Response text(int status, const QString &text);
    static Response error(const HttpError &error);
    static Response error(ErrorCode kind, const QString &message = {});
    static Response noContent();

    static QByteArray reasonPhrase(int status);
};

} // namespace Moltdesk::Http
