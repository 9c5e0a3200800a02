#include "channels/telegram/markdownrenderer.h"

#include "channels/telegram/markdownblockparser.h"
#include "channels/telegram/markdowninlineparser.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

bool inQuote(const QList<MarkdownTag> &container)
{
    for (const MarkdownTag &tag : container) {
        if (tag.kind == MarkdownTag::Kind::Blockquote)
            return true;
    }
    return false;
}

QList<MarkdownTag> with(const QList<MarkdownTag> &tags, MarkdownTag::Kind kind, const QString &attribute = {})
{
    QList<MarkdownTag> out = tags;
    out.append({kind, attribute});
    return out;
}

// A language name for class="language-x": letters, digits and + # . _ - only, so the attribute
// never carries anything odd (it is escaped anyway).
QString cleanLanguage(const QString &language)
{
    QString out;
    for (const QChar c : language) {
        if (c.isLetterOrNumber() || u"+#._-"_s.contains(c))
            out += c;
    }
    return out.left(32);
}

QString bulletFor(int listDepth)
{
    static const QString bullets[] = {u"•"_s, u"◦"_s, u"▪"_s};
    return bullets[qMin(listDepth, 2)];
}

} // namespace

QList<MarkdownRenderer::Unit> MarkdownRenderer::renderUnits(const QString &markdown)
{
    QList<Unit> units;
    renderBlocks(MarkdownBlockParser::parse(markdown), {}, {}, 0, {}, units);
    return units;
}

void MarkdownRenderer::appendUnit(MarkdownRichText &out, const Unit *previous, const Unit &unit)
{
    if (previous && !out.isEmpty()) {
        const qsizetype shared = MarkdownTag::commonPrefix(previous->container, unit.container);
        out.append(unit.separator.isEmpty() ? u"\n"_s : unit.separator, previous->container.first(shared));
    }
    out.append(unit.text);
}

MarkdownRichText MarkdownRenderer::render(const QString &markdown)
{
    const QList<Unit> units = renderUnits(markdown);
    MarkdownRichText out;
    for (qsizetype i = 0; i < units.size(); ++i)
        appendUnit(out, i > 0 ? &units.at(i - 1) : nullptr, units.at(i));
    return out;
}

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    return render(markdown).html();
}

QString MarkdownRenderer::toPlainText(const QString &markdown)
{
    return render(markdown).plainText();
}

void MarkdownRenderer::renderBlocks(const QList<MarkdownBlock> &blocks, const QList<MarkdownTag> &container,
                                    const QString &indent, int listDepth, const QString &firstSeparator,
                                    QList<Unit> &out)
{
    const bool quoted = inQuote(container);
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const MarkdownBlock &block = blocks.at(b);
        const QString separator = b == 0 ? firstSeparator : (block.blankBefore ? u"\n\n"_s : u"\n"_s);
        Unit unit;
        unit.container = container;
        unit.separator = separator;
        switch (block.kind) {
        case MarkdownBlock::Kind::Paragraph: {
            MarkdownRichText text;
            MarkdownInlineParser::render(block.text, container, text);
            unit.text.append(indent, container);
            unit.text.append(indent.isEmpty() ? text : text.indented(indent));
            break;
        }
        case MarkdownBlock::Kind::Heading:
            unit.text.append(indent, container);
            MarkdownInlineParser::render(block.text, with(container, MarkdownTag::Kind::Bold), unit.text);
            break;
        case MarkdownBlock::Kind::CodeBlock:
            if (block.text.isEmpty())
                continue; // an empty <pre> says nothing and Telegram may reject an empty entity
            if (quoted) // no pre inside a blockquote (Telegram nesting rules): keep the lines
                unit.text.append(block.text, container);
            else
                unit.text.append(block.text, with(container, MarkdownTag::Kind::Pre, cleanLanguage(block.language)));
            break;
        case MarkdownBlock::Kind::Quote: {
            const QList<MarkdownTag> inner = quoted ? container : with(container, MarkdownTag::Kind::Blockquote);
            renderBlocks(block.children, inner, {}, listDepth, separator, out);
            continue;
        }
        case MarkdownBlock::Kind::ListItem:
            renderListItem(block, container, indent, listDepth, separator, out);
            continue;
        case MarkdownBlock::Kind::Table:
            unit.text = renderTable(block.rows, container);
            break;
        case MarkdownBlock::Kind::Rule:
            unit.text.append(indent + QString(12, QChar(0x2500)), container);
            break;
        }
        if (unit.text.plainLength() > 0)
            out.append(unit);
    }
}

void MarkdownRenderer::renderListItem(const MarkdownBlock &item, const QList<MarkdownTag> &container,
                                      const QString &indent, int listDepth, const QString &separator,
                                      QList<Unit> &out)
{
    const bool ordered = item.marker.at(0).isDigit();
    QString marker = ordered ? item.marker.chopped(1) + u'.' : bulletFor(listDepth);
    QList<MarkdownBlock> children = item.children;
    // GFM task list items: "- [ ] todo" / "- [x] done".
    if (!ordered && !children.isEmpty() && children.first().kind == MarkdownBlock::Kind::Paragraph) {
        QString &text = children.first().text;
        if (text.startsWith(u"[ ] "_s) || text == u"[ ]"_s) {
            marker = u"☐"_s;
            text = text.mid(4);
        } else if (text.startsWith(u"[x] "_s, Qt::CaseInsensitive) || text.compare(u"[x]"_s, Qt::CaseInsensitive) == 0) {
            marker = u"☑"_s;
            text = text.mid(4);
        }
    }
    const QString childIndent = indent + QString(marker.size() + 1, u' ');
    Unit head;
    head.container = container;
    head.separator = separator;
    head.text.append(indent + marker + u' ', container);
    qsizetype next = 0;
    if (!children.isEmpty() && children.first().kind == MarkdownBlock::Kind::Paragraph) {
        MarkdownRichText text;
        MarkdownInlineParser::render(children.first().text, container, text);
        head.text.append(text.indented(childIndent));
        next = 1;
    }
    out.append(head);
    renderBlocks(children.mid(next), container, childIndent, listDepth + 1, u"\n"_s, out);
}

MarkdownRichText MarkdownRenderer::renderTable(const QList<QStringList> &rows, const QList<MarkdownTag> &container)
{
    QList<QStringList> cells;
    qsizetype columns = 0;
    for (const QStringList &row : rows) {
        QStringList plain;
        for (const QString &cell : row)
            plain.append(MarkdownInlineParser::toPlainText(cell).replace(u'\n', u' '));
        columns = qMax(columns, plain.size());
        cells.append(plain);
    }
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : cells) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths.at(c), row.at(c).size());
    }
    QStringList lines;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        QStringList padded;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = c < cells.at(r).size() ? cells.at(r).at(c) : QString();
            padded.append(c + 1 < columns ? cell.leftJustified(widths.at(c)) : cell);
        }
        QString line = padded.join(u" | "_s);
        while (line.endsWith(u' '))
            line.chop(1);
        lines.append(line);
        if (r == 0) {
            QStringList rule;
            for (qsizetype c = 0; c < columns; ++c)
                rule.append(QString(qMax<qsizetype>(widths.at(c), 1), QChar(0x2500)));
            lines.append(rule.join(u"─┼─"_s));
        }
    }
    MarkdownRichText out;
    const bool quoted = inQuote(container);
    out.append(lines.join(u'\n'), quoted ? container : with(container, MarkdownTag::Kind::Pre));
    return out;
}

} // namespace Moltdesk::Telegram
