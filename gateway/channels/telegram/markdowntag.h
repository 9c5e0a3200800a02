#pragma once

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// One formatting entity of Telegram's HTML parse mode
// (https://core.telegram.org/bots/api#formatting-options). Only the tags the Markdown renderer
// produces are listed; underline and spoiler have no Markdown syntax.
struct MarkdownTag
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

    friend bool operator==(const MarkdownTag &a, const MarkdownTag &b)
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
    static QList<MarkdownTag> normalised(const QList<MarkdownTag> &tags);

    // How many leading tags `a` and `b` share.
    static qsizetype commonPrefix(const QList<MarkdownTag> &a, const QList<MarkdownTag> &b);
};

} // namespace Moltdesk::Telegram
