// CronExpression and Schedule: parsing (valid forms and each error), next-fire times across DST
// changes in Europe/Berlin and America/New_York, the day-of-month/day-of-week OR rule, rare days
// (Feb 29, the 31st), "every" grids, one-shot "at" times and the preview helper.
#include "base/cronexpression.h"
#include "cron/schedule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Cron;
using Moltdesk::Base::CronExpression;

namespace {

QDateTime iso(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t;
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private slots:
    void validExpressions_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : {u"* * * * *"_s, u"*/15 * * * *"_s, u"0 9 * * MON-FRI"_s, u"0 0 1 jan,jul *"_s,
                                    u"@daily"_s, u"@YEARLY"_s, u"@hourly"_s, u"0 0 29 2 *"_s, u"0 0 30 2 MON"_s,
                                    u"0 0 * * 0,7"_s, u"1-5/2 3/4 1-31 * sun-sat"_s, u"  0   0  *  * *  "_s})
            QTest::newRow(qPrintable(text)) << text;
    }
    void validExpressions()
    {
        QFETCH(QString, text);
        const auto parsed = CronExpression::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(parsed->isValid());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u""_s << u"expected 5 fields"_s;
        QTest::newRow("four fields") << u"* * * *"_s << u"got 4"_s;
        QTest::newRow("six fields") << u"* * * * * *"_s << u"seconds or year field is not supported"_s;
        QTest::newRow("minute range") << u"60 * * * *"_s << u"minute field \"60\": 60 is out of range 0-59"_s;
        QTest::newRow("hour range") << u"* 24 * * *"_s << u"hour field \"24\": 24 is out of range 0-23"_s;
        QTest::newRow("dom zero") << u"* * 0 * *"_s << u"day-of-month field \"0\": 0 is out of range 1-31"_s;
        QTest::newRow("month range") << u"* * * 13 *"_s << u"month field \"13\""_s;
        QTest::newRow("dow range") << u"* * * * 8"_s << u"day-of-week field \"8\": 8 is out of range 0-7"_s;
        QTest::newRow("bad name") << u"* * * FOO *"_s << u"month field \"FOO\": \"FOO\" is neither a number nor a name (JAN-DEC)"_s;
        QTest::newRow("name in minutes") << u"MON * * * *"_s << u"minute field \"MON\": \"MON\" is not a number"_s;
        QTest::newRow("backwards") << u"5-1 * * * *"_s << u"range 5-1 runs backwards"_s;
        QTest::newRow("zero step") << u"*/0 * * * *"_s << u"step \"0\" must be a positive whole number"_s;
        QTest::newRow("huge step") << u"*/61 * * * *"_s << u"step 61 is larger than the range 0-59"_s;
        QTest::newRow("empty item") << u"1,,2 * * * *"_s << u"empty list item"_s;
        QTest::newRow("missing end") << u"1- * * * *"_s << u"a value is missing"_s;
        QTest::newRow("negative") << u"* -1 * * *"_s << u"hour field"_s;
        QTest::newRow("quartz L") << u"0 0 L * *"_s << u"Quartz extension"_s;
        QTest::newRow("quartz ?") << u"0 0 ? * MON"_s << u"Quartz extension"_s;
        QTest::newRow("quartz #") << u"0 0 * * MON#2"_s << u"day-of-week field"_s;
        QTest::newRow("reboot") << u"@reboot"_s << u"@reboot is not supported"_s;
        QTest::newRow("unknown macro") << u"@often"_s << u"unknown macro \"@often\""_s;
        QTest::newRow("feb 30") << u"0 0 30 2 *"_s << u"would never run"_s;
        QTest::newRow("apr 31") << u"0 0 31 4,6 *"_s << u"would never run"_s;
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = CronExpression::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    // after (ISO with offset) → expected next fire (UTC).
    void next_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");

        // Europe/Berlin 2024: 02:00 CET -> 03:00 CEST on Mar 31 (01:00Z); 03:00 CEST -> 02:00 CET on Oct 27 (01:00Z).
        const QByteArray berlin = "Europe/Berlin";
        QTest::newRow("berlin plain") << u"0 9 * * *"_s << berlin << u"2024-01-10T10:00:00+01:00"_s << u"2024-01-11T08:00:00Z"_s;
        QTest::newRow("berlin gap fires at end of gap") << u"30 2 * * *"_s << berlin << u"2024-03-30T12:00:00+01:00"_s << u"2024-03-31T01:00:00Z"_s;
        QTest::newRow("berlin after gap next day normal") << u"30 2 * * *"_s << berlin << u"2024-03-31T01:00:00Z"_s << u"2024-04-01T00:30:00Z"_s;
        QTest::newRow("berlin quarter hours into gap") << u"*/15 * * * *"_s << berlin << u"2024-03-31T00:50:00Z"_s << u"2024-03-31T01:00:00Z"_s;
        QTest::newRow("berlin gap coalesces once") << u"*/15 * * * *"_s << berlin << u"2024-03-31T01:00:00Z"_s << u"2024-03-31T01:15:00Z"_s;
        QTest::newRow("berlin 03:00 on gap day") << u"0 3 * * *"_s << berlin << u"2024-03-30T12:00:00Z"_s << u"2024-03-31T01:00:00Z"_s;
        QTest::newRow("berlin overlap first occurrence") << u"30 2 * * *"_s << berlin << u"2024-10-26T22:00:00Z"_s << u"2024-10-27T00:30:00Z"_s;
        QTest::newRow("berlin overlap fires once") << u"30 2 * * *"_s << berlin << u"2024-10-27T00:30:00Z"_s << u"2024-10-28T01:30:00Z"_s;
        QTest::newRow("berlin half hours skip repeat") << u"*/30 * * * *"_s << berlin << u"2024-10-27T00:30:00Z"_s << u"2024-10-27T02:00:00Z"_s;
        QTest::newRow("berlin started in second pass") << u"45 2 * * *"_s << berlin << u"2024-10-27T01:10:00Z"_s << u"2024-10-28T01:45:00Z"_s;

        // America/New_York 2024: 02:00 EST -> 03:00 EDT on Mar 10 (07:00Z); 02:00 EDT -> 01:00 EST on Nov 3 (06:00Z).
        const QByteArray ny = "America/New_York";
        QTest::newRow("ny gap fires at end of gap") << u"30 2 * * *"_s << ny << u"2024-03-09T12:00:00-05:00"_s << u"2024-03-10T07:00:00Z"_s;
        QTest::newRow("ny 03:00 on gap day") << u"0 3 * * *"_s << ny << u"2024-03-09T12:00:00-05:00"_s << u"2024-03-10T07:00:00Z"_s;
        QTest::newRow("ny day after gap") << u"30 2 * * *"_s << ny << u"2024-03-10T07:00:00Z"_s << u"2024-03-11T06:30:00Z"_s;
        QTest::newRow("ny overlap first occurrence") << u"30 1 * * *"_s << ny << u"2024-11-02T12:00:00-04:00"_s << u"2024-11-03T05:30:00Z"_s;
        QTest::newRow("ny overlap fires once") << u"30 1 * * *"_s << ny << u"2024-11-03T05:30:00Z"_s << u"2024-11-04T06:30:00Z"_s;
        QTest::newRow("ny hourly skips repeated hour") << u"0 * * * *"_s << ny << u"2024-11-03T05:00:00Z"_s << u"2024-11-03T07:00:00Z"_s;
        QTest::newRow("ny weekdays") << u"0 9 * * MON-FRI"_s << ny << u"2024-07-05T09:00:00-04:00"_s << u"2024-07-08T13:00:00Z"_s;

        // Day-of-month OR day-of-week when both are restricted (crontab(5)).
        const QByteArray utc = "UTC";
        QTest::newRow("or: monday first") << u"0 0 1 * MON"_s << utc << u"2024-09-01T00:00:00Z"_s << u"2024-09-02T00:00:00Z"_s;
        QTest::newRow("or: next monday") << u"0 0 1 * MON"_s << utc << u"2024-09-02T00:00:00Z"_s << u"2024-09-09T00:00:00Z"_s;
        QTest::newRow("or: the 1st (a tuesday)") << u"0 0 1 * MON"_s << utc << u"2024-09-30T00:00:00Z"_s << u"2024-10-01T00:00:00Z"_s;
        QTest::newRow("or: feb 30 or monday") << u"0 0 30 2 MON"_s << utc << u"2024-02-01T00:00:00Z"_s << u"2024-02-05T00:00:00Z"_s;
        QTest::newRow("and: star-step dom") << u"0 0 */10 * MON"_s << utc << u"2024-01-01T00:00:00Z"_s << u"2024-03-11T00:00:00Z"_s;
        QTest::newRow("and: star dow") << u"0 0 13 * *"_s << utc << u"2024-09-14T00:00:00Z"_s << u"2024-10-13T00:00:00Z"_s;

        // Rare days, names, steps, macros.
        QTest::newRow("feb 29 leap years only") << u"0 12 29 2 *"_s << utc << u"2024-03-01T00:00:00Z"_s << u"2028-02-29T12:00:00Z"_s;
        QTest::newRow("31st skips april") << u"0 0 31 * *"_s << utc << u"2024-04-01T00:00:00Z"_s << u"2024-05-31T00:00:00Z"_s;
        QTest::newRow("31st skips short months") << u"0 0 31 * *"_s << utc << u"2024-05-31T00:00:00Z"_s << u"2024-07-31T00:00:00Z"_s;
        QTest::newRow("7 is sunday") << u"0 0 * * 7"_s << utc << u"2024-09-02T00:00:00Z"_s << u"2024-09-08T00:00:00Z"_s;
        QTest::newRow("month names with step") << u"0 0 1 JAN-MAR/2 *"_s << utc << u"2024-01-01T00:00:00Z"_s << u"2024-03-01T00:00:00Z"_s;
        QTest::newRow("hourly macro") << u"@hourly"_s << utc << u"2024-01-01T00:30:00Z"_s << u"2024-01-01T01:00:00Z"_s;
        QTest::newRow("yearly macro") << u"@yearly"_s << utc << u"2024-01-01T00:00:00Z"_s << u"2025-01-01T00:00:00Z"_s;
        QTest::newRow("range step") << u"1-5/2 * * * *"_s << utc << u"2024-01-01T00:01:00Z"_s << u"2024-01-01T00:03:00Z"_s;
        QTest::newRow("start step") << u"5/20 * * * *"_s << utc << u"2024-01-01T00:26:00Z"_s << u"2024-01-01T00:45:00Z"_s;
        QTest::newRow("seconds truncated") << u"* * * * *"_s << utc << u"2024-01-01T00:00:59Z"_s << u"2024-01-01T00:01:00Z"_s;
        QTest::newRow("year rollover") << u"59 23 31 12 *"_s << utc << u"2024-12-31T23:59:00Z"_s << u"2025-12-31T23:59:00Z"_s;
    }
    void next()
    {
        QFETCH(QString, expression);
        QFETCH(QByteArray, zone);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const auto parsed = CronExpression::parse(expression);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        const QDateTime next = parsed->next(iso(after), QTimeZone(zone));
        QCOMPARE(next.toUTC().toString(Qt::ISODate), expected);
    }

    // A minute schedule across the whole Berlin spring-forward night: every instant once, the
    // gap's minutes coalesced into the one fire at 03:00 CEST, never going backwards.
    void walkThroughGapIsMonotonic()
    {
        const auto expr = CronExpression::parse(u"*/10 * * * *"_s);
        QVERIFY(expr.ok());
        const QTimeZone zone("Europe/Berlin");
        QDateTime t = iso(u"2024-03-31T00:30:00Z"_s);
        QStringList fired;
        for (int i = 0; i < 6; ++i) {
            const QDateTime next = expr->next(t, zone);
            QVERIFY(next > t);
            fired.append(next.toTimeZone(zone).toString(u"HH:mm"_s));
            t = next;
        }
        QCOMPARE(fired, (QStringList{u"01:40"_s, u"01:50"_s, u"03:00"_s, u"03:10"_s, u"03:20"_s, u"03:30"_s}));
    }

    void scheduleEvery()
    {
        const auto every = Schedule::parse(Schedule::Kind::Every, u"15m"_s, QTimeZone::utc());
        QVERIFY(every.ok());
        QCOMPARE(every->everySeconds(), 900);
        QCOMPARE(every->text(), u"900s"_s);
        QCOMPARE(every->describe(), u"every 15m"_s);
        const QDateTime created = iso(u"2024-01-01T10:07:00Z"_s);
        // On the creation grid, never drifting: 10:22, then after a late check at 10:40 -> 10:52.
        QCOMPARE(every->next(created, created), iso(u"2024-01-01T10:22:00Z"_s));
        QCOMPARE(every->next(iso(u"2024-01-01T10:40:00Z"_s), created), iso(u"2024-01-01T10:52:00Z"_s));
        QCOMPARE(every->next(iso(u"2024-01-01T10:22:00Z"_s), iso(u"2024-01-01T10:22:00Z"_s)), iso(u"2024-01-01T10:37:00Z"_s));
        QCOMPARE(Schedule::parse(Schedule::Kind::Every, u"1h30m"_s, QTimeZone::utc())->describe(), u"every 1h30m"_s);
    }

    void scheduleErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("every too short") << int(Schedule::Kind::Every) << u"30s"_s << u"at least 1 minute"_s;
        QTest::newRow("every garbage") << int(Schedule::Kind::Every) << u"often"_s << u"expected a duration"_s;
        QTest::newRow("at garbage") << int(Schedule::Kind::At) << u"tomorrow"_s << u"expected an ISO-8601 date-time"_s;
        QTest::newRow("at date only") << int(Schedule::Kind::At) << u"2026-01-31"_s << u"expected an ISO-8601 date-time"_s;
        QTest::newRow("cron error") << int(Schedule::Kind::Cron) << u"* * *"_s << u"expected 5 fields"_s;
    }
    void scheduleErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = Schedule::parse(Schedule::Kind(kind), text, QTimeZone("Europe/Berlin"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QVERIFY(!Schedule::parse(Schedule::Kind::Cron, u"* * * * *"_s, QTimeZone("Not/AZone")).ok());
    }

    void scheduleAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("with offset") << u"2026-01-31T09:00:00+01:00"_s << u"2026-01-31T08:00:00Z"_s;
        QTest::newRow("utc") << u"2026-01-31T09:00:00Z"_s << u"2026-01-31T09:00:00Z"_s;
        QTest::newRow("zone winter") << u"2026-01-31T09:00:00"_s << u"2026-01-31T08:00:00Z"_s;
        QTest::newRow("zone summer") << u"2026-07-01T09:00:00"_s << u"2026-07-01T07:00:00Z"_s;
        QTest::newRow("zone gap") << u"2024-03-31T02:30:00"_s << u"2024-03-31T01:00:00Z"_s;
        QTest::newRow("zone overlap first") << u"2024-10-27T02:30:00"_s << u"2024-10-27T00:30:00Z"_s;
    }
    void scheduleAt()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto at = Schedule::parse(Schedule::Kind::At, text, QTimeZone("Europe/Berlin"));
        QVERIFY2(at.ok(), qPrintable(at ? QString() : at.error().message));
        QCOMPARE(at->at().toString(Qt::ISODate), expected);
        QCOMPARE(at->next(at->at().addSecs(-1)), at->at());
        QVERIFY(!at->next(at->at()).isValid()); // a one-shot never repeats
    }

    void preview()
    {
        const auto s = Schedule::parse(Schedule::Kind::Cron, u"0 9 * * MON-FRI"_s, QTimeZone("Europe/Berlin"));
        QVERIFY(s.ok());
        const QList<QDateTime> times = s->preview(iso(u"2024-03-28T12:00:00Z"_s), 3);
        QCOMPARE(times.size(), 3);
        // Thu noon -> Fri 08:00Z (CET), Mon 07:00Z (CEST after the switch), Tue 07:00Z.
        QCOMPARE(times[0], iso(u"2024-03-29T08:00:00Z"_s));
        QCOMPARE(times[1], iso(u"2024-04-01T07:00:00Z"_s));
        QCOMPARE(times[2], iso(u"2024-04-02T07:00:00Z"_s));
        QVERIFY(s->describe().contains(u"Europe/Berlin"_s));
        const auto once = Schedule::parse(Schedule::Kind::At, u"2030-01-01T00:00:00Z"_s, QTimeZone::utc());
        QCOMPARE(once->preview(iso(u"2024-01-01T00:00:00Z"_s), 5).size(), 1);
    }

    // Skipping by field keeps a rare schedule cheap: 28 years of Feb 29 + Monday lookups.
    void rareScheduleIsQuick()
    {
        const auto s = CronExpression::parse(u"0 0 29 2 *"_s);
        QDateTime t = iso(u"2001-01-01T00:00:00Z"_s);
        for (int i = 0; i < 20; ++i)
            t = s->next(t, QTimeZone::utc());
        QCOMPARE(t, iso(u"2080-02-29T00:00:00Z"_s));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
