#pragma once

#include "channels/telegram/markdownspan.h"

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// Rendered Markdown as a flat list of tagged spans. Keeping the tags per span (instead of an
// HTML string) is what makes splitting safe: any slice renders to HTML whose tags are closed
// at the slice's end and reopened at the next slice's start, so every chunk is balanced.
class MarkdownRichText
{
public:
    void append(const QString &text, const QList<MarkdownTag> &tags = {}, bool plainOnly = false);
    void append(const MarkdownRichText &other);

    bool isEmpty() const { return m_spans.isEmpty(); }
    const QList<MarkdownSpan> &spans() const { return m_spans; }

    // Telegram HTML: text escaped (&amp; &lt; &gt;), tags normalised to what Telegram accepts,
    // properly nested, all closed at the end; empty spans open no tags.
    QString html() const;
    // The text with plain-only spans, without any markup: the fallback for a 400 parse error.
    QString plainText() const;

    // Characters Telegram counts for the HTML version (text after entity parsing), in UTF-16
    // code units (the unit the Bot API's 4096 limit is documented in).
    qsizetype visibleLength() const;
    // Length of plainText(); never less than visibleLength().
    qsizetype plainLength() const;

    // The spans covering plainText()[from, from + length), cut where needed.
    MarkdownRichText slice(qsizetype from, qsizetype length) const;

    // A copy where every "\n" is followed by `prefix` (continuation lines of a list item).
    MarkdownRichText indented(const QString &prefix) const;

private:
    QList<MarkdownSpan> m_spans;
};

} // namespace Moltdesk::Telegram
