#pragma once

#include "channels/richtext.h"

#include <QString>

namespace Moltdesk::Channels {

// The agent's Markdown to a RichText::Document, with md4c (the CommonMark 0.30 parser Qt uses
// for QTextDocument::setMarkdown) and these extensions: GFM strikethrough (~~x~~; a single ~ stays
// text), tables, task lists and bare http(s) URLs as autolinks. Raw HTML is never interpreted:
// tags, comments and entities are kept as the literal text the model wrote. Indented (4-space)
// code blocks are off: models fence their code, and a mis-indented list continuation would
// otherwise turn into code. A table may follow a paragraph line directly, as on GitHub.
// Emphasis nested deeper than MaxNesting keeps its text without the further marks.
// See docs/channels/telegram-formatting.md.
class MarkdownParser
{
public:
    static constexpr int MaxNesting = 32;

    static RichText::Document parse(const QString &markdown);
};

} // namespace Moltdesk::Channels
