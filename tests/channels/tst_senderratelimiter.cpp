// Per-sender token buckets: burst, refill, exactly one notice per window, separate senders and
// channels, disabled limit, and idle buckets forgotten (bounded memory). Time is injected.
#include "channels/noticethrottle.h"
#include "channels/senderratelimiter.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Channels::SenderRateLimiter;

class TestSenderRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_now = std::make_shared<QDateTime>(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    }

    void burstThenRefill()
    {
        SenderRateLimiter limiter(6, 3, clock()); // one token every 10 s, burst 3
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.check(u"telegram"_s, u"1"_s).allowed);
        QVERIFY(!limiter.check(u"telegram"_s, u"1"_s).allowed);
        advanceMs(9999);
        QVERIFY(!limiter.check(u"telegram"_s, u"1"_s).allowed);
        advanceMs(1);
        QVERIFY(limiter.check(u"telegram"_s, u"1"_s).allowed);
        QVERIFY(!limiter.check(u"telegram"_s, u"1"_s).allowed);
        // A long pause refills only up to the burst.
        advanceMs(600000);
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.check(u"telegram"_s, u"1"_s).allowed);
        QVERIFY(!limiter.check(u"telegram"_s, u"1"_s).allowed);
    }

    void oneNoticePerWindow()
    {
        SenderRateLimiter limiter(1, 1, clock());
        QVERIFY(limiter.check(u"telegram"_s, u"1"_s).allowed);
        const auto first = limiter.check(u"telegram"_s, u"1"_s);
        QVERIFY(!first.allowed);
        QVERIFY(first.notify);
        int notices = 0;
        for (int i = 0; i < 20; ++i) {
            advanceMs(1000);
            const auto verdict = limiter.check(u"telegram"_s, u"1"_s);
            if (!verdict.allowed && verdict.notify)
                ++notices;
        }
        QCOMPARE(notices, 0);
        // The next window may carry one more notice.
        advanceMs(SenderRateLimiter::NoticeWindowMs);
        limiter.check(u"telegram"_s, u"1"_s); // the refilled token
        const auto next = limiter.check(u"telegram"_s, u"1"_s);
        QVERIFY(!next.allowed);
        QVERIFY(next.notify);
    }

    void sendersAndChannelsAreSeparate()
    {
        SenderRateLimiter limiter(1, 1, clock());
        QVERIFY(limiter.check(u"telegram"_s, u"1"_s).allowed);
        QVERIFY(!limiter.check(u"telegram"_s, u"1"_s).allowed);
        QVERIFY(limiter.check(u"telegram"_s, u"2"_s).allowed);
        QVERIFY(limiter.check(u"discord"_s, u"1"_s).allowed);
    }

    void disabled()
    {
        SenderRateLimiter limiter(0, 0, clock());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.check(u"telegram"_s, u"1"_s).allowed);
        QCOMPARE(limiter.trackedSenders(), 0);
    }

    void idleBucketsAreForgotten()
    {
        SenderRateLimiter limiter(60, 5, clock()); // refills fully in 5 s
        for (int i = 0; i < 500; ++i)
            limiter.check(u"telegram"_s, QString::number(i));
        QCOMPARE(limiter.trackedSenders(), 500);
        advanceMs(SenderRateLimiter::SweepIntervalMs);
        limiter.check(u"telegram"_s, u"fresh"_s); // triggers the periodic sweep
        QCOMPARE(limiter.trackedSenders(), 1);
        // Forgetting a full bucket changes nothing for the sender: they get a full burst again.
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.check(u"telegram"_s, u"7"_s).allowed);
        QVERIFY(!limiter.check(u"telegram"_s, u"7"_s).allowed);
    }

    void limitedSenderIsKeptUntilRefilled()
    {
        SenderRateLimiter limiter(1, 1, clock()); // refills in 60 s
        limiter.check(u"telegram"_s, u"1"_s);
        limiter.check(u"telegram"_s, u"1"_s);
        advanceMs(30000);
        limiter.sweep();
        QCOMPARE(limiter.trackedSenders(), 1); // still owes tokens: forgetting would reset them
        QVERIFY(!limiter.check(u"telegram"_s, u"1"_s).allowed);
    }

    void noticeThrottle()
    {
        Channels::NoticeThrottle throttle(1000, clock());
        QVERIFY(throttle.allow(u"a"_s));
        QVERIFY(!throttle.allow(u"a"_s));
        QVERIFY(throttle.allow(u"b"_s));
        advanceMs(1000);
        QVERIFY(throttle.allow(u"a"_s));
        advanceMs(5000);
        throttle.allow(u"c"_s);
        QCOMPARE(throttle.size(), 1); // a and b swept
    }

private:
    Channels::Clock clock() const
    {
        const auto now = m_now;
        return [now] { return *now; };
    }
    void advanceMs(qint64 ms) { *m_now = m_now->addMSecs(ms); }

    std::shared_ptr<QDateTime> m_now;
};

QTEST_GUILESS_MAIN(TestSenderRateLimiter)
#include "tst_senderratelimiter.moc"
