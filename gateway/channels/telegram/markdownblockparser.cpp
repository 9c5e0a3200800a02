#include "channels/telegram/markdownblockparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

// Tabs in leading whitespace count to the next multiple of 4 (CommonMark "Tabs").
QString expandLeadingTabs(const QString &line)
{
    QString out;
    qsizetype i = 0;
    for (; i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'); ++i) {
        if (line.at(i) == u'\t')
            out += QString(4 - out.size() % 4, u' ');
        else
            out += u' ';
    }
    return out + line.mid(i);
}

bool isBlank(const QString &line) { return line.trimmed().isEmpty(); }

qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

struct Fence
{
    QChar ch;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

bool matchFence(const QString &line, Fence &fence)
{
    static const QRegularExpression re(u"^( {0,3})(`{3,}|~{3,})(.*)$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    const QString run = m.captured(2);
    const QString info = m.captured(3).trimmed();
    if (run.at(0) == u'`' && info.contains(u'`')) // CommonMark: backtick fences' info has none
        return false;
    fence.ch = run.at(0);
    fence.length = run.size();
    fence.indent = m.capturedLength(1);
    fence.info = info;
    return true;
}

bool isFenceClose(const QString &line, const Fence &fence)
{
    if (indentOf(line) > 3)
        return false;
    const QString t = line.trimmed();
    if (t.size() < fence.length)
        return false;
    for (const QChar c : t) {
        if (c != fence.ch)
            return false;
    }
    return true;
}

bool matchHeading(const QString &line, int &level, QString &text)
{
    static const QRegularExpression re(u"^ {0,3}(#{1,6})(?:[ \\t]+(.*))?$"_s);
    static const QRegularExpression closing(u"(?:^|[ \\t]+)#+[ \\t]*$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    level = int(m.capturedLength(1));
    text = m.captured(2);
    text.remove(closing);
    text = text.trimmed();
    return true;
}

bool isRule(const QString &line)
{
    static const QRegularExpression re(u"^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"_s);
    return re.match(line).hasMatch();
}

bool matchQuote(const QString &line, QString &rest)
{
    static const QRegularExpression re(u"^ {0,3}> ?(.*)$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    rest = m.captured(1);
    return true;
}

struct ListMarker
{
    QString marker;
    qsizetype contentIndent = 0;
    QString rest;
};

bool matchListItem(const QString &line, ListMarker &item)
{
    static const QRegularExpression re(u"^( *)([-*+]|[0-9]{1,9}[.)])(?:( +)(.*))?$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    item.marker = m.captured(2);
    const qsizetype spaces = m.capturedLength(3);
    const qsizetype base = m.capturedLength(1) + item.marker.size();
    if (m.captured(4).isEmpty()) {
        item.contentIndent = base + 1;
        item.rest.clear();
    } else if (spaces > 4) { // CommonMark: 5+ spaces means content starts after one space
        item.contentIndent = base + 1;
        item.rest = QString(spaces - 1, u' ') + m.captured(4);
    } else {
        item.contentIndent = base + spaces;
        item.rest = m.captured(4);
    }
    return true;
}

bool isTableSeparator(const QString &line)
{
    static const QRegularExpression re(u"^ *\\|? *:?-+:? *(?:\\| *:?-+:? *)*\\|? *$"_s);
    return line.contains(u'|') && re.match(line).hasMatch();
}

bool startsTable(const QStringList &lines, qsizetype i)
{
    return lines.at(i).contains(u'|') && i + 1 < lines.size() && isTableSeparator(lines.at(i + 1));
}

// Cells of a GFM table row: outer pipes optional, \| is a literal pipe, pipes inside `code`
// don't split.
QStringList splitRow(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(u'|'))
        t.remove(0, 1);
    if (t.endsWith(u'|') && !t.endsWith(u"\\|"_s))
        t.chop(1);
    QStringList cells;
    QString cell;
    bool code = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'\\' && i + 1 < t.size() && t.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (c == u'`') {
            code = !code;
            cell += c;
        } else if (c == u'|' && !code) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

bool startsBlock(const QStringList &lines, qsizetype i, int depth)
{
    const QString &line = lines.at(i);
    Fence fence;
    int level = 0;
    QString text;
    ListMarker item;
    return matchFence(line, fence) || matchHeading(line, level, text) || isRule(line)
        || (depth < MarkdownBlockParser::MaxDepth && matchQuote(line, text))
        || (depth < MarkdownBlockParser::MaxDepth && matchListItem(line, item) && !item.rest.trimmed().isEmpty())
        || startsTable(lines, i);
}

} // namespace

QList<MarkdownBlock> MarkdownBlockParser::parse(const QString &markdown)
{
    QString normalised = markdown;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    QStringList lines = normalised.split(u'\n');
    for (QString &line : lines)
        line = expandLeadingTabs(line);
    return parseLines(lines, 0);
}

QList<MarkdownBlock> MarkdownBlockParser::parseLines(const QStringList &lines, int depth)
{
    QList<MarkdownBlock> blocks;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    bool blankBefore = false;
    const auto add = [&](MarkdownBlock block) {
        block.blankBefore = blankBefore && !blocks.isEmpty();
        blankBefore = false;
        blocks.append(std::move(block));
    };
    while (i < n) {
        const QString &line = lines.at(i);
        if (isBlank(line)) {
            blankBefore = true;
            ++i;
            continue;
        }
        MarkdownBlock block;
        Fence fence;
        QString rest;
        ListMarker item;
        if (matchFence(line, fence)) {
            block.kind = MarkdownBlock::Kind::CodeBlock;
            block.language = fence.info.section(u' ', 0, 0);
            QStringList code;
            for (++i; i < n && !isFenceClose(lines.at(i), fence); ++i)
                code.append(lines.at(i).mid(qMin(fence.indent, indentOf(lines.at(i)))));
            ++i; // the closing fence, or past the end when it never came
            block.text = code.join(u'\n');
            add(block);
        } else if (matchHeading(line, block.level, block.text)) {
            block.kind = MarkdownBlock::Kind::Heading;
            ++i;
            add(block);
        } else if (isRule(line)) {
            block.kind = MarkdownBlock::Kind::Rule;
            ++i;
            add(block);
        } else if (depth < MaxDepth && matchQuote(line, rest)) {
            QStringList content{rest};
            for (++i; i < n; ++i) {
                if (matchQuote(lines.at(i), rest))
                    content.append(rest);
                else if (!isBlank(lines.at(i)) && !isBlank(content.last()) && !startsBlock(lines, i, depth))
                    content.append(lines.at(i)); // lazy continuation of a quoted paragraph
                else
                    break;
            }
            block.kind = MarkdownBlock::Kind::Quote;
            block.children = parseLines(content, depth + 1);
            add(block);
        } else if (depth < MaxDepth && matchListItem(line, item)) {
            QStringList content{item.rest};
            for (++i; i < n;) {
                const QString &next = lines.at(i);
                if (isBlank(next)) {
                    qsizetype k = i;
                    while (k < n && isBlank(lines.at(k)))
                        ++k;
                    if (k >= n || indentOf(lines.at(k)) < item.contentIndent)
                        break;
                    for (; i < k; ++i)
                        content.append(QString());
                } else if (indentOf(next) >= item.contentIndent) {
                    content.append(next.mid(item.contentIndent));
                    ++i;
                } else if (!isBlank(content.last()) && !startsBlock(lines, i, depth)) {
                    content.append(next.trimmed()); // lazy continuation line
                    ++i;
                } else {
                    break;
                }
            }
            block.kind = MarkdownBlock::Kind::ListItem;
            block.marker = item.marker;
            block.children = parseLines(content, depth + 1);
            add(block);
        } else if (startsTable(lines, i)) {
            block.kind = MarkdownBlock::Kind::Table;
            block.rows.append(splitRow(line));
            for (i += 2; i < n && !isBlank(lines.at(i)) && lines.at(i).contains(u'|'); ++i)
                block.rows.append(splitRow(lines.at(i)));
            add(block);
        } else {
            static const QRegularExpression setext(u"^ {0,3}(=+|-+)[ \\t]*$"_s);
            QStringList text{line.trimmed()};
            for (++i; i < n && !isBlank(lines.at(i)); ++i) {
                const auto underline = setext.match(lines.at(i));
                if (underline.hasMatch()) {
                    block.kind = MarkdownBlock::Kind::Heading;
                    block.level = underline.captured(1).startsWith(u'=') ? 1 : 2;
                    ++i;
                    break;
                }
                if (startsBlock(lines, i, depth))
                    break;
                text.append(lines.at(i).trimmed());
            }
            for (QString &t : text) {
                if (t.endsWith(u'\\') && !t.endsWith(u"\\\\"_s)) // a backslash hard line break
                    t.chop(1);
            }
            block.text = text.join(u'\n');
            add(block);
        }
    }
    return blocks;
}

} // namespace Moltdesk::Telegram
