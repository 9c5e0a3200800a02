#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The channel-independent form of a formatted reply: what the agent's Markdown means, parsed
// once by Channels::MarkdownParser and rendered by each channel in its own markup (Telegram HTML
// today). See docs/channels/telegram-formatting.md, "The document model".
namespace Moltdesk::Channels::RichText {

// Inline markup around a span of text. A span lists its marks outermost first, as they nest in
// the source ("***x***" is Italic then Bold), so a renderer can keep that order.
struct Mark
{
    enum class Kind { Bold, Italic, Strike, Code, Link };

    Kind kind = Kind::Bold;
    // Link only: the destination as written (escapes resolved, never validated: the renderer
    // decides which schemes it makes clickable); for an image, its source.
    QString url;
    int link = 0;         // Link only: 1, 2, ... per block, so two adjacent links stay two
    bool bareUrl = false; // Link only: a URL written bare in the text (GFM autolink); text == url

    friend bool operator==(const Mark &, const Mark &) = default;
};

struct Span
{
    QString text; // line breaks (soft and hard) are "\n"
    QList<Mark> marks;

    // The outermost Link mark, or nullptr.
    const Mark *link() const;
};

// One block. The document is a flat list: containers (quotes, list items) are given as depths on
// the blocks they contain, which is all a chat channel can show of them.
struct Block
{
    enum class Kind {
        Paragraph,
        Heading,   // level 1-6
        ListItem,  // spans: the item's first paragraph; its further blocks follow at listDepth
        CodeBlock, // text and language
        Rule,      // a thematic break
        Table,     // rows of cell text
    };
    enum class Task { None, Open, Done }; // GFM task list items "- [ ]" / "- [x]"

    Kind kind = Kind::Paragraph;
    QList<Span> spans;       // Paragraph, Heading, ListItem
    QString text;            // CodeBlock: the code without its final line break
    QString language;        // CodeBlock: first word of the fence's info string
    QList<QStringList> rows; // Table: header row first; cells as plain text, links "label (url)"
    int level = 0;           // Heading
    int listDepth = 0;       // list items around the block; a ListItem counts itself (>= 1)
    int number = 0;          // ListItem: its number in an ordered list, 0 in a bullet list
    Task task = Task::None;  // ListItem
    int quoteDepth = 0;      // block quotes around the block
    bool blankBefore = false; // a blank line separated it from the previous block in the source

    QString plainText() const; // the spans' text
};

struct Document
{
    QList<Block> blocks;
};

} // namespace Moltdesk::Channels::RichText
