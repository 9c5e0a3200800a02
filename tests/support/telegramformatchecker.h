#pragma once

#include <QString>

// Independent check of Telegram HTML, for the formatter tests: a tiny tag scanner that accepts
// only the tags of https://core.telegram.org/bots/api#formatting-options, requires every tag to
// be closed in order, every '<' '>' '&' in text to be escaped (only &lt; &gt; &amp; &quot; and
// numeric entities), and Telegram's nesting rules (nothing inside code/pre but pre>code, no
// nested blockquote, no link/code inside a blockquote or link). Also counts the visible text the
// way Telegram does: entities decoded, in UTF-16 code units.
struct TelegramFormatChecker
{
    bool ok = false;
    QString error;
    QString visibleText;

    static TelegramFormatChecker check(const QString &html);
};
