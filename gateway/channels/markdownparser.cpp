#include "channels/markdownparser.h"

#include <QByteArray>
#include <QRegularExpression>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

using namespace RichText;

namespace {

constexpr unsigned ParserFlags = MD_FLAG_NOHTML | MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_TABLES
    | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEURLAUTOLINKS;

// The Markdown as md4c reads it: UTF-8, plus the blank lines tableBreaks() inserted (byte ranges
// [first, second)), which are not the author's and so never count as a blank line between blocks.
struct Source
{
    QByteArray utf8;
    QList<std::pair<qsizetype, qsizetype>> inserted;
};

// The leading block quote markers and indentation of a line.
QString containerPrefix(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t' || line.at(i) == u'>'))
        ++i;
    return line.left(i);
}

bool isFence(const QString &content, QChar &ch, qsizetype &length)
{
    if (!content.startsWith(u"```"_s) && !content.startsWith(u"~~~"_s))
        return false;
    ch = content.at(0);
    length = 0;
    while (length < content.size() && content.at(length) == ch)
        ++length;
    return true;
}

// Two GFM table forms md4c 0.4.8 misses, made into ones it reads (outside fenced code):
// - a header row right after a paragraph line ("Data:\n| a | b |\n|---|---|"): md4c only starts
//   a table at the start of a paragraph, so a blank line (with the same quote markers) is
//   inserted before the header row;
// - delimiter cells of one or two dashes ("|-|--|"): widened to three.
Source prepare(const QString &markdown)
{
    static const QRegularExpression delimiterRow(u"^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);
    const QStringList lines = markdown.split(u'\n');
    Source source;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString prefix = containerPrefix(line);
        const QString content = line.mid(prefix.size()).trimmed();
        QChar ch;
        qsizetype length = 0;
        if (isFence(content, ch, length)) {
            if (fenceLength == 0) {
                fenceChar = ch;
                fenceLength = length;
            } else if (ch == fenceChar && length >= fenceLength && content.count(ch) == content.size()) {
                fenceLength = 0;
            }
        } else if (fenceLength == 0 && i > 0 && i + 1 < lines.size() && content.contains(u'|')) {
            const QString &next = lines.at(i + 1);
            const QString previous = lines.at(i - 1).mid(containerPrefix(lines.at(i - 1)).size()).trimmed();
            const QString nextContent = next.mid(containerPrefix(next).size());
            if (!previous.isEmpty() && !previous.contains(u'|') && nextContent.contains(u'|')
                && delimiterRow.match(nextContent).hasMatch()) {
                const qsizetype start = source.utf8.size();
                source.utf8 += prefix.trimmed().toUtf8() + '\n';
                source.inserted.append({start, source.utf8.size()});
            }
        }
        if (fenceLength == 0 && i > 0 && content.contains(u'|') && lines.at(i - 1).contains(u'|')
            && delimiterRow.match(content).hasMatch()) {
            // GFM accepts "|-|--|"; md4c 0.4.8 wants at least three dashes per column.
            static const QRegularExpression shortDashes(u"(?<!-)-{1,2}(?!-)"_s);
            source.utf8 += QString(line).replace(shortDashes, u"---"_s).toUtf8();
        } else {
            source.utf8 += line.toUtf8();
        }
        if (i + 1 < lines.size())
            source.utf8 += '\n';
    }
    return source;
}

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString text = QString::fromUtf8(attribute.text, attribute.size);
    text.replace(QChar(0), QChar(0xFFFD));
    return text;
}

class Builder
{
public:
    explicit Builder(const Source &source)
        : m_source(source)
    {
    }

