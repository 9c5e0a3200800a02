#include "http/request.h"

namespace Moltdesk::Http {

QByteArray Request::header(QByteArrayView name, const QByteArray &fallback) const
{
    return headers.value(name.toByteArray().toLower(), fallback);
}

bool Request::hasHeader(QByteArrayView name) const
{
    return headers.contains(name.toByteArray().toLower());
}

QString Request::queryValue(const QString &name, const QString &fallback) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return fallback;
}

bool Request::hasQueryItem(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QByteArray Request::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

} // namespace Moltdesk::Http
