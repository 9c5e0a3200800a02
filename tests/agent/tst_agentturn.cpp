// Agent::AgentTurn on its own: no runner, no session actor. Each test builds one turn over the
// real parts of AgentTestEnv (SQLite, usage with prices, the tool registry, the router) and the
// fake Anthropic/OpenAI servers on 127.0.0.1, starts it and looks at what it emitted, stored,
// recorded and sent. The rules pinned here are those of docs/agent.md ("A run", "Abort", "Events").
// Tool rounds are in tst_agentturntools.cpp; the shared fixture is support/agentturnfixture.h.
#include "support/agentturnfixture.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeopenaiprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Agent::TurnOutcome;
using TestSupport::AgentTestEnv;
using TestSupport::FakeAnthropicProvider;
using TestSupport::FakeOpenAiProvider;
using TestSupport::FakeProviderReply;
using namespace TestSupport::AgentTurnFixture;

class TestAgentTurn : public QObject
{
    Q_OBJECT

private slots:
    void plainTextAnswer()
    {
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::stream(texts(u"Hello there."_s)));
        TurnDriver run(env, requestFor(u"Hi"_s));
        run.turn.start();
        QTRY_VERIFY(run.outcome);

        QCOMPARE(run.finishedCount, 1);
        const TurnOutcome &outcome = *run.outcome;
        QCOMPARE(outcome.state, TurnOutcome::State::Final);
        QCOMPARE(outcome.runId, u"run-1"_s);
        QCOMPARE(outcome.sessionKey, kSession);
        QCOMPARE(outcome.replyText, u"Hello there."_s);
        QCOMPARE(outcome.model, u"anthropic/claude-test"_s);
        QCOMPARE(outcome.stopReason, u"end_turn"_s);
        QCOMPARE(outcome.errorKind, QString());
        QCOMPARE(outcome.providerCalls, 1);
        QCOMPARE(outcome.toolCalls, 0);
        QCOMPARE(outcome.command, false);

        // What went to the provider: the built-in prompt (ai.systemPrompt is empty), the user's
        // words as the only message, ai.maxOutputTokens, streamed, and the enabled tools.
        QCOMPARE(env.providers->anthropicServer.requests().size(), 1);
        const QJsonObject sent = env.providers->anthropicServer.requests().at(0).json();
        QCOMPARE(sent.value(u"model"_s).toString(), u"claude-test"_s);
        QCOMPARE(sent.value(u"max_tokens"_s).toInt(), 256);
        QCOMPARE(sent.value(u"stream"_s).toBool(), true);
        QVERIFY2(compact(QJsonObject{{u"s"_s, sent.value(u"system"_s)}}).contains(u"running in Moltdesk"_s),
                 qPrintable(compact(sent)));
        const QJsonArray messages = sent.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(messages.at(0).toObject().value(u"content"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
                 u"Hi"_s);
        QCOMPARE(sent.value(u"tools"_s).toArray().size(), 1); // AgentTestEnv's echo tool
        QCOMPARE(sent.value(u"tools"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"echo"_s);

        // docs/agent.md "A run", steps 2 and 5: the user message, then the reply with its model.
        const auto history = historyOf(env);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).role, u"user"_s);
        QCOMPARE(history.at(0).channelMessageId, u"1001"_s);
        QCOMPARE(history.at(0).runId, u"run-1"_s);
        QCOMPARE(history.at(1).role, u"assistant"_s);
        QCOMPARE(history.at(1).model, u"anthropic/claude-test"_s);
        QCOMPARE(history.at(1).content.at(0).toObject().value(u"text"_s).toString(), u"Hello there."_s);

