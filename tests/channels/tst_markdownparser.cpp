// Channels::MarkdownParser: the agent's Markdown (md4c, CommonMark + GFM strikethrough, tables,
// task lists, bare-URL autolinks) as the channel-independent RichText model every channel renders
// (docs/channels/telegram-formatting.md, "The document model").
#include "channels/markdownparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Channels;
using namespace Moltdesk::Channels::RichText;

namespace {

Document parse(const QString &markdown) { return MarkdownParser::parse(markdown); }

// A compact picture of a block's spans: text in brackets after its marks, e.g. "BI[x]" for bold
// then italic, "L(url)[label]" for a link, "U(url)" marks a bare URL.
QString describe(const QList<Span> &spans)
{
    QString out;
    for (const Span &span : spans) {
        for (const Mark &mark : span.marks) {
            switch (mark.kind) {
            case Mark::Kind::Bold: out += u'B'; break;
            case Mark::Kind::Italic: out += u'I'; break;
            case Mark::Kind::Strike: out += u'S'; break;
            case Mark::Kind::Code: out += u'C'; break;
            case Mark::Kind::Link: out += (mark.bareUrl ? u"U("_s : u"L("_s) + mark.url + u')'; break;
            }
        }
        out += u'[' + span.text + u']';
    }
    return out;
}

} // namespace

