#pragma once

#include "channels/telegram/markdownrichtext.h"

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// Inline Markdown of one block (CommonMark 0.31 "Inlines" plus GFM strikethrough and bare-URL
// autolinks) rendered into tagged spans:
// - `code` spans (backtick runs of equal length), backslash escapes of ASCII punctuation;
// - *em*/_em_, **strong**/__strong__, ~~strike~~ with CommonMark's left/right-flanking rules
//   and delimiter-run matching ("rule of 3"), so snake_case_names and 2 * 3 * 4 stay text;
//   a single ~ is text (models write "~5 min" far more often than single-tilde strikethrough);
// - [text](url "title"), ![alt](url) (shown as a link), <https://autolinks>; a bare URL is kept
//   literal (Telegram links it itself) and shielded from emphasis parsing;
// - raw HTML is not interpreted: it is escaped and shown as typed.
// Only http, https and tg links become <a href>; any other destination (javascript:, relative
// paths) is shown as text "label (destination)". Whatever is unmatched stays literal text, so odd
// input degrades to escaped text, never to broken markup.
class MarkdownInlineParser
{
public:
    // Appends the rendering of `source` to `out`, every span inside `baseTags`. Inside a
    // blockquote (baseTags holds one) links and code can't be entities (Telegram forbids the
    // nesting), so a link is written as "label (url)" and code as its bare text.
    static void render(const QString &source, const QList<MarkdownTag> &baseTags, MarkdownRichText &out);

    // The text of `source` without markup (links as "label (url)").
    static QString toPlainText(const QString &source);

    // The href Telegram accepts for a Markdown link destination, or an empty string.
    static QString linkTarget(const QString &destination);
};

} // namespace Moltdesk::Telegram
