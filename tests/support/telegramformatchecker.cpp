#include "support/telegramformatchecker.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString decodeEntity(const QString &entity, bool &ok)
{
    ok = true;
    if (entity == u"lt"_s)
        return u"<"_s;
    if (entity == u"gt"_s)
        return u">"_s;
    if (entity == u"amp"_s)
        return u"&"_s;
    if (entity == u"quot"_s)
        return u"\""_s;
    if (entity.startsWith(u'#')) {
        const bool hex = entity.startsWith(u"#x"_s, Qt::CaseInsensitive);
        const uint code = entity.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    ok = false;
    return {};
}

} // namespace

TelegramFormatChecker TelegramFormatChecker::check(const QString &html)
{
    static const QStringList allowed{u"b"_s, u"strong"_s, u"i"_s, u"em"_s, u"u"_s, u"ins"_s, u"s"_s,
                                     u"strike"_s, u"del"_s, u"code"_s, u"pre"_s, u"a"_s, u"blockquote"_s,
                                     u"tg-spoiler"_s};
    static const QRegularExpression openTag(u"<([a-z-]+)((?: [a-z]+=\"[^\"<>]*\")*)>"_s);
    static const QRegularExpression closeTag(u"</([a-z-]+)>"_s);
    TelegramFormatChecker result;
    QStringList stack;
    const auto fail = [&](const QString &why, qsizetype at) {
        result.ok = false;
        result.error = why + u" at offset "_s + QString::number(at) + u": ..."_s + html.mid(at, 40);
        return result;
    };
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
            const auto close = closeTag.match(html, i, QRegularExpression::NormalMatch, anchored);
            if (close.hasMatch()) {
                if (stack.isEmpty() || stack.last() != close.captured(1))
                    return fail(u"unbalanced </"_s + close.captured(1) + u'>', i);
                stack.removeLast();
                i += close.capturedLength(0);
                continue;
            }
            const auto open = openTag.match(html, i, QRegularExpression::NormalMatch, anchored);
            if (!open.hasMatch())
                return fail(u"unescaped < or malformed tag"_s, i);
            const QString name = open.captured(1);
            const QString attributes = open.captured(2);
            if (!allowed.contains(name))
                return fail(u"tag not allowed: "_s + name, i);
            if (name == u"a"_s && !attributes.startsWith(u" href=\""_s))
                return fail(u"<a> without href"_s, i);
            if (name == u"code"_s && !attributes.isEmpty() && !attributes.startsWith(u" class=\"language-"_s))
                return fail(u"bad <code> attribute"_s, i);
            if (name != u"a"_s && name != u"code"_s && !attributes.isEmpty())
                return fail(u"unexpected attribute"_s, i);
            const bool preCode = name == u"code"_s && !stack.isEmpty() && stack.last() == u"pre"_s;
            for (const QString &outer : std::as_const(stack)) {
                if ((outer == u"code"_s || outer == u"pre"_s) && !preCode)
                    return fail(u"tag inside code/pre"_s, i);
                if ((name == u"code"_s || name == u"pre"_s) && outer != u"pre"_s)
                    return fail(u"code/pre inside another entity"_s, i);
                const bool restricted = name == u"a"_s || name == u"blockquote"_s;
                if (restricted && (outer == u"a"_s || outer == u"blockquote"_s))
                    return fail(u"link/blockquote nested in link/blockquote"_s, i);
            }
            stack.append(name);
            i += open.capturedLength(0);
            continue;
        }
        if (c == u'>')
            return fail(u"unescaped >"_s, i);
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i);
            bool decoded = false;
            const QString value = semicolon > i && semicolon - i < 12 ? decodeEntity(html.mid(i + 1, semicolon - i - 1), decoded)
                                                                      : QString();
            if (!decoded)
                return fail(u"unescaped &"_s, i);
            result.visibleText += value;
            i = semicolon + 1;
            continue;
        }
        result.visibleText += c;
        ++i;
    }
    if (!stack.isEmpty())
        return fail(u"unclosed <"_s + stack.last() + u'>', html.size());
    result.ok = true;
    return result;
}
