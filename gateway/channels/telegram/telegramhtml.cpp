#include "channels/telegram/telegramhtml.h"

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

bool isExclusive(HtmlTag::Kind kind)
{
    return kind == HtmlTag::Kind::Code || kind == HtmlTag::Kind::Pre;
}

} // namespace

QString HtmlTag::openHtml() const
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

QString HtmlTag::closeHtml() const
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

QList<HtmlTag> HtmlTag::normalised(const QList<HtmlTag> &tags)
{
    QList<HtmlTag> out;
    bool quote = false;
    bool link = false;
    const HtmlTag *exclusive = nullptr;
    for (const HtmlTag &tag : tags) {
        bool seen = false;
        for (const HtmlTag &kept : out)
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

qsizetype HtmlTag::commonPrefix(const QList<HtmlTag> &a, const QList<HtmlTag> &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

namespace {

// Bot API "HTML style": "All <, > and & symbols that are not a part of a tag or an HTML entity
// must be replaced with the corresponding HTML entities".
void appendEscaped(QString &out, const QString &text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        default: out += c;
        }
    }
}

} // namespace

void HtmlText::append(const QString &text, const QList<HtmlTag> &tags, bool plainOnly)
{
    if (text.isEmpty())
        return;
    if (!m_spans.isEmpty()) {
        HtmlSpan &last = m_spans.last();
        if (last.plainOnly == plainOnly && last.tags == tags) {
            last.text += text;
            return;
        }
    }
    m_spans.append({text, tags, plainOnly});
}

void HtmlText::append(const HtmlText &other)
{
    for (const HtmlSpan &span : other.m_spans)
        append(span.text, span.tags, span.plainOnly);
}

QString HtmlText::html() const
{
    QString out;
    QList<HtmlTag> open;
    for (const HtmlSpan &span : m_spans) {
        if (span.plainOnly || span.text.isEmpty())
            continue;
        const QList<HtmlTag> tags = HtmlTag::normalised(span.tags);
        const qsizetype common = HtmlTag::commonPrefix(open, tags);
        while (open.size() > common)
            out += open.takeLast().closeHtml();
        for (qsizetype i = common; i < tags.size(); ++i) {
            out += tags.at(i).openHtml();
            open.append(tags.at(i));
        }
        appendEscaped(out, span.text);
    }
    while (!open.isEmpty())
        out += open.takeLast().closeHtml();
    return out;
}

QString HtmlText::plainText() const
{
    QString out;
    for (const HtmlSpan &span : m_spans)
        out += span.text;
    return out;
}

qsizetype HtmlText::visibleLength() const
{
    qsizetype n = 0;
    for (const HtmlSpan &span : m_spans)
        n += span.plainOnly ? 0 : span.text.size();
    return n;
}

qsizetype HtmlText::plainLength() const
{
    qsizetype n = 0;
    for (const HtmlSpan &span : m_spans)
        n += span.text.size();
    return n;
}

HtmlText HtmlText::slice(qsizetype from, qsizetype length) const
{
    HtmlText out;
    const qsizetype to = from + length;
    qsizetype offset = 0;
    for (const HtmlSpan &span : m_spans) {
        const qsizetype spanEnd = offset + span.text.size();
        const qsizetype start = qMax(from, offset);
        const qsizetype end = qMin(to, spanEnd);
        if (start < end)
            out.append(span.text.mid(start - offset, end - start), span.tags, span.plainOnly);
        offset = spanEnd;
        if (offset >= to)
            break;
    }
    return out;
}

HtmlText HtmlText::indented(const QString &prefix) const
{
    HtmlText out;
    for (const HtmlSpan &span : m_spans) {
        QString text = span.text;
        text.replace(u'\n', u"\n"_s + prefix);
        out.append(text, span.tags, span.plainOnly);
    }
    return out;
}

} // namespace Moltdesk::Telegram
