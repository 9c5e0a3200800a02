#include "providers/router/providerrouter.h"
#include "providers/router/ratelimiter.h"
#include "base/tokenbucket.h"
#include "support/fakeanthropicprovider.h"
#include "support/providerrouterenv.h"
#include "support/providerrouterrecorder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Providers;
using Moltdesk::Base::TokenBucket;
using namespace Moltdesk::TestSupport;
using Fake = FakeAnthropicProvider;

// Per-provider concurrency and request-rate limits: the token bucket's arithmetic, the
// limiter's FIFO queue, and both seen through the router against a fake provider.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucketArithmetic()
    {
        TokenBucket bucket(600, 2); // one token per 100 ms, two at once
        QVERIFY(bucket.tryTake(0));
        QVERIFY(bucket.tryTake(0));
        QVERIFY(!bucket.tryTake(0));
        QCOMPARE(bucket.msUntilToken(0), 100);
        QCOMPARE(bucket.msUntilToken(40), 60);
        QVERIFY(!bucket.tryTake(99));
        QVERIFY(bucket.tryTake(100));
        QVERIFY(bucket.tryTake(10000)); // refills...
        QVERIFY(bucket.tryTake(10000));
        QVERIFY(!bucket.tryTake(10000)); // ...but never beyond the burst

        TokenBucket unlimited;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(unlimited.tryTake(0));
    }

    void concurrencyQueueIsFifo()
    {
        RateLimiter limiter(RateLimiter::Limits{2, 0, 0});
        QStringList granted;
        QList<RateLimiter::Ticket> tickets;
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
            tickets.append(limiter.acquire(u"p"_s, [&granted, name] { granted.append(name); }));
        QCOMPARE(granted, (QStringList{u"a"_s, u"b"_s})); // at once, synchronously
        QCOMPARE(limiter.queueLength(u"p"_s), 2);
        QCOMPARE(limiter.activeCount(u"p"_s), 2);
        QCOMPARE(limiter.queueLength(u"other"_s), 0); // limits are per provider

        limiter.release(tickets.at(2)); // "c" leaves the queue without ever running
        QCOMPARE(limiter.queueLength(u"p"_s), 1);
        limiter.release(tickets.at(0));
        QCOMPARE(granted, (QStringList{u"a"_s, u"b"_s, u"d"_s}));
        QCOMPARE(limiter.queueLength(u"p"_s), 0);
        limiter.release(tickets.at(0)); // twice: ignored
        QCOMPARE(limiter.activeCount(u"p"_s), 2);
    }

    void perProviderOverride()
    {
        RateLimiter limiter(RateLimiter::Limits{1, 0, 0}, {{u"local"_s, RateLimiter::Limits{0, 0, 0}}});
        int granted = 0;
        for (int i = 0; i < 10; ++i)
            limiter.acquire(u"local"_s, [&granted] { ++granted; });
        QCOMPARE(granted, 10);
        limiter.acquire(u"remote"_s, [&granted] { ++granted; });
        limiter.acquire(u"remote"_s, [&granted] { ++granted; });
        QCOMPARE(granted, 11);
        QCOMPARE(limiter.queueLength(u"remote"_s), 1);
    }

    void rateLimitAdmitsQueuedCallsAsTokensRefill()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimiter::Limits{0, 600, 1}, {}, [&now] { return now; });
        int granted = 0;
        limiter.acquire(u"p"_s, [&granted] { ++granted; });
        limiter.acquire(u"p"_s, [&granted] { ++granted; });
        QCOMPARE(granted, 1);
        now = 100; // the refill timer (real, ~100 ms) finds the token the clock now allows
        QTRY_COMPARE_WITH_TIMEOUT(granted, 2, 3000);
        QCOMPARE(limiter.queueLength(u"p"_s), 0);
    }

    void routerQueuesTheFifthCallUntilOneEnds()
    {
        ProviderRouterEnv env(std::chrono::milliseconds(400));
        QVERIFY(env.listening());
        for (int i = 0; i < 4; ++i)
            env.anthropicServer.enqueue(FakeProviderReply::silence());
        env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"fifth"_s)}));
        ProviderRouter::Settings settings = ProviderRouterEnv::fastSettings(1);
        settings.limits.maxConcurrent = 4;
        ProviderRouter router(env.providers(), settings);
        QSignalSpy queueChanges(&router, &ProviderRouter::queueLengthChanged);

        const RoutedRequest request = ProviderRouterEnv::request({u"anthropic/claude-fake"_s});
        std::vector<std::unique_ptr<ProviderRouterRecorder>> recs;
        for (int i = 0; i < 5; ++i)
            recs.push_back(std::make_unique<ProviderRouterRecorder>(router.start(request)));
        QTRY_COMPARE(env.anthropicServer.requests().size(), 4);
        QCOMPARE(router.queueLength(u"anthropic"_s), 1);
        QCOMPARE(router.activeCount(u"anthropic"_s), 4);
        QVERIFY(!queueChanges.isEmpty());
        QCOMPARE(queueChanges.last().at(1).toInt(), 1);

        // The four stalled calls time out (maxAttempts 1): only then does the fifth go out.
        QVERIFY(recs.at(4)->waitDone());
        QVERIFY(recs.at(4)->result);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(recs.at(i)->error->kind(), ProviderError::Kind::Timeout);
        QCOMPARE(env.anthropicServer.requests().size(), 5);
        QCOMPARE(router.queueLength(u"anthropic"_s), 0);
        QTRY_COMPARE(router.activeCount(u"anthropic"_s), 0);
    }

    void abortedQueuedCallLeavesTheQueue()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(FakeProviderReply::silence());
        ProviderRouter::Settings settings = ProviderRouterEnv::fastSettings(1);
        settings.limits.maxConcurrent = 1;
        ProviderRouter router(env.providers(), settings);
        const RoutedRequest request = ProviderRouterEnv::request({u"anthropic/claude-fake"_s});
        RoutedCall *first = router.start(request);
        RoutedCall *second = router.start(request);
        ProviderRouterRecorder firstRec(first);
        ProviderRouterRecorder secondRec(second);
        QTRY_COMPARE(router.queueLength(u"anthropic"_s), 1);
        QTRY_COMPARE(env.anthropicServer.requests().size(), 1);
        second->abort();
        QCOMPARE(secondRec.endings, 1);
        QCOMPARE(secondRec.error->kind(), ProviderError::Kind::Aborted);
        QVERIFY(secondRec.attempts.isEmpty()); // it never reached a provider
        QCOMPARE(router.queueLength(u"anthropic"_s), 0);
        first->abort();
        QCOMPARE(router.activeCount(u"anthropic"_s), 0);
        QTest::qWait(30);
        QCOMPARE(env.anthropicServer.requests().size(), 1);
    }

    void routerRateLimitDelaysCallsBeyondTheBucket()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        for (int i = 0; i < 3; ++i)
            env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"ok"_s)}));
        QList<qint64> arrivals;
        QElapsedTimer clock;
        clock.start();
        connect(&env.anthropicServer, &FakeProviderServer::requestReceived, this, [&] { arrivals.append(clock.elapsed()); });
        ProviderRouter::Settings settings = ProviderRouterEnv::fastSettings();
        settings.limits = RateLimiter::Limits{0, 300, 2}; // burst of 2, then one per 200 ms
        ProviderRouter router(env.providers(), settings);
        const RoutedRequest request = ProviderRouterEnv::request({u"anthropic/claude-fake"_s});
        std::vector<std::unique_ptr<ProviderRouterRecorder>> recs;
        for (int i = 0; i < 3; ++i)
            recs.push_back(std::make_unique<ProviderRouterRecorder>(router.start(request)));
        QVERIFY(recs.at(2)->waitDone());
        QCOMPARE(arrivals.size(), 3);
        std::sort(arrivals.begin(), arrivals.end());
        QVERIFY2(arrivals.at(1) < 150, qPrintable(u"second at %1 ms"_s.arg(arrivals.at(1))));
        QVERIFY2(arrivals.at(2) >= 180, qPrintable(u"third at %1 ms"_s.arg(arrivals.at(2))));
        QVERIFY(arrivals.at(2) < 5000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
