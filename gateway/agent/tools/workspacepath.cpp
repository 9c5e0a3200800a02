#include "agent/tools/workspacepath.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

std::optional<QString> WorkspacePath::normalize(const QString &path, QString *error)
{
    const auto refuse = [&](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (path.size() > MaxLength)
        return refuse(u"path is %1 characters long; the limit is %2"_s.arg(path.size()).arg(MaxLength));
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return refuse(u"path contains a control character"_s);
    }
    QStringList parts;
    const QStringList segments = QString(path).replace(u'\\', u'/').split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"."_s)
            continue;
        if (segment == u".."_s) {
            if (parts.isEmpty())
                return refuse(u"refused: path \"%1\" leaves the workspace"_s.arg(path));
            parts.removeLast();
            continue;
        }
        if (segment.size() > MaxSegment)
            return refuse(u"a path segment is longer than %1 characters"_s.arg(MaxSegment));
        parts.append(segment);
    }
    return parts.join(u'/');
}

QString WorkspacePath::rootKey(const QString &sessionKey)
{
    return u"workspace/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sessionKey, ":@")) + u'/';
}

} // namespace Moltdesk::Agent
