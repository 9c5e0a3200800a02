// Queue::Worker end to end on a real database: async handlers, per-key ordering under
// concurrency, the retry timer (injected clock, no sleeps), dropped outcomes and stop().
#include "queue/jobqueue.h"
#include "queue/worker.h"
#include "support/queuetestenv.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Queue::EnqueueOptions;
using Queue::Job;
using Queue::JobQueue;
using Queue::JobState;
using Queue::Outcome;
using Queue::Worker;
using TestSupport::QueueTestEnv;

namespace {

EnqueueOptions ordered(const QString &key)
{
    EnqueueOptions options;
    options.orderingKey = key;
    return options;
}

} // namespace

class TestQueueWorker : public QObject
{
    Q_OBJECT

private slots:
    void asyncHandlersCompleteJobs()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        QList<int> seen;
        QVERIFY(worker.addQueue(u"inbound"_s, [&seen](const Job &job, Worker::Done done) {
            seen.append(job.payload.value(u"n"_s).toInt());
            // Reports later, from the event loop, as a real channel send would.
            QTimer::singleShot(0, qApp, [done]() { done(Outcome::success()); });
        }, 2));
        QVERIFY(!worker.addQueue(u"inbound"_s, [](const Job &, Worker::Done) {})); // one handler per queue
        QVERIFY(!worker.addQueue(u"x"_s, [](const Job &, Worker::Done) {}, 0));
        QSignalSpy finished(&worker, &Worker::jobFinished);
        worker.start();
        for (int n = 1; n <= 5; ++n)
            QVERIFY(queue.enqueue(u"inbound"_s, QJsonObject{{u"n"_s, n}}).ok());
        QTRY_COMPARE(finished.count(), 5);
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5}));
        for (const QList<QVariant> &args : std::as_const(finished))
            QCOMPARE(args.at(2).toString(), u"done"_s);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Done), 5);
        QCOMPARE(worker.inFlight(), 0);
        QVERIFY(!worker.nextWakeAt().has_value()); // nothing pending: no timer
    }

    void completionFromAnotherThread()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        worker.addQueue(u"q"_s, [](const Job &, Worker::Done done) {
            (void)QtConcurrent::run([done]() { done(Outcome::success()); });
        });
        QSignalSpy finished(&worker, &Worker::jobFinished);
        worker.start();
        queue.enqueue(u"q"_s, {});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(2).toString(), u"done"_s);
    }

    void orderingKeysUnderConcurrency()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        std::map<QString, int> running;
        std::map<QString, QList<int>> order;
        int concurrent = 0;
        int maxConcurrent = 0;
        bool overlap = false;
        worker.addQueue(u"inbound"_s, [&](const Job &job, Worker::Done done) {
            const QString key = job.orderingKey;
            if (++running[key] > 1)
                overlap = true;
            maxConcurrent = std::max(maxConcurrent, ++concurrent);
            order[key].append(job.payload.value(u"n"_s).toInt());
            // Finish after a couple of event-loop turns so jobs really overlap.
            QTimer::singleShot(1, qApp, [&, key, done]() {
                --running[key];
                --concurrent;
                done(Outcome::success());
            });
        }, 8);
        const QStringList keys = {u"telegram:dm:1"_s, u"telegram:dm:2"_s, u"discord:group:9"_s};
        QList<int> expected[3];
        for (int n = 0; n < 30; ++n) {
            QVERIFY(queue.enqueue(u"inbound"_s, QJsonObject{{u"n"_s, n}}, ordered(keys.at(n % 3))).ok());
            expected[n % 3].append(n);
        }
        QSignalSpy finished(&worker, &Worker::jobFinished);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 30, 10000);
        QVERIFY(!overlap);               // one key: strictly one at a time
        QVERIFY(maxConcurrent > 1);      // different keys: in parallel
        for (int k = 0; k < 3; ++k)
            QCOMPARE(order[keys.at(k)], expected[k]); // in enqueue order
    }

    void pausedWorkerClaimsNothingAndResumesInOrder()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        QList<int> seen;
        worker.addQueue(u"inbound"_s, [&seen](const Job &job, Worker::Done done) {
            seen.append(job.payload.value(u"n"_s).toInt());
            done(Outcome::success());
        }, 4);
        worker.setPaused(true); // before start: a paused bot starts paused
        QVERIFY(worker.isPaused());
        QSignalSpy started(&worker, &Worker::jobStarted);
        worker.start();
        QList<qint64> ids;
        EnqueueOptions options;
        options.orderingKey = u"chat"_s;
        for (int n = 1; n <= 3; ++n)
            ids << queue.enqueue(u"inbound"_s, QJsonObject{{u"n"_s, n}}, options)->job.id;
        env.advance(std::chrono::hours(2)); // long past any backoff or lease anyone could imagine
        QTest::qWait(50);
        QCOMPARE(started.count(), 0);
        QVERIFY(!worker.nextWakeAt().has_value()); // no timer while paused
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Pending), 3);
        for (qint64 id : std::as_const(ids))
            QCOMPARE(queue.job(id).value()->attempts, 0); // waiting spends no attempt

        worker.setPaused(false);
        QTRY_COMPARE(queue.depth(u"inbound"_s, JobState::Done), 3);
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
    }

    void retryTimerFiresAtNextRun()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        int calls = 0;
        worker.addQueue(u"outbound:telegram"_s, [&calls](const Job &, Worker::Done done) {
            ++calls;
            if (calls == 1)
                done(Outcome::retry(u"429"_s, 20ms)); // synchronous report is fine too
            else
                done(Outcome::success());
        });
        QSignalSpy finished(&worker, &Worker::jobFinished);
        worker.start();
        const qint64 id = queue.enqueue(u"outbound:telegram"_s, {})->job.id;
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(2).toString(), u"retry"_s);
        // One timer, armed for the retry's next-run time.
        QCOMPARE(worker.nextWakeAt().value(), env.now().addMSecs(20));
        // The job is not due while the injected clock stands still; moving it makes the armed
        // timer's pull find the job.
        env.advance(20ms);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.last().at(2).toString(), u"done"_s);
        QCOMPARE(calls, 2);
        QCOMPARE(queue.job(id).value()->attempts, 2);
    }

    void outcomesMapToStates()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        worker.addQueue(u"q"_s, [](const Job &job, Worker::Done done) {
            const QString what = job.payload.value(u"do"_s).toString();
            if (what == u"permanent"_s)
                done(Outcome::permanent(u"400 Bad Request: chat not found"_s));
            else if (what == u"throw"_s)
                throw std::runtime_error("boom");
            else if (what == u"drop"_s)
                return; // never reports
        }, 4);
        QSignalSpy finished(&worker, &Worker::jobFinished);
        worker.start();
        const qint64 permanent = queue.enqueue(u"q"_s, QJsonObject{{u"do"_s, u"permanent"_s}})->job.id;
        const qint64 thrown = queue.enqueue(u"q"_s, QJsonObject{{u"do"_s, u"throw"_s}})->job.id;
        const qint64 dropped = queue.enqueue(u"q"_s, QJsonObject{{u"do"_s, u"drop"_s}})->job.id;
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(queue.job(permanent).value()->state, JobState::Dead);
        QCOMPARE(queue.job(permanent).value()->lastError, u"400 Bad Request: chat not found"_s);
        QCOMPARE(queue.job(thrown).value()->state, JobState::Pending);
        QVERIFY(queue.job(thrown).value()->lastError.contains(u"boom"_s));
        QCOMPARE(queue.job(dropped).value()->state, JobState::Pending);
        QVERIFY(queue.job(dropped).value()->lastError.contains(u"without an outcome"_s));
        QVERIFY(worker.nextWakeAt().has_value()); // both retries are in backoff
        QCOMPARE(worker.inFlight(), 0);
    }

    void stopLetsInFlightJobFinish()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        Worker worker(queue, env.clock());
        std::optional<Worker::Done> parked;
        worker.addQueue(u"q"_s, [&parked](const Job &, Worker::Done done) { parked = done; });
        QSignalSpy started(&worker, &Worker::jobStarted);
        QSignalSpy stopped(&worker, &Worker::stopped);
        worker.start();
        const qint64 first = queue.enqueue(u"q"_s, {})->job.id;
        QTRY_COMPARE(started.count(), 1);
        worker.stop();
        QCOMPARE(stopped.count(), 0); // still one in flight
        const qint64 second = queue.enqueue(u"q"_s, {})->job.id;
        (*parked)(Outcome::success());
        QTRY_COMPARE(stopped.count(), 1);
        QCOMPARE(queue.job(first).value()->state, JobState::Done);
        // Stopped: the new job is not claimed, it waits durably for the next start.
        QCoreApplication::processEvents();
        QCOMPARE(started.count(), 1);
        QCOMPARE(queue.job(second).value()->state, JobState::Pending);
    }

    void stopThenRestartLosesNothing()
    {
        QueueTestEnv env;
        qint64 id = 0;
        {
            // Declared first so it outlives the worker: the outcome never arrives.
            std::optional<Worker::Done> parked;
            JobQueue queue(env.database(), {}, env.clock());
            QVERIFY(queue.open().ok());
            Worker worker(queue, env.clock());
            worker.addQueue(u"q"_s, [&parked](const Job &, Worker::Done done) { parked = done; });
            QSignalSpy started(&worker, &Worker::jobStarted);
            worker.start();
            id = queue.enqueue(u"q"_s, QJsonObject{{u"text"_s, u"hi"_s}})->job.id;
            QTRY_COMPARE(started.count(), 1);
            worker.stop();
            // Shutdown does not wait for the handler: worker and queue go away mid-job.
        }
        QVERIFY(env.reopen());
        JobQueue queue(env.database(), {}, env.clock());
        QCOMPARE(queue.open().value(), 1);
        Worker worker(queue, env.clock());
        QList<QString> texts;
        worker.addQueue(u"q"_s, [&texts](const Job &job, Worker::Done done) {
            texts.append(job.payload.value(u"text"_s).toString());
            done(Outcome::success());
        });
        QSignalSpy finished(&worker, &Worker::jobFinished);
        worker.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(texts, QList<QString>{u"hi"_s});
        QCOMPARE(queue.job(id).value()->state, JobState::Done);
        QCOMPARE(queue.job(id).value()->attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestQueueWorker)
#include "tst_queueworker.moc"
