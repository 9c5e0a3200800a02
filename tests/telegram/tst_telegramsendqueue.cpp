#include "support/faketelegramserver.h"
#include "channels/telegram/botapi.h"
#include "channels/telegram/sendqueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Telegram;
using Moltdesk::TestSupport::FakeTelegramServer;

namespace {
const QString kToken = u"555:QUEUE-token"_s;

OutgoingMessage text(qint64 chatId, const QString &body)
{
    OutgoingMessage message;
    message.chatId = chatId;
    message.text = body;
    return message;
}
} // namespace

class TestTelegramSendQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTelegramServer> m_fake;
    std::unique_ptr<BotApi> m_api;
    std::unique_ptr<SendQueue> m_queue;
    QList<ApiResult<qint64>> m_results;

    SendQueue::Done record()
    {
        return [this](const ApiResult<qint64> &result) { m_results.append(result); };
    }

    QStringList sentTexts(qint64 chatId) const
    {
        QStringList texts;
        for (const auto &message : m_fake->sentMessages(kToken)) {
            if (message.chatId == chatId)
                texts.append(message.text);
        }
        return texts;
    }

private slots:
    void init()
    {
        m_results.clear();
        m_fake = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_fake->listen());
        m_fake->addBot(kToken);
        m_api = std::make_unique<BotApi>(m_fake->baseUrl(), kToken);
        SendQueue::Options options;
        options.secondLength = std::chrono::milliseconds(20); // retry_after 1 s -> 20 ms here
        m_queue = std::make_unique<SendQueue>(m_api.get(), options);
    }

    void cleanup()
    {
        m_queue.reset();
        m_api.reset();
        m_fake.reset();
    }

    void keepsOrderPerChat()
    {
        for (int i = 0; i < 5; ++i)
            m_queue->enqueue(text(1, u"part %1"_s.arg(i)), record());
        m_queue->enqueue(text(2, u"other chat"_s), record());
        QTRY_COMPARE(m_results.size(), 6);
        QCOMPARE(sentTexts(1), QStringList({u"part 0"_s, u"part 1"_s, u"part 2"_s, u"part 3"_s, u"part 4"_s}));
        QCOMPARE(sentTexts(2), QStringList{u"other chat"_s});
        for (const auto &result : std::as_const(m_results))
            QVERIFY(result.ok());
        QCOMPARE(m_queue->pendingTotal(), 0);
    }

    void honoursRetryAfterAndKeepsOrder()
    {
        m_fake->failNext(kToken, u"sendMessage"_s, 429, u"Too Many Requests: retry after 2"_s, 2);
        QSignalSpy limited(m_queue.get(), &SendQueue::rateLimited);
        m_queue->enqueue(text(1, u"first"_s), record());
        m_queue->enqueue(text(1, u"second"_s), record());
        QTRY_COMPARE(m_results.size(), 2);
        QVERIFY(m_results.at(0).ok());
        QVERIFY(m_results.at(1).ok());
        QCOMPARE(sentTexts(1), QStringList({u"first"_s, u"second"_s}));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.first().at(1).toLongLong(), 40); // retry_after 2 x 20 ms
        QCOMPARE(m_fake->requestCount(u"sendMessage"_s), 3);
    }

    void givesUpAfterMaxAttempts()
    {
        m_fake->failNext(kToken, u"sendMessage"_s, 429, u"Too Many Requests: retry after 1"_s, 1, 10);
        m_queue->enqueue(text(1, u"never"_s), record());
        QTRY_COMPARE(m_results.size(), 1);
        QCOMPARE(m_results.first().error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(m_fake->requestCount(u"sendMessage"_s), SendQueue::Options{}.maxAttempts);
    }

    void fallsBackToPlainTextOnParseError()
    {
        m_fake->bot(kToken)->rejectParseMode(u"HTML"_s);
        OutgoingMessage message = text(1, u"<b>bold</x>"_s);
        message.parseMode = ParseMode::Html;
        message.plainTextFallback = u"bold"_s;
        m_queue->enqueue(message, record());
        QTRY_COMPARE(m_results.size(), 1);
        QVERIFY(m_results.first().ok());
        QCOMPARE(sentTexts(1), QStringList{u"bold"_s});
        QCOMPARE(m_fake->sentMessages(kToken).first().parseMode, QString());

        OutgoingMessage noFallback = text(1, u"<b>x</x>"_s);
        noFallback.parseMode = ParseMode::Html;
        m_queue->enqueue(noFallback, record());
        QTRY_COMPARE(m_results.size(), 2);
        QCOMPARE(m_results.at(1).error().kind, ApiError::Kind::ParseEntities);
    }

    void blockedChatStopsSending()
    {
        m_fake->bot(kToken)->blockChat(9);
        QSignalSpy blocked(m_queue.get(), &SendQueue::chatBlocked);
        m_queue->enqueue(text(9, u"a"_s), record());
        m_queue->enqueue(text(9, u"b"_s), record());
        QTRY_COMPARE(m_results.size(), 2);
        QCOMPARE(m_results.at(0).error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(m_results.at(1).error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(blocked.size(), 1);
        QVERIFY(m_queue->isBlocked(9));
        QCOMPARE(m_fake->requestCount(u"sendMessage"_s), 1);

        m_queue->enqueue(text(9, u"c"_s), record()); // refused without a request
        QCOMPARE(m_results.size(), 3);
        QCOMPARE(m_results.at(2).error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(m_fake->requestCount(u"sendMessage"_s), 1);
    }

    void otherErrorsFailOneMessageAndContinue()
    {
        m_fake->failNext(kToken, u"sendMessage"_s, 500, u"Internal Server Error"_s);
        m_queue->enqueue(text(1, u"lost"_s), record());
        m_queue->enqueue(text(1, u"next"_s), record());
        QTRY_COMPARE(m_results.size(), 2);
        QCOMPARE(m_results.at(0).error().kind, ApiError::Kind::Server);
        QVERIFY(m_results.at(1).ok());
        QCOMPARE(m_fake->requestCount(u"sendMessage"_s), 2); // a 5xx is not repeated (maybe delivered)
    }
};

QTEST_GUILESS_MAIN(TestTelegramSendQueue)
#include "tst_telegramsendqueue.moc"
