// TextSplitter: boundary preference (paragraph > line > sentence > word > hard), the
// half-window rule, whitespace trimming at cuts, no empty pieces, and that hard cuts never break
// a surrogate pair or a grapheme cluster (combining marks, emoji ZWJ sequences, flags).
#include "channels/textsplitter.h"

#include <QTest>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Channels;

namespace {

// Every piece fits, is non-empty, has no whitespace at its cut ends, and what lies between the
// pieces is whitespace only: the pieces plus the gaps are exactly the input.
void verifyPieces(const QString &text, const TextSplitter &splitter)
{
    const QList<TextSplitter::Piece> pieces = splitter.pieces(text);
    qsizetype at = 0;
    for (const TextSplitter::Piece &piece : pieces) {
        QVERIFY(piece.length > 0);
        QVERIFY2(piece.length <= splitter.limit(), qPrintable(QString::number(piece.length)));
        QVERIFY(piece.start >= at);
        QVERIFY2(text.mid(at, piece.start - at).trimmed().isEmpty(), "non-space text dropped between pieces");
        QVERIFY(!text.at(piece.start + piece.length - 1).isSpace());
        at = piece.start + piece.length;
    }
    QVERIFY(text.mid(at).trimmed().isEmpty());
}

bool atGraphemeBoundary(const QString &text, qsizetype position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(position);
    return finder.isAtBoundary();
}

} // namespace

class TestTextSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("pieces");
        QTest::newRow("fits") << 20 << u"short text"_s << QStringList{u"short text"_s};
        QTest::newRow("trimmed") << 20 << u"\n\n  short text  \n"_s << QStringList{u"  short text"_s};
        QTest::newRow("paragraph first") << 30 << u"First para line.\nSecond line.\n\nNext para."_s
                                         << QStringList{u"First para line.\nSecond line."_s, u"Next para."_s};
        QTest::newRow("line before sentence") << 30 << u"One. Two. Three four five\nsix seven"_s
                                              << QStringList{u"One. Two. Three four five"_s, u"six seven"_s};
        QTest::newRow("sentence before word") << 30 << u"Alpha beta gamma. Delta epsilon zeta eta"_s
                                              << QStringList{u"Alpha beta gamma."_s, u"Delta epsilon zeta eta"_s};
        QTest::newRow("sentence with quote") << 24 << u"He said \"stop.\" Then he left the room"_s
                                             << QStringList{u"He said \"stop.\""_s, u"Then he left the room"_s};
        QTest::newRow("word") << 12 << u"aaaa bbbb cccc dddd"_s << QStringList{u"aaaa bbbb"_s, u"cccc dddd"_s};
        QTest::newRow("hard") << 4 << u"abcdefghij"_s << QStringList{u"abcd"_s, u"efgh"_s, u"ij"_s};
        QTest::newRow("cjk sentence") << 10 << u"我能吞下玻璃。而不伤身体的。"_s
                                      << QStringList{u"我能吞下玻璃。"_s, u"而不伤身体的。"_s};
        // An early paragraph break loses to a word boundary in the second half of the window.
        QTest::newRow("half window") << 20 << u"Hi.\n\nthe quick brown fox jumps"_s
                                     << QStringList{u"Hi.\n\nthe quick brown"_s, u"fox jumps"_s};
        // Only when nothing lies in the second half is the early boundary used.
        QTest::newRow("early boundary") << 20 << u"Hi.\n\nabcdefghijklmnopqrstuvwxyz"_s
                                        << QStringList{u"Hi."_s, u"abcdefghijklmnopqrst"_s, u"uvwxyz"_s};
        QTest::newRow("indentation kept") << 12 << u"line one\n    indented"_s
                                          << QStringList{u"line one"_s, u"    indented"_s};
        QTest::newRow("whitespace only") << 10 << u" \n\t \n"_s << QStringList{};
        QTest::newRow("empty") << 10 << QString() << QStringList{};
    }
    void split()
    {
        QFETCH(int, limit);
        QFETCH(QString, text);
        QFETCH(QStringList, pieces);
        const TextSplitter splitter(limit);
        QCOMPARE(splitter.split(text), pieces);
        verifyPieces(text, splitter);
    }

    // Hard cuts through text without any whitespace keep clusters whole.
    void graphemes_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("limit");
        QTest::newRow("surrogate pairs") << u"😀"_s << 4095;
        QTest::newRow("surrogate pairs small") << u"😀"_s << 7;
        QTest::newRow("combining acute") << u"e\u0301"_s << 4095;
        QTest::newRow("two combining marks") << u"a\u0301\u0323"_s << 100;
        QTest::newRow("zwj family") << u"👨‍👩‍👧‍👦"_s << 4096;
        QTest::newRow("skin tone") << u"👍🏽"_s << 2001;
        QTest::newRow("flags") << u"🇩🇪🇯🇵"_s << 2000;
        QTest::newRow("cjk") << u"漢字"_s << 4096;
    }
    void graphemes()
    {
        QFETCH(QString, unit);
        QFETCH(int, limit);
        QString text;
        while (text.size() < 10000)
            text += unit;
        const TextSplitter splitter(limit);
        verifyPieces(text, splitter);
        const QList<TextSplitter::Piece> pieces = splitter.pieces(text);
        QVERIFY(pieces.size() >= 2);
        for (const TextSplitter::Piece &piece : pieces) {
            QVERIFY(atGraphemeBoundary(text, piece.start));
            QVERIFY(atGraphemeBoundary(text, piece.start + piece.length));
            // Cuts aren't wasteful: at most one cluster short of the limit.
            QVERIFY(piece.start + piece.length == text.size() || piece.length > limit - 12);
        }
    }

    // One cluster longer than the limit (a letter with hundreds of combining marks) still gets
    // cut, but never inside a surrogate pair.
    void oversizedCluster()
    {
        const QString text = u"a"_s + QString(50, QChar(0x0301)) + u"😀"_s + QString(50, QChar(0x0301));
        const TextSplitter splitter(20);
        verifyPieces(text, splitter);
        for (const QString &piece : splitter.split(text)) {
            QVERIFY(!piece.front().isLowSurrogate());
            QVERIFY(!piece.back().isHighSurrogate());
        }
    }

    // Long mixed prose at Telegram's and Discord's limits.
    void longProse_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("telegram") << 4096;
        QTest::newRow("discord") << 2000;
    }
    void longProse()
    {
        QFETCH(int, limit);
        QString text;
        const QStringList sentences{u"Plain ASCII sentence here. "_s, u"Кириллица тоже здесь! "_s,
                                    u"絵文字😀も入ります。"_s, u"Emoji 👨‍👩‍👧 family? "_s};
        for (int i = 0; text.size() < 10000; ++i) {
            text += sentences.at(i % sentences.size());
            if (i % 11 == 10)
                text += u"\n"_s;
            if (i % 37 == 36)
                text += u"\n\n"_s;
        }
        const TextSplitter splitter(limit);
        verifyPieces(text, splitter);
        const QStringList pieces = splitter.split(text);
        QVERIFY(pieces.size() >= 3);
        for (const QString &piece : pieces.first(pieces.size() - 1))
            QVERIFY2(piece.size() > limit / 2, "pieces should be reasonably full");
    }
};

QTEST_GUILESS_MAIN(TestTextSplitter)
#include "tst_textsplitter.moc"
