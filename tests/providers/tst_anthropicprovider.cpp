#include "providers/anthropicprovider.h"
#include "providers/providercall.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderserver.h"
#include "support/providercallrecorder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Providers;
using namespace Moltdesk::TestSupport;
using Fake = FakeAnthropicProvider;

// The Anthropic client against a fake Messages API on 127.0.0.1, asserting on both what we
// send (https://docs.anthropic.com/en/api/messages) and how replies and errors are read.
class TestAnthropicProvider : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeProviderServer> m_server;

    AnthropicProvider provider(std::chrono::milliseconds requestTimeout = std::chrono::seconds(10),
                               std::chrono::milliseconds idleTimeout = std::chrono::seconds(10),
                               std::function<QDateTime()> clock = {})
    {
        ProviderEndpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = u"sk-ant-test-key"_s;
        endpoint.requestTimeout = requestTimeout;
        endpoint.streamIdleTimeout = idleTimeout;
        endpoint.clock = std::move(clock);
        return AnthropicProvider(&m_network, endpoint);
    }

    static QJsonObject userText(const QString &text)
    {
        return {{u"role"_s, u"user"_s}, {u"content"_s, QJsonArray{Fake::textBlock(text)}}};
    }

    static QJsonObject weatherTool()
    {
        return {{u"name"_s, u"get_weather"_s},
                {u"description"_s, u"Current weather for a city"_s},
                {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                                                {u"required"_s, QJsonArray{u"city"_s}}}}};
    }

    static ProviderRequest request(bool stream)
    {
        ProviderRequest request;
        request.model = u"claude-fake-1"_s;
        request.systemPrompt = u"You are terse."_s;
        request.messages = {userText(u"Hello"_s)};
        request.tools = {weatherTool()};
        request.maxOutputTokens = 256;
        request.stream = stream;
        return request;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void plainReplyAndWireFormat()
    {
        m_server->enqueue(Fake::message({Fake::textBlock(u"Hi there"_s)}, u"end_turn"_s, Fake::usage(21, 3, 5, 7)));
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(false), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY2(recorder.result, qPrintable(recorder.error ? recorder.error->message() : QString()));

        const ProviderResult &result = *recorder.result;
        QCOMPARE(result.text(), u"Hi there"_s);
        QCOMPARE(result.stopReason, StopReason::EndTurn);
        QCOMPARE(result.messageId, u"msg_fake01"_s);
        QCOMPARE(result.model, u"claude-fake-1"_s);
        QCOMPARE(result.usage.inputTokens, 21);
        QCOMPARE(result.usage.outputTokens, 3);
        QCOMPARE(result.usage.cacheReadTokens, 5);
        QCOMPARE(result.usage.cacheWriteTokens, 7);
        QVERIFY(!result.usage.estimated);

        QCOMPARE(m_server->requests().size(), 1);
        const FakeProviderRequest &sent = m_server->requests().first();
        QCOMPARE(sent.method, "POST"_ba);
        QCOMPARE(sent.path(), "/v1/messages"_ba);
        QCOMPARE(sent.header("x-api-key"), "sk-ant-test-key"_ba);
        QCOMPARE(sent.header("anthropic-version"), "2023-06-01"_ba);
        QCOMPARE(sent.header("content-type"), "application/json"_ba);
        QVERIFY(sent.header("authorization").isEmpty());
        const QJsonObject body = sent.json();
        QCOMPARE(body[u"model"].toString(), u"claude-fake-1"_s);
        QCOMPARE(body[u"max_tokens"].toInt(), 256);
        QCOMPARE(body[u"system"].toString(), u"You are terse."_s);
        QCOMPARE(body[u"messages"].toArray(), QJsonArray{userText(u"Hello"_s)});
        QCOMPARE(body[u"tools"].toArray(), QJsonArray{weatherTool()});
        QVERIFY(!body.contains(u"stream"));
    }

    void streamedReply_data()
    {
        QTest::addColumn<int>("rechunk"); // 0: one piece per event
        QTest::newRow("per event") << 0;
        QTest::newRow("11 bytes") << 11;
        QTest::newRow("29 bytes") << 29;
        QTest::newRow("100 bytes") << 100;
    }

    void streamedReply()
    {
        QFETCH(int, rechunk);
        const QString text = u"Grüße aus Köln — 東京 too"_s;
        FakeProviderReply reply = Fake::stream({Fake::textBlock(text)}, u"end_turn"_s, Fake::usage(30, 9, 4, 2), 3);
        m_server->enqueue(rechunk > 0 ? reply.rechunked(rechunk) : reply);

        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY2(recorder.result, qPrintable(recorder.error ? recorder.error->message() : QString()));

        QVERIFY(recorder.textDeltas.size() > 3); // arrived in pieces...
        QCOMPARE(recorder.textDeltas.join(QString()), text); // ...in order
        QCOMPARE(recorder.order.last(), u"finished"_s);
        QCOMPARE(recorder.endings, 1);
        QCOMPARE(recorder.result->text(), text);
        QCOMPARE(recorder.result->usage.inputTokens, 30);
        QCOMPARE(recorder.result->usage.outputTokens, 9); // from message_delta, not message_start
        QCOMPARE(recorder.result->usage.cacheReadTokens, 4);
        QCOMPARE(recorder.result->usage.cacheWriteTokens, 2);
        QCOMPARE(m_server->requests().first().json()[u"stream"].toBool(), true);
    }

    void toolUseRound()
    {
        const QJsonObject input{{u"city"_s, u"Paris"_s}};
        m_server->enqueue(Fake::stream({Fake::textBlock(u"Let me check."_s), Fake::toolUseBlock(u"toolu_1"_s, u"get_weather"_s, input)},
                                       u"tool_use"_s));
        m_server->enqueue(Fake::message({Fake::textBlock(u"Sunny, 21 °C."_s)}));
        AnthropicProvider anthropic = provider();

        ProviderRequest first = request(true);
        std::unique_ptr<ProviderCall> call(anthropic.start(first, nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.result);
        QCOMPARE(recorder.result->stopReason, StopReason::ToolUse);
        QCOMPARE(recorder.toolStarts, (QList<QPair<QString, QString>>{{u"toolu_1"_s, u"get_weather"_s}}));
        const QJsonArray uses = recorder.result->toolUses();
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.at(0)[u"input"].toObject(), input);

        const QJsonObject toolResult{{u"role"_s, u"user"_s},
                                     {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s},
                                                                           {u"tool_use_id"_s, u"toolu_1"_s},
                                                                           {u"content"_s, u"sunny, 21C"_s},
                                                                           {u"is_error"_s, false}}}}};
        ProviderRequest second = request(false);
        second.messages = {userText(u"Hello"_s), recorder.result->toMessage(), toolResult};
        std::unique_ptr<ProviderCall> followUp(anthropic.start(second, nullptr));
        ProviderCallRecorder followRecorder(followUp.get());
        QVERIFY(followRecorder.waitDone());
        QVERIFY(followRecorder.result);
        QCOMPARE(followRecorder.result->text(), u"Sunny, 21 °C."_s);

        // On the wire: the assistant turn carries text + tool_use, the user turn the tool_result.
        const QJsonArray sentMessages = m_server->requests().at(1).json()[u"messages"].toArray();
        QCOMPARE(sentMessages.size(), 3);
        const QJsonObject assistant = sentMessages.at(1).toObject();
        QCOMPARE(assistant[u"role"].toString(), u"assistant"_s);
        QCOMPARE(assistant[u"content"][0][u"text"].toString(), u"Let me check."_s);
        QCOMPARE(assistant[u"content"][1].toObject(), Fake::toolUseBlock(u"toolu_1"_s, u"get_weather"_s, input));
        QCOMPARE(sentMessages.at(2).toObject(), toolResult);
    }

    void twoParallelToolCallsStreamed()
    {
        const QJsonObject paris{{u"city"_s, u"Paris"_s}};
        const QJsonObject tokyo{{u"city"_s, u"Tokyo"_s}, {u"units"_s, u"metric"_s}};
        m_server->enqueue(Fake::stream({Fake::toolUseBlock(u"toolu_a"_s, u"get_weather"_s, paris),
                                        Fake::toolUseBlock(u"toolu_b"_s, u"get_weather"_s, tokyo)},
                                       u"tool_use"_s, Fake::usage(10, 5), 2)
                              .rechunked(23));
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY2(recorder.result, qPrintable(recorder.error ? recorder.error->message() : QString()));

        QCOMPARE(recorder.toolStarts.size(), 2);
        QString a, b;
        for (const auto &[id, piece] : std::as_const(recorder.toolInputDeltas))
            (id == u"toolu_a" ? a : b) += piece;
        QCOMPARE(QJsonDocument::fromJson(a.toUtf8()).object(), paris);
        QCOMPARE(QJsonDocument::fromJson(b.toUtf8()).object(), tokyo);
        const QJsonArray uses = recorder.result->toolUses();
        QCOMPARE(uses.size(), 2);
        QCOMPARE(uses.at(0)[u"id"].toString(), u"toolu_a"_s);
        QCOMPARE(uses.at(0)[u"input"].toObject(), paris);
        QCOMPARE(uses.at(1)[u"id"].toString(), u"toolu_b"_s);
        QCOMPARE(uses.at(1)[u"input"].toObject(), tokyo);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<bool>("retryable");

        using K = ProviderError::Kind;
        QTest::newRow("429 retry-after seconds") << 429 << u"rate_limit_error"_s << u"slow down"_s << "retry-after"_ba
                                                 << "7"_ba << int(K::RateLimited) << qint64(7000) << true;
        QTest::newRow("429 retry-after-ms") << 429 << u"rate_limit_error"_s << u"slow down"_s << "retry-after-ms"_ba
                                            << "1500"_ba << int(K::RateLimited) << qint64(1500) << true;
        QTest::newRow("429 retry-after date") << 429 << u"rate_limit_error"_s << u"slow down"_s << "retry-after"_ba
                                              << "Wed, 21 Oct 2026 07:28:30 GMT"_ba << int(K::RateLimited) << qint64(30000) << true;
        QTest::newRow("429 no hint") << 429 << u"rate_limit_error"_s << u"slow down"_s << QByteArray() << QByteArray()
                                     << int(K::RateLimited) << qint64(-1) << true;
        QTest::newRow("529 overloaded") << 529 << u"overloaded_error"_s << u"Overloaded"_s << QByteArray() << QByteArray()
                                        << int(K::Overloaded) << qint64(-1) << true;
        QTest::newRow("500 api_error") << 500 << u"api_error"_s << u"boom"_s << QByteArray() << QByteArray()
                                       << int(K::Server) << qint64(-1) << true;
        QTest::newRow("400 invalid request") << 400 << u"invalid_request_error"_s << u"messages: required"_s
                                             << QByteArray() << QByteArray() << int(K::BadRequest) << qint64(-1) << false;
        QTest::newRow("401 auth") << 401 << u"authentication_error"_s << u"invalid x-api-key"_s << QByteArray()
                                  << QByteArray() << int(K::Auth) << qint64(-1) << false;
        QTest::newRow("403 permission") << 403 << u"permission_error"_s << u"no access"_s << QByteArray() << QByteArray()
                                        << int(K::Auth) << qint64(-1) << false;
        QTest::newRow("400 credit balance") << 400 << u"invalid_request_error"_s
                                            << u"Your credit balance is too low to access the Anthropic API."_s
                                            << QByteArray() << QByteArray() << int(K::SpendLimit) << qint64(-1) << false;
        QTest::newRow("402 billing") << 402 << u"billing_error"_s << u"billing issue"_s << QByteArray() << QByteArray()
                                     << int(K::SpendLimit) << qint64(-1) << false;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(bool, retryable);

        QList<QPair<QByteArray, QByteArray>> headers;
        if (!headerName.isEmpty())
            headers.append({headerName, headerValue});
        m_server->enqueue(Fake::error(status, type, message, headers));
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        AnthropicProvider anthropic = provider(std::chrono::seconds(10), std::chrono::seconds(10), [now] { return now; });
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kindName(), ProviderError::kindName(ProviderError::Kind(kind)));
        QCOMPARE(recorder.error->httpStatus(), status);
        QCOMPARE(recorder.error->retryAfterMs(), retryAfterMs);
        QCOMPARE(recorder.error->retryable(), retryable);
        QCOMPARE(recorder.error->message(), message);
        QCOMPARE(recorder.endings, 1);
    }

    void spendLimitOn429()
    {
        // A spend cap arrives as 429 rate_limit_error; only details.error_code tells it apart.
        m_server->enqueue(FakeProviderReply::json(
            429, {{u"type"_s, u"error"_s},
                  {u"error"_s, QJsonObject{{u"type"_s, u"rate_limit_error"_s},
                                           {u"message"_s, u"monthly spend limit reached"_s},
                                           {u"details"_s, QJsonObject{{u"error_code"_s, u"enforced_spend_limit_reached"_s}}}}}}));
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(false), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::SpendLimit);
        QVERIFY(!recorder.error->retryable());
    }

    void errorEventMidStream()
    {
        QList<QByteArray> events = Fake::streamEvents({Fake::textBlock(u"partial answer"_s)}, u"end_turn"_s, Fake::usage(1, 1));
        events = events.mid(0, 4); // message_start, ping, block start, one delta
        events.append(Fake::event(u"error"_s, {{u"type"_s, u"error"_s},
                                               {u"error"_s, QJsonObject{{u"type"_s, u"overloaded_error"_s},
                                                                        {u"message"_s, u"Overloaded"_s}}}}));
        m_server->enqueue(FakeProviderReply::eventStream(events));
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::Overloaded);
        QVERIFY(!recorder.textDeltas.isEmpty());
    }

    void streamCutMidEvent()
    {
        const FakeProviderReply full = Fake::stream({Fake::textBlock(u"This answer never ends properly"_s)});
        const QByteArray body = full.body();
        // Cut inside the data line of a content_block_delta event.
        const qsizetype cutAt = body.indexOf("text_delta", body.indexOf("content_block_delta") + 40);
        QVERIFY(cutAt > 0);
        m_server->enqueue(full.cutAfter(cutAt));
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::StreamCut);
        QVERIFY(recorder.error->retryable());
        QCOMPARE(recorder.endings, 1);
    }

    void malformedDataLine()
    {
        QList<QByteArray> events = Fake::streamEvents({Fake::textBlock(u"hello"_s)}, u"end_turn"_s, Fake::usage(1, 1));
        events.insert(3, "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\n\n"_ba);
        m_server->enqueue(FakeProviderReply::eventStream(events));
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::Malformed);
        QCOMPARE(recorder.endings, 1);
    }

    void requestTimeout()
    {
        m_server->enqueue(FakeProviderReply::silence());
        AnthropicProvider anthropic = provider(std::chrono::milliseconds(300), std::chrono::seconds(30));
        std::unique_ptr<ProviderCall> call(anthropic.start(request(false), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::Timeout);
        QVERIFY(recorder.error->message().contains(u"request timeout"_s));
        QTRY_COMPARE(m_server->openConnections(), 0); // the transfer was really stopped
    }

    void streamIdleTimeout()
    {
        FakeProviderReply stalled = FakeProviderReply::eventStream(
            Fake::streamEvents({Fake::textBlock(u"waiting..."_s)}, u"end_turn"_s, Fake::usage(1, 1)).mid(0, 4));
        stalled.ending = FakeProviderReply::Ending::Stall;
        m_server->enqueue(stalled);
        AnthropicProvider anthropic = provider(std::chrono::seconds(30), std::chrono::milliseconds(300));
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::Timeout);
        QVERIFY(recorder.error->message().contains(u"stream-idle"_s));
        QVERIFY(!recorder.textDeltas.isEmpty());
    }

    void abortMidStream()
    {
        FakeProviderReply stalled = FakeProviderReply::eventStream(
            Fake::streamEvents({Fake::textBlock(u"streaming forever"_s)}, u"end_turn"_s, Fake::usage(1, 1)).mid(0, 4));
        stalled.ending = FakeProviderReply::Ending::Stall;
        m_server->enqueue(stalled);
        AnthropicProvider anthropic = provider();
        std::unique_ptr<ProviderCall> call(anthropic.start(request(true), nullptr));
        ProviderCallRecorder recorder(call.get());
        QTRY_VERIFY(!recorder.textDeltas.isEmpty());
        QCOMPARE(m_server->openConnections(), 1);

        call->abort();
        QCOMPARE(recorder.endings, 1); // reported at once...
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::Aborted);
        QVERIFY(!recorder.error->retryable());
        call->abort();
        QTRY_COMPARE(m_server->openConnections(), 0); // ...the transfer stopped...
        QCOMPARE(recorder.endings, 1);                // ...and exactly once
        QCOMPARE(recorder.order.last(), u"failed"_s);
    }

    void connectionRefused()
    {
        const QUrl dead = m_server->baseUrl();
        m_server.reset(); // nothing listens there any more
        ProviderEndpoint endpoint;
        endpoint.baseUrl = dead;
        AnthropicProvider anthropic(&m_network, endpoint);
        std::unique_ptr<ProviderCall> call(anthropic.start(request(false), nullptr));
        ProviderCallRecorder recorder(call.get());
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.error);
        QCOMPARE(recorder.error->kind(), ProviderError::Kind::Network);
        QVERIFY(recorder.error->retryable());
    }

    void listModels()
    {
        m_server->enqueue(Fake::models({u"claude-sonnet-4-5"_s, u"claude-haiku-4-5"_s}));
        m_server->enqueue(Fake::error(401, u"authentication_error"_s, u"invalid x-api-key"_s));
        AnthropicProvider anthropic = provider();

        std::optional<ModelListing> listing;
        anthropic.listModels(this, [&listing](const ModelListing &l) { listing = l; });
        QTRY_VERIFY(listing.has_value());
        QVERIFY(listing->ok());
        QCOMPARE(listing->models, (QStringList{u"claude-sonnet-4-5"_s, u"claude-haiku-4-5"_s}));
        const FakeProviderRequest &sent = m_server->requests().first();
        QCOMPARE(sent.method, "GET"_ba);
        QCOMPARE(sent.target, "/v1/models?limit=1000"_ba);
        QCOMPARE(sent.header("x-api-key"), "sk-ant-test-key"_ba);
        QCOMPARE(sent.header("anthropic-version"), "2023-06-01"_ba);

        listing.reset();
        anthropic.listModels(this, [&listing](const ModelListing &l) { listing = l; });
        QTRY_VERIFY(listing.has_value());
        QVERIFY(!listing->ok());
        QCOMPARE(listing->error->kind(), ProviderError::Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
