#include "providers/sseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Providers::SseMessage;
using Moltdesk::Providers::SseParser;

Q_DECLARE_METATYPE(QList<Moltdesk::Providers::SseMessage>)

namespace QTest {
template <>
char *toString(const SseMessage &m)
{
    return qstrdup(QString(u"{event=%1 data=%2 id=%3}"_s.arg(m.event, m.data, m.lastEventId)).toUtf8().constData());
}
} // namespace QTest

// WHATWG HTML §9.2.6 "Interpreting an event stream", fed in every possible chunking.
class TestSseParser : public QObject
{
    Q_OBJECT

private:
    static QList<SseMessage> feedAll(const QList<QByteArray> &chunks, SseParser &parser)
    {
        QList<SseMessage> out;
        for (const QByteArray &chunk : chunks)
            out += parser.feed(chunk);
        return out;
    }

private slots:
    void everySplitPoint_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<SseMessage>>("expected");

        QTest::newRow("lf") << "event: a\ndata: one\n\ndata: two\n\n"_ba
                            << QList<SseMessage>{{u"a"_s, u"one"_s, {}}, {u"message"_s, u"two"_s, {}}};
        QTest::newRow("crlf") << "event: a\r\ndata: one\r\n\r\ndata: two\r\n\r\n"_ba
                              << QList<SseMessage>{{u"a"_s, u"one"_s, {}}, {u"message"_s, u"two"_s, {}}};
        QTest::newRow("cr") << "event: a\rdata: one\r\rdata: two\r\r"_ba
                            << QList<SseMessage>{{u"a"_s, u"one"_s, {}}, {u"message"_s, u"two"_s, {}}};
        QTest::newRow("mixed endings") << "data: x\r\n\ndata: y\r\r\n"_ba
                                       << QList<SseMessage>{{u"message"_s, u"x"_s, {}}, {u"message"_s, u"y"_s, {}}};
        QTest::newRow("multi-line data") << "data: first\ndata:second\ndata:  third\n\n"_ba
                                         << QList<SseMessage>{{u"message"_s, u"first\nsecond\n third"_s, {}}};
        QTest::newRow("utf-8 multibyte") << "data: h\xC3\xA9llo \xF0\x9F\x8C\x8D \xE6\x97\xA5\xE6\x9C\xAC\n\n"_ba
                                         << QList<SseMessage>{{u"message"_s, u"h\u00e9llo \U0001F30D \u65e5\u672c"_s, {}}};
        QTest::newRow("bom") << "\xEF\xBB\xBF" "data: x\n\n"_ba << QList<SseMessage>{{u"message"_s, u"x"_s, {}}};
        QTest::newRow("comments and unknown fields")
            << ": keep-alive\nfoo: bar\ndata: x\n: another\n\n"_ba << QList<SseMessage>{{u"message"_s, u"x"_s, {}}};
        QTest::newRow("id persists") << "id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n"_ba
                                     << QList<SseMessage>{{u"message"_s, u"a"_s, u"7"_s},
                                                          {u"message"_s, u"b"_s, u"7"_s},
                                                          {u"message"_s, u"c"_s, {}}};
        QTest::newRow("no data, no dispatch") << "event: lonely\n\ndata: x\n\n"_ba
                                              << QList<SseMessage>{{u"message"_s, u"x"_s, {}}};
        QTest::newRow("empty data dispatches") << "data\n\ndata:\n\n"_ba
                                               << QList<SseMessage>{{u"message"_s, {}, {}}, {u"message"_s, {}, {}}};
        QTest::newRow("unterminated tail dropped") << "data: done\n\ndata: partial"_ba
                                                   << QList<SseMessage>{{u"message"_s, u"done"_s, {}}};
        QTest::newRow("json payload") << "event: content_block_delta\ndata: {\"type\":\"text_delta\",\"text\":\"\xE2\x82\xAC\"}\n\n"_ba
                                      << QList<SseMessage>{{u"content_block_delta"_s,
                                                            u"{\"type\":\"text_delta\",\"text\":\"\u20ac\"}"_s, {}}};
    }

    void everySplitPoint()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<SseMessage>, expected);

        // Whole stream at once.
        {
            SseParser parser;
            QCOMPARE(parser.feed(stream), expected);
        }
        // Every two-piece split: inside lines, between CR and LF, inside UTF-8 sequences.
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            SseParser parser;
            const QList<SseMessage> got = feedAll({stream.left(split), stream.mid(split)}, parser);
            if (got != expected)
                QFAIL(qPrintable(u"split at %1 gave a different result"_s.arg(split)));
        }
        // Every three-piece split.
        for (qsizetype a = 0; a <= stream.size(); ++a) {
            for (qsizetype b = a; b <= stream.size(); ++b) {
                SseParser parser;
                const QList<SseMessage> got = feedAll({stream.left(a), stream.mid(a, b - a), stream.mid(b)}, parser);
                if (got != expected)
                    QFAIL(qPrintable(u"splits at %1/%2 gave a different result"_s.arg(a).arg(b)));
            }
        }
        // Byte by byte.
        SseParser parser;
        QList<QByteArray> bytes;
        for (const char c : std::as_const(stream))
            bytes.append(QByteArray(1, c));
        QCOMPARE(feedAll(bytes, parser), expected);
    }

    void decodesOnlyCompleteLines()
    {
        SseParser parser;
        // The euro sign's three bytes arrive in separate chunks; no replacement character appears.
        QVERIFY(parser.feed("data: \xE2"_ba).isEmpty());
        QVERIFY(parser.feed("\x82"_ba).isEmpty());
        const QList<SseMessage> events = parser.feed("\xAC\n\n"_ba);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, u"\u20ac"_s);
        QVERIFY(!events.first().data.contains(QChar(0xFFFD)));
    }

    void bomOnlyAtStart()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: a\n\n"_ba).size() == 1);
        // A BOM later in the stream is content, not stripped (it makes an unknown field here).
        const QList<SseMessage> events = parser.feed("\xEF\xBB\xBF" "data: b\n\n"_ba);
        QVERIFY(events.isEmpty());
    }

    void retryField()
    {
        SseParser parser;
        parser.feed("retry: 2500\n\nretry: 12x\n\n"_ba);
        QCOMPARE(parser.reconnectionTimeMs(), 2500);
    }

    void pendingDataReported()
    {
        SseParser parser;
        QVERIFY(!parser.hasPendingData());
        parser.feed("data: {\"a\":"_ba);
        QVERIFY(parser.hasPendingData());
        parser.feed("1}\n"_ba);
        QVERIFY(parser.hasPendingData()); // a field without its blank line is not an event yet
        QCOMPARE(parser.feed("\n"_ba).size(), 1);
        QVERIFY(!parser.hasPendingData());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
