#include "channels/telegram/markdowntag.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

// Telegram decodes only &lt; &gt; &amp; &quot; and numeric entities; inside a double-quoted
// attribute the quote itself must be escaped too (Bot API "HTML style").
QString escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        default: out += c;
        }
    }
    return out;
}

bool isExclusive(MarkdownTag::Kind kind)
{
    return kind == MarkdownTag::Kind::Code || kind == MarkdownTag::Kind::Pre;
}

} // namespace

QString MarkdownTag::openHtml() const
{
    switch (kind) {
    case Kind::Bold: return u"<b>"_s;
    case Kind::Italic: return u"<i>"_s;
    case Kind::Strike: return u"<s>"_s;
    case Kind::Code: return u"<code>"_s;
    case Kind::Pre:
        if (attribute.isEmpty())
            return u"<pre>"_s;
        return u"<pre><code class=\"language-"_s + escapeAttribute(attribute) + u"\">"_s;
    case Kind::Link: return u"<a href=\""_s + escapeAttribute(attribute) + u"\">"_s;
    case Kind::Blockquote: return u"<blockquote>"_s;
    }
    return {};
}

QString MarkdownTag::closeHtml() const
{
    switch (kind) {
    case Kind::Bold: return u"</b>"_s;
    case Kind::Italic: return u"</i>"_s;
    case Kind::Strike: return u"</s>"_s;
    case Kind::Code: return u"</code>"_s;
    case Kind::Pre: return attribute.isEmpty() ? u"</pre>"_s : u"</code></pre>"_s;
    case Kind::Link: return u"</a>"_s;
    case Kind::Blockquote: return u"</blockquote>"_s;
    }
    return {};
}

QList<MarkdownTag> MarkdownTag::normalised(const QList<MarkdownTag> &tags)
{
    QList<MarkdownTag> out;
    bool quote = false;
    bool link = false;
    const MarkdownTag *exclusive = nullptr;
    for (const MarkdownTag &tag : tags) {
        bool seen = false;
        for (const MarkdownTag &kept : out)
            seen = seen || kept.kind == tag.kind;
        if (seen)
            continue;
        if (isExclusive(tag.kind)) {
            if (!exclusive)
                exclusive = &tag;
            continue;
        }
        if (tag.kind == Kind::Link && quote)
            continue;
        quote = quote || tag.kind == Kind::Blockquote;
        link = link || tag.kind == Kind::Link;
        out.append(tag);
    }
    if (!exclusive)
        return out;
    if (quote || link)
        return out; // code can't live inside a quote or a link: keep the text, lose the monospace
    return {*exclusive};
}

qsizetype MarkdownTag::commonPrefix(const QList<MarkdownTag> &a, const QList<MarkdownTag> &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace Moltdesk::Telegram
