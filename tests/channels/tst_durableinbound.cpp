// The durable hand-off from a channel to the agent (conversation/InboundConsumer): an admitted Telegram
// message is a `channel.inbound` job before the update is confirmed, and a job completes only once
// the reply was handed to Telegram. End to end on real parts: the fake Bot API and the fake
// Anthropic server on 127.0.0.1, SQLite in a temporary directory, restarts on the same directory.
#include "conversation/inboundconsumer.h"
#include "queue/jobqueue.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "support/fakeanthropicprovider.h"
#include "support/telegramchannelenv.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Channels::InboundPipeline;
using Conversation::InboundConsumer;
using TestSupport::FakeAnthropicProvider;
using TestSupport::FakeProviderReply;
using TestSupport::TelegramChannelEnv;

namespace {
constexpr qint64 kUser = 777;

QJsonArray texts(const QString &text)
{
    return {FakeAnthropicProvider::textBlock(text)};
}

// User messages stored in the DM session of kUser for one Telegram message id.
int storedUserMessages(TelegramChannelEnv &env, qint64 messageId)
{
    const auto key = Sessions::SessionKey::parse(u"telegram:dm:%1"_s.arg(kUser));
    Sessions::HistoryQuery query;
    query.limit = 1000;
    query.includeArchived = true;
    const auto page = env.agent->sessions->history(key.value(), query);
    if (!page)
        return -1;
    int count = 0;
    for (const Sessions::StoredMessage &m : page->messages)
        count += m.role == u"user"_s && m.channelMessageId == QString::number(messageId) ? 1 : 0;
    return count;
}

} // namespace

