// Base::Backoff, the one retry schedule: steps, cap, the three jitter shapes the gateway uses
// (none, equal, full, and the queue's 20 %), clamping, and BackoffSequence's counter and
// server hints. The random draw is injected, so nothing sleeps.

#include "base/backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using Moltdesk::Base::Backoff;
using Moltdesk::Base::BackoffSequence;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void stepsDoubleUpToTheCap()
    {
        const Backoff backoff{1s, 60s, 2.0, 0.0};
        QCOMPARE(backoff.step(1), 1000ms);
        QCOMPARE(backoff.step(2), 2000ms);
        QCOMPARE(backoff.step(6), 32000ms);
        QCOMPARE(backoff.step(7), 60000ms); // 64 s, capped
        QCOMPARE(backoff.step(1000), 60000ms); // no overflow far past the cap
        QCOMPARE(backoff.step(0), 1000ms);  // before the first attempt counts as the first
        QCOMPARE(backoff.step(-5), 1000ms);
        // No jitter: the delay is the step, whatever the draw.
        QCOMPARE(backoff.delayFor(3, 0.0), 4000ms);
        QCOMPARE(backoff.delayFor(3, 0.7), 4000ms);
    }

    void otherFactors()
    {
        const Backoff triple{100ms, 10s, 3.0, 0.0};
        QCOMPARE(triple.step(3), 900ms);
        const Backoff flat{100ms, 10s, 0.5, 0.0}; // a factor below 1 would shrink: clamped to 1
        QCOMPARE(flat.step(5), 100ms);
    }

    void fullJitterIsTheDrawnFractionOfTheStep()
    {
        // The provider router's shape: uniform in [0, step].
        const Backoff backoff{500ms, 20s, 2.0, 1.0};
        QCOMPARE(backoff.delayFor(1, 1.0), 500ms);
        QCOMPARE(backoff.delayFor(2, 1.0), 1000ms);
        QCOMPARE(backoff.delayFor(3, 0.25), 500ms); // a quarter of 2000
        QCOMPARE(backoff.delayFor(3, 0.0), 0ms);
        QCOMPARE(backoff.delayFor(9, 1.0), 20000ms); // capped
    }

    void equalJitterKeepsHalfTheStep()
    {
        // The Telegram poller's shape: uniform in [step/2, step].
        const Backoff backoff{1s, 60s, 2.0, 0.5};
        QCOMPARE(backoff.delayFor(2, 0.0), 1000ms);
        QCOMPARE(backoff.delayFor(2, 0.5), 1500ms);
        QCOMPARE(backoff.delayFor(2, 1.0), 2000ms);
    }

    void partialJitterOnlyShortens()
    {
        // The queue's shape: at most 20 % shorter than the step, so delays still grow strictly.
        const Backoff backoff{5s, 30min, 2.0, 0.2};
        QCOMPARE(backoff.delayFor(1, 1.0), 5000ms);
        QCOMPARE(backoff.delayFor(1, 0.0), 4000ms);
        QCOMPARE(backoff.delayFor(1, 0.5), 4500ms);
        QCOMPARE(backoff.delayFor(20, 1.0), std::chrono::milliseconds(30min));
        std::chrono::milliseconds previousLongest{0};
        for (int attempt = 1; attempt <= 9; ++attempt) {
            const auto shortest = backoff.delayFor(attempt, 0.0);
            const auto longest = backoff.delayFor(attempt, 1.0);
            QVERIFY(shortest > previousLongest);
            QVERIFY(shortest <= longest);
            previousLongest = longest;
        }
        // The real random source stays within the bounds.
        for (int n = 0; n < 200; ++n) {
            const auto delay = backoff.delayFor(3, Backoff::systemRandom());
            QVERIFY(delay >= 16000ms && delay <= 20000ms);
        }
    }

    void outOfRangeInputsAreClamped()
    {
        const Backoff wild{1s, 10s, 2.0, 3.0}; // jitter above 1 acts as full jitter
        QCOMPARE(wild.delayFor(1, 0.5), 500ms);
        QCOMPARE(wild.delayFor(1, 7.0), 1000ms); // draw above 1 acts as 1
        QCOMPARE(wild.delayFor(1, -1.0), 0ms);
        const Backoff negative{1s, 10s, 2.0, -0.5}; // negative jitter acts as none
        QCOMPARE(negative.delayFor(1, 0.0), 1000ms);
    }

    void sequenceCountsAttempts()
    {
        double draw = 1.0;
        BackoffSequence sequence(Backoff{1s, 8s, 2.0, 0.5}, [&draw] { return draw; });
        QCOMPARE(sequence.attempts(), 0);
        QCOMPARE(sequence.next(), 1000ms);
        QCOMPARE(sequence.next(), 2000ms);
        draw = 0.0;
        QCOMPARE(sequence.next(), 2000ms); // half of the 4 s step
        draw = 1.0;
        QCOMPARE(sequence.next(), 8000ms);
        QCOMPARE(sequence.next(), 8000ms); // capped
        QCOMPARE(sequence.attempts(), 5);
        sequence.reset();
        QCOMPARE(sequence.attempts(), 0);
        QCOMPARE(sequence.next(), 1000ms);
    }

    void sequenceMatchesThePureSchedule()
    {
        const Backoff policy{250ms, 1min, 2.0, 0.2};
        BackoffSequence sequence(policy, [] { return 0.3; });
        for (int attempt = 1; attempt <= 12; ++attempt)
            QCOMPARE(sequence.next(), policy.delayFor(attempt, 0.3));
    }

    void aHintRaisesTheStepAndLaterStepsGrowFromIt()
    {
        // The Telegram channel's start retry: no jitter, retry_after honoured.
        BackoffSequence sequence(Backoff{1s, 60s, 2.0, 0.0});
        QCOMPARE(sequence.next(), 1000ms);
        QCOMPARE(sequence.next(10s), 10000ms); // hint above the 2 s step
        QCOMPARE(sequence.next(), 20000ms);    // grows from the hinted step
        QCOMPARE(sequence.next(1s), 40000ms);  // a hint below the step changes nothing
        QCOMPARE(sequence.next(), 60000ms);
        QCOMPARE(sequence.next(120s), 120000ms); // a hint past the cap is still honoured
        QCOMPARE(sequence.next(), 60000ms);      // and the schedule returns to the cap
    }

    void aHintIsAFloorEvenWithJitter()
    {
        BackoffSequence sequence(Backoff{1s, 60s, 2.0, 1.0}, [] { return 0.0; });
        QCOMPARE(sequence.next(), 0ms);
        QCOMPARE(sequence.next(5s), 5000ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
