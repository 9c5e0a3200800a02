// Markdown -> Telegram HTML: each construct, escaping, links, nesting, degraded input, the plain
// fallback, and chunking under the 4096 limit. Every HTML string produced here also goes
// through TelegramFormatChecker, an independent tag scanner for Telegram's allowed tags.
#include "channels/telegram/telegramformatter.h"

#include "support/telegramformatchecker.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Telegram;

namespace {

#define VERIFY_TELEGRAM_HTML(html)                                                                  \
    do {                                                                                            \
        const TelegramFormatChecker check_ = TelegramFormatChecker::check(html);                   \
        QVERIFY2(check_.ok, qPrintable(check_.error + u"\nin: "_s + (html)));                      \
    } while (false)

QString withoutSpace(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

} // namespace

class TestTelegramFormat : public QObject
{
    Q_OBJECT

private slots:
    void html_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        // Inline constructs.
        QTest::newRow("bold") << u"a **b** c"_s << u"a <b>b</b> c"_s;
        QTest::newRow("bold underscores") << u"__b__"_s << u"<b>b</b>"_s;
        QTest::newRow("italic star") << u"an *it* word"_s << u"an <i>it</i> word"_s;
        QTest::newRow("italic underscore") << u"an _it_ word"_s << u"an <i>it</i> word"_s;
        QTest::newRow("strike") << u"~~gone~~ here"_s << u"<s>gone</s> here"_s;
        QTest::newRow("single tilde is text") << u"~5 min, ~10 min"_s << u"~5 min, ~10 min"_s;
        QTest::newRow("code") << u"run `ls -l` now"_s << u"run <code>ls -l</code> now"_s;
        QTest::newRow("code double backticks") << u"``a ` b``"_s << u"<code>a ` b</code>"_s;
        QTest::newRow("nested bold italic") << u"**bold *and it* b**"_s << u"<b>bold <i>and it</i> b</b>"_s;
        QTest::newRow("triple stars") << u"***both***"_s << u"<i><b>both</b></i>"_s;
        QTest::newRow("italic in bold underscore") << u"__bold _it_ b__"_s << u"<b>bold <i>it</i> b</b>"_s;
        QTest::newRow("strike with bold") << u"~~a **b** c~~"_s << u"<s>a <b>b</b> c</s>"_s;
        QTest::newRow("code inside bold splits bold") << u"**use `x` now**"_s
                                                      << u"<b>use </b><code>x</code><b> now</b>"_s;
        QTest::newRow("snake_case stays") << u"call my_func_name now"_s << u"call my_func_name now"_s;
        QTest::newRow("arithmetic stars") << u"2 * 3 * 4 = 24"_s << u"2 * 3 * 4 = 24"_s;
        QTest::newRow("escaped stars") << u"\\*not italic\\*"_s << u"*not italic*"_s;
        QTest::newRow("bare url with underscores") << u"see https://x.org/_a_/b_c_ ok"_s
                                                   << u"see https://x.org/_a_/b_c_ ok"_s;
        QTest::newRow("emphasis around url") << u"**https://x.org/a**"_s << u"<b>https://x.org/a</b>"_s;
        // Links.
        QTest::newRow("link") << u"[site](https://example.com/a)"_s << u"<a href=\"https://example.com/a\">site</a>"_s;
        QTest::newRow("link with ampersand") << u"[q](https://e.com/?a=1&b=2)"_s
                                             << u"<a href=\"https://e.com/?a=1&amp;b=2\">q</a>"_s;
        QTest::newRow("link with quote") << u"[q](https://e.com/?q=\"x\")"_s
                                         << u"<a href=\"https://e.com/?q=%22x%22\">q</a>"_s;
        QTest::newRow("link with title") << u"[t](https://e.com \"Title\")"_s << u"<a href=\"https://e.com\">t</a>"_s;
        QTest::newRow("link with parens") << u"[w](https://en.wikipedia.org/wiki/C_(language))"_s
                                          << u"<a href=\"https://en.wikipedia.org/wiki/C_(language)\">w</a>"_s;
        QTest::newRow("bold link text") << u"[**b** t](https://e.com)"_s << u"<a href=\"https://e.com\"><b>b</b> t</a>"_s;
        QTest::newRow("autolink") << u"<https://e.com/x>"_s << u"<a href=\"https://e.com/x\">https://e.com/x</a>"_s;
        QTest::newRow("image as link") << u"![cat](https://e.com/c.png)"_s << u"<a href=\"https://e.com/c.png\">cat</a>"_s;
        QTest::newRow("javascript link is text") << u"[x](javascript:alert(1))"_s << u"x (javascript:alert(1))"_s;
        QTest::newRow("relative link is text") << u"[doc](/docs/a.md)"_s << u"doc (/docs/a.md)"_s;
        QTest::newRow("brackets without link") << u"[not a link] and [x]"_s << u"[not a link] and [x]"_s;
        // Escaping outside and inside code.
        QTest::newRow("script tag") << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("ampersand") << u"a & b"_s << u"a &amp; b"_s;
        QTest::newRow("greater than") << u"5 > 3"_s << u"5 &gt; 3"_s;
        QTest::newRow("entity stays literal") << u"&amp; &lt;"_s << u"&amp;amp; &amp;lt;"_s;
        QTest::newRow("escape in code") << u"`a<b && c>d`"_s << u"<code>a&lt;b &amp;&amp; c&gt;d</code>"_s;
        QTest::newRow("escape in pre") << u"```\nif (a < b && c > d) {}\n```"_s
                                       << u"<pre>if (a &lt; b &amp;&amp; c &gt; d) {}</pre>"_s;
        QTest::newRow("quote chars are text") << u"say \"hi\" & 'bye'"_s << u"say \"hi\" &amp; 'bye'"_s;
        // Blocks.
        QTest::newRow("heading") << u"# Title\ntext"_s << u"<b>Title</b>\ntext"_s;
        QTest::newRow("heading closing hashes") << u"## Sub ##\n\npara"_s << u"<b>Sub</b>\n\npara"_s;
        QTest::newRow("setext heading") << u"Title\n====="_s << u"<b>Title</b>"_s;
        QTest::newRow("heading with code") << u"### Use `x`"_s << u"<b>Use </b><code>x</code>"_s;
        QTest::newRow("bullets") << u"- one\n- two\n* three"_s << u"• one\n• two\n• three"_s;
        QTest::newRow("ordered") << u"1. one\n2. two\n10) ten"_s << u"1. one\n2. two\n10. ten"_s;
        QTest::newRow("nested list") << u"- a\n  - b\n    - c\n- d"_s << u"• a\n  ◦ b\n    ▪ c\n• d"_s;
        QTest::newRow("list continuation") << u"- first\n  more"_s << u"• first\n  more"_s;
        QTest::newRow("task list") << u"- [ ] todo\n- [x] done"_s << u"☐ todo\n☑ done"_s;
        QTest::newRow("list with code") << u"1. Run:\n   ```sh\n   make\n   ```\n2. Done"_s
                                        << u"1. Run:\n<pre><code class=\"language-sh\">make</code></pre>\n2. Done"_s;
        QTest::newRow("quote") << u"> quoted\n> text"_s << u"<blockquote>quoted\ntext</blockquote>"_s;
        QTest::newRow("quote two paragraphs") << u"> a\n>\n> b"_s << u"<blockquote>a\n\nb</blockquote>"_s;
        QTest::newRow("nested quote flattens") << u"> a\n>> b"_s << u"<blockquote>a\nb</blockquote>"_s;
        QTest::newRow("quote with link and code") << u"> see [x](https://e.com) and `y`"_s
                                                  << u"<blockquote>see x (https://e.com) and y</blockquote>"_s;
        QTest::newRow("fenced with language") << u"```python\nprint(\"hi\")\n```"_s
                                              << u"<pre><code class=\"language-python\">print(\"hi\")</code></pre>"_s;
        QTest::newRow("tilde fence") << u"~~~\ncode\n~~~"_s << u"<pre>code</pre>"_s;
        QTest::newRow("odd language name") << u"```c\"><b>\nx\n```"_s << u"<pre><code class=\"language-cb\">x</code></pre>"_s;
        QTest::newRow("rule") << u"a\n\n---\n\nb"_s << u"a\n\n────────────\n\nb"_s;
        QTest::newRow("table") << u"| a | bb |\n|---|:--:|\n| **x** | y |"_s
                               << u"<pre>a | bb\n──┼───\nx | y</pre>"_s;
        QTest::newRow("paragraph then table") << u"Data:\n| k | v |\n|---|---|\n| 1 | 2 |"_s
                                              << u"Data:\n<pre>k | v\n──┼──\n1 | 2</pre>"_s;
        // Degraded input: literal, escaped, still balanced.
        QTest::newRow("unclosed bold") << u"**bold without end"_s << u"**bold without end"_s;
        QTest::newRow("unclosed italic after bold") << u"**a** *b"_s << u"<b>a</b> *b"_s;
        QTest::newRow("unmatched inner star") << u"**a *b**"_s << u"*<i>a b</i>"_s;
        QTest::newRow("crossed emphasis") << u"*a **b* c**"_s << u"<i>a b c</i>"_s;
        QTest::newRow("unclosed code") << u"a `b c"_s << u"a `b c"_s;
        QTest::newRow("unclosed fence") << u"text\n```js\nlet a = 1 < 2;"_s
                                        << u"text\n<pre><code class=\"language-js\">let a = 1 &lt; 2;</code></pre>"_s;
        QTest::newRow("unclosed link") << u"[a](https://e.com"_s << u"[a](https://e.com"_s;
        QTest::newRow("raw html is text") << u"<b>x</b> <br>"_s << u"&lt;b&gt;x&lt;/b&gt; &lt;br&gt;"_s;
        QTest::newRow("empty fence") << u"```\n```\nafter"_s << u"after"_s;
    }
    void html()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        const QString actual = TelegramFormatter::toHtml(markdown);
        QCOMPARE(actual, html);
        VERIFY_TELEGRAM_HTML(actual);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("emphasis") << u"**b** *i* ~~s~~ `c`"_s << u"b i s c"_s;
        QTest::newRow("link") << u"[site](https://e.com)"_s << u"site (https://e.com)"_s;
        QTest::newRow("autolink once") << u"<https://e.com>"_s << u"https://e.com"_s;
        QTest::newRow("heading list") << u"# T\n- a\n1. b"_s << u"T\n• a\n1. b"_s;
        QTest::newRow("code block") << u"```py\nx = 1 < 2\n```"_s << u"x = 1 < 2"_s;
        QTest::newRow("unescaped") << u"a & <b>"_s << u"a & <b>"_s;
    }
    void plainText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(TelegramFormatter::toPlainText(markdown), plain);
    }

    // Text without Markdown comes back unchanged except for the three escapes.
    void plainTextRoundTrip()
    {
        const QString text = u"Hello, world. It's 5 > 3 & 2 < 4.\nSecond line: C# and F# (really); 50% off!\n\n"
                             u"Привет, мир. 你好，世界。 Emoji 👋🏽 and café.\nLast line?"_s;
        const auto chunks = TelegramFormatter::format(text);
        QCOMPARE(chunks.size(), 1);
        QString escaped = text;
        escaped.replace(u"&"_s, u"&amp;"_s).replace(u"<"_s, u"&lt;"_s).replace(u">"_s, u"&gt;"_s);
        QCOMPARE(chunks.first().html, escaped);
        QCOMPARE(chunks.first().plain, text);
        VERIFY_TELEGRAM_HTML(chunks.first().html);
    }

    void emptyInputGivesNoChunks()
    {
        QVERIFY(TelegramFormatter::format(QString()).isEmpty());
        QVERIFY(TelegramFormatter::format(u"  \n\n \t\n"_s).isEmpty());
    }

    // 10,000 characters of prose in several scripts: every chunk fits, and together they hold
    // exactly the original text (only whitespace at the cuts may go).
    void splitLongProse_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("ascii") << u"The quick brown fox jumps over the lazy dog & friends. "_s;
        QTest::newRow("cyrillic") << u"Съешь же ещё этих мягких французских булок, да выпей чаю. "_s;
        QTest::newRow("emoji") << u"Party 🎉🎉 time 👨‍👩‍👧‍👦 with flags 🇩🇪🇯🇵 and 👍🏽! "_s;
        QTest::newRow("cjk") << u"我能吞下玻璃而不伤身体。日本語の文章も少し混ぜます。"_s;
        QTest::newRow("emoji no spaces") << u"😀😁😂🤣😃😄😅😆😉😊"_s;
    }
    void splitLongProse()
    {
        QFETCH(QString, sentence);
        QString text;
        int paragraph = 0;
        while (text.size() < 10000) {
            text += sentence;
            if (++paragraph % 7 == 0)
                text += u"\n\n"_s;
        }
        const auto chunks = TelegramFormatter::format(text);
        QVERIFY(chunks.size() >= 3);
        QString joined;
        for (const TelegramFormatter::Chunk &chunk : chunks) {
            const TelegramFormatChecker check = TelegramFormatChecker::check(chunk.html);
            QVERIFY2(check.ok, qPrintable(check.error));
            QVERIFY(check.visibleText.size() <= TelegramFormatter::MessageLimit);
            QVERIFY(chunk.plain.size() <= TelegramFormatter::MessageLimit);
            QCOMPARE(check.visibleText, chunk.plain);
            QVERIFY(!chunk.plain.trimmed().isEmpty());
            // No chunk starts or ends inside a surrogate pair.
            QVERIFY(!chunk.plain.front().isLowSurrogate());
            QVERIFY(!chunk.plain.back().isHighSurrogate());
            joined += chunk.plain;
        }
        QCOMPARE(withoutSpace(joined), withoutSpace(text));
    }

    // A 6000-character fenced block becomes several complete <pre> blocks whose code re-joins.
    void splitLongCodeBlock()
    {
        QString code;
        for (int i = 0; code.size() < 6000; ++i)
            code += u"    if (value_%1 < limit && ok) { total += value_%1; }\n"_s.arg(i);
        code.chop(1);
        const auto chunks = TelegramFormatter::format(u"Here:\n\n```cpp\n"_s + code + u"\n```\n\nDone."_s);
        QVERIFY(chunks.size() >= 3);
        QStringList codeParts;
        for (const TelegramFormatter::Chunk &chunk : chunks) {
            VERIFY_TELEGRAM_HTML(chunk.html);
            QVERIFY(TelegramFormatChecker::check(chunk.html).visibleText.size() <= TelegramFormatter::MessageLimit);
            if (chunk.html.startsWith(u"<pre>"_s)) {
                QVERIFY(chunk.html.startsWith(u"<pre><code class=\"language-cpp\">"_s));
                QVERIFY(chunk.html.endsWith(u"</code></pre>"_s));
                QCOMPARE(chunk.html.count(u"<pre>"_s), 1);
                // Each piece ends at a line end and keeps its first line's indentation.
                QVERIFY(chunk.plain.startsWith(u"    if"_s));
                QVERIFY(chunk.plain.endsWith(u'}'));
                codeParts.append(chunk.plain);
            }
        }
        QCOMPARE(codeParts.size(), chunks.size() - 2);
        QCOMPARE(chunks.first().plain, u"Here:"_s);
        QCOMPARE(chunks.last().plain, u"Done."_s);
        QCOMPARE(codeParts.join(u'\n'), code);
    }

    // Emphasis that spans a cut is closed at the end of one chunk and reopened in the next.
    void splitInsideEmphasis()
    {
        QString words;
        for (int i = 0; i < 120; ++i)
            words += u"word%1 "_s.arg(i);
        const auto chunks = TelegramFormatter::format(u"**"_s + words.trimmed() + u"**"_s, 200);
        QVERIFY(chunks.size() >= 4);
        for (const TelegramFormatter::Chunk &chunk : chunks) {
            VERIFY_TELEGRAM_HTML(chunk.html);
            QVERIFY(chunk.html.startsWith(u"<b>"_s));
            QVERIFY(chunk.html.endsWith(u"</b>"_s));
            QVERIFY(chunk.plain.size() <= 200);
        }
    }

    // Blocks are packed: short blocks share a chunk, and a chunk never starts with a separator.
    void packsBlocks()
    {
        const auto chunks = TelegramFormatter::format(u"# A\n\npara one\n\n- x\n- y\n\n> q"_s);
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks.first().html, u"<b>A</b>\n\npara one\n\n• x\n• y\n\n<blockquote>q</blockquote>"_s);
        QString many;
        for (int i = 0; i < 40; ++i)
            many += u"Paragraph number %1 has some text.\n\n"_s.arg(i);
        const auto split = TelegramFormatter::format(many, 300);
        QVERIFY(split.size() > 1);
        for (const TelegramFormatter::Chunk &chunk : split) {
            QVERIFY(chunk.plain.size() <= 300);
            QVERIFY(chunk.plain.startsWith(u"Paragraph number"_s));
            QVERIFY(chunk.plain.endsWith(u"text."_s));
        }
    }

    // A link's URL shown in the plain fallback never makes the plain chunk exceed the limit.
    void linkUrlsCountInPlainLength()
    {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += u"[link %1](https://example.com/some/long/path/%1?with=query&and=more) "_s.arg(i);
        const auto chunks = TelegramFormatter::format(text, 500);
        QVERIFY(chunks.size() > 1);
        for (const TelegramFormatter::Chunk &chunk : chunks) {
            VERIFY_TELEGRAM_HTML(chunk.html);
            QVERIFY(chunk.plain.size() <= 500);
        }
    }

    // Random Markdown-ish soup at several limits: never broken HTML, never over the limit.
    void fuzzIsAlwaysBalanced()
    {
        static const QStringList tokens{u"*"_s, u"**"_s, u"_"_s, u"__"_s, u"~~"_s, u"`"_s, u"```"_s, u"\n"_s,
                                        u"\n\n"_s, u"# "_s, u"- "_s, u"1. "_s, u"> "_s, u"["_s, u"]"_s, u"("_s,
                                        u")"_s, u"https://e.com/a_b"_s, u"<"_s, u">"_s, u"&"_s, u"\""_s, u"|"_s,
                                        u"|---|"_s, u"word"_s, u" "_s, u"  "_s, u"\\"_s, u"😀"_s, u"é"_s,
                                        u"\u0301"_s, u"x"_s, u"!["_s, u"<https://e.com>"_s, u"    "_s};
        QRandomGenerator random(20240611);
        for (int round = 0; round < 400; ++round) {
            QString markdown;
            const int length = int(random.bounded(1, 120));
            for (int i = 0; i < length; ++i)
                markdown += tokens.at(random.bounded(int(tokens.size())));
            const qsizetype limit = round % 2 ? 4096 : random.bounded(16, 60);
            const auto chunks = TelegramFormatter::format(markdown, limit);
            for (const TelegramFormatter::Chunk &chunk : chunks) {
                const TelegramFormatChecker check = TelegramFormatChecker::check(chunk.html);
                QVERIFY2(check.ok, qPrintable(check.error + u"\nmarkdown: "_s + markdown));
                QVERIFY2(check.visibleText.size() <= limit, qPrintable(markdown));
                QVERIFY2(chunk.plain.size() <= limit, qPrintable(markdown));
                QVERIFY(!chunk.plain.trimmed().isEmpty());
                QVERIFY(!check.visibleText.trimmed().isEmpty());
            }
        }
    }

    // Pathological nesting and long delimiter runs finish quickly and stay balanced.
    void pathologicalInput()
    {
        const QString deepQuote = QString(5000, u'>') + u" deep"_s;
        VERIFY_TELEGRAM_HTML(TelegramFormatter::toHtml(deepQuote));
        QString nested;
        for (int i = 0; i < 3000; ++i)
            nested += u"*a "_s;
        for (int i = 0; i < 3000; ++i)
            nested += u"b* "_s;
        const auto chunks = TelegramFormatter::format(nested);
        QVERIFY(!chunks.isEmpty());
        for (const TelegramFormatter::Chunk &chunk : chunks)
            VERIFY_TELEGRAM_HTML(chunk.html);
        QString list;
        for (int i = 0; i < 200; ++i)
            list += QString(i * 2, u' ') + u"- item\n"_s;
        VERIFY_TELEGRAM_HTML(TelegramFormatter::toHtml(list));
    }
};

QTEST_GUILESS_MAIN(TestTelegramFormat)
#include "tst_telegramformat.moc"
