#include "channels/telegram/botapi.h"
#include "channels/telegram/poller.h"
#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "support/faketelegramserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Telegram;
using Moltdesk::TestSupport::FakeTelegramServer;

namespace {
const QString kToken = u"4242:POLLER-token_xyz"_s;
} // namespace

// Records every batch the poller hands over, with its ack, so a test decides when (and whether)
// the batch counts as stored.
struct SinkRecorder
{
    QList<QList<qint64>> batches; // update ids per batch
    QList<UpdateAck> acks;

    UpdateSink sink()
    {
        return [this](const QList<Update> &updates, UpdateAck ack) {
            QList<qint64> ids;
            for (const Update &update : updates)
                ids.append(update.updateId);
            batches.append(ids);
            acks.append(std::move(ack));
        };
    }
};

class TestTelegramPoller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::KvStore> m_kv;
    std::unique_ptr<FakeTelegramServer> m_fake;
    std::unique_ptr<BotApi> m_api;

    static Poller::Options options()
    {
        Poller::Options options;
        options.pollTimeoutSeconds = 5; // the fake answers as soon as an update is pushed
        options.initialBackoff = std::chrono::milliseconds(20);
        options.maxBackoff = std::chrono::milliseconds(100);
        options.conflictRetry = std::chrono::milliseconds(50);
        return options;
    }

    std::unique_ptr<Poller> makePoller(SinkRecorder &recorder, Poller::Options opts = options())
    {
        return std::make_unique<Poller>(m_api.get(), m_kv.get(), recorder.sink(), opts);
    }

    qint64 storedOffset()
    {
        const auto value = m_kv->get(u"MOLTDESK_CHANNELS"_s, u"telegram:offset"_s);
        if (!value.ok() || !value.value())
            return 0;
        return value.value()->data.toLongLong();
    }

    qint64 lastPolledOffset()
    {
        for (qsizetype i = m_fake->requests().size() - 1; i >= 0; --i) {
            if (m_fake->requests().at(i).method == u"getUpdates"_s)
                return m_fake->requests().at(i).params.value(u"offset"_s).toInteger();
        }
        return -1;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_kv = std::make_unique<Storage::KvStore>(*m_db);
        m_fake = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_fake->listen());
        m_fake->addBot(kToken);
        m_api = std::make_unique<BotApi>(m_fake->baseUrl(), kToken);
    }

    void cleanup()
    {
        m_api.reset();
        m_fake.reset();
        m_kv.reset();
        m_db.reset();
        m_dir.reset();
    }

    void offsetIsPersistedOnlyAfterAck()
    {
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        QTRY_COMPARE(m_fake->waitingPolls(), 1);
        const qint64 a = m_fake->pushText(kToken, 1, 1, u"one"_s);
        const qint64 b = m_fake->pushText(kToken, 1, 1, u"two"_s);
        QTRY_COMPARE(recorder.batches.size(), 1);
        QVERIFY(recorder.batches.first().contains(a));
        QCOMPARE(storedOffset(), 0); // not yet stored by the sink
        QCOMPARE(m_fake->requestCount(u"getUpdates"_s), 1); // and no next poll either

        if (recorder.batches.first().size() == 1) { // the two pushes may arrive in two polls
            recorder.acks.first()(true);
            QTRY_COMPARE(recorder.batches.size(), 2);
        }
        recorder.acks.last()(true);
        QTRY_COMPARE(storedOffset(), b + 1);
        QTRY_COMPARE(lastPolledOffset(), b + 1);
        QCOMPARE(poller->status().offset, b + 1);
        QCOMPARE(poller->status().state, PollerStatus::State::Polling);
        QCOMPARE(poller->status().updatesReceived, 2u);
    }

    void restartNeitherLosesNorRepeats()
    {
        SinkRecorder first;
        auto poller = makePoller(first);
        poller->start();
        const qint64 a = m_fake->pushText(kToken, 1, 1, u"stored"_s);
        QTRY_COMPARE(first.batches.size(), 1);
        first.acks.first()(true);
        QTRY_COMPARE(storedOffset(), a + 1);

        const qint64 b = m_fake->pushText(kToken, 1, 1, u"in flight at the crash"_s);
        QTRY_COMPARE(first.batches.size(), 2);
        QCOMPARE(first.batches.at(1), QList<qint64>{b});
        poller.reset(); // "crash": the sink never acknowledged b

        SinkRecorder second;
        auto restarted = makePoller(second);
        restarted->start();
        QTRY_COMPARE(second.batches.size(), 1);
        QCOMPARE(second.batches.first(), QList<qint64>{b}); // b again, a not again
        QCOMPARE(lastPolledOffset(), a + 1);
        second.acks.first()(true);
        QTRY_COMPARE(storedOffset(), b + 1);

        const qint64 c = m_fake->pushText(kToken, 1, 1, u"after"_s);
        QTRY_COMPARE(second.batches.size(), 2);
        QCOMPARE(second.batches.at(1), QList<qint64>{c});
    }

    void refusedAckDeliversTheSameUpdatesAgain()
    {
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        const qint64 a = m_fake->pushText(kToken, 1, 1, u"x"_s);
        QTRY_COMPARE(recorder.batches.size(), 1);
        recorder.acks.first()(false);
        QTRY_COMPARE(recorder.batches.size(), 2);
        QCOMPARE(recorder.batches.at(1), QList<qint64>{a});
        QCOMPARE(storedOffset(), 0);
        QCOMPARE(poller->status().batchesRefused, 1u);
        recorder.acks.first()(true); // a second call of the same ack is ignored
        recorder.acks.at(1)(true);
        QTRY_COMPARE(storedOffset(), a + 1);
        QCOMPARE(poller->status().batchesStored, 1u);
    }

    void conflictWhileWebhookIsSet()
    {
        m_fake->bot(kToken)->setWebhookUrl(u"https://example.org/webhook/telegram"_s);
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        QSignalSpy spy(poller.get(), &Poller::statusChanged);
        poller->start();
        QTRY_COMPARE(poller->status().state, PollerStatus::State::Conflict);
        QVERIFY(poller->status().message.contains(u"webhook"_s));
        QVERIFY(poller->status().lastError);
        QCOMPARE(poller->status().lastError->kind, ApiError::Kind::Conflict);
        QTRY_VERIFY(m_fake->requestCount(u"getUpdates"_s) >= 2); // retried, slowly
        QVERIFY(poller->isRunning());

        m_fake->bot(kToken)->setWebhookUrl(QString()); // the user fixed it
        const qint64 a = m_fake->pushText(kToken, 1, 1, u"x"_s);
        QTRY_COMPARE(recorder.batches.size(), 1);
        QCOMPARE(recorder.batches.first(), QList<qint64>{a});
        QCOMPARE(poller->status().state, PollerStatus::State::Polling);
        QVERIFY(!spy.isEmpty());
    }

    void conflictWithAnotherPoller()
    {
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        QTRY_COMPARE(m_fake->waitingPolls(), 1);
        BotApi other(m_fake->baseUrl(), kToken);
        other.getUpdates(0, 0, {}, nullptr, {}); // another program polls with the same token
        QTRY_COMPARE(poller->status().state, PollerStatus::State::Conflict);
        QVERIFY(poller->status().message.contains(u"Another program"_s));
    }

    void conflictCanDeleteTheWebhook()
    {
        m_fake->bot(kToken)->setWebhookUrl(u"https://example.org/webhook/telegram"_s);
        const qint64 a = m_fake->pushText(kToken, 1, 1, u"x"_s);
        SinkRecorder recorder;
        Poller::Options opts = options();
        opts.deleteWebhookOnConflict = true;
        auto poller = makePoller(recorder, opts);
        poller->start();
        QTRY_COMPARE(recorder.batches.size(), 1);
        QCOMPARE(recorder.batches.first(), QList<qint64>{a});
        QCOMPARE(m_fake->requestCount(u"deleteWebhook"_s), 1);
        QVERIFY(m_fake->bot(kToken)->webhookUrl().isEmpty());
    }

    void unauthorizedStops()
    {
        BotApi wrong(m_fake->baseUrl(), u"1:WRONG"_s);
        SinkRecorder recorder;
        Poller poller(&wrong, m_kv.get(), recorder.sink(), options());
        poller.start();
        QTRY_COMPARE(poller.status().state, PollerStatus::State::Unauthorized);
        QVERIFY(!poller.isRunning());
        QVERIFY(poller.status().message.contains(u"TELEGRAM_BOT_TOKEN"_s));
        const int requests = m_fake->requestCount(u"getUpdates"_s);
        QTest::qWait(150); // longer than any backoff: no retry may happen
        QCOMPARE(m_fake->requestCount(u"getUpdates"_s), requests);
    }

    void networkErrorThenRecovery()
    {
        const quint16 port = m_fake->port();
        m_fake->close();
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        QTRY_COMPARE(poller->status().state, PollerStatus::State::Retrying);
        QTRY_VERIFY(poller->status().errors >= 2);
        QCOMPARE(poller->status().lastError->kind, ApiError::Kind::Network);
        QVERIFY(!poller->status().message.contains(kToken));
        QVERIFY(poller->status().retryInMs > 0 && poller->status().retryInMs <= 100);

        const qint64 a = m_fake->pushText(kToken, 1, 1, u"queued during the outage"_s);
        QVERIFY(m_fake->listen(port));
        QTRY_COMPARE(recorder.batches.size(), 1);
        QCOMPARE(recorder.batches.first(), QList<qint64>{a});
        QCOMPARE(poller->status().state, PollerStatus::State::Polling);
        QCOMPARE(poller->status().consecutiveFailures, 0);
    }

    void stopAbortsTheLongPoll()
    {
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        QTRY_COMPARE(m_fake->waitingPolls(), 1);
        poller->stop();
        QCOMPARE(poller->status().state, PollerStatus::State::Stopped);
        QTRY_COMPARE(m_fake->waitingPolls(), 0); // the connection went away
        m_fake->pushText(kToken, 1, 1, u"x"_s);
        QTest::qWait(100);
        QCOMPARE(recorder.batches.size(), 0);
    }

    void lateAckAfterStopStillSavesTheOffset()
    {
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        const qint64 a = m_fake->pushText(kToken, 1, 1, u"x"_s);
        QTRY_COMPARE(recorder.batches.size(), 1);
        poller->stop();
        const int polls = m_fake->requestCount(u"getUpdates"_s);
        recorder.acks.first()(true);
        QTRY_COMPARE(storedOffset(), a + 1);
        QTest::qWait(50);
        QCOMPARE(m_fake->requestCount(u"getUpdates"_s), polls); // no new poll after stop
    }

    void corruptStoredOffsetStartsFromScratch()
    {
        QVERIFY(m_kv->putText(u"MOLTDESK_CHANNELS"_s, u"telegram:offset"_s, u"not a number"_s).ok());
        SinkRecorder recorder;
        auto poller = makePoller(recorder);
        poller->start();
        QTRY_COMPARE(m_fake->waitingPolls(), 1);
        QCOMPARE(lastPolledOffset(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTelegramPoller)
#include "tst_telegrampoller.moc"
