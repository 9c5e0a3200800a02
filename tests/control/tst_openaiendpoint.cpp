// POST /v1/chat/completions driven over real HTTP, streaming and not, against the agent on the
// fake Anthropic server.
#include "control/openaiendpoint.h"
#include "http/router.h"
#include "http/server.h"
#include "support/agenttestenv.h"
#include "support/fakeanthropicprovider.h"
#include "support/httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::AgentTestEnv;
using TestSupport::FakeAnthropicProvider;
using TestSupport::HttpTestClient;

namespace {
const QString kToken = u"operator-token-for-tests-0123456789abcdef"_s;

QByteArray post(const QByteArray &body, const QByteArray &auth = "Bearer " + kToken.toUtf8())
{
    QByteArray raw = "POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
    if (!auth.isEmpty())
        raw += "Authorization: " + auth + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return raw;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject userMessage(const QString &text)
{
    return {{u"role"_s, u"user"_s}, {u"content"_s, text}};
}

// The JSON objects of an SSE body's data lines, and whether it ended with [DONE].
QList<QJsonObject> dataEvents(const QByteArray &body, bool *done)
{
    QList<QJsonObject> events;
    *done = false;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.startsWith("data: "))
            continue;
        const QByteArray data = line.mid(6).trimmed();
        if (data == "[DONE]") {
            *done = true;
            continue;
        }
        events << QJsonDocument::fromJson(data).object();
    }
    return events;
}
} // namespace

class TestOpenAiEndpoint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AgentTestEnv> m_env;
    std::unique_ptr<Http::Router> m_router;
    std::unique_ptr<Http::Server> m_server;
    std::unique_ptr<Control::OpenAiEndpoint> m_endpoint;
    quint16 m_port = 0;

