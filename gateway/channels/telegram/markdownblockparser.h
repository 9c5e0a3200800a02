#pragma once

#include "channels/telegram/markdownblock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Moltdesk::Telegram {

// Splits Markdown into blocks, line by line, following CommonMark's block rules closely enough
// for model output: ATX and setext headings, fenced code (``` or ~~~, an unclosed fence runs to
// the end as CommonMark says), thematic breaks, > quotes (with lazy continuation lines), - * +
// and 1. 1) list items with their indented content (nested lists, code inside items), GFM pipe
// tables and paragraphs. Indented (4-space) code blocks are not recognised: models fence their
// code, and mis-indented list continuations would otherwise turn into code. Containers nest at
// most MaxDepth deep; deeper markers are kept as paragraph text.
class MarkdownBlockParser
{
public:
    static constexpr int MaxDepth = 12;

    static QList<MarkdownBlock> parse(const QString &markdown);

private:
    static QList<MarkdownBlock> parseLines(const QStringList &lines, int depth);
};

} // namespace Moltdesk::Telegram
