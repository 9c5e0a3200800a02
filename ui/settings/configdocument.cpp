#include "settings/configdocument.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

QJsonValue ConfigDocument::value(const QJsonObject &document, const QString &path)
{
    const QStringList keys = path.split(u'.');
    QJsonValue current = document;
    for (const QString &key : keys) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

void ConfigDocument::setValue(QJsonObject &document, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            document.remove(path);
        else
            document.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject child = document.value(head).toObject();
    setValue(child, path.mid(dot + 1), value);
    document.insert(head, child);
}

QList<ConfigDocument::Problem> ConfigDocument::problems(const QStringList &lines)
{
    // "[FILE: ]key.path: text" - the file part is optional (the gateway may name its full path), the
    // key path is dotted names with [n] indices, as SchemaReader::join/index build them.
    static const QRegularExpression pattern(
        u"^(?:.*?: )?([A-Za-z_$][\\w$-]*(?:\\.[\\w$-]+|\\[\\d+\\])*): (.+)$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QList<Problem> result;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = pattern.match(line);
        // A bare file name ("config.json: cannot read: ...") is not a key: keys never end in ".json".
        if (match.hasMatch() && !match.captured(1).endsWith(u".json"_s)) {
            result.append({match.captured(1), match.captured(2), line});
        } else {
            // Drop the file name; the rest is the loader's sentence.
            const QString text = line.section(u": "_s, 1, -1);
            result.append({QString(), text.isEmpty() ? line : text, line});
        }
    }
    return result;
}

bool ConfigDocument::belongsTo(const QString &problemPath, const QString &key)
{
    if (!problemPath.startsWith(key))
        return false;
    if (problemPath.size() == key.size())
        return true;
    const QChar next = problemPath.at(key.size());
    return next == u'.' || next == u'[';
}

QString ConfigDocument::durationText(qint64 seconds)
{
    if (seconds <= 0)
        return QString::number(seconds);
    constexpr std::array<std::pair<qint64, char16_t>, 5> units{
        {{7 * 86400, u'w'}, {86400, u'd'}, {3600, u'h'}, {60, u'm'}, {1, u's'}}};
    for (const auto &[size, suffix] : units) {
        if (seconds % size == 0)
            return QString::number(seconds / size) + QChar(suffix);
    }
    return QString::number(seconds);
}

QString ConfigDocument::sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return QString::number(bytes);
    struct Unit
    {
        qint64 size;
        const char16_t *name;
    };
    constexpr std::array<Unit, 6> units{{{1LL << 30, u"GiB"},
                                         {1000LL * 1000 * 1000, u"GB"},
                                         {1LL << 20, u"MiB"},
                                         {1000LL * 1000, u"MB"},
                                         {1LL << 10, u"KiB"},
                                         {1000, u"kB"}}};
    for (const Unit &unit : units) {
        if (bytes % unit.size == 0)
            return QString::number(bytes / unit.size) + QString::fromUtf16(unit.name);
    }
    return QString::number(bytes);
}

QJsonValue ConfigDocument::numberOrText(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 number = trimmed.toLongLong(&ok);
    // Beyond 2^53 a JSON number loses digits; leave it to the loader as text.
    if (ok && qAbs(number) <= (1LL << 53))
        return QJsonValue(number);
    return trimmed;
}

} // namespace Moltdesk::Ui