private slots:
    void init()
    {
        m_env = std::make_unique<AgentTestEnv>();
        QVERIFY(m_env->ok());
        m_router = std::make_unique<Http::Router>();
        m_endpoint = std::make_unique<Control::OpenAiEndpoint>(*m_env->runner, [] { return kToken; });
        m_endpoint->registerRoutes(*m_router);
        m_server = std::make_unique<Http::Server>(m_router.get(), Http::ServerLimits());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_port = m_server->serverPort();
    }

    void cleanup()
    {
        m_server.reset();
        m_endpoint.reset();
        m_router.reset();
        m_env.reset();
    }

    void nonStreamedCompletion()
    {
        m_env->providers->anthropicServer.enqueue(FakeAnthropicProvider::message(
            {FakeAnthropicProvider::textBlock(u"Paris."_s)}, u"end_turn"_s, FakeAnthropicProvider::usage(50, 3, 20)));
        const auto response = HttpTestClient::request(
            m_port, post(json({{u"model"_s, u"moltdesk"_s},
                               {u"user"_s, u"carol"_s},
                               {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"x"_s}},
                                                          userMessage(u"Capital of France?"_s)}}})),
            10000);
        QCOMPARE(response.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(u"object"_s).toString(), u"chat.completion"_s);
        QVERIFY(body.value(u"id"_s).toString().startsWith(u"chatcmpl-"_s));
        QCOMPARE(body.value(u"model"_s).toString(), u"anthropic/claude-test"_s);
        const QJsonObject choice = body.value(u"choices"_s).toArray().at(0).toObject();
        QCOMPARE(choice.value(u"message"_s).toObject().value(u"content"_s).toString(), u"Paris."_s);
        QCOMPARE(choice.value(u"message"_s).toObject().value(u"role"_s).toString(), u"assistant"_s);
        QCOMPARE(choice.value(u"finish_reason"_s).toString(), u"stop"_s);
        const QJsonObject usage = body.value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"prompt_tokens"_s).toInt(), 70); // OpenAI counts cached inside prompt
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 3);
        QCOMPARE(usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInt(), 20);

        // The `user` picked the session; only the new user message was stored.
        const auto history = m_env->sessions->history(Sessions::SessionKey::parse(u"api:carol"_s).value());
        QVERIFY(history);
        QCOMPARE(history->messages.size(), 2);
    }

    void streamedCompletion()
    {
        m_env->providers->anthropicServer.enqueue(FakeAnthropicProvider::stream(
            {FakeAnthropicProvider::textBlock(u"Streaming works fine."_s)}, u"end_turn"_s,
            FakeAnthropicProvider::usage(10, 6)));
        const auto response = HttpTestClient::request(
            m_port, post(json({{u"model"_s, u"anthropic/claude-test"_s},
                               {u"stream"_s, true},
                               {u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}}},
                               {u"messages"_s, QJsonArray{userMessage(u"Say it"_s)}}})),
            10000);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("content-type").startsWith("text/event-stream"));
        bool done = false;
        const auto events = dataEvents(response.body, &done);
        QVERIFY(done);
        QVERIFY(events.size() >= 4);
        QCOMPARE(events.at(0).value(u"object"_s).toString(), u"chat.completion.chunk"_s);
        QCOMPARE(events.at(0).value(u"choices"_s).toArray().at(0).toObject().value(u"delta"_s).toObject()
                     .value(u"role"_s).toString(),
                 u"assistant"_s);
        QString text;
        QString finish;
        for (const QJsonObject &event : events) {
            const QJsonObject choice = event.value(u"choices"_s).toArray().at(0).toObject();
            text += choice.value(u"delta"_s).toObject().value(u"content"_s).toString();
            if (choice.value(u"finish_reason"_s).isString())
                finish = choice.value(u"finish_reason"_s).toString();
        }
        QCOMPARE(text, u"Streaming works fine."_s);
        QCOMPARE(finish, u"stop"_s);
        const QJsonObject last = events.constLast();
        QVERIFY(last.value(u"choices"_s).toArray().isEmpty());
        QCOMPARE(last.value(u"usage"_s).toObject().value(u"completion_tokens"_s).toInt(), 6);
        // Same id on every chunk, as the SDKs expect.
        for (const QJsonObject &event : events)
            QCOMPARE(event.value(u"id"_s).toString(), events.at(0).value(u"id"_s).toString());
    }

    void streamedFailureEndsWithAnErrorEvent()
    {
        m_env->settings.fallbackModels.clear();
        Config::AiSettings ai = m_env->runner->settings();
        ai.fallbackModels.clear();
        m_env->runner->setSettings(ai);
        for (int i = 0; i < 3; ++i)
            m_env->providers->anthropicServer.enqueue(FakeAnthropicProvider::error(500, u"api_error"_s, u"down"_s));
        const auto response = HttpTestClient::request(
            m_port, post(json({{u"stream"_s, true}, {u"messages"_s, QJsonArray{userMessage(u"Hi"_s)}}})), 10000);
        QCOMPARE(response.status, 200);
        bool done = false;
        const auto events = dataEvents(response.body, &done);
        QVERIFY(done);
        QCOMPARE(events.constLast().value(u"error"_s).toObject().value(u"code"_s).toString(), u"upstream_error"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");
        const QByteArray ok = json({{u"messages"_s, QJsonArray{userMessage(u"Hi"_s)}}});
        QTest::newRow("no token") << post(ok, {}) << 401 << u"operator token"_s;
        QTest::newRow("wrong token") << post(ok, "Bearer nope") << 401 << u"operator token"_s;
        QTest::newRow("bad json") << post("{nope") << 400 << u"JSON object"_s;
        QTest::newRow("no messages") << post(json({{u"model"_s, u"x"_s}})) << 400 << u"messages"_s;
        QTest::newRow("last not user")
            << post(json({{u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"x"_s}}}}}))
            << 400 << u"role"_s;
        QTest::newRow("client tools")
            << post(json({{u"tools"_s, QJsonArray{}}, {u"messages"_s, QJsonArray{userMessage(u"Hi"_s)}}})) << 400
            << u"tools"_s;
        QTest::newRow("image part")
            << post(json({{u"messages"_s,
                           QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                  {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"image_url"_s}}}}}}}}))
            << 400 << u"text"_s;
        QTest::newRow("bad user") << post(json({{u"user"_s, u"a b"_s}, {u"messages"_s, QJsonArray{userMessage(u"Hi"_s)}}}))
                                  << 400 << u"user"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        const auto response = HttpTestClient::request(m_port, request, 10000);
        QCOMPARE(response.status, status);
        const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
        QVERIFY2(error.value(u"message"_s).toString().contains(fragment), response.body.constData());
        QVERIFY(error.contains(u"type"_s));
        QCOMPARE(m_env->providers->anthropicServer.requests().size(), 0);
    }

    void budgetReachedIs429()
    {
        Config::AiSettings ai = m_env->runner->settings();
        ai.budgets.total.dailyUsd = 0.0;
        m_env->budgets->setBudgets(ai.budgets);
        const auto response = HttpTestClient::request(
            m_port, post(json({{u"messages"_s, QJsonArray{userMessage(u"Hi"_s)}}})), 10000);
        QCOMPARE(response.status, 429);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"budget_exceeded"_s);
        QCOMPARE(m_env->providers->anthropicServer.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiEndpoint)
#include "tst_openaiendpoint.moc"
