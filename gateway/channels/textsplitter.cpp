#include "channels/textsplitter.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

namespace {

bool isSpace(QChar c) { return c.isSpace(); }

bool isSentenceEnd(QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026); }

// Ideographic full stop and full-width ! ? end a sentence without a following space.
bool isWideSentenceEnd(QChar c) { return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F); }

bool isClosingPunctuation(QChar c) { return u"\"')]}»”’"_s.contains(c); }

// Where the next piece starts after a cut at `from`: past the whitespace, but at the start of
// the last line in it so that line's indentation survives.
qsizetype nextStart(QStringView text, qsizetype from)
{
    qsizetype p = from;
    qsizetype lineStart = from == 0 || text.at(from - 1) == u'\n' ? from : -1;
    while (p < text.size() && isSpace(text.at(p))) {
        if (text.at(p) == u'\n')
            lineStart = p + 1;
        ++p;
    }
    if (p >= text.size())
        return text.size();
    return lineStart >= 0 ? lineStart : p;
}

} // namespace

TextSplitter::TextSplitter(qsizetype limit)
    : m_limit(qMax<qsizetype>(limit, 2)) // 2: room for one surrogate pair
{
}

QList<TextSplitter::Piece> TextSplitter::pieces(QStringView text) const
{
    QList<Piece> out;
    qsizetype end = text.size();
    while (end > 0 && isSpace(text.at(end - 1)))
        --end;
    qsizetype pos = nextStart(text, 0);
    while (pos < end) {
        qsizetype content = pos;
        while (content < end && isSpace(text.at(content)))
            ++content;
        if (content - pos >= m_limit / 2) // absurd indentation: not worth a piece of its own
            pos = content;
        if (end - pos <= m_limit) {
            out.append({pos, end - pos});
            break;
        }
        const qsizetype cut = findCut(text, content, pos + m_limit);
        qsizetype pieceEnd = cut;
        while (pieceEnd > content && isSpace(text.at(pieceEnd - 1)))
            --pieceEnd;
        out.append({pos, pieceEnd - pos});
        pos = nextStart(text, cut);
    }
    return out;
}

QStringList TextSplitter::split(QStringView text) const
{
    QStringList out;
    for (const Piece &piece : pieces(text))
        out.append(text.mid(piece.start, piece.length).toString());
    return out;
}

qsizetype TextSplitter::findCut(QStringView text, qsizetype contentStart, qsizetype windowEnd) const
{
    static constexpr Level levels[] = {Level::Paragraph, Level::Line, Level::Sentence, Level::Word};
    const qsizetype half = windowEnd - m_limit / 2;
    for (const qsizetype from : {qMax(half, contentStart + 1), contentStart + 1}) {
        for (const Level level : levels) {
            const qsizetype cut = lastBoundary(text, level, from, windowEnd);
            if (cut > contentStart)
                return cut;
        }
    }
    return hardCut(text, contentStart, windowEnd);
}

// The last cut position c in [from, to] of the given kind; a piece ending at c is text[.., c).
qsizetype TextSplitter::lastBoundary(QStringView text, Level level, qsizetype from, qsizetype to)
{
    for (qsizetype c = qMin(to, text.size() - 1); c >= from; --c) {
        const QChar ch = text.at(c);
        switch (level) {
        case Level::Paragraph:
            if (ch == u'\n') {
                qsizetype k = c + 1;
                while (k < text.size() && text.at(k) != u'\n' && isSpace(text.at(k)))
                    ++k;
                if (k < text.size() && text.at(k) == u'\n')
                    return c;
            }
            break;
        case Level::Line:
            if (ch == u'\n')
                return c;
            break;
        case Level::Sentence: {
            if (isWideSentenceEnd(text.at(c - 1)))
                return c;
            if (!isSpace(ch))
                break;
            qsizetype k = c - 1;
            while (k > from && isClosingPunctuation(text.at(k)))
                --k;
            if (isSentenceEnd(text.at(k)))
                return c;
            break;
        }
        case Level::Word:
            if (isSpace(ch))
                return c;
            break;
        }
    }
    return -1;
}

qsizetype TextSplitter::hardCut(QStringView text, qsizetype start, qsizetype windowEnd)
{
    // Enough context after the cut for the grapheme rules to see what follows (an emoji ZWJ
    // sequence or a run of combining marks).
    const qsizetype contextEnd = qMin(text.size(), windowEnd + 64);
    const QString window = text.mid(start, contextEnd - start).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(windowEnd - start);
    qsizetype cut = windowEnd;
    if (!finder.isAtBoundary()) {
        const qsizetype previous = finder.toPreviousBoundary();
        if (previous > 0)
            cut = start + previous;
    }
    if (cut == windowEnd && cut < text.size() && text.at(cut).isLowSurrogate() && text.at(cut - 1).isHighSurrogate()
        && cut - 1 > start)
        --cut; // a single cluster longer than the limit: at least keep the surrogate pair whole
    return cut;
}

} // namespace Moltdesk::Channels
