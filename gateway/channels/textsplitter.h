#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Moltdesk::Channels {

// Splits text into pieces of at most `limit` UTF-16 code units (the unit Telegram's 4096 and
// Discord's 2000 limits are safe to count in): the one place every channel splits a long reply at
// its own limit (docs/channels/telegram-formatting.md, "Splitting at 4096"). Each cut is made at
// the best boundary in the window: a paragraph break, then a line break, then a sentence end (. !
// ? … followed by a space, or 。！？), then any whitespace; a boundary in the first half of the
// window is only taken when no kind of boundary exists further on, so pieces stay reasonably full.
// Only text without any boundary is cut hard, and then at a grapheme-cluster boundary (UAX #29,
// via QTextBoundaryFinder), so surrogate pairs, combining marks and emoji sequences stay whole
// unless one cluster alone exceeds the limit (then never inside a surrogate pair). The whitespace
// at a cut is dropped (indentation at the start of a line is kept); no piece is empty; whitespace-
// only input gives no pieces.
class TextSplitter
{
public:
    struct Piece
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    explicit TextSplitter(qsizetype limit);

    qsizetype limit() const { return m_limit; }

    // Pieces as ranges of `text`, in order; the text between two pieces is whitespace only.
    QList<Piece> pieces(QStringView text) const;
    QStringList split(QStringView text) const;

private:
    enum class Level { Paragraph, Line, Sentence, Word };

    qsizetype findCut(QStringView text, qsizetype contentStart, qsizetype windowEnd) const;
    static qsizetype lastBoundary(QStringView text, Level level, qsizetype from, qsizetype to);
    static qsizetype hardCut(QStringView text, qsizetype start, qsizetype windowEnd);

    qsizetype m_limit;
};

} // namespace Moltdesk::Channels
