#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Moltdesk::Telegram {

// One block of a Markdown document (CommonMark "Container blocks and leaf blocks", GFM tables).
struct MarkdownBlock
{
    enum class Kind { Paragraph, Heading, CodeBlock, Quote, ListItem, Table, Rule };

    Kind kind = Kind::Paragraph;
    QString text;                   // inline source (Paragraph, Heading) or code (CodeBlock)
    QString language;               // CodeBlock: first word of the fence's info string
    QString marker;                 // ListItem: "-", "*", "+" or "3." as written
    int level = 0;                  // Heading: 1-6
    bool blankBefore = false;       // a blank line separated it from the previous block
    QList<MarkdownBlock> children;  // Quote and ListItem content
    QList<QStringList> rows;        // Table: header first, the --- row dropped
};

} // namespace Moltdesk::Telegram
