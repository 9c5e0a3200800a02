#include "config/jsonrender.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

QString JsonRender::value(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"nothing"_s;
    // QJsonDocument only serialises containers: wrap the value in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    if (text.size() > kMaxLength)
        text = text.left(kMaxLength - 3) + u"..."_s;
    return text;
}

QString JsonRender::string(const QString &text)
{
    return value(QJsonValue(text));
}

} // namespace Moltdesk::Config