class TestDurableInbound : public QObject
{
    Q_OBJECT

private slots:
    void normalPathOneReplyAndJobDone()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy finished(&env.stack->inbound().worker(), &Queue::Worker::jobFinished);

        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Hello Ann"_s)));
        const QJsonObject message = env.textMessage(kUser, kUser, u"Hi bot"_s);
        const qint64 messageId = message.value(u"message_id"_s).toInteger();
        env.push(message);
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().text, u"Hello Ann"_s);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(2).toString(), u"done"_s);

        const auto job = env.stack->queue().job(finished.at(0).at(0).toLongLong());
        QVERIFY(job && job.value());
        QCOMPARE(job.value()->queue, InboundConsumer::QueueName);
        QCOMPARE(job.value()->state, Queue::JobState::Done);
        QCOMPARE(job.value()->dedupeKey, u"telegram:%1/%2"_s.arg(kUser).arg(messageId));
        QCOMPARE(job.value()->orderingKey, u"telegram:dm:%1"_s.arg(kUser));
        QCOMPARE(storedUserMessages(env, messageId), 1);
        QCOMPARE(env.anthropic().requests().size(), 1);
    }

    void crashAfterAckIsAnsweredAtNextStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject message;
        qint64 messageId = 0;
        {
            // First life: the update is confirmed, the run starts (the user message is stored),
            // but the provider never answers - then the process "dies".
            TelegramChannelEnv env(TelegramChannelEnv::defaultSettings(), dir.path());
            QVERIFY2(env.ok(), qPrintable(env.error()));
            QVERIFY2(env.start(), qPrintable(env.error()));
            env.anthropic().enqueue(FakeProviderReply::silence());
            message = env.textMessage(kUser, kUser, u"Are you there?"_s);
            messageId = message.value(u"message_id"_s).toInteger();
            env.push(message);
            QTRY_COMPARE(env.anthropic().requests().size(), 1);
            // Telegram has been told: the next getUpdates carries the offset past the update.
            QTRY_COMPARE(env.bot().queuedUpdates(), 0);
            QCOMPARE(storedUserMessages(env, messageId), 1);
            QCOMPARE(env.sent().size(), 0);
            QCOMPARE(env.stack->queue().depth(InboundConsumer::QueueName, Queue::JobState::Running), 1);
            // No stop(): the stack goes away as in a crash, its job still running in SQLite.
            env.stack.reset();
        }

        TelegramChannelEnv env(TelegramChannelEnv::defaultSettings(), dir.path());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Yes, sorry for the wait"_s)));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().text, u"Yes, sorry for the wait"_s);
        QCOMPARE(env.sent().constFirst().replyToMessageId, messageId);
        // The message was not stored a second time, and the model saw it once.
        QCOMPARE(storedUserMessages(env, messageId), 1);
        QCOMPARE(env.anthropic().requests().size(), 1);
        QCOMPARE(env.anthropic().requests().constFirst().body.count("Are you there?"), 1);
        QTRY_COMPARE(env.stack->queue().depth(InboundConsumer::QueueName, Queue::JobState::Done), 1);
        QCOMPARE(env.stack->queue().depth(InboundConsumer::QueueName, Queue::JobState::Pending), 0);
        // Nothing else comes later.
        QTest::qWait(200);
        QCOMPARE(env.sent().size(), 1);
    }

    void storedReplyIsSentWithoutASecondModelCall()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qint64 messageId = 0;
        {
            // The run finishes, but Telegram is down for the reply: the job waits in backoff
            // when the process "dies".
            TelegramChannelEnv env(TelegramChannelEnv::defaultSettings(), dir.path());
            QVERIFY2(env.ok(), qPrintable(env.error()));
            Queue::JobQueueOptions options;
            options.backoff.initial = 200ms;
            auto queue = std::make_unique<Queue::JobQueue>(*env.agent->database, options);
            QVERIFY(queue->open());
            env.queue = queue.get();
            QVERIFY2(env.start(), qPrintable(env.error()));
            QSignalSpy finished(&env.stack->inbound().worker(), &Queue::Worker::jobFinished);
            env.bot().failNext(u"sendMessage"_s, {502, u"Bad Gateway"_s, -1}, 100);
            env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"The answer is 42"_s)));
            const QJsonObject message = env.textMessage(kUser, kUser, u"What is the answer?"_s);
            messageId = message.value(u"message_id"_s).toInteger();
            env.push(message);
            QTRY_COMPARE(finished.size(), 1);
            env.stack.reset();
            QCOMPARE(finished.at(0).at(2).toString(), u"retry"_s);
            const auto job = queue->job(finished.at(0).at(0).toLongLong());
            QVERIFY(job && job.value());
            QCOMPARE(job.value()->state, Queue::JobState::Pending);
            QVERIFY(job.value()->lastError.contains(u"502"_s));
            QCOMPARE(env.sent().size(), 0);
        }
        TelegramChannelEnv env(TelegramChannelEnv::defaultSettings(), dir.path());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QTRY_COMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().text, u"The answer is 42"_s);
        QCOMPARE(env.anthropic().requests().size(), 0);
        QCOMPARE(storedUserMessages(env, messageId), 1);
    }

    void redeliveryAfterRestartIsDropped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject message;
        {
            TelegramChannelEnv env(TelegramChannelEnv::defaultSettings(), dir.path());
            QVERIFY2(env.ok(), qPrintable(env.error()));
            QVERIFY2(env.start(), qPrintable(env.error()));
            env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Once"_s)));
            message = env.textMessage(kUser, kUser, u"Say it once"_s);
            env.push(message);
            QTRY_COMPARE(env.sent().size(), 1);
            QTRY_COMPARE(env.stack->queue().depth(InboundConsumer::QueueName, Queue::JobState::Done), 1);
        }
        TelegramChannelEnv env(TelegramChannelEnv::defaultSettings(), dir.path());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy processed(&env.stack->pipeline(), &InboundPipeline::processed);
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Twice?"_s)));
        // Telegram delivers the same message again. (The new fake server numbers updates from the
        // start again, below the offset the first life stored: the first push is skipped as
        // already confirmed, the second arrives.)
        env.push(message);
        env.push(message);
        QTRY_COMPARE(processed.size(), 1);
        QCOMPARE(processed.at(0).at(1).value<InboundPipeline::Outcome>(), InboundPipeline::Outcome::Duplicate);
        QTest::qWait(200);
        QCOMPARE(env.sent().size(), 0);
        QCOMPARE(env.anthropic().requests().size(), 0);
        QCOMPARE(env.stack->queue().depth(InboundConsumer::QueueName, Queue::JobState::Pending), 0);
    }

    void retryableSendFailureIsRetried()
    {
        std::unique_ptr<Queue::JobQueue> queue;
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        Queue::JobQueueOptions options;
        options.backoff.initial = 20ms;
        options.backoff.cap = 100ms;
        queue = std::make_unique<Queue::JobQueue>(*env.agent->database, options);
        QVERIFY(queue->open());
        env.queue = queue.get();
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy finished(&env.stack->inbound().worker(), &Queue::Worker::jobFinished);

        env.bot().failNext(u"sendMessage"_s, {500, u"Internal Server Error"_s, -1});
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"Second time lucky"_s)));
        const QJsonObject message = env.textMessage(kUser, kUser, u"hello"_s);
        env.push(message);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).at(2).toString(), u"retry"_s);
        QCOMPARE(finished.at(1).at(2).toString(), u"done"_s);
        QCOMPARE(env.sent().size(), 1);
        QCOMPARE(env.sent().constFirst().text, u"Second time lucky"_s);
        // The retry sent the stored answer: one model call, one stored user message.
        QCOMPARE(env.anthropic().requests().size(), 1);
        QCOMPARE(storedUserMessages(env, message.value(u"message_id"_s).toInteger()), 1);
        const auto job = queue->job(finished.at(1).at(0).toLongLong());
        QVERIFY(job && job.value());
        QCOMPARE(job.value()->attempts, 2);
        env.stack.reset();
    }

    void blockedRecipientCompletesTheJob()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy finished(&env.stack->inbound().worker(), &Queue::Worker::jobFinished);

        env.bot().blockChat(kUser);
        env.anthropic().enqueue(FakeAnthropicProvider::stream(texts(u"You will not see this"_s)));
        env.push(env.textMessage(kUser, kUser, u"hi"_s));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(2).toString(), u"done"_s);
        const auto job = env.stack->queue().job(finished.at(0).at(0).toLongLong());
        QVERIFY(job && job.value());
        QCOMPARE(job.value()->state, Queue::JobState::Done);
        QCOMPARE(job.value()->attempts, 1);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(env.sent().size(), 0);
        QVERIFY(env.channel()->status().lastError.contains(u"blocked"_s));
    }

    void cleanStopRequeuesRunsInFlight()
    {
        TelegramChannelEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        QVERIFY2(env.start(), qPrintable(env.error()));
        QSignalSpy finished(&env.stack->inbound().worker(), &Queue::Worker::jobFinished);
        env.anthropic().enqueue(FakeProviderReply::silence());
        env.push(env.textMessage(kUser, kUser, u"slow question"_s));
        QTRY_COMPARE(env.anthropic().requests().size(), 1);

        // The gateway's order: channels (and the consumer) stop, then the agent aborts its runs.
        env.stack->stop();
        env.agent->runner->abortAll();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(2).toString(), u"retry"_s);
        const auto job = env.stack->queue().job(finished.at(0).at(0).toLongLong());
        QVERIFY(job && job.value());
        QCOMPARE(job.value()->state, Queue::JobState::Pending);
        QVERIFY(job.value()->lastError.contains(u"interrupted"_s));
        QCOMPARE(env.sent().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDurableInbound)
#include "tst_durableinbound.moc"
