#pragma once

#include "channels/telegram/markdownblock.h"
#include "channels/telegram/markdownrichtext.h"

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// Markdown (CommonMark + GFM, as models write it) to Telegram's HTML parse mode
// (https://core.telegram.org/bots/api#formatting-options) and to plain text:
// - headings become a bold line; - * + items "• " (nested "◦ ", "▪ "), ordered items keep
//   their number ("3. "), task items "☐ "/"☑ "; a thematic break becomes a line of "─";
// - > quotes become <blockquote> (nested quotes flatten into one: Telegram can't nest them);
// - fenced code becomes <pre><code class="language-x">; tables become aligned monospace text
//   in a <pre> (Telegram has no tables);
// - inline markup as MarkdownInlineParser describes.
// The output is rendered as units (one per paragraph, heading, list item line, code block,
// table, rule) so a caller can split a long answer between them without cutting a tag.
class MarkdownRenderer
{
public:
    struct Unit
    {
        MarkdownRichText text;
        QList<MarkdownTag> container; // tags around the whole unit (a blockquote)
        QString separator;            // what goes before it when it follows another unit
    };

    static QList<Unit> renderUnits(const QString &markdown);

    // Appends `unit` to `out`, preceded by its separator when `previous` is set; the separator
    // stays inside the container both units share, so consecutive quoted lines stay one quote.
    static void appendUnit(MarkdownRichText &out, const Unit *previous, const Unit &unit);

    static MarkdownRichText render(const QString &markdown);
    static QString toHtml(const QString &markdown);
    // The same content without markup: the fallback to send when Telegram still answers 400
    // "can't parse entities". Links read "label (url)", quotes keep their text.
    static QString toPlainText(const QString &markdown);

private:
    static void renderBlocks(const QList<MarkdownBlock> &blocks, const QList<MarkdownTag> &container,
                             const QString &indent, int listDepth, const QString &firstSeparator,
                             QList<Unit> &out);
    static void renderListItem(const MarkdownBlock &item, const QList<MarkdownTag> &container,
                               const QString &indent, int listDepth, const QString &separator,
                               QList<Unit> &out);
    static MarkdownRichText renderTable(const QList<QStringList> &rows, const QList<MarkdownTag> &container);
};

} // namespace Moltdesk::Telegram
