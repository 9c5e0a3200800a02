#include "providers/openaiprovider.h"
#include "providers/providercall.h"
#include "support/fakeopenaiprovider.h"
#include "support/fakeproviderserver.h"
#include "support/providercallrecorder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Providers;
using namespace Moltdesk::TestSupport;
using Fake = FakeOpenAiProvider;

// The OpenAI Chat Completions client (and its OpenAI-compatible flavour) against a fake server
// on 127.0.0.1 (https://platform.openai.com/docs/api-reference/chat).
class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeProviderServer> m_server;

    OpenAiProvider provider(OpenAiWire::Flavour flavour = OpenAiWire::Flavour::OpenAi, const QString &key = u"sk-test"_s,
                            std::chrono::milliseconds requestTimeout = std::chrono::seconds(10),
                            std::chrono::milliseconds idleTimeout = std::chrono::seconds(10))
    {
        ProviderEndpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = key;
        endpoint.requestTimeout = requestTimeout;
        endpoint.streamIdleTimeout = idleTimeout;
        return OpenAiProvider(&m_network, endpoint, flavour);
    }

    static QJsonObject userText(const QString &text)
    {
        return {{u"role"_s, u"user"_s}, {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}}}};
    }
    static QJsonObject schema()
    {
        return {{u"type"_s, u"object"_s},
                {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    }
    static ProviderRequest request(bool stream)
    {
        ProviderRequest request;
        request.model = u"gpt-fake-1"_s;
        request.systemPrompt = u"Be brief."_s;
        request.messages = {userText(u"Hello"_s)};
        request.tools = {QJsonObject{{u"name"_s, u"get_weather"_s}, {u"description"_s, u"Weather"_s}, {u"input_schema"_s, schema()}}};
        request.maxOutputTokens = 200;
        request.stream = stream;
        return request;
    }
    std::unique_ptr<ProviderCallRecorder> run(OpenAiProvider &p, const ProviderRequest &r, std::unique_ptr<ProviderCall> &call)
    {
        call.reset(p.start(r, nullptr));
        auto recorder = std::make_unique<ProviderCallRecorder>(call.get());
        recorder->waitDone();
        return recorder;
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
        m_server->enqueue(Fake::completion(u"Hi!"_s, {}, u"stop"_s, Fake::usage(50, 4, 20)));
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(false), call);
        QVERIFY2(rec->result, qPrintable(rec->error ? rec->error->message() : QString()));
        QCOMPARE(rec->result->text(), u"Hi!"_s);
        QCOMPARE(rec->result->stopReason, StopReason::EndTurn);
        QCOMPARE(rec->result->messageId, u"chatcmpl-fake01"_s);
        // prompt_tokens includes the cached ones; ours are disjoint.
        QCOMPARE(rec->result->usage.inputTokens, 30);
        QCOMPARE(rec->result->usage.cacheReadTokens, 20);
        QCOMPARE(rec->result->usage.outputTokens, 4);
        QVERIFY(!rec->result->usage.estimated);

        const FakeProviderRequest &sent = m_server->requests().first();
        QCOMPARE(sent.path(), "/v1/chat/completions"_ba);
        QCOMPARE(sent.header("authorization"), "Bearer sk-test"_ba);
        QCOMPARE(sent.header("content-type"), "application/json"_ba);
        const QJsonObject body = sent.json();
        QCOMPARE(body[u"model"].toString(), u"gpt-fake-1"_s);
        QCOMPARE(body[u"max_completion_tokens"].toInt(), 200);
        const QJsonArray messages = body[u"messages"].toArray();
        QCOMPARE(messages.at(0).toObject(), (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"Be brief."_s}}));
        QCOMPARE(messages.at(1).toObject(), (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Hello"_s}}));
        const QJsonObject tool = body[u"tools"][0].toObject();
        QCOMPARE(tool[u"type"].toString(), u"function"_s);
        QCOMPARE(tool[u"function"][u"name"].toString(), u"get_weather"_s);
        QCOMPARE(tool[u"function"][u"description"].toString(), u"Weather"_s);
        QCOMPARE(tool[u"function"][u"parameters"].toObject(), schema());
        QVERIFY(!body.contains(u"stream"));
    }

    void streamedReply_data()
    {
        QTest::addColumn<int>("rechunk");
        QTest::newRow("per chunk") << 0;
        QTest::newRow("11 bytes") << 11;
        QTest::newRow("13 bytes") << 13;
    }

    void streamedReply()
    {
        QFETCH(int, rechunk);
        const QStringList pieces{u"Bon"_s, u"jour, "_s, u"ça va"_s, u" — 😀?"_s};
        const FakeProviderReply reply = Fake::stream(pieces, {}, u"stop"_s, Fake::usage(40, 7, 8));
        m_server->enqueue(rechunk > 0 ? reply.rechunked(rechunk) : reply);
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(true), call);
        QVERIFY2(rec->result, qPrintable(rec->error ? rec->error->message() : QString()));
        QCOMPARE(rec->textDeltas, pieces);
        QCOMPARE(rec->result->text(), pieces.join(QString()));
        QCOMPARE(rec->result->usage.inputTokens, 32);
        QCOMPARE(rec->result->usage.cacheReadTokens, 8);
        QCOMPARE(rec->result->usage.outputTokens, 7);
        QVERIFY(!rec->result->usage.estimated);
        const QJsonObject body = m_server->requests().first().json();
        QCOMPARE(body[u"stream"].toBool(), true);
        QCOMPARE(body[u"stream_options"][u"include_usage"].toBool(), true);
    }

    void toolUseRoundMapping()
    {
        m_server->enqueue(Fake::completion(u"Checking."_s, {{u"call_1"_s, u"get_weather"_s, u"{\"city\":\"Oslo\"}"_s}},
                                           u"tool_calls"_s));
        m_server->enqueue(Fake::completion(u"Cold."_s));
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(false), call);
        QVERIFY(rec->result);
        QCOMPARE(rec->result->stopReason, StopReason::ToolUse);
        const QJsonArray uses = rec->result->toolUses();
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.at(0)[u"id"].toString(), u"call_1"_s);
        QCOMPARE(uses.at(0)[u"input"].toObject(), (QJsonObject{{u"city"_s, u"Oslo"_s}}));

        const QJsonObject toolResult{{u"role"_s, u"user"_s},
                                     {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s},
                                                                           {u"tool_use_id"_s, u"call_1"_s},
                                                                           {u"content"_s, u"-3C"_s}}}}};
        ProviderRequest second = request(false);
        second.messages = {userText(u"Hello"_s), rec->result->toMessage(), toolResult};
        std::unique_ptr<ProviderCall> call2;
        auto rec2 = run(openai, second, call2);
        QVERIFY(rec2->result);

        const QJsonArray messages = m_server->requests().at(1).json()[u"messages"].toArray();
        QCOMPARE(messages.size(), 4); // system, user, assistant(tool_calls), tool
        const QJsonObject assistant = messages.at(2).toObject();
        QCOMPARE(assistant[u"role"].toString(), u"assistant"_s);
        QCOMPARE(assistant[u"content"].toString(), u"Checking."_s);
        const QJsonObject wireCall = assistant[u"tool_calls"][0].toObject();
        QCOMPARE(wireCall[u"id"].toString(), u"call_1"_s);
        QCOMPARE(wireCall[u"type"].toString(), u"function"_s);
        QCOMPARE(wireCall[u"function"][u"name"].toString(), u"get_weather"_s);
        QVERIFY(wireCall[u"function"][u"arguments"].isString()); // a JSON *string*, per the API
        QCOMPARE(QJsonDocument::fromJson(wireCall[u"function"][u"arguments"].toString().toUtf8()).object(),
                 (QJsonObject{{u"city"_s, u"Oslo"_s}}));
        QCOMPARE(messages.at(3).toObject(),
                 (QJsonObject{{u"role"_s, u"tool"_s}, {u"tool_call_id"_s, u"call_1"_s}, {u"content"_s, u"-3C"_s}}));
    }

    void twoParallelToolCallsStreamed()
    {
        const QList<Fake::ToolCall> calls{{u"call_a"_s, u"get_weather"_s, u"{\"city\":\"Lima\"}"_s},
                                          {u"call_b"_s, u"get_weather"_s, u"{\"city\":\"Cairo\",\"units\":\"metric\"}"_s}};
        m_server->enqueue(Fake::stream({}, calls, u"tool_calls"_s, Fake::usage(9, 9)).rechunked(17));
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(true), call);
        QVERIFY2(rec->result, qPrintable(rec->error ? rec->error->message() : QString()));
        QCOMPARE(rec->toolStarts, (QList<QPair<QString, QString>>{{u"call_a"_s, u"get_weather"_s}, {u"call_b"_s, u"get_weather"_s}}));
        // The pieces interleave on the wire; each call's arguments come back whole.
        QString a, b;
        for (const auto &[id, piece] : std::as_const(rec->toolInputDeltas))
            (id == u"call_a" ? a : b) += piece;
        QCOMPARE(a, calls.at(0).arguments);
        QCOMPARE(b, calls.at(1).arguments);
        const QJsonArray uses = rec->result->toolUses();
        QCOMPARE(uses.size(), 2);
        QCOMPARE(uses.at(0)[u"input"].toObject(), (QJsonObject{{u"city"_s, u"Lima"_s}}));
        QCOMPARE(uses.at(1)[u"input"].toObject(), (QJsonObject{{u"city"_s, u"Cairo"_s}, {u"units"_s, u"metric"_s}}));
        QCOMPARE(rec->result->stopReason, StopReason::ToolUse);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        using K = ProviderError::Kind;
        QTest::newRow("429 rate limit") << 429 << u"requests"_s << u"rate_limit_exceeded"_s << "2"_ba
                                        << int(K::RateLimited) << qint64(2000);
        QTest::newRow("429 insufficient_quota") << 429 << u"insufficient_quota"_s << u"insufficient_quota"_s
                                                << QByteArray() << int(K::SpendLimit) << qint64(-1);
        QTest::newRow("500") << 500 << u"server_error"_s << QString() << QByteArray() << int(K::Server) << qint64(-1);
        QTest::newRow("503") << 503 << u"server_error"_s << QString() << "1"_ba << int(K::Server) << qint64(1000);
        QTest::newRow("400") << 400 << u"invalid_request_error"_s << QString() << QByteArray() << int(K::BadRequest) << qint64(-1);
        QTest::newRow("401") << 401 << u"invalid_request_error"_s << u"invalid_api_key"_s << QByteArray() << int(K::Auth) << qint64(-1);
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After"_ba, retryAfter});
        m_server->enqueue(Fake::error(status, u"it failed"_s, type, code, headers));
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(true), call);
        QVERIFY(rec->error);
        QCOMPARE(rec->error->kindName(), ProviderError::kindName(ProviderError::Kind(kind)));
        QCOMPARE(rec->error->retryAfterMs(), retryAfterMs);
        QCOMPARE(rec->error->message(), u"it failed"_s);
        QCOMPARE(rec->endings, 1);
    }

    void streamCutMidEvent()
    {
        const FakeProviderReply full = Fake::stream({u"one"_s, u"two"_s, u"three"_s});
        const QByteArray body = full.body();
        m_server->enqueue(full.cutAfter(body.indexOf("three") - 10));
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(true), call);
        QVERIFY(rec->error);
        QCOMPARE(rec->error->kind(), ProviderError::Kind::StreamCut);
        QCOMPARE(rec->textDeltas, (QStringList{u"one"_s, u"two"_s}));
    }

    void malformedDataLine()
    {
        QList<QByteArray> events = Fake::streamEvents({u"ok"_s}, {}, u"stop"_s, Fake::usage(1, 1));
        events.insert(2, "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}\n\n"_ba);
        m_server->enqueue(FakeProviderReply::eventStream(events));
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(true), call);
        QVERIFY(rec->error);
        QCOMPARE(rec->error->kind(), ProviderError::Kind::Malformed);
    }

    void timeouts()
    {
        m_server->enqueue(FakeProviderReply::silence());
        FakeProviderReply stalled = FakeProviderReply::eventStream(Fake::streamEvents({u"a"_s}, {}, u"stop"_s, {}).mid(0, 2));
        stalled.ending = FakeProviderReply::Ending::Stall;
        m_server->enqueue(stalled);

        OpenAiProvider whole = provider(OpenAiWire::Flavour::OpenAi, u"k"_s, std::chrono::milliseconds(250), std::chrono::seconds(30));
        std::unique_ptr<ProviderCall> call;
        auto rec = run(whole, request(false), call);
        QVERIFY(rec->error);
        QCOMPARE(rec->error->kind(), ProviderError::Kind::Timeout);
        QVERIFY(rec->error->message().contains(u"request timeout"_s));

        OpenAiProvider idle = provider(OpenAiWire::Flavour::OpenAi, u"k"_s, std::chrono::seconds(30), std::chrono::milliseconds(250));
        std::unique_ptr<ProviderCall> call2;
        auto rec2 = run(idle, request(true), call2);
        QVERIFY(rec2->error);
        QCOMPARE(rec2->error->kind(), ProviderError::Kind::Timeout);
        QVERIFY(rec2->error->message().contains(u"stream-idle"_s));
        QCOMPARE(rec2->textDeltas, QStringList{u"a"_s});
    }

    void abortWhileWaiting()
    {
        m_server->enqueue(FakeProviderReply::silence());
        OpenAiProvider openai = provider();
        std::unique_ptr<ProviderCall> call(openai.start(request(true), nullptr));
        ProviderCallRecorder rec(call.get());
        QTRY_COMPARE(m_server->requests().size(), 1);
        call->abort();
        call->abort();
        QCOMPARE(rec.endings, 1);
        QCOMPARE(rec.error->kind(), ProviderError::Kind::Aborted);
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(rec.endings, 1);
    }

    void compatibleWithoutKeyOrUsage_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("plain") << false;
        QTest::newRow("streamed") << true;
    }

    void compatibleWithoutKeyOrUsage()
    {
        QFETCH(bool, stream);
        const QString answer = u"Sixteen characters in total here"_s; // 32 chars -> 8 tokens
        m_server->enqueue(stream ? Fake::stream({answer}, {}, u"stop"_s, {}) : Fake::completion(answer, {}, u"stop"_s, {}));
        OpenAiProvider local = provider(OpenAiWire::Flavour::Compatible, QString());
        ProviderRequest r = request(stream);
        r.tools = {};
        r.systemPrompt = u"1234"_s;                    // 4 chars
        r.messages = {userText(u"abcdefghijkl"_s)};    // 12 chars -> 16 chars = 4 tokens
        std::unique_ptr<ProviderCall> call;
        auto rec = run(local, r, call);
        QVERIFY2(rec->result, qPrintable(rec->error ? rec->error->message() : QString()));
        QVERIFY(rec->result->usage.estimated);
        QCOMPARE(rec->result->usage.inputTokens, 4);
        QCOMPARE(rec->result->usage.outputTokens, 8);

        const FakeProviderRequest &sent = m_server->requests().first();
        QVERIFY(sent.header("authorization").isEmpty());
        QCOMPARE(sent.json()[u"max_tokens"].toInt(), 200); // the name local servers understand
        QVERIFY(!sent.json().contains(u"max_completion_tokens"));
    }

    void listModels()
    {
        m_server->enqueue(Fake::models({u"gpt-4o"_s, u"llama3.2"_s}));
        OpenAiProvider local = provider(OpenAiWire::Flavour::Compatible, QString());
        std::optional<ModelListing> listing;
        local.listModels(this, [&listing](const ModelListing &l) { listing = l; });
        QTRY_VERIFY(listing.has_value());
        QVERIFY(listing->ok());
        QCOMPARE(listing->models, (QStringList{u"gpt-4o"_s, u"llama3.2"_s}));
        QCOMPARE(m_server->requests().first().target, "/v1/models"_ba);
        QVERIFY(m_server->requests().first().header("authorization").isEmpty());
    }

    void baseUrlWithV1IsNotDoubled()
    {
        m_server->enqueue(Fake::completion(u"ok"_s));
        ProviderEndpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.baseUrl.setPath(u"/v1/"_s);
        OpenAiProvider openai(&m_network, endpoint, OpenAiWire::Flavour::Compatible);
        std::unique_ptr<ProviderCall> call;
        auto rec = run(openai, request(false), call);
        QVERIFY(rec->result);
        QCOMPARE(m_server->requests().first().path(), "/v1/chat/completions"_ba);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