    Document finish()
    {
        markBlankLines();
        return std::move(m_document);
    }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type != MD_BLOCK_P && type != MD_BLOCK_TR && type != MD_BLOCK_TH && type != MD_BLOCK_TD
            && type != MD_BLOCK_THEAD && type != MD_BLOCK_TBODY)
            m_itemHead = false;
        switch (type) {
        case MD_BLOCK_QUOTE:
            ++m_quoteDepth;
            m_target = -1;
            break;
        case MD_BLOCK_UL:
            m_lists.append(0);
            m_target = -1;
            break;
        case MD_BLOCK_OL:
            m_lists.append(int(qMin<unsigned>(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start, 999999999)));
            m_target = -1;
            break;
        case MD_BLOCK_LI: {
            ++m_listDepth;
            m_target = addBlock(Block::Kind::ListItem);
            Block &item = m_document.blocks[m_target];
            if (!m_lists.isEmpty() && m_lists.last() > 0)
                item.number = m_lists.last()++;
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            if (li->is_task)
                item.task = li->task_mark == ' ' ? Block::Task::Open : Block::Task::Done;
            m_itemHead = true;
            break;
        }
        case MD_BLOCK_HR:
            addBlock(Block::Kind::Rule);
            m_target = -1;
            break;
        case MD_BLOCK_H:
            m_target = addBlock(Block::Kind::Heading);
            m_document.blocks[m_target].level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_CODE:
            m_target = addBlock(Block::Kind::CodeBlock);
            m_document.blocks[m_target].language = attributeText(static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->lang);
            break;
        case MD_BLOCK_P:
            // The first paragraph of a loose list item is the item's own text.
            if (!(m_itemHead && m_target >= 0 && m_document.blocks.at(m_target).spans.isEmpty()))
                m_target = addBlock(Block::Kind::Paragraph);
            m_itemHead = false;
            break;
        case MD_BLOCK_TABLE:
            m_target = addBlock(Block::Kind::Table);
            break;
        case MD_BLOCK_TR:
            if (m_target >= 0)
                m_document.blocks[m_target].rows.append(QStringList());
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_target >= 0 && !m_document.blocks.at(m_target).rows.isEmpty())
                m_document.blocks[m_target].rows.last().append(QString());
            break;
        case MD_BLOCK_HTML: // not produced: MD_FLAG_NOHTML
            m_target = addBlock(Block::Kind::Paragraph);
            break;
        case MD_BLOCK_DOC:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            --m_quoteDepth;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!m_lists.isEmpty())
                m_lists.removeLast();
            break;
        case MD_BLOCK_LI:
            --m_listDepth;
            m_itemHead = false;
            break;
        case MD_BLOCK_CODE:
            if (m_target >= 0 && m_document.blocks.at(m_target).text.endsWith(u'\n'))
                m_document.blocks[m_target].text.chop(1);
            break;
        case MD_BLOCK_TR:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            return; // still inside the table
        default:
            break;
        }
        m_target = -1;
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        OpenSpan open;
        switch (type) {
        case MD_SPAN_EM: open.mark.kind = Mark::Kind::Italic; break;
        case MD_SPAN_STRONG: open.mark.kind = Mark::Kind::Bold; break;
        case MD_SPAN_DEL:
            open.mark.kind = Mark::Kind::Strike;
            open.checkTilde = true;
            break;
        case MD_SPAN_CODE:
            open.mark.kind = Mark::Kind::Code;
            ++m_codeSpans;
            break;
        case MD_SPAN_A:
        case MD_SPAN_IMG:
            open.mark.kind = Mark::Kind::Link;
            open.mark.url = attributeText(type == MD_SPAN_A ? static_cast<MD_SPAN_A_DETAIL *>(detail)->href
                                                            : static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src);
            open.mark.link = ++m_links;
            open.checkBare = type == MD_SPAN_A;
            open.image = type == MD_SPAN_IMG;
            open.appendedAtEnter = m_appended;
            open.cellAtEnter = currentCell() ? currentCell()->size() : 0;
            break;
        default: // MD_SPAN_U, LaTeX and wiki links are not enabled
            open.applied = false;
            break;
        }
        m_spans.append(open);
        rebuildMarks();
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (m_spans.isEmpty())
            return;
        if (type == MD_SPAN_CODE)
            --m_codeSpans;
        const OpenSpan open = m_spans.last();
        if (open.mark.kind == Mark::Kind::Link && open.applied) {
            if (QString *cell = currentCell()) {
                // A table is text: the link reads "label (url)".
                const QString label = cell->mid(open.cellAtEnter);
                if (label.isEmpty())
                    cell->append(open.image ? u"image"_s : open.mark.url);
                else if (label != open.mark.url && !open.mark.url.isEmpty())
                    cell->append(u" ("_s + open.mark.url + u')');
            } else if (m_appended == open.appendedAtEnter) {
                append(open.image || open.mark.url.isEmpty() ? u"image"_s : open.mark.url);
            }
        }
        m_spans.removeLast();
        rebuildMarks();
        if (open.literalTilde)
            append(u"~"_s);
    }

    void text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        const char *begin = m_source.utf8.constData();
        const qsizetype offset = data >= begin && data < begin + m_source.utf8.size() ? data - begin : -1;
        QString text;
        switch (type) {
        case MD_TEXT_NULLCHAR: text = QChar(0xFFFD); break;
        case MD_TEXT_BR: text = u"\n"_s; break;
        case MD_TEXT_SOFTBR: text = m_codeSpans > 0 ? u" "_s : u"\n"_s; break;
        default: text = QString::fromUtf8(data, size); break; // entities and HTML stay as written
        }
        if (m_target < 0)
            m_target = addBlock(Block::Kind::Paragraph);
        if (offset >= 0) {
            resolvePending(offset, text);
            if (m_first.at(m_target) < 0)
                m_first[m_target] = offset;
            m_last[m_target] = offset + size;
        }
        append(text);
    }

