#pragma once

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// Turns a model's Markdown answer into messages for sendMessage with parse_mode "HTML"
// (https://core.telegram.org/bots/api#sendmessage: "1-4096 characters after entities parsing").
// Each chunk carries the HTML and the same content as plain text, to resend without parse_mode
// if Telegram still answers 400 "can't parse entities".
//
// The Markdown is parsed by Channels::MarkdownParser (md4c) into the channel-independent
// RichText::Document, which is rendered here (docs/channels/telegram-formatting.md):
// - headings become a bold line; bullet items "• " (nested "◦ ", "▪ "), ordered items their
//   number ("3. "), task items "☐ "/"☑ "; a thematic break becomes a line of "─";
// - quotes become <blockquote> (nested quotes flatten into one: Telegram can't nest them);
// - fenced code becomes <pre><code class="language-x">; tables aligned monospace text in <pre>;
// - only http, https and tg links become <a href>; others read "label (destination)"; bare URLs
//   stay text (Telegram links them itself).
//
// Splitting: the answer is rendered block by block (a paragraph, a heading, a list item, a code
// block, a table, a rule) and blocks are packed into chunks; a block too long for one message is
// cut with Channels::TextSplitter on its text, and each piece's tags are closed at the cut and
// reopened in the next chunk (a long code block becomes several complete <pre> blocks). Every
// chunk's visible text (what Telegram counts) and its plain text are at most `limit` UTF-16 code
// units; every chunk's HTML is balanced and uses only b, i, s, code, pre, a href and blockquote.
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

    // The whole reply without splitting: as HTML, and as the plain fallback (markup stripped,
    // links as "label (url)").
    static QString toHtml(const QString &markdown);
    static QString toPlainText(const QString &markdown);
};

} // namespace Moltdesk::Telegram
