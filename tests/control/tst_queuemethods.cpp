// queue.status, queue.dead and queue.retry over a real WebSocket connection, including the
// INVALID_REQUEST answers for bad params.
#include "control/queue.h"
#include "queue/jobqueue.h"
#include "support/queuetestenv.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Queue::JobQueue;
using TestSupport::QueueTestEnv;
using TestSupport::WsTestClient;
using TestSupport::WsTestHarness;

class TestQueueMethods : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->ok());
        m_queue = std::make_unique<JobQueue>(m_env->database(), Queue::JobQueueOptions(), m_env->clock());
        QVERIFY(m_queue->open().ok());
        Ws::WsServerConfig config;
        config.tickInterval = 60s;
        m_harness = std::make_unique<WsTestHarness>(config);
        Control::registerQueueMethods(m_harness->registry, *m_queue);
        QVERIFY(m_harness->listen());
        m_client = std::make_unique<WsTestClient>();
        const auto hello = m_client->connectWithToken(m_harness->url(), QString::fromUtf8(m_harness->operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
        const QJsonArray methods = hello->value(u"payload"_s).toObject().value(u"features"_s).toObject()
                                       .value(u"methods"_s).toArray();
        for (const QString &name : {u"queue.status"_s, u"queue.dead"_s, u"queue.retry"_s})
            QVERIFY2(methods.contains(name), qPrintable(name));
    }

    void cleanup()
    {
        m_client.reset();
        m_harness.reset();
        m_queue.reset();
        m_env.reset();
    }

    void statusReportsDepths()
    {
        m_queue->enqueue(u"inbound"_s, {});
        m_queue->enqueue(u"inbound"_s, {});
        m_queue->enqueue(u"outbound:telegram"_s, {});
        m_queue->claim(u"inbound"_s, 1);
        const QJsonObject all = call(u"queue.status"_s);
        QCOMPARE(all.value(u"ok"_s).toBool(), true);
        const QJsonArray queues = all.value(u"payload"_s).toObject().value(u"queues"_s).toArray();
        QCOMPARE(queues.size(), 2);
        const QJsonObject inbound = queues.at(0).toObject();
        QCOMPARE(inbound.value(u"queue"_s).toString(), u"inbound"_s);
        QCOMPARE(inbound.value(u"pending"_s).toInt(), 1);
        QCOMPARE(inbound.value(u"running"_s).toInt(), 1);
        QCOMPARE(inbound.value(u"dead"_s).toInt(), 0);
        const QJsonObject one = call(u"queue.status"_s, {{u"queue"_s, u"outbound:telegram"_s}});
        QCOMPARE(one.value(u"payload"_s).toObject().value(u"queues"_s).toArray().size(), 1);
    }

    void deadListAndRetry()
    {
        Queue::EnqueueOptions once;
        once.maxAttempts = 1;
        const qint64 id = m_queue->enqueue(u"outbound:telegram"_s, {{u"text"_s, u"hi"_s}}, once)->job.id;
        m_queue->claim(u"outbound:telegram"_s, 1);
        QCOMPARE(m_queue->fail(id, u"HTTP 500"_s)->state, Queue::JobState::Dead);

        const QJsonObject dead = call(u"queue.dead"_s, {{u"limit"_s, 10}});
        const QJsonArray jobs = dead.value(u"payload"_s).toObject().value(u"jobs"_s).toArray();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.at(0).toObject();
        QCOMPARE(job.value(u"id"_s).toInteger(), id);
        QCOMPARE(job.value(u"state"_s).toString(), u"dead"_s);
        QCOMPARE(job.value(u"lastError"_s).toString(), u"HTTP 500"_s);
        QCOMPARE(job.value(u"payload"_s).toObject().value(u"text"_s).toString(), u"hi"_s);

        const QJsonObject retried = call(u"queue.retry"_s, {{u"id"_s, id}});
        QCOMPARE(retried.value(u"ok"_s).toBool(), true);
        QCOMPARE(retried.value(u"payload"_s).toObject().value(u"job"_s).toObject().value(u"state"_s).toString(),
                 u"pending"_s);
        QCOMPARE(m_queue->job(id).value()->state, Queue::JobState::Pending);
        // Retrying it again: it is no longer dead.
        QCOMPARE(errorCode(call(u"queue.retry"_s, {{u"id"_s, id}})), u"INVALID_REQUEST"_s);
    }

    void badParams_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("retry without id") << u"queue.retry"_s << QJsonObject();
        QTest::newRow("retry id as string") << u"queue.retry"_s << QJsonObject{{u"id"_s, u"1"_s}};
        QTest::newRow("retry fractional id") << u"queue.retry"_s << QJsonObject{{u"id"_s, 1.5}};
        QTest::newRow("retry negative id") << u"queue.retry"_s << QJsonObject{{u"id"_s, -3}};
        QTest::newRow("retry unknown id") << u"queue.retry"_s << QJsonObject{{u"id"_s, 424242}};
        QTest::newRow("dead limit zero") << u"queue.dead"_s << QJsonObject{{u"limit"_s, 0}};
        QTest::newRow("dead limit huge") << u"queue.dead"_s << QJsonObject{{u"limit"_s, 100000}};
        QTest::newRow("dead queue number") << u"queue.dead"_s << QJsonObject{{u"queue"_s, 5}};
        QTest::newRow("status bad queue name") << u"queue.status"_s << QJsonObject{{u"queue"_s, u"a b"_s}};
    }

    void badParams()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        const QJsonObject response = call(method, params);
        QCOMPARE(response.value(u"ok"_s).toBool(true), false);
        QCOMPARE(errorCode(response), u"INVALID_REQUEST"_s);
        QVERIFY(!response.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(!m_client->isClosed());
    }

private:
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const auto response = m_client->waitForResponse(m_client->sendRequest(method, params));
        return response.value_or(QJsonObject{{u"missing"_s, true}});
    }

    static QString errorCode(const QJsonObject &response)
    {
        return response.value(u"error"_s).toObject().value(u"code"_s).toString();
    }

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<WsTestHarness> m_harness;
    std::unique_ptr<WsTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestQueueMethods)
#include "tst_queuemethods.moc"
