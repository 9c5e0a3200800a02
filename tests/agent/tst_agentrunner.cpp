// The agent loop end to end on real parts: SQLite, usage, budgets, tools, the router and the
// fake Anthropic/OpenAI servers on 127.0.0.1.
#include "support/agenttestenv.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeopenaiprovider.h"
#include "agent/chatcommands.h"
#include "agent/summarizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::AgentTestEnv;
using TestSupport::FakeAnthropicProvider;
using TestSupport::FakeOpenAiProvider;
using Agent::TurnOutcome;

namespace {
QJsonArray texts(const QString &text)
{
    return {FakeAnthropicProvider::textBlock(text)};
}

QJsonObject toolUse(const QString &id, const QString &text)
{
    return FakeAnthropicProvider::toolUseBlock(id, u"echo"_s, {{u"text"_s, text}});
}

QList<Sessions::StoredMessage> historyOf(AgentTestEnv &env, const QString &key)
{
    const auto page = env.sessions->history(Sessions::SessionKey::parse(key).value());
    return page ? page->messages : QList<Sessions::StoredMessage>();
}
} // namespace

class TestAgentRunner : public QObject
{
    Q_OBJECT

private slots:
    void streamedReplyIsStoredPricedAndEvented()
    {
        AgentTestEnv env;
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.providers->anthropicServer.enqueue(
            FakeAnthropicProvider::stream(texts(u"Hello there, friend."_s), u"end_turn"_s,
                                          FakeAnthropicProvider::usage(1000, 200)));
        const auto outcome = env.run(u"webchat:alice"_s, u"Hi"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Final);
        QCOMPARE(outcome->replyText, u"Hello there, friend."_s);
        QCOMPARE(outcome->model, u"anthropic/claude-test"_s);
        QCOMPARE(outcome->usage.inputTokens, 1000);
        QCOMPARE(outcome->usage.outputTokens, 200);
        // $3/M input, $15/M output: 1000 * 3e-6 + 200 * 15e-6 = 0.003 + 0.003
        QVERIFY(qAbs(outcome->costUsd - 0.006) < 1e-12);

        // The request carried the system prompt, the user's words and the tool.
        const QJsonObject sent = env.providers->anthropicServer.requests().constLast().json();
        QCOMPARE(sent.value(u"model"_s).toString(), u"claude-test"_s);
        QVERIFY(!sent.value(u"system"_s).toString().isEmpty());
        QCOMPARE(sent.value(u"tools"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"echo"_s);

        const auto history = historyOf(env, u"webchat:alice"_s);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).role, u"user"_s);
        QCOMPARE(history.at(1).role, u"assistant"_s);
        QCOMPARE(history.at(1).model, u"anthropic/claude-test"_s);
        QCOMPARE(history.at(1).runId, outcome->runId);

        const auto totals = env.usage->sessionTotals(u"webchat:alice"_s);
        QVERIFY(totals);
        QCOMPARE(totals->calls, 1);
        QVERIFY(qAbs(totals->costUsd - 0.006) < 1e-12);

