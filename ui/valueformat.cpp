#include "valueformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ValueFormat::JsonCheck ValueFormat::checkJson(const QString &text)
{
    JsonCheck check;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.trimmed().isEmpty()) {
        check.error = tr("The value is empty; a JSON value such as {}, [] or \"text\" is needed.");
        check.line = 1;
        check.column = 1;
        return check;
    }
    // The newline keeps a trailing // or unterminated token from swallowing the closing bracket.
    const QByteArray wrapped = '[' + utf8 + "\n]";
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1) {
        check.ok = true;
        const QByteArray compact = doc.toJson(QJsonDocument::Compact);
        check.compact = compact.mid(1, compact.size() - 2);
        return check;
    }
    qsizetype offset = 0;
    QString reason;
    if (parseError.error == QJsonParseError::NoError) {
        // "1, 2" parses inside our array as two values; as a KV value it is not JSON.
        reason = tr("more than one value (wrap them in [ ] to store a list)");
        offset = utf8.indexOf(',');
    } else {
        reason = parseError.errorString();
        // QJsonParseError::offset counts bytes of the UTF-8 input; ours starts one byte later.
        offset = qBound(qsizetype(0), qsizetype(parseError.offset - 1), utf8.size());
    }
    const QString before = QString::fromUtf8(utf8.left(offset));
    check.line = int(before.count(u'\n')) + 1;
    check.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    check.error = tr("Invalid JSON at line %1, column %2: %3").arg(check.line).arg(check.column).arg(reason);
    return check;
}

QString ValueFormat::prettyJson(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + data + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
        return {};
    const QJsonValue value = doc.array().first();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(compact.mid(1, compact.size() - 2));
}

QString ValueFormat::duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(minutes);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs);
    return tr("%1 s").arg(secs);
}

QString ValueFormat::expiry(const std::optional<QDateTime> &expiration, const QDateTime &now)
{
    if (!expiration || !expiration->isValid())
        return tr("never expires");
    const qint64 left = now.secsTo(*expiration);
    if (left <= 0)
        return tr("expired");
    return tr("expires in %1").arg(duration(left));
}

QString ValueFormat::shortExpiry(const std::optional<QDateTime> &expiration, const QDateTime &now)
{
    if (!expiration || !expiration->isValid())
        return u"—"_s;
    const qint64 left = now.secsTo(*expiration);
    if (left <= 0)
        return tr("expired");
    return tr("in %1").arg(duration(left));
}

QString ValueFormat::byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString ValueFormat::hexPreview(const QByteArray &data, int maxBytes)
{
    const qsizetype shown = qMin<qsizetype>(data.size(), maxBytes);
    QString out;
    for (qsizetype row = 0; row < shown; row += 16) {
        out += u"%1  "_s.arg(qlonglong(row), 8, 16, QChar(u'0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < shown) {
                const auto byte = static_cast<unsigned char>(data.at(i));
                out += u"%1 "_s.arg(uint(byte), 2, 16, QChar(u'0'));
                ascii += (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                out += u"   "_s;
            }
            if (i == row + 7)
                out += u' ';
        }
        out += u" |"_s + ascii + u"|\n"_s;
    }
    if (data.size() > shown)
        out += tr("… %1 more bytes not shown").arg(data.size() - shown);
    return out;
}

bool ValueFormat::isText(const QByteArray &data, bool truncated)
{
    if (data.contains('\0'))
        return false;
    // Invalid or incomplete UTF-8 decodes to U+FFFD and so does not round-trip. A preview cut in
    // the middle of a character may lose up to three trailing bytes of it.
    const int tolerance = truncated ? int(qMin<qsizetype>(3, data.size())) : 0;
    for (int chop = 0; chop <= tolerance; ++chop) {
        const QByteArray part = data.chopped(chop);
        if (QString::fromUtf8(part).toUtf8() == part)
            return true;
    }
    return false;
}

} // namespace Moltdesk::Ui