private:
    struct OpenSpan
    {
        Mark mark;
        bool applied = true;
        bool checkTilde = false;   // a strikethrough, until its first text shows ~ or ~~
        bool literalTilde = false; // it was ~x~: shown as typed
        bool checkBare = false;    // a link, until its first text shows whether it was a bare URL
        bool image = false;
        qsizetype appendedAtEnter = 0;
        qsizetype cellAtEnter = 0;
    };

    qsizetype addBlock(Block::Kind kind)
    {
        Block block;
        block.kind = kind;
        block.quoteDepth = m_quoteDepth;
        block.listDepth = m_listDepth;
        m_document.blocks.append(block);
        m_first.append(-1);
        m_last.append(-1);
        m_links = 0;
        return m_document.blocks.size() - 1;
    }

    QString *currentCell()
    {
        if (m_target < 0 || m_document.blocks.at(m_target).kind != Block::Kind::Table)
            return nullptr;
        QList<QStringList> &rows = m_document.blocks[m_target].rows;
        if (rows.isEmpty() || rows.last().isEmpty())
            return nullptr;
        return &rows.last().last();
    }

    void rebuildMarks()
    {
        m_marks.clear();
        for (const OpenSpan &open : std::as_const(m_spans)) {
            if (open.applied && m_marks.size() < MarkdownParser::MaxNesting)
                m_marks.append(open.mark);
        }
    }

    // md4c 0.4.8 reports neither how many tildes made a strikethrough nor whether a link was a
    // bare URL (its MD_SPAN_A_DETAIL has no is_autolink yet), so both are read off the source just
    // before the span's first text.
    void resolvePending(qsizetype offset, const QString &text)
    {
        bool changed = false;
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            OpenSpan &open = m_spans[i];
            if (open.checkTilde) {
                open.checkTilde = false;
                if (!doubleTildeBefore(offset)) {
                    // Models write "~5 min" far more often than ~single-tilde~ strikethrough.
                    open.applied = false;
                    open.literalTilde = true;
                    QList<Mark> outer;
                    for (qsizetype k = 0; k < i; ++k) {
                        if (m_spans.at(k).applied && outer.size() < MarkdownParser::MaxNesting)
                            outer.append(m_spans.at(k).mark);
                    }
                    appendTo(u"~"_s, outer);
                    changed = true;
                }
            }
            if (open.checkBare) {
                open.checkBare = false;
                const char before = offset > 0 ? m_source.utf8.at(offset - 1) : ' ';
                if (text == open.mark.url && before != '<' && before != '[') {
                    open.mark.bareUrl = true;
                    changed = true;
                }
            }
        }
        if (changed)
            rebuildMarks();
    }

    // Whether the opening delimiters right before `offset` hold "~~".
    bool doubleTildeBefore(qsizetype offset) const
    {
        int run = 0;
        for (qsizetype p = offset - 1; p >= 0; --p) {
            const char c = m_source.utf8.at(p);
            if (c == '~') {
                if (++run >= 2)
                    return true;
            } else if (c == '*' || c == '_' || c == '[' || c == '!' || c == '`') {
                run = 0;
            } else {
                break;
            }
        }
        return false;
    }

    void append(const QString &text) { appendTo(text, m_marks); }

    void appendTo(const QString &text, const QList<Mark> &marks)
    {
        if (text.isEmpty())
            return;
        if (m_target < 0)
            m_target = addBlock(Block::Kind::Paragraph);
        m_appended += text.size();
        Block &block = m_document.blocks[m_target];
        switch (block.kind) {
        case Block::Kind::CodeBlock:
            block.text += text;
            return;
        case Block::Kind::Table:
            if (QString *cell = currentCell())
                cell->append(QString(text).replace(u'\n', u' '));
            return;
        case Block::Kind::Rule:
            return;
        default:
            break;
        }
        if (!block.spans.isEmpty() && block.spans.last().marks == marks)
            block.spans.last().text += text;
        else
            block.spans.append({text, marks});
    }

    // A blank line lies between two blocks when a line strictly between the end of the first's
    // text and the start of the second's holds nothing but whitespace and quote markers; a code
    // block's own empty first and last lines are not between. A rule has no text: its line is
    // found in the gap it sits in; any other block without text takes the whole gap.
    void markBlankLines()
    {
        QList<Block> &blocks = m_document.blocks;
        qsizetype previousEnd = -1;
        qsizetype previous = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            qsizetype start = m_first.at(i);
            for (qsizetype k = i + 1; start < 0; ++k)
                start = k < blocks.size() ? m_first.at(k) : m_source.utf8.size();
            if (blocks.at(i).kind == Block::Kind::Rule && m_first.at(i) < 0) {
                if (const auto line = ruleLine(qMax<qsizetype>(previousEnd, 0), start); line.first >= 0) {
                    start = line.first;
                    m_last[i] = line.second;
                }
            }
            if (previousEnd >= 0 && start > previousEnd) {
                QList<bool> lines = blankLines(previousEnd, start);
                if (blocks.at(previous).kind == Block::Kind::CodeBlock)
                    lines.remove(0, qMin(lines.size(), emptyLines(blocks.at(previous).text, false)));
                if (blocks.at(i).kind == Block::Kind::CodeBlock)
                    lines.resize(qMax<qsizetype>(0, lines.size() - emptyLines(blocks.at(i).text, true)));
                blocks[i].blankBefore = lines.contains(true);
            }
            if (m_last.at(i) >= 0) {
                previousEnd = m_last.at(i);
                previous = i;
            }
        }
    }

    static qsizetype emptyLines(const QString &code, bool leading)
    {
        qsizetype n = 0;
        while (n < code.size() && code.at(leading ? n : code.size() - 1 - n) == u'\n')
            ++n;
        return n;
    }

    // The first whole line in [from, to) that is a thematic break ("---", "* * *", "___" after
    // any quote markers), as [start, end), or {-1, -1}.
    std::pair<qsizetype, qsizetype> ruleLine(qsizetype from, qsizetype to) const
    {
        const QByteArray &text = m_source.utf8;
        qsizetype lineStart = from == 0 ? 0 : text.indexOf('\n', from) + 1;
        while (lineStart > 0 || from == 0) {
            if (lineStart >= to)
                break;
            qsizetype lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            char marker = 0;
            int count = 0;
            bool rule = true;
            for (qsizetype p = lineStart; p < lineEnd && rule; ++p) {
                const char c = text.at(p);
                if (c == ' ' || c == '\t' || c == '\r' || (c == '>' && marker == 0))
                    continue;
                if ((c == '-' || c == '*' || c == '_') && (marker == 0 || marker == c)) {
                    marker = c;
                    ++count;
                } else {
                    rule = false;
                }
            }
            if (rule && count >= 3)
                return {lineStart, lineEnd};
            if (lineEnd >= text.size())
                break;
            lineStart = lineEnd + 1;
        }
        return {-1, -1};
    }

    // Whether each whole line in [from, to) is blank (whitespace and quote markers only); the
    // lines a part of which lies outside the range are not listed. Inserted lines are skipped.
    QList<bool> blankLines(qsizetype from, qsizetype to) const
    {
        QList<bool> lines;
        bool started = false; // past the first line break: the current line is whole
        bool blank = true;
        for (qsizetype p = from; p < to; ++p) {
            bool inserted = false;
            for (const auto &range : m_source.inserted)
                inserted = inserted || (p >= range.first && p < range.second);
            if (inserted)
                continue;
            const char c = m_source.utf8.at(p);
            if (c == '\n') {
                if (started)
                    lines.append(blank);
                started = true;
                blank = true;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '>') {
                blank = false;
            }
        }
        return lines;
    }

    const Source &m_source;
    Document m_document;
    QList<qsizetype> m_first; // per block: offset of its first text in the source, or -1
    QList<qsizetype> m_last;  // per block: end offset of its last text, or -1
    qsizetype m_target = -1;  // the block receiving text
    bool m_itemHead = false;  // the newest list item still takes its first paragraph
    int m_quoteDepth = 0;
    int m_listDepth = 0;
    QList<int> m_lists;       // per open list: the next item's number, 0 for bullets
    QList<OpenSpan> m_spans;
    QList<Mark> m_marks;      // the applied marks of m_spans, at most MaxNesting
    int m_links = 0;
    int m_codeSpans = 0;
    qsizetype m_appended = 0; // characters appended so far (to detect empty link labels)
};

} // namespace

QString RichText::Block::plainText() const
{
    QString out;
    for (const Span &span : spans)
        out += span.text;
    return out;
}

const RichText::Mark *RichText::Span::link() const
{
    for (const Mark &mark : marks) {
        if (mark.kind == Mark::Kind::Link)
            return &mark;
    }
    return nullptr;
}

RichText::Document MarkdownParser::parse(const QString &markdown)
{
    const Source source = prepare(markdown);
    Builder builder(source);
    MD_PARSER parser{};
    parser.flags = ParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *user) {
        static_cast<Builder *>(user)->enterBlock(type, detail);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *user) {
        static_cast<Builder *>(user)->leaveBlock(type);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *user) {
        static_cast<Builder *>(user)->enterSpan(type, detail);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *user) {
        static_cast<Builder *>(user)->leaveSpan(type);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user) {
        static_cast<Builder *>(user)->text(type, text, size);
        return 0;
    };
    // md_parse fails only when memory runs out; what was built until then is still returned.
    md_parse(source.utf8.constData(), MD_SIZE(source.utf8.size()), &parser, &builder);
    return builder.finish();
}

} // namespace Moltdesk::Channels
