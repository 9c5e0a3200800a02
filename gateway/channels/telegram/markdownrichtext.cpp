#include "channels/telegram/markdownrichtext.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

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

void MarkdownRichText::append(const QString &text, const QList<MarkdownTag> &tags, bool plainOnly)
{
    if (text.isEmpty())
        return;
    if (!m_spans.isEmpty()) {
        MarkdownSpan &last = m_spans.last();
        if (last.plainOnly == plainOnly && last.tags == tags) {
            last.text += text;
            return;
        }
    }
    m_spans.append({text, tags, plainOnly});
}

void MarkdownRichText::append(const MarkdownRichText &other)
{
    for (const MarkdownSpan &span : other.m_spans)
        append(span.text, span.tags, span.plainOnly);
}

QString MarkdownRichText::html() const
{
    QString out;
    QList<MarkdownTag> open;
    for (const MarkdownSpan &span : m_spans) {
        if (span.plainOnly || span.text.isEmpty())
            continue;
        const QList<MarkdownTag> tags = MarkdownTag::normalised(span.tags);
        const qsizetype common = MarkdownTag::commonPrefix(open, tags);
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

QString MarkdownRichText::plainText() const
{
    QString out;
    for (const MarkdownSpan &span : m_spans)
        out += span.text;
    return out;
}

qsizetype MarkdownRichText::visibleLength() const
{
    qsizetype n = 0;
    for (const MarkdownSpan &span : m_spans)
        n += span.plainOnly ? 0 : span.text.size();
    return n;
}

qsizetype MarkdownRichText::plainLength() const
{
    qsizetype n = 0;
    for (const MarkdownSpan &span : m_spans)
        n += span.text.size();
    return n;
}

MarkdownRichText MarkdownRichText::slice(qsizetype from, qsizetype length) const
{
    MarkdownRichText out;
    const qsizetype to = from + length;
    qsizetype offset = 0;
    for (const MarkdownSpan &span : m_spans) {
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

MarkdownRichText MarkdownRichText::indented(const QString &prefix) const
{
    MarkdownRichText out;
    for (const MarkdownSpan &span : m_spans) {
        QString text = span.text;
        text.replace(u'\n', u"\n"_s + prefix);
        out.append(text, span.tags, span.plainOnly);
    }
    return out;
}

} // namespace Moltdesk::Telegram