        // docs/agent.md "Events": every text delta is a chat delta, seq counts per run, then final.
        QCOMPARE(run.deltas, (QStringList{u"Hell"_s, u"o th"_s, u"ere."_s}));
        QCOMPARE(run.lastSoFar, u"Hello there."_s);
        QCOMPARE(run.chat.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run.chat.at(i).value(u"state"_s).toString(), u"delta"_s);
            QCOMPARE(run.chat.at(i).value(u"seq"_s).toInt(), i + 1);
            QCOMPARE(run.chat.at(i).value(u"delta"_s).toString(), run.deltas.at(i));
        }
        const QJsonObject final = run.chat.at(3);
        QCOMPARE(final.value(u"state"_s).toString(), u"final"_s);
        QCOMPARE(final.value(u"seq"_s).toInt(), 4);
        QCOMPARE(final.value(u"runId"_s).toString(), u"run-1"_s);
        QCOMPARE(final.value(u"sessionKey"_s).toString(), kSession);
        QCOMPARE(final.value(u"model"_s).toString(), u"anthropic/claude-test"_s);
        QCOMPARE(final.value(u"stopReason"_s).toString(), u"end_turn"_s);
        QCOMPARE(final.value(u"message"_s).toObject().value(u"content"_s).toArray().at(0).toObject()
                     .value(u"text"_s).toString(),
                 u"Hello there."_s);

        const auto lifecycle = run.agentStream(u"lifecycle"_s);
        QCOMPARE(lifecycle.size(), 2);
        QCOMPARE(lifecycle.at(0).value(u"phase"_s).toString(), u"start"_s);
        QCOMPARE(lifecycle.at(1).value(u"phase"_s).toString(), u"end"_s);
        QCOMPARE(lifecycle.at(1).value(u"state"_s).toString(), u"final"_s);
        QCOMPARE(run.agentStream(u"assistant"_s).size(), 3);
        QCOMPARE(run.agentStream(u"assistant"_s).last().value(u"text"_s).toString(), u"Hello there."_s);
        for (int i = 0; i < run.agent.size(); ++i)
            QCOMPARE(run.agent.at(i).value(u"seq"_s).toInt(), i + 1);
    }

    void configuredSystemPromptReplacesTheBuiltInOne()
    {
        Config::AiSettings ai = singleModel();
        ai.systemPrompt = u"You are a terse pirate."_s;
        AgentTestEnv env(ai);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Arr."_s)));
        TurnDriver run(env, requestFor(u"Hi"_s));
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->replyText, u"Arr."_s);
        const QString system = compact(QJsonObject{
            {u"s"_s, env.providers->anthropicServer.requests().at(0).json().value(u"system"_s)}});
        QVERIFY2(system.contains(u"You are a terse pirate."_s), qPrintable(system));
        QVERIFY2(!system.contains(u"running in Moltdesk"_s), qPrintable(system));
    }

    void providerErrorBecomesAnErrorInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("529 overloaded") << 529 << u"overloaded_error"_s << u"Overloaded"_s
                                        << u"The AI provider is busy right now. Please try again in a minute."_s;
        QTest::newRow("429 rate limit") << 429 << u"rate_limit_error"_s << u"slow down"_s
                                        << u"The AI provider is busy right now. Please try again in a minute."_s;
        QTest::newRow("401 bad key") << 401 << u"authentication_error"_s << u"invalid x-api-key"_s
                                     << u"The AI provider refused the API key. Check it in Moltdesk's Secrets page."_s;
        QTest::newRow("402 billing") << 402 << u"billing_error"_s << u"pay up"_s
                                     << u"The AI provider's account has reached its spending limit or is out of credit."_s;
        QTest::newRow("400 bad request") << 400 << u"invalid_request_error"_s << u"max_tokens: too large"_s
                                         << u"The AI provider rejected the request: max_tokens: too large"_s;
        QTest::newRow("500 server") << 500 << u"api_error"_s << u"Internal server error"_s
                                    << u"I could not reach the AI provider (Internal server error). Please try again later."_s;
    }

    void providerErrorBecomesAnErrorInWords()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        // One model, one attempt: the first failure is the run's failure.
        AgentTestEnv env(singleModel(), 1);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::error(status, type, message));
        TurnDriver run(env, requestFor(u"Hello"_s));
        run.turn.start();
        QTRY_VERIFY(run.outcome);

        // docs/agent.md "A run" 4: error, the reason in words; "Events": chat error carries
        // errorMessage and errorKind "provider".
        QCOMPARE(run.outcome->state, TurnOutcome::State::Error);
        QCOMPARE(run.outcome->errorKind, u"provider"_s);
        QCOMPARE(run.outcome->replyText, expected);
        QCOMPARE(run.outcome->providerCalls, 1);
        QCOMPARE(run.outcome->usage, Providers::TokenUsage());
        QCOMPARE(run.outcome->costUsd, 0.0);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 1);
        QCOMPARE(run.chat.size(), 1);
        QCOMPARE(run.chat.at(0).value(u"state"_s).toString(), u"error"_s);
        QCOMPARE(run.chat.at(0).value(u"errorKind"_s).toString(), u"provider"_s);
        QCOMPARE(run.chat.at(0).value(u"errorMessage"_s).toString(), expected);
        QCOMPARE(run.agentStream(u"lifecycle"_s).constLast().value(u"phase"_s).toString(), u"error"_s);

        // The user's message stays; the failed attempt is in the cost picture (docs/agent.md 3.4:
        // "every attempt - failed ones too - is recorded").
        const auto history = historyOf(env);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).role, u"user"_s);
        const auto totals = env.usage->sessionTotals(kSession);
        QVERIFY(totals);
        QCOMPARE(totals->calls, 1);
        QCOMPARE(totals->errors, 1);
    }

    void abortMidStream()
    {
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        // message_start, ping, content_block_start, "Part", "ial " - then silence.
        env.providers->anthropicServer.enqueue(stalledStream(u"Partial answer that never ends"_s, 5));
        TurnDriver run(env, requestFor(u"Tell me a long story"_s));
        run.turn.start();
        QTRY_COMPARE(run.deltas.size(), 2);
        QVERIFY(!run.outcome);

        run.turn.abort();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.outcome->state, TurnOutcome::State::Aborted);
        QCOMPARE(run.outcome->replyText, u"Partial "_s);
        QCOMPARE(run.chat.constLast().value(u"state"_s).toString(), u"aborted"_s);
        QCOMPARE(run.chat.constLast().value(u"message"_s).toObject().value(u"content"_s).toArray().at(0).toObject()
                     .value(u"text"_s).toString(),
                 u"Partial "_s);
        QCOMPARE(run.agentStream(u"lifecycle"_s).constLast().value(u"state"_s).toString(), u"aborted"_s);

        // docs/agent.md "Abort": a partial answer is stored, marked aborted.
        const auto history = historyOf(env);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).role, u"assistant"_s);
        QCOMPARE(history.at(1).content.at(0).toObject().value(u"text"_s).toString(), u"Partial "_s);
        QCOMPARE(history.at(1).metadata.value(u"aborted"_s).toBool(), true);

        // A second abort, or one after the end, changes nothing.
        run.turn.abort();
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 1);
    }

    void usageAndCostSummedOverTheRun()
    {
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        auto log = std::make_shared<ToolLog>();
        env.tools->registerTool(std::make_shared<WeatherTool>(log));
        auto &server = env.providers->anthropicServer;
        server.enqueue(FakeAnthropicProvider::stream(
            {FakeAnthropicProvider::toolUseBlock(u"toolu_u"_s, u"weather"_s, {{u"city"_s, u"Rome"_s}, {u"days"_s, 1}})},
            u"tool_use"_s, FakeAnthropicProvider::usage(1000, 200, 500, 100)));
        server.enqueue(FakeAnthropicProvider::stream(texts(u"Warm."_s), u"end_turn"_s,
                                                     FakeAnthropicProvider::usage(2000, 50)));
        TurnDriver run(env, requestFor(u"Rome?"_s));
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->state, TurnOutcome::State::Final);

        // docs/agent.md "Events": final carries usage summed over the run's calls, and costUsd.
        Providers::TokenUsage expected;
        expected.inputTokens = 3000;
        expected.outputTokens = 250;
        expected.cacheReadTokens = 500;
        expected.cacheWriteTokens = 100;
        QCOMPARE(run.outcome->usage, expected);
        // Prices of anthropic/claude-test per million: input 3, output 15, cache read 0.3, write 3.75.
        // Call 1: 1000*3 + 200*15 + 500*0.3 + 100*3.75 = 6525 µ$; call 2: 2000*3 + 50*15 = 6750 µ$.
        const double cost = 0.013275;
        QVERIFY2(qAbs(run.outcome->costUsd - cost) < 1e-12, qPrintable(QString::number(run.outcome->costUsd, 'g', 17)));
        QCOMPARE(run.outcome->providerCalls, 2);

        const QJsonObject final = run.chat.constLast();
        QCOMPARE(final.value(u"usage"_s).toObject(), expected.toJson());
        QVERIFY(qAbs(final.value(u"costUsd"_s).toDouble() - cost) < 1e-12);

        // Each stored reply carries its own call's usage; the usage store has both calls.
        const auto history = historyOf(env);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(1).usage.value(u"inputTokens"_s).toInteger(), 1000);
        QCOMPARE(history.at(1).usage.value(u"cacheWriteTokens"_s).toInteger(), 100);
        QCOMPARE(history.at(3).usage.value(u"inputTokens"_s).toInteger(), 2000);
        const auto totals = env.usage->sessionTotals(kSession);
        QVERIFY(totals);
        QCOMPARE(totals->calls, 2);
        QCOMPARE(totals->inputTokens, 3000);
        QCOMPARE(totals->outputTokens, 250);
        QCOMPARE(totals->cacheReadTokens, 500);
        QCOMPARE(totals->cacheWriteTokens, 100);
        QCOMPARE(totals->errors, 0);
        QVERIFY(qAbs(totals->costUsd - cost) < 1e-12);
    }

    void openAiCachedTokensAreCountedOnce()
    {
        // OpenAI's prompt_tokens include the cached ones; the turn records them disjoint
        // (gateway/base/tokenusage.h), so the cached part is priced once, at the cache price.
        Config::AiSettings ai = AgentTestEnv::defaultSettings();
        ai.defaultModel = u"openai/gpt-test"_s;
        ai.fallbackModels.clear();
        AgentTestEnv env(ai);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.providers->openaiServer.enqueue(
            FakeOpenAiProvider::completion(u"Cached."_s, {}, u"stop"_s, FakeOpenAiProvider::usage(1000, 100, 400)));
        TurnDriver run(env, requestFor(u"Again"_s, u"api:bob"_s));
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->state, TurnOutcome::State::Final);
        QCOMPARE(run.outcome->model, u"openai/gpt-test"_s);
        QCOMPARE(run.outcome->usage.inputTokens, 600);
        QCOMPARE(run.outcome->usage.cacheReadTokens, 400);
        QCOMPARE(run.outcome->usage.outputTokens, 100);
        // openai/gpt-test per million: input 3, output 15, cache read 1.5.
        // 600*3 + 100*15 + 400*1.5 = 3900 µ$.
        QVERIFY2(qAbs(run.outcome->costUsd - 0.0039) < 1e-12, qPrintable(QString::number(run.outcome->costUsd, 'g', 17)));
    }

    void commandIsAnsweredWithoutModelOrHistory()
    {
        // docs/agent.md "A run" 1: commands are answered without a model call, cost nothing and
        // are not stored in the history.
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        TurnDriver run(env, requestFor(u"/model"_s));
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->state, TurnOutcome::State::Final);
        QCOMPARE(run.outcome->command, true);
        QCOMPARE(run.outcome->replyText, u"Model: anthropic/claude-test"_s);
        QCOMPARE(run.outcome->providerCalls, 0);
        QCOMPARE(run.outcome->costUsd, 0.0);
        QCOMPARE(run.chat.constLast().value(u"command"_s).toBool(), true);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 0);
        QCOMPARE(historyOf(env).size(), 0);

        // With commands off (API endpoint, cron prompts) the same words go to the model.
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"I am Claude."_s)));
        Agent::TurnRequest request = requestFor(u"/model"_s);
        request.commands = false;
        TurnDriver second(env, request, u"run-2"_s);
        second.turn.start();
        QTRY_VERIFY(second.outcome);
        QCOMPARE(second.outcome->command, false);
        QCOMPARE(second.outcome->replyText, u"I am Claude."_s);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 1);
    }

    void emptyMessageIsAnInputError()
    {
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        TurnDriver run(env, requestFor(QString()));
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->state, TurnOutcome::State::Error);
        QCOMPARE(run.outcome->errorKind, u"input"_s); // docs/agent.md "Events": errorKind input
        QCOMPARE(run.outcome->replyText, u"The message is empty."_s);
        QCOMPARE(env.providers->anthropicServer.requests().size(), 0);
        QCOMPARE(historyOf(env).size(), 0);
    }

    void extraContentFollowsTheText()
    {
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"A cat."_s)));
        Agent::TurnRequest request = requestFor(u"What is this?"_s);
        const QJsonObject image{{u"type"_s, u"image"_s},
                                {u"source"_s, QJsonObject{{u"type"_s, u"base64"_s},
                                                          {u"media_type"_s, u"image/png"_s},
                                                          {u"data"_s, u"iVBORw0KGgo="_s}}}};
        const QJsonObject note{{u"type"_s, u"text"_s}, {u"text"_s, u"[image stored as x]"_s}};
        request.extraContent = {image, note};
        TurnDriver run(env, request);
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->state, TurnOutcome::State::Final);
        const QJsonArray content = historyOf(env).at(0).content;
        QCOMPARE(content.size(), 3);
        QCOMPARE(content.at(0).toObject().value(u"text"_s).toString(), u"What is this?"_s);
        QCOMPARE(content.at(1).toObject(), image);
        QCOMPARE(content.at(2).toObject(), note);
        const QJsonArray sent = env.providers->anthropicServer.requests().at(0).json().value(u"messages"_s).toArray()
                                    .at(0).toObject().value(u"content"_s).toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(1).toObject().value(u"type"_s).toString(), u"image"_s);
        QCOMPARE(sent.at(1).toObject().value(u"source"_s).toObject().value(u"data"_s).toString(), u"iVBORw0KGgo="_s);
    }

    void storedUserMessageIsNotStoredTwice()
    {
        // docs/agent.md "What survives a crash": a replayed channel message resumes from the
        // history without storing the user message a second time.
        AgentTestEnv env(singleModel());
        QVERIFY2(env.ok(), qPrintable(env.error()));
        Sessions::NewMessage user;
        user.role = u"user"_s;
        user.content = texts(u"Stored before the crash"_s);
        user.channelMessageId = u"1001"_s;
        QVERIFY(env.sessions->append(Sessions::SessionKey::parse(kSession).value(), user));
        env.providers->anthropicServer.enqueue(FakeAnthropicProvider::message(texts(u"Resumed."_s)));

        Agent::TurnRequest request = requestFor(u"ignored"_s);
        request.userMessageStored = true;
        TurnDriver run(env, request);
        run.turn.start();
        QTRY_VERIFY(run.outcome);
        QCOMPARE(run.outcome->replyText, u"Resumed."_s);
        const auto history = historyOf(env);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).content.at(0).toObject().value(u"text"_s).toString(), u"Stored before the crash"_s);
        const QJsonArray messages = env.providers->anthropicServer.requests().at(0).json().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1);
        QVERIFY(!compact(messages).contains(u"ignored"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgentTurn)
#include "tst_agentturn.moc"
