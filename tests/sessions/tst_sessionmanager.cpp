// SessionManager: strict per-key ordering with asynchronous completion, concurrency across keys,
// abort, cancelPending, done() from a worker thread, idle actor eviction.
#include "sessions/sessionmanager.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using Moltdesk::Sessions::SessionManager;

class TestSessionManager : public QObject
{
    Q_OBJECT

private slots:
    void strictOrderPerKeyUnderConcurrentInput()
    {
        constexpr int Keys = 50;
        constexpr int TasksPerKey = 20;
        SessionManager manager;
        QHash<QString, QList<int>> started;   // per key: task numbers in start order
        QHash<QString, int> running;          // per key: tasks running right now (must stay ≤ 1)
        int maxConcurrentKeys = 0;
        int concurrentKeys = 0;
        int finishedCount = 0;
        bool overlapWithinKey = false;
        QRandomGenerator random(20250101);

        // Interleaved arrival: task t of every key before task t+1 of any key.
        for (int t = 0; t < TasksPerKey; ++t) {
            for (int k = 0; k < Keys; ++k) {
                const QString key = u"telegram:dm:%1"_s.arg(k);
                const int delay = int(random.bounded(0, 8));
                manager.post(key, [&, key, t, delay](SessionManager::Done done) {
                    started[key].append(t);
                    if (++running[key] > 1)
                        overlapWithinKey = true;
                    if (running[key] == 1)
                        maxConcurrentKeys = std::max(maxConcurrentKeys, ++concurrentKeys);
                    QTimer::singleShot(delay, this, [&, key, done]() {
                        if (--running[key] == 0)
                            --concurrentKeys;
                        ++finishedCount;
                        done();
                    });
                });
            }
        }
        QVERIFY(manager.activeCount() > 1);
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount, Keys * TasksPerKey, 20000);
        QVERIFY(!overlapWithinKey);
        QVERIFY2(maxConcurrentKeys > 1, "different keys never ran at the same time");
        QList<int> expected;
        for (int t = 0; t < TasksPerKey; ++t)
            expected.append(t);
        for (int k = 0; k < Keys; ++k)
            QCOMPARE(started.value(u"telegram:dm:%1"_s.arg(k)), expected);
        QTRY_COMPARE(manager.activeCount(), 0);
    }

    void observableQueue()
    {
        SessionManager manager;
        QList<SessionManager::Done> dones;
        for (int i = 0; i < 3; ++i)
            manager.post(u"api:a"_s, [&](SessionManager::Done done) { dones.append(done); });
        manager.post(u"api:b"_s, [&](SessionManager::Done done) { dones.append(done); });
        QCOMPARE(manager.queueLength(u"api:a"_s), 2);
        QVERIFY(manager.isRunning(u"api:a"_s));
        QCOMPARE(manager.activeCount(), 2);
        QCOMPARE(manager.actorCount(), 2);
        QCOMPARE(dones.size(), 2);

        QSignalSpy finished(&manager, &SessionManager::taskFinished);
        dones.at(0)();
        dones.at(0)(); // a second done() is ignored
        QTRY_COMPARE(dones.size(), 3);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(manager.queueLength(u"api:a"_s), 1);
        QCOMPARE(manager.cancelPending(u"api:a"_s), 1);
        dones.at(2)();
        dones.at(1)();
        QTRY_COMPARE(manager.activeCount(), 0);
        QCOMPARE(dones.size(), 3); // the cancelled task never ran
    }

    void abortRunningTask()
    {
        SessionManager manager;
        SessionManager::Done pendingDone;
        bool abortCalled = false;
        bool secondStarted = false;
        manager.post(u"webchat:x"_s, [&](SessionManager::Done done) { pendingDone = done; },
                     [&]() {
                         abortCalled = true;
                         // A cooperative task stops and reports done, later, from its own code.
                         QTimer::singleShot(0, this, [&]() { pendingDone(); });
                     });
        manager.post(u"webchat:x"_s, [&](SessionManager::Done done) { secondStarted = true; done(); });
        QVERIFY(!manager.abort(u"webchat:none"_s));
        QSignalSpy finished(&manager, &SessionManager::taskFinished);
        QVERIFY(manager.abort(u"webchat:x"_s));
        QVERIFY(abortCalled);
        QVERIFY(!secondStarted); // order holds: nothing starts before the aborted task is done
        QTRY_VERIFY(secondStarted);
        QCOMPARE(finished.at(0).at(1).toBool(), true);  // first: aborted
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
    }

    void doneFromWorkerThreadAndThrowingTask()
    {
        SessionManager manager;
        QList<int> order;
        manager.post(u"cron:j"_s, [&](SessionManager::Done done) {
            order.append(1);
            (void)QtConcurrent::run([done]() { done(); });
        });
        manager.post(u"cron:j"_s, [&](SessionManager::Done) {
            order.append(2);
            throw std::runtime_error("boom");
        });
        manager.post(u"cron:j"_s, [&](SessionManager::Done done) {
            order.append(3);
            done();
        });
        QTRY_COMPARE(order, (QList<int>{1, 2, 3}));
        QTRY_COMPARE(manager.activeCount(), 0);
    }

    void postFromAnotherThread()
    {
        SessionManager manager;
        QList<int> order;
        auto future = QtConcurrent::run([&manager, &order]() {
            for (int i = 0; i < 10; ++i)
                manager.post(u"api:t"_s, [&order, i](SessionManager::Done done) { order.append(i); done(); });
        });
        future.waitForFinished();
        QTRY_COMPARE(order.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(order.at(i), i);
    }

    void idleActorsAreDropped()
    {
        QDateTime now(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
        SessionManager manager(std::chrono::seconds(60), [&now]() { return now; });
        int finished = 0;
        for (int i = 0; i < 100; ++i)
            manager.post(u"api:%1"_s.arg(i), [&](SessionManager::Done done) { ++finished; done(); });
        SessionManager::Done held;
        manager.post(u"api:busy"_s, [&](SessionManager::Done done) { held = done; });
        QCOMPARE(finished, 100);
        QTRY_COMPARE(manager.activeCount(), 1); // the done() calls are delivered through the event loop
        QCOMPARE(manager.actorCount(), 101);
        QCOMPARE(manager.sweepIdle(), 0); // idle, but not for long enough
        now = now.addSecs(61);
        QCOMPARE(manager.sweepIdle(), 100); // the busy one stays
        QCOMPARE(manager.actorCount(), 1);
        held();
        QTRY_COMPARE(manager.activeCount(), 0);
        now = now.addSecs(61);
        QCOMPARE(manager.sweepIdle(), 1);
        QCOMPARE(manager.actorCount(), 0);
    }

    void doneAfterManagerIsGone()
    {
        SessionManager::Done late;
        {
            SessionManager manager;
            manager.post(u"api:z"_s, [&](SessionManager::Done done) { late = done; });
        }
        late(); // must not crash or touch freed memory
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
