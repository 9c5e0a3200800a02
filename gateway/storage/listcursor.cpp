#include "storage/listcursor.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

namespace {
constexpr auto Base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray Magic = "mdc1:"_ba; // versioned, so a future format can be told apart
} // namespace

QString ListCursor::encode(const QString &lastKey)
{
    const QByteArray raw = Magic + lastKey.toUtf8();
    return QString::fromLatin1(raw.toBase64(Base64Options));
}

Result<QString> ListCursor::decode(const QString &cursor)
{
    if (cursor.isEmpty())
        return QString();
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &decoded = result.decoded;
    if (!result || !decoded.startsWith(Magic) || decoded.size() == Magic.size())
        return Error::invalid(u"invalid list cursor (pass back the cursor of a previous listing unchanged)"_s);
    return QString::fromUtf8(decoded.mid(Magic.size()));
}

} // namespace Moltdesk::Storage
