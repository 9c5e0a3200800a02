#include "channels/pendingpairing.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

QString PendingPairing::kindName(Kind kind)
{
    return kind == Kind::Group ? u"group"_s : u"sender"_s;
}

QString PendingPairing::cleanName(const QString &name)
{
    QString clean;
    clean.reserve(qMin(name.size(), qsizetype(MaxNameLength)));
    bool space = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, name.at(i + 1));
            const QChar::Category category = QChar::category(ucs4);
            ++i;
            if (category == QChar::Other_Format || category == QChar::Other_PrivateUse)
                continue;
            if (space && !clean.isEmpty())
                clean.append(u' ');
            space = false;
            if (clean.size() + 2 > MaxNameLength)
                break;
            clean.append(c);
            clean.append(name.at(i));
            continue;
        }
        if (c.isSurrogate())
            continue; // unpaired half
        if (c.isSpace() || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            space = true;
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format: // bidi embeddings, overrides and isolates, zero-width characters
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            continue;
        default:
            break;
        }
        if (space && !clean.isEmpty())
            clean.append(u' ');
        space = false;
        if (clean.size() + 1 > MaxNameLength)
            break;
        clean.append(c);
    }
    return clean.trimmed();
}

QJsonObject PendingPairing::toJson() const
{
    return QJsonObject{
        {u"kind"_s, kindName(kind)},
        {u"channel"_s, channel},
        {u"code"_s, code},
        {u"senderId"_s, senderId},
        {u"senderName"_s, senderName},
        {u"requestedAt"_s, requestedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace Moltdesk::Channels
