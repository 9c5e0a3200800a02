#include "support/faketelegramserver.h"
#include "channels/telegram/botapi.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Telegram;
using Moltdesk::TestSupport::FakeTelegramServer;

namespace {
const QString kToken = u"123456:TEST-token_abcdefghijklmnop"_s;

// Collects one callback result so tests can QTRY on it.
template <typename T>
struct Catch
{
    std::optional<ApiResult<T>> result;
    BotApi::Callback<T> callback()
    {
        return [this](const ApiResult<T> &r) { result.emplace(r); };
    }
};
} // namespace

class TestTelegramBotApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTelegramServer> m_fake;
    std::unique_ptr<BotApi> m_api;

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_fake->listen());
        m_fake->addBot(kToken);
        m_api = std::make_unique<BotApi>(m_fake->baseUrl(), kToken);
    }

    void cleanup()
    {
        m_api.reset();
        m_fake.reset();
    }

    void getMe()
    {
        Catch<User> me;
        m_api->getMe(nullptr, me.callback());
        QTRY_VERIFY(me.result);
        QVERIFY(me.result->ok());
        QCOMPARE(me.result->value().id, 123456);
        QVERIFY(me.result->value().isBot);
        QCOMPARE(me.result->value().username, u"moltdesk_test_bot"_s);
    }

    void unknownTokenIsUnauthorized()
    {
        BotApi api(m_fake->baseUrl(), u"999:WRONG-token"_s);
        Catch<User> me;
        api.getMe(nullptr, me.callback());
        QTRY_VERIFY(me.result);
        QCOMPARE(me.result->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(me.result->error().httpStatus, 401);
        QCOMPARE(me.result->error().description, u"Unauthorized"_s);
    }

    void malformedTokenIsRefusedLocally_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("no colon") << u"abcdef"_s;
        QTest::newRow("path injection") << u"1:abc/../x"_s;
        QTest::newRow("query injection") << u"1:abc?x=1"_s;
    }
    void malformedTokenIsRefusedLocally()
    {
        QFETCH(QString, token);
        BotApi api(m_fake->baseUrl(), token);
        Catch<User> me;
        api.getMe(nullptr, me.callback());
        QTRY_VERIFY(me.result);
        QCOMPARE(me.result->error().kind, ApiError::Kind::InvalidArgument);
        QCOMPARE(m_fake->requests().size(), 0);
    }

    void sendMessageWithReplyAndParseMode()
    {
        OutgoingMessage message;
        message.chatId = 42;
        message.text = u"<b>héllo</b> 👋"_s;
        message.parseMode = ParseMode::Html;
        message.replyToMessageId = 7;
        Catch<qint64> sent;
        m_api->sendMessage(message, nullptr, sent.callback());
        QTRY_VERIFY(sent.result);
        QVERIFY(sent.result->ok());
        const auto recorded = m_fake->sentMessages(kToken);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(sent.result->value(), recorded.first().messageId);
        QCOMPARE(recorded.first().chatId, 42);
        QCOMPARE(recorded.first().text, message.text);
        QCOMPARE(recorded.first().parseMode, u"HTML"_s);
        QCOMPARE(recorded.first().replyToMessageId, 7);
        QVERIFY(recorded.first().allowSendingWithoutReply);
    }

    void sendMessagePlainHasNoParseMode()
    {
        Catch<qint64> sent;
        m_api->sendMessage(OutgoingMessage{42, u"plain"_s, ParseMode::None, 0, {}}, nullptr, sent.callback());
        QTRY_VERIFY(sent.result);
        QVERIFY(sent.result->ok());
        QVERIFY(!m_fake->sentMessages(kToken).first().params.contains(u"parse_mode"_s));
        QVERIFY(!m_fake->sentMessages(kToken).first().params.contains(u"reply_parameters"_s));
    }

    void emptyTextIsRefusedLocally()
    {
        Catch<qint64> sent;
        m_api->sendMessage(OutgoingMessage{42, QString(), ParseMode::None, 0, {}}, nullptr, sent.callback());
        QTRY_VERIFY(sent.result);
        QCOMPARE(sent.result->error().kind, ApiError::Kind::InvalidArgument);
        QCOMPARE(m_fake->requestCount(u"sendMessage"_s), 0);
    }

    void errorKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << u"Bad Request: chat not found"_s << -1 << int(ApiError::Kind::BadRequest);
        QTest::newRow("400 entities") << 400 << u"Bad Request: can't parse entities: Unsupported start tag"_s << -1
                                      << int(ApiError::Kind::ParseEntities);
        QTest::newRow("401") << 401 << u"Unauthorized"_s << -1 << int(ApiError::Kind::Unauthorized);
        QTest::newRow("403") << 403 << u"Forbidden: bot was blocked by the user"_s << -1 << int(ApiError::Kind::Forbidden);
        QTest::newRow("404") << 404 << u"Not Found"_s << -1 << int(ApiError::Kind::NotFound);
        QTest::newRow("409") << 409 << u"Conflict: terminated by other getUpdates request"_s << -1
                             << int(ApiError::Kind::Conflict);
        QTest::newRow("429") << 429 << u"Too Many Requests: retry after 17"_s << 17 << int(ApiError::Kind::RateLimited);
        QTest::newRow("500") << 500 << u"Internal Server Error"_s << -1 << int(ApiError::Kind::Server);
        QTest::newRow("502") << 502 << u"Bad Gateway"_s << -1 << int(ApiError::Kind::Server);
    }
    void errorKinds()
    {
        QFETCH(int, status);
        QFETCH(QString, description);
        QFETCH(int, retryAfter);
        QFETCH(int, kind);
        m_fake->failNext(kToken, u"sendMessage"_s, status, description, retryAfter);
        Catch<qint64> sent;
        m_api->sendMessage(OutgoingMessage{42, u"hi"_s, ParseMode::None, 0, {}}, nullptr, sent.callback());
        QTRY_VERIFY(sent.result);
        QVERIFY(!sent.result->ok());
        const ApiError error = sent.result->error();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.description, description);
        QCOMPARE(error.retryAfterSeconds, retryAfter);
        QVERIFY(!error.toString().contains(kToken));
    }

    void networkErrorNeverShowsTheToken()
    {
        const quint16 port = m_fake->port();
        m_fake->close();
        QUrl url = m_fake->baseUrl();
        url.setPort(port);
        BotApi api(url, kToken);
        Catch<User> me;
        api.getMe(nullptr, me.callback());
        QTRY_VERIFY(me.result);
        QCOMPARE(me.result->error().kind, ApiError::Kind::Network);
        QVERIFY(!me.result->error().description.isEmpty());
        QVERIFY2(!me.result->error().toString().contains(kToken), qPrintable(me.result->error().toString()));
        QVERIFY(!me.result->error().toString().contains(u"TEST-token"_s));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(silent.serverPort());
        BotApi::Options options;
        options.requestTimeout = std::chrono::milliseconds(200);
        BotApi api(url, kToken, options);
        Catch<User> me;
        api.getMe(nullptr, me.callback());
        QTRY_VERIFY(me.result);
        QCOMPARE(me.result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(!me.result->error().toString().contains(kToken));
    }

    void notAnEnvelopeIsMalformed()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 6\r\n\r\n<html>");
            });
        });
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(server.serverPort());
        BotApi api(url, kToken);
        Catch<User> me;
        api.getMe(nullptr, me.callback());
        QTRY_VERIFY(me.result);
        QCOMPARE(me.result->error().kind, ApiError::Kind::Malformed);
    }

    void abortReportsAborted()
    {
        Catch<UpdateBatch> batch;
        QPointer<ApiCall> call = m_api->getUpdates(0, 30, {}, nullptr, batch.callback());
        QTRY_COMPARE(m_fake->waitingPolls(), 1);
        call->abort();
        QVERIFY(batch.result);
        QCOMPARE(batch.result->error().kind, ApiError::Kind::Aborted);
        QTRY_VERIFY(!call);
    }

    void getUpdatesLongPollAndOffset()
    {
        Catch<UpdateBatch> first;
        m_api->getUpdates(0, 10, {u"message"_s}, nullptr, first.callback());
        QTRY_COMPARE(m_fake->waitingPolls(), 1); // held, nothing queued yet
        const qint64 id = m_fake->pushText(kToken, 42, 42, u"hello"_s);
        QTRY_VERIFY(first.result);
        QVERIFY(first.result->ok());
        QCOMPARE(first.result->value().updates.size(), 1);
        QCOMPARE(first.result->value().updates.first().updateId, id);
        QCOMPARE(first.result->value().updates.first().message->text, u"hello"_s);
        QCOMPARE(first.result->value().nextOffset, id + 1);
        QCOMPARE(m_fake->requests().last().params.value(u"allowed_updates"_s).toArray().first().toString(),
                 u"message"_s);

        Catch<UpdateBatch> second; // confirming with the offset drops it; timeout 0 answers at once
        m_api->getUpdates(id + 1, 0, {}, nullptr, second.callback());
        QTRY_VERIFY(second.result);
        QVERIFY(second.result->ok());
        QCOMPARE(second.result->value().updates.size(), 0);
        QCOMPARE(second.result->value().nextOffset, 0);
    }

    void getUpdatesLongPollTimesOutEmpty()
    {
        Catch<UpdateBatch> batch;
        m_api->getUpdates(0, 1, {}, nullptr, batch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(batch.result, 5000);
        QVERIFY(batch.result->ok());
        QVERIFY(batch.result->value().updates.isEmpty());
    }

    void chatActionAndEdit()
    {
        Catch<bool> action;
        m_api->sendChatAction(42, u"typing"_s, nullptr, action.callback());
        QTRY_VERIFY(action.result);
        QVERIFY(action.result->ok());
        QCOMPARE(m_fake->bot(kToken)->chatActions().first(), std::make_pair(qint64(42), u"typing"_s));

        Catch<qint64> sent;
        m_api->sendMessage(OutgoingMessage{42, u"draft"_s, ParseMode::None, 0, {}}, nullptr, sent.callback());
        QTRY_VERIFY(sent.result);
        Catch<bool> edit;
        m_api->editMessageText(42, sent.result->value(), u"final *text*"_s, ParseMode::MarkdownV2, nullptr,
                               edit.callback());
        QTRY_VERIFY(edit.result);
        QVERIFY(edit.result->ok());
        QCOMPARE(m_fake->sentMessages(kToken).first().text, u"final *text*"_s);
        QCOMPARE(m_fake->sentMessages(kToken).first().parseMode, u"MarkdownV2"_s);

        Catch<bool> missing;
        m_api->editMessageText(42, 999999, u"x"_s, ParseMode::None, nullptr, missing.callback());
        QTRY_VERIFY(missing.result);
        QCOMPARE(missing.result->error().kind, ApiError::Kind::BadRequest);
        QVERIFY(missing.result->error().description.contains(u"message to edit not found"_s));
    }

    void getFileAndDownload()
    {
        const QByteArray bytes = QByteArray(300 * 1024, 'x') + "end";
        const QString fileId = m_fake->addFile(kToken, u"photos/file_1.jpg"_s, bytes);
        Catch<FileInfo> info;
        m_api->getFile(fileId, nullptr, info.callback());
        QTRY_VERIFY(info.result);
        QVERIFY(info.result->ok());
        QCOMPARE(info.result->value().filePath, u"photos/file_1.jpg"_s);
        QCOMPARE(info.result->value().fileSize, bytes.size());

        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        Catch<qint64> download;
        m_api->downloadFile(info.result->value().filePath, &sink, BotApi::MaxDownloadBytes, nullptr, download.callback());
        QTRY_VERIFY(download.result);
        QVERIFY(download.result->ok());
        QCOMPARE(download.result->value(), bytes.size());
        QCOMPARE(sink.data(), bytes);
    }

    void downloadOverTheCapIsAborted()
    {
        m_fake->addFile(kToken, u"documents/big.bin"_s, QByteArray(256 * 1024, 'y'));
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        Catch<qint64> download;
        m_api->downloadFile(u"documents/big.bin"_s, &sink, 64 * 1024, nullptr, download.callback());
        QTRY_VERIFY(download.result);
        QCOMPARE(download.result->error().kind, ApiError::Kind::TooLarge);
        QVERIFY(sink.data().size() <= 64 * 1024);
    }

    void unknownFileErrors()
    {
        Catch<FileInfo> info;
        m_api->getFile(u"nope"_s, nullptr, info.callback());
        QTRY_VERIFY(info.result);
        QCOMPARE(info.result->error().kind, ApiError::Kind::BadRequest);

        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        Catch<qint64> download;
        m_api->downloadFile(u"missing/file.bin"_s, &sink, 1024, nullptr, download.callback());
        QTRY_VERIFY(download.result);
        QCOMPARE(download.result->error().kind, ApiError::Kind::NotFound);
        QVERIFY(!download.result->error().toString().contains(kToken));
        QCOMPARE(sink.data().size(), 0);
    }

    void webhookMethods()
    {
        const QUrl url(u"https://example.org/webhook/telegram"_s);
        Catch<bool> set;
        m_api->setWebhook(url, u"s3cret-value_1"_s, {u"message"_s, u"edited_message"_s}, nullptr, set.callback());
        QTRY_VERIFY(set.result);
        QVERIFY(set.result->ok());
        QCOMPARE(m_fake->bot(kToken)->webhookSecret(), u"s3cret-value_1"_s);
        QCOMPARE(m_fake->bot(kToken)->webhookAllowedUpdates(), QStringList({u"message"_s, u"edited_message"_s}));

        Catch<WebhookInfo> info;
        m_api->getWebhookInfo(nullptr, info.callback());
        QTRY_VERIFY(info.result);
        QCOMPARE(info.result->value().url, url.toString());

        Catch<UpdateBatch> poll; // polling while a webhook is set: 409
        m_api->getUpdates(0, 0, {}, nullptr, poll.callback());
        QTRY_VERIFY(poll.result);
        QCOMPARE(poll.result->error().kind, ApiError::Kind::Conflict);

        Catch<bool> removed;
        m_api->deleteWebhook(false, nullptr, removed.callback());
        QTRY_VERIFY(removed.result);
        QVERIFY(removed.result->ok());
        QVERIFY(m_fake->bot(kToken)->webhookUrl().isEmpty());
    }

    void contextDestroyedMeansNoCallback()
    {
        bool called = false;
        auto context = std::make_unique<QObject>();
        m_api->getMe(context.get(), [&called](const ApiResult<User> &) { called = true; });
        context.reset();
        QTRY_COMPARE(m_fake->requestCount(u"getMe"_s), 1);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void redactsTokens()
    {
        const BotEndpoint endpoint(QUrl(u"https://api.telegram.org"_s), kToken);
        const QString text = u"Error transferring "_s + endpoint.methodUrl(u"getMe"_s).toString()
                             + u" and /bot987:OTHER/x and "_s + QString::fromLatin1(QUrl::toPercentEncoding(kToken));
        const QString redacted = endpoint.redact(text);
        QVERIFY(!redacted.contains(kToken));
        QVERIFY(!redacted.contains(u"OTHER"_s));
        QVERIFY(!redacted.contains(u"TEST-token"_s));
        QVERIFY(redacted.contains(u"/bot<redacted>/getMe"_s));
    }
};

QTEST_GUILESS_MAIN(TestTelegramBotApi)
#include "tst_telegrambotapi.moc"
