#pragma once

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// One formatting entity of Telegram's HTML parse mode
// (https://core.telegram.org/bots/api#formatting-options). Only the tags TelegramFormatter
// produces are listed; underline and spoiler have no Markdown syntax.
struct HtmlTag
{
    enum class Kind {
        Bold,       // <b>
        Italic,     // <i>
        Strike,     // <s>
        Code,       // <code>
        Pre,        // <pre>, with <code class="language-x"> inside when attribute is a language
        Link,       // <a href="attribute">
        Blockquote, // <blockquote>
    };

    Kind kind = Kind::Bold;
    QString attribute; // href for Link, language for Pre

    friend bool operator==(const HtmlTag &a, const HtmlTag &b)
    {
        return a.kind == b.kind && a.attribute == b.attribute;
    }

    // The HTML that opens / closes this tag, with the attribute escaped for a double-quoted value.
    QString openHtml() const;
    QString closeHtml() const;

    // Telegram's nesting rules (same page, "Message entities can be nested, providing following
    // restrictions are met"): bold/italic/strike may contain or be part of anything except pre and
    // code; blockquotes can't be nested; "all other entities can't contain each other" (so no link
    // or code inside a blockquote, no code inside a link). Returns `tags` (outermost first) reduced
    // to a set Telegram accepts: duplicates dropped, a code/pre span keeps only itself unless it is
    // inside a link or quote (then the code tag goes), a link inside a quote is dropped.
    static QList<HtmlTag> normalised(const QList<HtmlTag> &tags);

    // How many leading tags `a` and `b` share.
    static qsizetype commonPrefix(const QList<HtmlTag> &a, const QList<HtmlTag> &b);
};

// A run of text with the tags around it (outermost first). A plain-only span appears in the
// plain-text rendering but not in the HTML: e.g. " (https://…)" after a link's text, so the
// plain fallback still shows where the link pointed.
struct HtmlSpan
{
    QString text;
    QList<HtmlTag> tags;
    bool plainOnly = false;
};

// A reply rendered for Telegram as a flat list of tagged spans. Keeping the tags per span (instead of an
// HTML string) is what makes splitting safe: any slice renders to HTML whose tags are closed
// at the slice's end and reopened at the next slice's start, so every chunk is balanced.
class HtmlText
{
public:
    void append(const QString &text, const QList<HtmlTag> &tags = {}, bool plainOnly = false);
    void append(const HtmlText &other);

    bool isEmpty() const { return m_spans.isEmpty(); }
    const QList<HtmlSpan> &spans() const { return m_spans; }

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
    HtmlText slice(qsizetype from, qsizetype length) const;

    // A copy where every "\n" is followed by `prefix` (continuation lines of a list item).
    HtmlText indented(const QString &prefix) const;

private:
    QList<HtmlSpan> m_spans;
};

} // namespace Moltdesk::Telegram
