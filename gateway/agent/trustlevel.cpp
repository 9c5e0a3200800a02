#include "agent/trustlevel.h"

#include "sessions/sessionkey.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

QString trustLevelName(TrustLevel level)
{
    switch (level) {
    case TrustLevel::Operator: return u"operator"_s;
    case TrustLevel::Dm: return u"dm"_s;
    case TrustLevel::Group: return u"group"_s;
    case TrustLevel::Cron: return u"cron"_s;
    }
    return {};
}

std::optional<TrustLevel> trustLevelFromName(const QString &name)
{
    for (TrustLevel level : {TrustLevel::Operator, TrustLevel::Dm, TrustLevel::Group, TrustLevel::Cron}) {
        if (trustLevelName(level) == name)
            return level;
    }
    return std::nullopt;
}

TrustLevel trustLevelOf(const Sessions::SessionKey &key, bool senderTrusted)
{
    switch (key.kind()) {
    case Sessions::SessionKey::Kind::Webchat:
    case Sessions::SessionKey::Kind::Api:
        return TrustLevel::Operator;
    case Sessions::SessionKey::Kind::Cron:
        return TrustLevel::Cron;
    case Sessions::SessionKey::Kind::Dm:
        return senderTrusted ? TrustLevel::Dm : TrustLevel::Group;
    case Sessions::SessionKey::Kind::Group:
        return TrustLevel::Group;
    }
    return TrustLevel::Group;
}

QString senderTag(const QString &displayName, const QString &senderId)
{
    QString name;
    for (const QChar c : displayName) {
        if (c == u'[' || c == u']' || c == u'(' || c == u')' || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            name += u' ';
        else
            name += c;
    }
    name = name.simplified().left(64);
    if (name.isEmpty())
        name = u"unknown"_s;
    QString id;
    for (const QChar c : senderId) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            id += c;
    }
    return u"[from: %1 (id %2)]"_s.arg(name, id.left(64));
}

QString neutraliseSenderTags(const QString &text)
{
    static const QRegularExpression tag(u"\\[(\\s*from\\s*:)"_s, QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(tag, u"(\\1"_s);
    return out;
}

QStringList mentionedHosts(const QString &text)
{
    static const QRegularExpression host(
        u"(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}[a-z0-9])(?![a-z0-9-])"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList hosts;
    for (auto it = host.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        if (!hosts.contains(name))
            hosts.append(name);
    }
    return hosts;
}

} // namespace Moltdesk::Agent
