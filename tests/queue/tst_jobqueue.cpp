// JobQueue on a real SQLite file: enqueue/claim/complete, dedupe and its TTL, ordering keys,
// retries with backoff, the dead-letter list, crash recovery and durability across reopen.
#include "metrics/registry.h"
#include "queue/jobqueue.h"
#include "support/queuetestenv.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Queue::EnqueueOptions;
using Queue::Job;
using Queue::JobQueue;
using Queue::JobState;
using TestSupport::QueueTestEnv;

namespace {

QJsonObject payload(int n)
{
    return QJsonObject{{u"n"_s, n}};
}

EnqueueOptions dedupe(const QString &key)
{
    EnqueueOptions options;
    options.dedupeKey = key;
    return options;
}

EnqueueOptions ordered(const QString &key)
{
    EnqueueOptions options;
    options.orderingKey = key;
    return options;
}

QList<qint64> ids(const QList<Job> &jobs)
{
    QList<qint64> out;
    for (const Job &job : jobs)
        out.append(job.id);
    return out;
}

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private slots:
    void enqueueClaimComplete()
    {
        QueueTestEnv env;
        QVERIFY2(env.ok(), qPrintable(env.openError()));
        JobQueue queue(env.database(), {}, env.clock());
        QCOMPARE(queue.open().value(), 0);
        QSignalSpy available(&queue, &JobQueue::jobAvailable);

        const auto first = queue.enqueue(u"inbound"_s, payload(1));
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QVERIFY(!first->duplicate);
        QCOMPARE(first->job.state, JobState::Pending);
        QCOMPARE(available.count(), 1);
        QCOMPARE(available.first().first().toString(), u"inbound"_s);
        const qint64 secondId = queue.enqueue(u"inbound"_s, payload(2)).value().job.id;
        queue.enqueue(u"other"_s, payload(3));

        const QList<Job> claimed = queue.claim(u"inbound"_s, 10).value();
        QCOMPARE(ids(claimed), (QList<qint64>{first->job.id, secondId}));
        QCOMPARE(claimed.first().payload, payload(1));
        QCOMPARE(claimed.first().state, JobState::Running);
        QCOMPARE(claimed.first().attempts, 1);
        QVERIFY(queue.claim(u"inbound"_s, 10).value().isEmpty()); // nothing handed out twice
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Running), 2);

        QVERIFY(queue.complete(first->job.id).ok());
        QCOMPARE(queue.job(first->job.id).value()->state, JobState::Done);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Done), 1);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Running), 1);
        // Completing twice, or a job that is not running, is refused with a clear error.
        const auto again = queue.complete(first->job.id);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"not running"_s));
        QCOMPARE(queue.complete(9999).error().code, Storage::Error::Code::NotFound);
    }

    void delayedJobIsNotDueYet()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        EnqueueOptions later;
        later.delay = 30s;
        queue.enqueue(u"q"_s, payload(1), later);
        QVERIFY(queue.claim(u"q"_s, 1).value().isEmpty());
        QCOMPARE(queue.nextDueTime(u"q"_s).value().value(), env.now().addSecs(30));
        env.advance(30s);
        QCOMPARE(queue.claim(u"q"_s, 1).value().size(), 1);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("queueName");
        QTest::addColumn<QString>("dedupeKey");
        QTest::addColumn<int>("payloadBytes");
        QTest::addColumn<Storage::Error::Code>("code");
        QTest::newRow("empty queue") << QString() << QString() << 0 << Storage::Error::Code::InvalidArgument;
        QTest::newRow("space in queue") << u"in bound"_s << QString() << 0 << Storage::Error::Code::InvalidArgument;
        QTest::newRow("long queue") << QString(200, u'q') << QString() << 0 << Storage::Error::Code::InvalidArgument;
        QTest::newRow("long dedupe key") << u"q"_s << QString(600, u'k') << 0 << Storage::Error::Code::TooLarge;
        QTest::newRow("huge payload") << u"q"_s << QString() << 2000 << Storage::Error::Code::TooLarge;
    }

    void badInputIsRefused()
    {
        QFETCH(QString, queueName);
        QFETCH(QString, dedupeKey);
        QFETCH(int, payloadBytes);
        QFETCH(Storage::Error::Code, code);
        QueueTestEnv env;
        Queue::JobQueueOptions options;
        options.maxPayloadBytes = 1024;
        JobQueue queue(env.database(), options, env.clock());
        QVERIFY(queue.open().ok());
        const auto result = queue.enqueue(queueName, QJsonObject{{u"x"_s, QString(payloadBytes, u'x')}}, dedupe(dedupeKey));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(queue.depths().isEmpty());
    }

    void duplicateReturnsExistingJob()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        QSignalSpy available(&queue, &JobQueue::jobAvailable);
        const auto first = queue.enqueue(u"inbound"_s, payload(1), dedupe(u"telegram:update:42"_s)).value();
        const auto second = queue.enqueue(u"inbound"_s, payload(2), dedupe(u"telegram:update:42"_s)).value();
        QVERIFY(!first.duplicate);
        QVERIFY(second.duplicate);
        QCOMPARE(second.job.id, first.job.id);
        QCOMPARE(second.job.payload, payload(1)); // the stored job, not the redelivered copy
        QCOMPARE(available.count(), 1);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Pending), 1);
        // The same key in another queue is a different job.
        QVERIFY(!queue.enqueue(u"outbound:telegram"_s, payload(3), dedupe(u"telegram:update:42"_s))->duplicate);

        // Still deduplicated once the job is done.
        QCOMPARE(queue.claim(u"inbound"_s, 5).value().size(), 1);
        QVERIFY(queue.complete(first.job.id).ok());
        const auto third = queue.enqueue(u"inbound"_s, payload(3), dedupe(u"telegram:update:42"_s)).value();
        QVERIFY(third.duplicate);
        QCOMPARE(third.job.state, JobState::Done);
    }

    void dedupeOutlivesPurgedJobUntilTtl()
    {
        QueueTestEnv env;
        Queue::JobQueueOptions options;
        options.dedupeTtl = 7 * 24h;
        JobQueue queue(env.database(), options, env.clock());
        QVERIFY(queue.open().ok());
        const qint64 id = queue.enqueue(u"inbound"_s, payload(1), dedupe(u"k"_s))->job.id;
        queue.claim(u"inbound"_s, 1);
        env.advance(1h); // the TTL counts from completion, not from enqueue
        QVERIFY(queue.complete(id).ok());

        env.advance(2 * 24h);
        const auto purged = queue.purgeDone(24h).value();
        QCOMPARE(purged.jobs, 1);
        QCOMPARE(purged.dedupeKeys, 0);
        QVERIFY(!queue.job(id).value().has_value());
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Done), 0);
        const auto redelivered = queue.enqueue(u"inbound"_s, payload(1), dedupe(u"k"_s)).value();
        QVERIFY(redelivered.duplicate);
        QVERIFY(redelivered.job.purged);
        QCOMPARE(redelivered.job.id, id);

        // The duplicate refreshed the record; 7 days after that it expires and is purged.
        env.advance(7 * 24h - 1ms);
        QVERIFY(queue.enqueue(u"inbound"_s, payload(1), dedupe(u"k"_s))->duplicate);
        env.advance(7 * 24h);
        QCOMPARE(queue.purgeDone(24h)->dedupeKeys, 1);
        const auto fresh = queue.enqueue(u"inbound"_s, payload(1), dedupe(u"k"_s)).value();
        QVERIFY(!fresh.duplicate);
        QVERIFY(fresh.job.id > id); // ids are never reused
    }

    void purgeKeepsRecentAndUnfinishedJobs()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        const qint64 old = queue.enqueue(u"q"_s, payload(1))->job.id;
        const qint64 pending = queue.enqueue(u"q"_s, payload(2))->job.id;
        queue.claim(u"q"_s, 1);
        QVERIFY(queue.complete(old).ok());
        env.advance(2h);
        QCOMPARE(queue.purgeDone(3h)->jobs, 0);
        QCOMPARE(queue.purgeDone(1h)->jobs, 1);
        QVERIFY(queue.job(pending).value().has_value());
    }

    void orderingKeysAreSequential()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        const qint64 a1 = queue.enqueue(u"q"_s, payload(1), ordered(u"telegram:dm:1"_s))->job.id;
        const qint64 a2 = queue.enqueue(u"q"_s, payload(2), ordered(u"telegram:dm:1"_s))->job.id;
        const qint64 b1 = queue.enqueue(u"q"_s, payload(3), ordered(u"telegram:dm:2"_s))->job.id;
        const qint64 free = queue.enqueue(u"q"_s, payload(4))->job.id;

        // One job per key, plus unordered ones, in parallel.
        QCOMPARE(ids(queue.claim(u"q"_s, 8).value()), (QList<qint64>{a1, b1, free}));
        QVERIFY(queue.claim(u"q"_s, 8).value().isEmpty()); // a2 waits for a1
        QVERIFY(!queue.nextDueTime(u"q"_s).value().has_value());

        // a1 fails and backs off: a2 still waits, strictly behind it.
        QVERIFY(queue.fail(a1, u"provider down"_s, 10s).ok());
        QVERIFY(queue.claim(u"q"_s, 8).value().isEmpty());
        QCOMPARE(queue.nextDueTime(u"q"_s).value().value(), env.now().addSecs(10));
        env.advance(10s);
        QCOMPARE(ids(queue.claim(u"q"_s, 8).value()), QList<qint64>{a1});
        QVERIFY(queue.complete(a1).ok());
        QCOMPARE(ids(queue.claim(u"q"_s, 8).value()), QList<qint64>{a2});
    }

    void deadJobDoesNotBlockItsKey()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        const qint64 a1 = queue.enqueue(u"q"_s, payload(1), ordered(u"k"_s))->job.id;
        const qint64 a2 = queue.enqueue(u"q"_s, payload(2), ordered(u"k"_s))->job.id;
        queue.claim(u"q"_s, 8);
        QVERIFY(queue.deadLetter(a1, u"bad payload"_s).ok());
        QCOMPARE(ids(queue.claim(u"q"_s, 8).value()), QList<qint64>{a2});
    }

    void backoffGrowsWithBoundedJitter()
    {
        QueueTestEnv env;
        Queue::JobQueueOptions options;
        options.backoff.initial = 1s;
        options.backoff.cap = 60s;
        options.backoff.jitter = 0.2;
        options.defaultMaxAttempts = 10;
        // Alternate the extremes of the random source: the most jitter, then none.
        int calls = 0;
        JobQueue queue(env.database(), options, env.clock(), nullptr, [&calls]() { return (calls++ % 2) ? 0.999999 : 0.0; });
        QVERIFY(queue.open().ok());
        const qint64 id = queue.enqueue(u"q"_s, payload(1))->job.id;
        qint64 previous = 0;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            QCOMPARE(queue.claim(u"q"_s, 1).value().size(), 1);
            const auto failed = queue.fail(id, u"timeout"_s).value();
            QCOMPARE(failed.state, JobState::Pending);
            const qint64 delay = env.now().msecsTo(failed.nextRunAt);
            const qint64 nominal = std::min<qint64>(1000LL << (attempt - 1), 60'000);
            QVERIFY2(delay <= nominal && delay >= qint64(nominal * 0.8),
                     qPrintable(u"attempt %1: delay %2 ms, nominal %3 ms"_s.arg(attempt).arg(delay).arg(nominal)));
            if (nominal < 60'000)
                QVERIFY2(delay > previous, qPrintable(u"attempt %1 did not grow"_s.arg(attempt)));
            previous = delay;
            QVERIFY(queue.claim(u"q"_s, 1).value().isEmpty()); // not due before its time
            env.advance(std::chrono::milliseconds(delay));
        }
        // Real random source: always within [0.8, 1] of the nominal delay.
        for (int n = 1; n < 200; ++n) {
            const auto delay = options.backoff.delayFor(3, JobQueue::systemRandom());
            QVERIFY(delay >= 3200ms && delay <= 4000ms);
        }
    }

    void explicitRetryAfterIsHonoured()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        const qint64 id = queue.enqueue(u"q"_s, payload(1))->job.id;
        queue.claim(u"q"_s, 1);
        const auto failed = queue.fail(id, u"429 Too Many Requests"_s, 42s).value();
        QCOMPARE(failed.nextRunAt, env.now().addSecs(42));
        const Job stored = queue.job(id).value().value();
        QCOMPARE(stored.lastError, u"429 Too Many Requests"_s);
        QCOMPARE(stored.nextRunAt, env.now().addSecs(42));
        env.advance(41s);
        QVERIFY(queue.claim(u"q"_s, 1).value().isEmpty());
        env.advance(1s);
        QCOMPARE(queue.claim(u"q"_s, 1).value().first().attempts, 2);
    }

    void deadAfterMaxAttemptsAndRetryDead()
    {
        QueueTestEnv env;
        JobQueue queue(env.database(), {}, env.clock());
        QVERIFY(queue.open().ok());
        EnqueueOptions options;
        options.maxAttempts = 3;
        const qint64 id = queue.enqueue(u"outbound:telegram"_s, payload(1), options)->job.id;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QCOMPARE(queue.claim(u"outbound:telegram"_s, 1).value().size(), 1);
            const auto failed = queue.fail(id, u"HTTP 502"_s, 0ms).value();
            QCOMPARE(failed.state, attempt < 3 ? JobState::Pending : JobState::Dead);
        }
        QVERIFY(queue.claim(u"outbound:telegram"_s, 1).value().isEmpty());
        const QList<Job> dead = queue.listDead().value();
        QCOMPARE(ids(dead), QList<qint64>{id});
        QCOMPARE(dead.first().attempts, 3);
        QCOMPARE(dead.first().lastError, u"HTTP 502"_s);
        QCOMPARE(queue.listDead(u"inbound"_s).value().size(), 0);
        QCOMPARE(queue.depth(u"outbound:telegram"_s, JobState::Dead), 1);

        QSignalSpy available(&queue, &JobQueue::jobAvailable);
        const Job retried = queue.retryDead(id).value();
        QCOMPARE(retried.state, JobState::Pending);
        QCOMPARE(retried.attempts, 0);
        QCOMPARE(available.count(), 1);
        QVERIFY(queue.listDead().value().isEmpty());
        QCOMPARE(queue.claim(u"outbound:telegram"_s, 1).value().first().attempts, 1);
        // Only dead jobs can be retried.
        QCOMPARE(queue.retryDead(id).error().code, Storage::Error::Code::InvalidArgument);
        QCOMPARE(queue.retryDead(12345).error().code, Storage::Error::Code::NotFound);
    }

    void crashRecoveryResetsRunningJobs()
    {
        QueueTestEnv env;
        qint64 id = 0;
        qint64 exhausted = 0;
        {
            JobQueue queue(env.database(), {}, env.clock());
            QVERIFY(queue.open().ok());
            id = queue.enqueue(u"inbound"_s, payload(1))->job.id;
            EnqueueOptions once;
            once.maxAttempts = 1;
            exhausted = queue.enqueue(u"inbound"_s, payload(2), once)->job.id;
            QCOMPARE(queue.claim(u"inbound"_s, 2).value().size(), 2);
        } // "crash": both jobs are left running in the database
        QVERIFY(env.reopen());
        env.advance(5min);
        JobQueue queue(env.database(), {}, env.clock());
        QCOMPARE(queue.open().value(), 2);
        const Job recovered = queue.job(id).value().value();
        QCOMPARE(recovered.state, JobState::Pending);
        QCOMPARE(recovered.attempts, 1); // the interrupted run counted
        QVERIFY(recovered.lastError.contains(u"interrupted"_s));
        QCOMPARE(queue.job(exhausted).value()->state, JobState::Dead); // no crash loop
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Pending), 1);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Dead), 1);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Running), 0);
        QCOMPARE(ids(queue.claim(u"inbound"_s, 5).value()), QList<qint64>{id});
    }

    void enqueuedJobSurvivesReopen()
    {
        QueueTestEnv env;
        qint64 id = 0;
        {
            JobQueue queue(env.database(), {}, env.clock());
            QVERIFY(queue.open().ok());
            id = queue.enqueue(u"inbound"_s, QJsonObject{{u"update_id"_s, 7}, {u"text"_s, u"héllo"_s}},
                               dedupe(u"telegram:update:7"_s))->job.id;
        }
        QVERIFY(env.reopen());
        JobQueue queue(env.database(), {}, env.clock());
        QCOMPARE(queue.open().value(), 0);
        QCOMPARE(queue.depth(u"inbound"_s, JobState::Pending), 1);
        const Job job = queue.claim(u"inbound"_s, 1).value().value(0);
        QCOMPARE(job.id, id);
        QCOMPARE(job.payload.value(u"text"_s).toString(), u"héllo"_s);
        QCOMPARE(job.dedupeKey, u"telegram:update:7"_s);
        QVERIFY(queue.enqueue(u"inbound"_s, {}, dedupe(u"telegram:update:7"_s))->duplicate);
    }

    void metricsFollowTransitions()
    {
        QueueTestEnv env;
        Metrics::Registry registry;
        const auto depth = [&registry](const QString &queue, const QString &state) {
            return registry.value(u"moltdesk_queue_depth"_s, {{u"queue"_s, queue}, {u"state"_s, state}});
        };
        const auto total = [&registry](const QString &queue, const QString &outcome) {
            return registry.value(u"moltdesk_queue_jobs_total"_s, {{u"queue"_s, queue}, {u"outcome"_s, outcome}});
        };
        {
            JobQueue queue(env.database(), {}, env.clock(), &registry);
            QVERIFY(queue.open().ok());
            const qint64 a = queue.enqueue(u"inbound"_s, payload(1), dedupe(u"a"_s))->job.id;
            queue.enqueue(u"inbound"_s, payload(1), dedupe(u"a"_s));
            const qint64 b = queue.enqueue(u"inbound"_s, payload(2))->job.id;
            queue.enqueue(u"inbound"_s, payload(3));
            QCOMPARE(depth(u"inbound"_s, u"pending"_s), 3.0);
            QCOMPARE(total(u"inbound"_s, u"enqueued"_s), 3.0);
            QCOMPARE(total(u"inbound"_s, u"duplicate"_s), 1.0);
            queue.claim(u"inbound"_s, 2);
            QCOMPARE(depth(u"inbound"_s, u"running"_s), 2.0);
            QVERIFY(queue.complete(a).ok());
            QVERIFY(queue.fail(b, u"x"_s, 0ms).ok());
            QCOMPARE(depth(u"inbound"_s, u"pending"_s), 2.0);
            QCOMPARE(depth(u"inbound"_s, u"running"_s), 0.0);
            QCOMPARE(depth(u"inbound"_s, u"done"_s), 1.0);
            QCOMPARE(total(u"inbound"_s, u"done"_s), 1.0);
            QCOMPARE(total(u"inbound"_s, u"retry"_s), 1.0);
            const QByteArray text = registry.render();
            QVERIFY(text.contains("moltdesk_queue_depth{queue=\"inbound\",state=\"pending\"} 2"));
            QVERIFY(text.contains("# TYPE moltdesk_queue_jobs_total counter"));
            queue.claim(u"inbound"_s, 1);
        }
        // A new JobQueue (restart) loads the counts from the database, recovering the running job.
        QVERIFY(env.reopen());
        JobQueue queue(env.database(), {}, env.clock(), &registry);
        QCOMPARE(queue.open().value(), 1);
        QCOMPARE(depth(u"inbound"_s, u"pending"_s), 2.0);
        QCOMPARE(depth(u"inbound"_s, u"running"_s), 0.0);
        QCOMPARE(total(u"inbound"_s, u"recovered"_s), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
