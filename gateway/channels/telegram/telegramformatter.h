#pragma once

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// Turns a model's Markdown answer into messages for sendMessage with parse_mode "HTML"
// (https://core.telegram.org/bots/api#sendmessage: "1-4096 characters after entities parsing").
// Each chunk carries the HTML and the same content as plain text, to resend without parse_mode
// if Telegram still answers 400 "can't parse entities".
//
// Splitting: the answer is rendered block by block (MarkdownRenderer units) and blocks are packed
// into chunks; a block too long for one message is cut with TextSplitter on its text, and each
// piece's tags are closed at the cut and reopened in the next chunk (a long code block becomes
// several complete <pre> blocks). Every chunk's visible text (what Telegram counts) and its plain
// text are at most `limit` UTF-16 code units; every chunk's HTML is balanced and uses only
// b, i, s, code, pre, a href and blockquote.
class TelegramFormatter
{
public:
    static constexpr qsizetype MessageLimit = 4096;

    struct Chunk
    {
        QString html;
        QString plain;
    };

    // Empty or whitespace-only input gives no chunks (Telegram rejects an empty message).
    // `limit` below 16 is taken as 16.
    static QList<Chunk> format(const QString &markdown, qsizetype limit = MessageLimit);
};

} // namespace Moltdesk::Telegram