        const auto chat = env.chatEventsOf(outcome->runId);
        QVERIFY(chat.size() >= 3); // several deltas (4-char pieces) and the final
        QCOMPARE(chat.constLast().value(u"state"_s).toString(), u"final"_s);
        QCOMPARE(chat.constLast().value(u"usage"_s).toObject().value(u"outputTokens"_s).toInt(), 200);
        QString lastDelta;
        for (qsizetype i = 0; i + 1 < chat.size(); ++i) {
            QCOMPARE(chat.at(i).value(u"state"_s).toString(), u"delta"_s);
            QCOMPARE(chat.at(i).value(u"seq"_s).toInt(), int(i + 1));
            lastDelta = chat.at(i).value(u"message"_s).toObject().value(u"content"_s).toArray().at(0).toObject()
                            .value(u"text"_s).toString();
        }
        QCOMPARE(lastDelta, u"Hello there, friend."_s);
        const auto lifecycle = env.agentEventsOf(outcome->runId, u"lifecycle"_s);
        QCOMPARE(lifecycle.constFirst().value(u"data"_s).toObject().value(u"phase"_s).toString(), u"start"_s);
        QCOMPARE(lifecycle.constLast().value(u"data"_s).toObject().value(u"phase"_s).toString(), u"end"_s);
    }

    void multiRoundToolUseOnAnthropic()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        auto &server = env.providers->anthropicServer;
        server.enqueue(FakeAnthropicProvider::stream({toolUse(u"toolu_1"_s, u"one"_s)}, u"tool_use"_s));
        server.enqueue(FakeAnthropicProvider::message({toolUse(u"toolu_2"_s, u"two"_s)}, u"tool_use"_s));
        server.enqueue(FakeAnthropicProvider::stream(texts(u"Both done."_s)));
        const auto outcome = env.run(u"telegram:dm:42"_s, u"Echo twice"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Final);
        QCOMPARE(outcome->replyText, u"Both done."_s);
        QCOMPARE(outcome->toolCalls, 2);
        QCOMPARE(outcome->providerCalls, 3);
        QCOMPARE(server.requests().size(), 3);

        // Round 2's request carries round 1's tool_use and its result.
        const QJsonArray messages = server.requests().at(1).json().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        const QJsonObject result = messages.at(2).toObject().value(u"content"_s).toArray().at(0).toObject();
        QCOMPARE(result.value(u"type"_s).toString(), u"tool_result"_s);
        QCOMPARE(result.value(u"tool_use_id"_s).toString(), u"toolu_1"_s);
        QVERIFY(result.value(u"content"_s).toVariant().toString().contains(u"echo: one"_s)
                || QJsonDocument(result).toJson().contains("echo: one"));

        const auto history = historyOf(env, u"telegram:dm:42"_s);
        QCOMPARE(history.size(), 6); // user, tool_use, result, tool_use, result, answer
        const auto toolEvents = env.agentEventsOf(outcome->runId, u"tool"_s);
        QCOMPARE(toolEvents.size(), 4); // start + result, twice
        QCOMPARE(toolEvents.at(1).value(u"data"_s).toObject().value(u"phase"_s).toString(), u"result"_s);
        QCOMPARE(toolEvents.at(1).value(u"data"_s).toObject().value(u"isError"_s).toBool(), false);
    }

    void parallelToolCallsAnsweredInOrder()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        auto &server = env.providers->anthropicServer;
        server.enqueue(FakeAnthropicProvider::stream(
            {FakeAnthropicProvider::textBlock(u"Checking."_s), toolUse(u"a"_s, u"first"_s), toolUse(u"b"_s, u"second"_s)},
            u"tool_use"_s));
        server.enqueue(FakeAnthropicProvider::stream(texts(u"Done."_s)));
        const auto outcome = env.run(u"webchat:p"_s, u"Go"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->replyText, u"Checking.\n\nDone."_s);
        const QJsonArray messages = server.requests().at(1).json().value(u"messages"_s).toArray();
        const QJsonArray results = messages.at(2).toObject().value(u"content"_s).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(u"tool_use_id"_s).toString(), u"a"_s);
        QCOMPARE(results.at(1).toObject().value(u"tool_use_id"_s).toString(), u"b"_s);
    }

    void toolUseOnOpenAi()
    {
        Config::AiSettings ai = AgentTestEnv::defaultSettings();
        ai.defaultModel = u"openai/gpt-test"_s;
        ai.fallbackModels.clear();
        AgentTestEnv env(ai);
        QVERIFY(env.ok());
        auto &server = env.providers->openaiServer;
        server.enqueue(FakeOpenAiProvider::completion(
            {}, {{u"call_1"_s, u"echo"_s, u"{\"text\":\"x\"}"_s}}, u"tool_calls"_s));
        server.enqueue(FakeOpenAiProvider::completion(u"It said echo: x"_s));
        const auto outcome = env.run(u"api:bob"_s, u"Use the tool"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Final);
        QCOMPARE(outcome->replyText, u"It said echo: x"_s);
        const QJsonArray messages = server.requests().at(1).json().value(u"messages"_s).toArray();
        // OpenAI dialect: system, user, assistant with tool_calls, tool message.
        QCOMPARE(messages.last().toObject().value(u"role"_s).toString(), u"tool"_s);
        QCOMPARE(messages.last().toObject().value(u"tool_call_id"_s).toString(), u"call_1"_s);
        QCOMPARE(messages.last().toObject().value(u"content"_s).toString(), u"echo: x"_s);
    }

    void toolRoundLimitKeepsHistoryValid()
    {
        Config::AiSettings ai = AgentTestEnv::defaultSettings();
        ai.maxToolRounds = 1;
        AgentTestEnv env(ai);
        QVERIFY(env.ok());
        auto &server = env.providers->anthropicServer;
        server.enqueue(FakeAnthropicProvider::message({toolUse(u"t1"_s, u"1"_s)}, u"tool_use"_s));
        server.enqueue(FakeAnthropicProvider::message({toolUse(u"t2"_s, u"2"_s)}, u"tool_use"_s));
        const auto outcome = env.run(u"webchat:loop"_s, u"Loop"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->errorKind, u"tool_rounds"_s);
        QVERIFY(outcome->replyText.contains(u"1 rounds"_s));
        QCOMPARE(server.requests().size(), 2);
        const auto history = historyOf(env, u"webchat:loop"_s);
        QCOMPARE(history.constLast().role, u"user"_s); // t2 answered with an error result
        QCOMPARE(history.constLast().content.at(0).toObject().value(u"is_error"_s).toBool(), true);
    }

    void failsOverToTheFallbackModel()
    {
        AgentTestEnv env(AgentTestEnv::defaultSettings(), 2);
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::error(500, u"api_error"_s, u"boom"_s));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::error(529, u"overloaded_error"_s, u"busy"_s));
        env.providers->openaiServer.enqueue(FakeOpenAiProvider::completion(u"From the fallback."_s));
        const auto outcome = env.run(u"webchat:f"_s, u"Hello"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Final);
        QCOMPARE(outcome->model, u"openai/gpt-test"_s);
        QCOMPARE(outcome->providerCalls, 3);
        const auto totals = env.usage->sessionTotals(u"webchat:f"_s);
        QVERIFY(totals);
        QCOMPARE(totals->calls, 3);
        QCOMPARE(totals->errors, 2);
    }

    void providerFailureIsAnErrorInWords()
    {
        Config::AiSettings ai = AgentTestEnv::defaultSettings();
        ai.fallbackModels.clear();
        AgentTestEnv env(ai, 1);
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(
            FakeAnthropicProvider::error(401, u"authentication_error"_s, u"invalid x-api-key"_s));
        const auto outcome = env.run(u"webchat:e"_s, u"Hello"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Error);
        QCOMPARE(outcome->errorKind, u"provider"_s);
        QVERIFY2(outcome->replyText.contains(u"API key"_s), qPrintable(outcome->replyText));
        const auto chat = env.chatEventsOf(outcome->runId);
        QCOMPARE(chat.constLast().value(u"state"_s).toString(), u"error"_s);
        QCOMPARE(chat.constLast().value(u"errorMessage"_s).toString(), outcome->replyText);
        // The user's message stays; a retry by the user continues the same conversation.
        QCOMPARE(historyOf(env, u"webchat:e"_s).size(), 1);
    }

    void budgetStopsTheCallBeforeItHappens()
    {
        Config::AiSettings ai = AgentTestEnv::defaultSettings();
        ai.budgets.total.dailyUsd = 0.005;
        AgentTestEnv env(ai);
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::stream(
            texts(u"Costly."_s), u"end_turn"_s, FakeAnthropicProvider::usage(1000, 200))); // $0.006
        QSignalSpy capped(env.budgets.get(), &Usage::BudgetGuard::capReached);
        const auto first = env.run(u"webchat:b"_s, u"One"_s);
        QVERIFY(first);
        QCOMPARE(first->state, TurnOutcome::State::Final);
        QCOMPARE(capped.size(), 1); // the call that crossed the cap is announced at once

        const auto second = env.run(u"webchat:b"_s, u"Two"_s);
        QVERIFY(second);
        QCOMPARE(second->state, TurnOutcome::State::Error);
        QCOMPARE(second->errorKind, u"budget"_s);
        QVERIFY2(second->replyText.contains(u"budget"_s, Qt::CaseInsensitive), qPrintable(second->replyText));
        QCOMPARE(env.providers->anthropicServer.requests().size(), 1); // no second provider call
        QCOMPARE(env.providers->openaiServer.requests().size(), 0);
        QCOMPARE(second->providerCalls, 0);
    }

    void perProviderCapSkipsToTheOtherProvider()
    {
        Config::AiSettings ai = AgentTestEnv::defaultSettings();
        ai.budgets.perProvider.insert(u"anthropic"_s, {0.0, std::nullopt});
        AgentTestEnv env(ai);
        QVERIFY(env.ok());
        env.providers->openaiServer.enqueue(FakeOpenAiProvider::completion(u"OpenAI here."_s));
        const auto outcome = env.run(u"webchat:pp"_s, u"Hi"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->replyText, u"OpenAI here."_s);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 0);
    }

    void abortWhileStreaming()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(TestSupport::FakeProviderReply::silence());
        Agent::TurnRequest request;
        request.sessionKey = u"webchat:abort"_s;
        request.text = u"Long story please"_s;
        const auto runId = env.runner->submit(request);
        QVERIFY(runId);
        QTRY_COMPARE(env.providers->anthropicServer.requests().size(), 1);
        QVERIFY(env.runner->isActive(runId.value()));
        QVERIFY(env.runner->abort(u"webchat:abort"_s, runId.value()));
        QTRY_COMPARE(env.outcomes.size(), 1);
        QCOMPARE(env.outcomes.at(0).state, TurnOutcome::State::Aborted);
        QCOMPARE(env.chatEventsOf(runId.value()).constLast().value(u"state"_s).toString(), u"aborted"_s);
        QVERIFY(!env.runner->isActive(runId.value()));
        QCOMPARE(env.runner->outcome(runId.value())->state, TurnOutcome::State::Aborted);
    }

    void queuedRunAbortedBeforeItStarts()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::stream(texts(u"first"_s)));
        Agent::TurnRequest request;
        request.sessionKey = u"webchat:q"_s;
        request.text = u"1"_s;
        const auto first = env.runner->submit(request);
        request.text = u"2"_s;
        const auto second = env.runner->submit(request);
        QVERIFY(first && second);
        QVERIFY(env.runner->abort(u"webchat:q"_s, second.value()));
        QTRY_COMPARE(env.outcomes.size(), 2);
        QCOMPARE(env.outcomes.at(0).state, TurnOutcome::State::Final);
        QCOMPARE(env.outcomes.at(1).state, TurnOutcome::State::Aborted);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 1);
        QCOMPARE(historyOf(env, u"webchat:q"_s).size(), 2);
    }

    void messagesOfOneSessionRunInOrderOthersInParallel()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        const int sessions = 8;
        const int perSession = 3;
        for (int i = 0; i < sessions * perSession; ++i)
            env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"ok"_s)));
        for (int m = 0; m < perSession; ++m) {
            for (int s = 0; s < sessions; ++s) {
                Agent::TurnRequest request;
                request.sessionKey = u"webchat:s%1"_s.arg(s);
                request.text = u"m%1"_s.arg(m);
                QVERIFY(env.runner->submit(request));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(env.outcomes.size(), sessions * perSession, 20000);
        for (int s = 0; s < sessions; ++s) {
            const auto history = historyOf(env, u"webchat:s%1"_s.arg(s));
            QCOMPARE(history.size(), perSession * 2);
            for (int m = 0; m < perSession; ++m) {
                QCOMPARE(history.at(m * 2).role, u"user"_s);
                QCOMPARE(history.at(m * 2).content.at(0).toObject().value(u"text"_s).toString(), u"m%1"_s.arg(m));
                QCOMPARE(history.at(m * 2 + 1).role, u"assistant"_s);
            }
        }
    }

    void historySurvivesARestart()
    {
        QTemporaryDir dir;
        {
            AgentTestEnv env(AgentTestEnv::defaultSettings(), 3, dir.path());
            QVERIFY(env.ok());
            env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Noted: blue."_s)));
            QVERIFY(env.run(u"webchat:r"_s, u"My favourite colour is blue."_s));
        }
        AgentTestEnv env(AgentTestEnv::defaultSettings(), 3, dir.path());
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Blue."_s)));
        const auto outcome = env.run(u"webchat:r"_s, u"What is my favourite colour?"_s);
        QVERIFY(outcome);
        const QJsonArray messages = env.providers->anthropicServer.requests().constLast().json().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        QVERIFY(QJsonDocument(messages.at(0).toObject()).toJson().contains("favourite colour is blue"));
    }

    void commandsNeedNoModel()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Hi!"_s), u"end_turn"_s,
                                                                              FakeAnthropicProvider::usage(100, 20)));
        QVERIFY(env.run(u"telegram:dm:7"_s, u"Hello"_s));

        const auto help = env.run(u"telegram:dm:7"_s, u"/help"_s);
        QVERIFY(help && help->command);
        QVERIFY(help->replyText.contains(u"/reset"_s));
        // The channel strips its own bot's @name; a name still attached is another bot's
        // (docs/agent.md "Commands"), so only the bare form is ours here.
        const auto start = env.run(u"telegram:dm:7"_s, u"/start"_s);
        QVERIFY(start && start->command);
        QCOMPARE(Agent::ChatCommands::parse(u"/start@my_bot"_s), std::optional<QString>());

        const auto usage = env.run(u"telegram:dm:7"_s, u"/usage"_s);
        QVERIFY(usage);
        QVERIFY2(usage->replyText.contains(u"1 model calls"_s), qPrintable(usage->replyText));
        QVERIFY2(usage->replyText.contains(u"$0.0006"_s), qPrintable(usage->replyText)); // 100*3e-6 + 20*15e-6

        const auto model = env.run(u"telegram:dm:7"_s, u"/model"_s);
        QVERIFY(model);
        QVERIFY(model->replyText.contains(u"anthropic/claude-test"_s));
        QVERIFY(model->replyText.contains(u"openai/gpt-test"_s));

        const auto reset = env.run(u"telegram:dm:7"_s, u"/reset"_s);
        QVERIFY(reset && reset->state == TurnOutcome::State::Final);
        QCOMPARE(historyOf(env, u"telegram:dm:7"_s).size(), 0); // archived, not in the current conversation
        Sessions::HistoryQuery all;
        all.includeArchived = true;
        QCOMPARE(env.sessions->history(Sessions::SessionKey::parse(u"telegram:dm:7"_s).value(), all)->messages.size(), 2);

        QCOMPARE(env.providers->anthropicServer.requests().size(), 1);
        // A slash that is not a command goes to the model.
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"A path."_s)));
        const auto path = env.run(u"telegram:dm:7"_s, u"/etc/hosts is what?"_s);
        QVERIFY(path && !path->command);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 2);
    }

    void unusableChainIsExplainedWithoutACall()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        // What AgentStack wires to ProviderSet::chainError: no model of the chain has a key.
        env.runner.reset();
        Agent::AgentServices services;
        services.sessions = env.sessions.get();
        services.router = env.router.get();
        services.tools = env.tools.get();
        services.tracker = env.tracker.get();
        services.usage = env.usage.get();
        services.chainProblem = [](const QStringList &models) {
            return models.isEmpty() ? QString() : u"ANTHROPIC_API_KEY is not set"_s;
        };
        env.runner = std::make_unique<Agent::AgentRunner>(services, env.settings, *env.actors);
        const auto outcome = env.run(u"webchat:nokey"_s, u"Hi"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Error);
        QCOMPARE(outcome->replyText, u"ANTHROPIC_API_KEY is not set"_s);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 0);
    }

    void droppedTurnsAreSummarisedForTheNextTurns()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        Agent::Summarizer summarizer(*env.sessions, *env.router);
        env.runner.reset();
        Agent::AgentServices services;
        services.sessions = env.sessions.get();
        services.router = env.router.get();
        services.tools = env.tools.get();
        services.tracker = env.tracker.get();
        services.usage = env.usage.get();
        services.summarizer = &summarizer;
        env.runner = std::make_unique<Agent::AgentRunner>(services, env.settings, *env.actors);

        // 30 stored turns of ~10,000 tokens each: far more than the 200,000-token window.
        const auto key = Sessions::SessionKey::parse(u"webchat:long"_s).value();
        const QString filler = QString(40000, u'x');
        for (int i = 0; i < 15; ++i) {
            Sessions::NewMessage user;
            user.role = u"user"_s;
            user.content = texts(u"q%1 "_s.arg(i) + filler);
            QVERIFY(env.sessions->append(key, user));
            Sessions::NewMessage assistant;
            assistant.role = u"assistant"_s;
            assistant.content = texts(u"a%1 "_s.arg(i) + filler);
            QVERIFY(env.sessions->append(key, assistant));
        }
        // One reply for the turn, one for the summary (whichever asks first gets the first).
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Summary or answer."_s)));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Summary or answer."_s)));
        const auto outcome = env.run(u"webchat:long"_s, u"And now?"_s);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, TurnOutcome::State::Final);
        QTRY_COMPARE(env.providers->anthropicServer.requests().size(), 2);
        QTRY_VERIFY(env.sessions->contextSource(key)->summary.has_value());
        // Both calls are in the cost picture of this conversation.
        QTRY_COMPARE(env.usage->sessionTotals(u"webchat:long"_s)->calls, 2);
    }

    void invalidSessionKeyIsRefused()
    {
        AgentTestEnv env;
        QVERIFY(env.ok());
        Agent::TurnRequest request;
        request.sessionKey = u"nonsense"_s;
        request.text = u"hi"_s;
        QVERIFY(!env.runner->submit(request));
    }
};

QTEST_GUILESS_MAIN(TestAgentRunner)
#include "tst_agentrunner.moc"