class TestMarkdownParser : public QObject
{
    Q_OBJECT

private slots:
    void inlines_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("spans");
        QTest::newRow("plain") << u"just text"_s << u"[just text]"_s;
        QTest::newRow("bold italic strike code") << u"**b** *i* ~~s~~ `c`"_s << u"B[b][ ]I[i][ ]S[s][ ]C[c]"_s;
        QTest::newRow("nesting order kept") << u"***x*** **a *b***"_s << u"IB[x][ ]B[a ]BI[b]"_s;
        QTest::newRow("soft and hard breaks") << u"a\nb  \nc"_s << u"[a\nb\nc]"_s;
        QTest::newRow("code span line break is a space") << u"`a\nb`"_s << u"C[a b]"_s;
        QTest::newRow("escapes") << u"\\*not\\* \\_x\\_"_s << u"[*not* _x_]"_s;
        QTest::newRow("snake case") << u"my_func_name"_s << u"[my_func_name]"_s;
        QTest::newRow("single tilde stays text") << u"~5 min to ~x~"_s << u"[~5 min to ~x~]"_s;
        QTest::newRow("single tilde keeps inner marks") << u"~**x**~"_s << u"[~]B[x][~]"_s;
        QTest::newRow("double tilde strikes") << u"a ~~**x**~~"_s << u"[a ]SB[x]"_s;
        QTest::newRow("link") << u"[site](https://e.com/a \"T\")"_s << u"L(https://e.com/a)[site]"_s;
        QTest::newRow("link with marks") << u"[**b** t](https://e.com)"_s << u"L(https://e.com)B[b]L(https://e.com)[ t]"_s;
        QTest::newRow("autolink in brackets") << u"<https://e.com/x>"_s << u"L(https://e.com/x)[https://e.com/x]"_s;
        QTest::newRow("bare url") << u"see https://x.org/_a_/b ok"_s << u"[see ]U(https://x.org/_a_/b)[https://x.org/_a_/b][ ok]"_s;
        QTest::newRow("bare url in bold") << u"**https://x.org/a**"_s << u"BU(https://x.org/a)[https://x.org/a]"_s;
        QTest::newRow("url as label is not bare") << u"[https://e.com](https://e.com)"_s << u"L(https://e.com)[https://e.com]"_s;
        QTest::newRow("other schemes kept for the renderer") << u"[x](javascript:alert(1))"_s << u"L(javascript:alert(1))[x]"_s;
        QTest::newRow("image") << u"![cat](https://e.com/c.png)"_s << u"L(https://e.com/c.png)[cat]"_s;
        QTest::newRow("image without alt") << u"![](https://e.com/c.png)"_s << u"L(https://e.com/c.png)[image]"_s;
        QTest::newRow("link without label") << u"[](https://e.com)"_s << u"L(https://e.com)[https://e.com]"_s;
        QTest::newRow("raw html is text") << u"<b>x</b> <!-- c --> <br>"_s << u"[<b>x</b> <!-- c --> <br>]"_s;
        QTest::newRow("entities stay as written") << u"&amp; &lt; &#65;"_s << u"[&amp; &lt; &#65;]"_s;
        QTest::newRow("unclosed markup is text") << u"**a `b [c](d"_s << u"[**a `b [c](d]"_s;
    }
    void inlines()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, spans);
        const Document doc = parse(markdown);
        QCOMPARE(doc.blocks.size(), 1);
        QCOMPARE(doc.blocks.first().kind, Block::Kind::Paragraph);
        QCOMPARE(describe(doc.blocks.first().spans), spans);
    }

    void adjacentLinksStayTwo()
    {
        const Block block = parse(u"[a](https://e.com)[b](https://e.com)"_s).blocks.first();
        QCOMPARE(block.spans.size(), 2);
        QCOMPARE(block.spans.at(0).link()->link, 1);
        QCOMPARE(block.spans.at(1).link()->link, 2);
    }

    void blocks()
    {
        const Document doc = parse(u"# Title\n\npara *one*\n\n---\n```py\nx = 1\n\n```\n## Sub ##"_s);
        QCOMPARE(doc.blocks.size(), 5);
        QCOMPARE(doc.blocks.at(0).kind, Block::Kind::Heading);
        QCOMPARE(doc.blocks.at(0).level, 1);
        QCOMPARE(describe(doc.blocks.at(0).spans), u"[Title]"_s);
        QCOMPARE(doc.blocks.at(1).kind, Block::Kind::Paragraph);
        QVERIFY(doc.blocks.at(1).blankBefore);
        QCOMPARE(doc.blocks.at(2).kind, Block::Kind::Rule);
        QCOMPARE(doc.blocks.at(3).kind, Block::Kind::CodeBlock);
        QCOMPARE(doc.blocks.at(3).language, u"py"_s);
        QCOMPARE(doc.blocks.at(3).text, u"x = 1\n"_s); // only the final line break goes
        QVERIFY(!doc.blocks.at(3).blankBefore);
        QCOMPARE(doc.blocks.at(4).kind, Block::Kind::Heading);
        QCOMPARE(doc.blocks.at(4).level, 2);
        QCOMPARE(doc.blocks.at(4).plainText(), u"Sub"_s);
        QVERIFY(!doc.blocks.at(4).blankBefore);
    }

    void codeBlocks()
    {
        const Document doc = parse(u"```c\"><b> more\n<a> & b\n```\n~~~\nunclosed\n  kept"_s);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks.at(0).language, u"c\"><b>"_s); // the renderer cleans it for its markup
        QCOMPARE(doc.blocks.at(0).text, u"<a> & b"_s);
        QCOMPARE(doc.blocks.at(1).text, u"unclosed\n  kept"_s);
        // Indented code blocks are off: four spaces are a paragraph.
        const Document indented = parse(u"    not code"_s);
        QCOMPARE(indented.blocks.first().kind, Block::Kind::Paragraph);
        QCOMPARE(indented.blocks.first().plainText(), u"not code"_s);
    }

    void lists()
    {
        const Document doc = parse(u"- a\n  - b\n    more\n- [x] done\n- [ ] todo\n\n3. three\n4. four\n10) ten"_s);
        QCOMPARE(doc.blocks.size(), 7);
        for (const Block &block : doc.blocks)
            QCOMPARE(block.kind, Block::Kind::ListItem);
        QCOMPARE(doc.blocks.at(0).listDepth, 1);
        QCOMPARE(doc.blocks.at(0).number, 0);
        QCOMPARE(doc.blocks.at(1).listDepth, 2);
        QCOMPARE(doc.blocks.at(1).plainText(), u"b\nmore"_s);
        QCOMPARE(doc.blocks.at(2).task, Block::Task::Done);
        QCOMPARE(doc.blocks.at(2).plainText(), u"done"_s);
        QCOMPARE(doc.blocks.at(3).task, Block::Task::Open);
        QCOMPARE(doc.blocks.at(4).number, 3);
        QVERIFY(doc.blocks.at(4).blankBefore);
        QCOMPARE(doc.blocks.at(5).number, 4);
        QCOMPARE(doc.blocks.at(6).number, 10); // ")" starts a new list
        QVERIFY(!doc.blocks.at(6).blankBefore);
    }

    void looseListItemsAndContinuations()
    {
        const Document doc = parse(u"1. first\n\n   second para\n\n   ```sh\n   make\n   ```\n2. next"_s);
        QCOMPARE(doc.blocks.size(), 4);
        QCOMPARE(doc.blocks.at(0).kind, Block::Kind::ListItem);
        QCOMPARE(doc.blocks.at(0).plainText(), u"first"_s);
        QCOMPARE(doc.blocks.at(1).kind, Block::Kind::Paragraph);
        QCOMPARE(doc.blocks.at(1).listDepth, 1);
        QVERIFY(doc.blocks.at(1).blankBefore);
        QCOMPARE(doc.blocks.at(2).kind, Block::Kind::CodeBlock);
        QCOMPARE(doc.blocks.at(2).listDepth, 1);
        QCOMPARE(doc.blocks.at(3).number, 2);
        // An item that starts with a block other than a paragraph has no text of its own.
        const Document code = parse(u"- ```\n  x\n  ```"_s);
        QCOMPARE(code.blocks.size(), 2);
        QCOMPARE(code.blocks.at(0).kind, Block::Kind::ListItem);
        QVERIFY(code.blocks.at(0).spans.isEmpty());
        QCOMPARE(code.blocks.at(1).kind, Block::Kind::CodeBlock);
    }

    void quotes()
    {
        const Document doc = parse(u"> a\n> b\n>\n> c\n>> d\n\nout"_s);
        QCOMPARE(doc.blocks.size(), 4);
        QCOMPARE(doc.blocks.at(0).quoteDepth, 1);
        QCOMPARE(doc.blocks.at(0).plainText(), u"a\nb"_s);
        QVERIFY(doc.blocks.at(1).blankBefore); // the ">" line is blank inside the quote
        QCOMPARE(doc.blocks.at(2).quoteDepth, 2);
        QVERIFY(!doc.blocks.at(2).blankBefore);
        QCOMPARE(doc.blocks.at(3).quoteDepth, 0);
        QVERIFY(doc.blocks.at(3).blankBefore);
    }

    void tables()
    {
        const Document doc = parse(u"| a | **b** |\n|---|:-:|\n| [x](https://e.com) | a \\| b |\n| `c` |"_s);
        QCOMPARE(doc.blocks.size(), 1);
        const Block &table = doc.blocks.first();
        QCOMPARE(table.kind, Block::Kind::Table);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(table.rows.at(1), (QStringList{u"x (https://e.com)"_s, u"a | b"_s}));
        QCOMPARE(table.rows.at(2).first(), u"c"_s);
        // Outer pipes are optional and one dash per column is enough (GFM).
        const Document short_ = parse(u"a | b\n-|--\n1 | 2"_s);
        QCOMPARE(short_.blocks.size(), 1);
        QCOMPARE(short_.blocks.first().kind, Block::Kind::Table);
        QCOMPARE(short_.blocks.first().rows, (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));
    }

    // GFM lets a table follow a paragraph line; md4c 0.4.8 alone would not (markdownparser.cpp).
    void tableRightAfterParagraph()
    {
        const Document doc = parse(u"Data:\n| k | v |\n|---|---|\n| 1 | 2 |"_s);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks.at(0).plainText(), u"Data:"_s);
        QCOMPARE(doc.blocks.at(1).kind, Block::Kind::Table);
        QVERIFY(!doc.blocks.at(1).blankBefore); // the inserted line is not the author's
        const Document quoted = parse(u"> Data:\n> | k |\n> |---|\n> | 1 |"_s);
        QCOMPARE(quoted.blocks.size(), 2);
        QCOMPARE(quoted.blocks.at(1).kind, Block::Kind::Table);
        QCOMPARE(quoted.blocks.at(1).quoteDepth, 1);
        // Not inside fenced code.
        const Document fenced = parse(u"```\nData:\n| k |\n|---|\n```"_s);
        QCOMPARE(fenced.blocks.size(), 1);
        QCOMPARE(fenced.blocks.first().text, u"Data:\n| k |\n|---|"_s);
    }

    void emptyAndWhitespace()
    {
        QVERIFY(parse(QString()).blocks.isEmpty());
        QVERIFY(parse(u"  \n\n\t\n"_s).blocks.isEmpty());
    }

    void crlf()
    {
        const Document doc = parse(u"a\r\nb\r\n\r\n- c\r\n"_s);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks.at(0).plainText(), u"a\nb"_s);
        QVERIFY(doc.blocks.at(1).blankBefore);
        QCOMPARE(doc.blocks.at(1).plainText(), u"c"_s);
    }

    void nonAscii()
    {
        const Document doc = parse(u"**Привет** 👋🏽 _café_ 你好"_s);
        QCOMPARE(describe(doc.blocks.first().spans), u"B[Привет][ 👋🏽 ]I[café][ 你好]"_s);
    }

    // Hostile input finishes and stays bounded: marks never nest deeper than MaxNesting.
    void pathological()
    {
        QString nested;
        for (int i = 0; i < 3000; ++i)
            nested += u"*a "_s;
        for (int i = 0; i < 3000; ++i)
            nested += u"b* "_s;
        const Document doc = parse(nested);
        QVERIFY(!doc.blocks.isEmpty());
        for (const Span &span : doc.blocks.first().spans)
            QVERIFY(span.marks.size() <= MarkdownParser::MaxNesting);
        const Document quotes = parse(QString(5000, u'>') + u" deep"_s);
        QCOMPARE(quotes.blocks.size(), 1);
        QCOMPARE(quotes.blocks.first().plainText(), u"deep"_s);
        QString list;
        for (int i = 0; i < 200; ++i)
            list += QString(i * 2, u' ') + u"- item\n"_s;
        QVERIFY(parse(list).blocks.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownParser)
#include "tst_markdownparser.moc"
