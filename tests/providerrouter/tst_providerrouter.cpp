#include "providers/router/providerrouter.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeopenaiprovider.h"
#include "support/providerrouterenv.h"
#include "support/providerrouterrecorder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Providers;
using namespace Moltdesk::TestSupport;
using Fake = FakeAnthropicProvider;
using Kind = ProviderError::Kind;

Q_DECLARE_METATYPE(Moltdesk::TestSupport::FakeProviderReply)

// Retries, fail-over and abort of ProviderRouter against fake Anthropic / OpenAI servers on
// 127.0.0.1: every error reaches the router through the real clients and real sockets.
class TestProviderRouter : public QObject
{
    Q_OBJECT

private:
    const QStringList m_chain{u"anthropic/claude-fake"_s, u"openai/gpt-fake"_s};

    static FakeProviderReply okStream(const QString &text = u"Hello there"_s)
    {
        return Fake::stream({Fake::textBlock(text)});
    }
    static QStringList kinds(const QList<AttemptInfo> &attempts)
    {
        QStringList names;
        for (const AttemptInfo &a : attempts)
            names.append(a.succeeded() ? u"ok"_s : a.errorKind());
        return names;
    }

private slots:
    void retryPolicyDelays()
    {
        double draw = 1.0;
        RetryPolicy policy(RetrySettings{}, [&draw] { return draw; }); // base 500 ms, cap 20 s
        const ProviderError server(Kind::Server, u"boom"_s);
        QCOMPARE(policy.retryDelay(server, 1)->count(), 500); // full window at draw 1
        QCOMPARE(policy.retryDelay(server, 2)->count(), 1000);
        QCOMPARE(policy.retryDelay(server, 2)->count(), 1000);
        QVERIFY(!policy.retryDelay(server, 3)); // maxAttempts 3 reached
        RetryPolicy many(RetrySettings{10, std::chrono::milliseconds(500), std::chrono::seconds(20),
                                       std::chrono::seconds(60)}, [&draw] { return draw; });
        QCOMPARE(many.retryDelay(server, 9)->count(), 20000); // capped
        draw = 0.25;
        QCOMPARE(many.retryDelay(server, 3)->count(), 500);   // jitter: a quarter of 2000
        const ProviderError hinted(Kind::RateLimited, u"slow"_s, 429, 1234);
        QCOMPARE(many.retryDelay(hinted, 1)->count(), 1234);  // the header wins over backoff
        const ProviderError greedy(Kind::RateLimited, u"slow"_s, 429, 3600 * 1000);
        QCOMPARE(many.retryDelay(greedy, 1)->count(), 60000); // capped at 60 s
        for (Kind kind : {Kind::BadRequest, Kind::Auth, Kind::SpendLimit, Kind::Aborted})
            QVERIFY(!many.retryDelay(ProviderError(kind, u"x"_s), 1));
        QVERIFY(RetryPolicy::failsOver(ProviderError(Kind::Auth, u"x"_s)));
        QVERIFY(RetryPolicy::failsOver(ProviderError(Kind::SpendLimit, u"x"_s)));
        QVERIFY(RetryPolicy::failsOver(ProviderError(Kind::Timeout, u"x"_s)));
        QVERIFY(!RetryPolicy::failsOver(ProviderError(Kind::BadRequest, u"x"_s)));
        QVERIFY(!RetryPolicy::failsOver(ProviderError(Kind::Aborted, u"x"_s)));
    }

    void plainSuccess()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(okStream());
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        RoutedCall *call = router.start(ProviderRouterEnv::request(m_chain));
        ProviderRouterRecorder rec(call);
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.endings, 1);
        QVERIFY(rec.result);
        QCOMPARE(rec.result->text(), u"Hello there"_s);
        QCOMPARE(rec.textDeltas.join(QString()), u"Hello there"_s);
        QCOMPARE(kinds(rec.attempts), QStringList{u"ok"_s});
        QCOMPARE(rec.attempts.first().provider, u"anthropic"_s);
        QCOMPARE(rec.attempts.first().model, u"claude-fake"_s);
        QCOMPARE(rec.attempts.first().usage.outputTokens, 5);
        QVERIFY(!call->isCacheHit());
        // The chain entry's model reaches the wire without its "provider/" prefix.
        QCOMPARE(env.anthropicServer.requests().size(), 1);
        QCOMPARE(env.anthropicServer.requests().first().json().value(u"model"_s).toString(), u"claude-fake"_s);
        QCOMPARE(env.openaiServer.requests().size(), 0);
    }

    void retryAfterIsHonoured()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::error(429, u"rate_limit_error"_s, u"slow down"_s, {{"retry-after-ms"_ba, "200"_ba}}));
        env.anthropicServer.enqueue(okStream());
        QList<qint64> arrivals;
        QElapsedTimer clock;
        clock.start();
        connect(&env.anthropicServer, &FakeProviderServer::requestReceived, this, [&] { arrivals.append(clock.elapsed()); });

        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        RoutedCall *call = router.start(ProviderRouterEnv::request(m_chain));
        ProviderRouterRecorder rec(call);
        QVERIFY(rec.waitDone());
        QVERIFY(rec.result);
        QCOMPARE(kinds(rec.attempts), (QStringList{u"rate_limited"_s, u"ok"_s}));
        QCOMPARE(arrivals.size(), 2);
        const qint64 gap = arrivals.at(1) - arrivals.at(0);
        QVERIFY2(gap >= 200, qPrintable(u"retried after %1 ms"_s.arg(gap)));
        QVERIFY2(gap < 5000, qPrintable(u"retried after %1 ms"_s.arg(gap)));
    }

    void retriedThenSucceeds_data()
    {
        QTest::addColumn<FakeProviderReply>("failure");
        QTest::addColumn<QString>("kind");
        const QList<QByteArray> events = Fake::streamEvents({Fake::textBlock(u"partial answer"_s)}, u"end_turn"_s, Fake::usage(3, 4));
        QList<QByteArray> malformed = events;
        malformed.insert(2, "event: content_block_delta\ndata: {not json\n\n"_ba);
        QTest::newRow("529 overloaded") << Fake::error(529, u"overloaded_error"_s, u"Overloaded"_s) << u"overloaded"_s;
        QTest::newRow("500 server") << Fake::error(500, u"api_error"_s, u"boom"_s) << u"server"_s;
        QTest::newRow("stream cut mid-event") << FakeProviderReply::eventStream(events).cutAfter(events.at(0).size() + 10)
                                              << u"stream_cut"_s;
        QTest::newRow("malformed data line") << FakeProviderReply::eventStream(malformed) << u"malformed"_s;
    }
    void retriedThenSucceeds()
    {
        QFETCH(FakeProviderReply, failure);
        QFETCH(QString, kind);
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(failure);
        env.anthropicServer.enqueue(okStream());
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        RoutedCall *call = router.start(ProviderRouterEnv::request(m_chain));
        ProviderRouterRecorder rec(call);
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.endings, 1);
        QVERIFY(rec.result);
        QCOMPARE(kinds(rec.attempts), (QStringList{kind, u"ok"_s}));
        QCOMPARE(rec.attempts.first().provider, rec.attempts.last().provider); // same model, no fail-over
        QCOMPARE(env.anthropicServer.requests().size(), 2);
        QCOMPARE(env.openaiServer.requests().size(), 0);
        QCOMPARE(rec.visibleText, u"Hello there"_s);
    }

    void streamedTextIsResetBeforeTheRetry()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        const QList<QByteArray> events = Fake::streamEvents({Fake::textBlock(u"Doomed reply"_s)}, u"end_turn"_s, Fake::usage(3, 4));
        FakeProviderReply cut = FakeProviderReply::eventStream(events.mid(0, 5)); // text deltas, no message_stop
        cut.ending = FakeProviderReply::Ending::Cut;
        env.anthropicServer.enqueue(cut);
        env.anthropicServer.enqueue(okStream());
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        RoutedCall *call = router.start(ProviderRouterEnv::request(m_chain));
        ProviderRouterRecorder rec(call);
        QVERIFY(rec.waitDone());
        QVERIFY(rec.result);
        QCOMPARE(rec.resets, 1);
        const qsizetype resetAt = rec.order.indexOf(u"reset"_s);
        QVERIFY(rec.order.indexOf(u"text"_s) < resetAt);        // partial text came first
        QVERIFY(resetAt < rec.order.indexOf(u"retry"_s));       // reset precedes the retry
        QCOMPARE(rec.visibleText, u"Hello there"_s);
    }

    void badRequestIsNeitherRetriedNorFailedOver()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::error(400, u"invalid_request_error"_s, u"messages: empty"_s));
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        ProviderRouterRecorder rec(router.start(ProviderRouterEnv::request(m_chain)));
        QVERIFY(rec.waitDone());
        QVERIFY(rec.error);
        QCOMPARE(rec.error->kind(), Kind::BadRequest);
        QCOMPARE(kinds(rec.attempts), QStringList{u"bad_request"_s});
        QCOMPARE(env.anthropicServer.requests().size(), 1);
        QCOMPARE(env.openaiServer.requests().size(), 0);
    }

    void authFailsOverWithoutRetry()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::error(401, u"authentication_error"_s, u"invalid x-api-key"_s));
        env.openaiServer.enqueue(FakeOpenAiProvider::stream({u"Fallback "_s, u"answer"_s}));
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        ProviderRouterRecorder rec(router.start(ProviderRouterEnv::request(m_chain)));
        QVERIFY(rec.waitDone());
        QVERIFY(rec.result);
        QCOMPARE(rec.result->text(), u"Fallback answer"_s);
        QCOMPARE(kinds(rec.attempts), (QStringList{u"auth"_s, u"ok"_s}));
        QCOMPARE(rec.attempts.at(1).provider, u"openai"_s);
        QCOMPARE(rec.attempts.at(1).model, u"gpt-fake"_s);
        QCOMPARE(env.anthropicServer.requests().size(), 1);
        QCOMPARE(env.openaiServer.requests().first().json().value(u"model"_s).toString(), u"gpt-fake"_s);
    }

    void exhaustedRetriesFailOver()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        for (int i = 0; i < 3; ++i)
            env.anthropicServer.enqueue(Fake::error(500, u"api_error"_s, u"boom"_s));
        env.openaiServer.enqueue(FakeOpenAiProvider::stream({u"Saved"_s}));
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(3));
        ProviderRouterRecorder rec(router.start(ProviderRouterEnv::request(m_chain)));
        QVERIFY(rec.waitDone());
        QVERIFY(rec.result);
        QCOMPARE(kinds(rec.attempts), (QStringList{u"server"_s, u"server"_s, u"server"_s, u"ok"_s}));
        QCOMPARE(env.anthropicServer.requests().size(), 3);
        QCOMPARE(env.openaiServer.requests().size(), 1);
    }

    void allFailListsEveryAttempt()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        for (int i = 0; i < 2; ++i) {
            env.anthropicServer.enqueue(Fake::error(529, u"overloaded_error"_s, u"Overloaded"_s));
            env.openaiServer.enqueue(FakeOpenAiProvider::error(500, u"oops"_s, u"server_error"_s, QString()));
        }
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(2));
        ProviderRouterRecorder rec(router.start(ProviderRouterEnv::request(m_chain)));
        QVERIFY(rec.waitDone());
        QCOMPARE(rec.endings, 1);
        QVERIFY(rec.error);
        QCOMPARE(rec.error->kind(), Kind::Server); // the last error
        QCOMPARE(kinds(rec.attempts), (QStringList{u"overloaded"_s, u"overloaded"_s, u"server"_s, u"server"_s}));
        for (const AttemptInfo &a : std::as_const(rec.attempts)) {
            QVERIFY(a.latencyMs >= 0);
            QVERIFY(a.startedAt.isValid());
        }
        QTest::qWait(50);
        QCOMPARE(rec.endings, 1);
    }

    void timeoutIsRetriedThenFailsOver()
    {
        ProviderRouterEnv env(std::chrono::milliseconds(150));
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(FakeProviderReply::silence());
        env.anthropicServer.enqueue(FakeProviderReply::silence());
        env.openaiServer.enqueue(FakeOpenAiProvider::stream({u"Late but fine"_s}));
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(2));
        ProviderRouterRecorder rec(router.start(ProviderRouterEnv::request(m_chain)));
        QVERIFY(rec.waitDone());
        QVERIFY(rec.result);
        QCOMPARE(kinds(rec.attempts), (QStringList{u"timeout"_s, u"timeout"_s, u"ok"_s}));
        QVERIFY(rec.attempts.first().latencyMs >= 140); // coarse timers may fire up to 5% early
    }

    void abortDuringBackoff()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::error(503, u"api_error"_s, u"later"_s, {{"retry-after-ms"_ba, "5000"_ba}}));
        env.anthropicServer.enqueue(okStream());
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        RoutedCall *call = router.start(ProviderRouterEnv::request(m_chain));
        ProviderRouterRecorder rec(call);
        QSignalSpy retry(call, &RoutedCall::retryScheduled);
        QVERIFY(retry.wait(5000));
        QCOMPARE(retry.first().at(1).toLongLong(), 5000);
        QVERIFY(call->isWaiting());
        call->abort();
        QCOMPARE(rec.endings, 1);
        QVERIFY(rec.error);
        QCOMPARE(rec.error->kind(), Kind::Aborted);
        QCOMPARE(kinds(rec.attempts), QStringList{u"server"_s}); // the wait made no call
        QVERIFY(!call->isWaiting());
        call->abort(); // a second abort reports nothing
        QTest::qWait(50);
        QCOMPARE(rec.endings, 1);
        QCOMPARE(env.anthropicServer.requests().size(), 1);
    }

    void abortDuringLiveStream()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        const QList<QByteArray> events = Fake::streamEvents({Fake::textBlock(u"never finished"_s)}, u"end_turn"_s, Fake::usage(3, 4));
        FakeProviderReply stalled = FakeProviderReply::eventStream(events.mid(0, 5));
        stalled.ending = FakeProviderReply::Ending::Stall;
        env.anthropicServer.enqueue(stalled);
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        RoutedCall *call = router.start(ProviderRouterEnv::request(m_chain));
        ProviderRouterRecorder rec(call);
        QTRY_VERIFY(!rec.textDeltas.isEmpty());
        call->abort();
        QCOMPARE(rec.endings, 1);
        QCOMPARE(rec.error->kind(), Kind::Aborted);
        QCOMPARE(kinds(rec.attempts), QStringList{u"aborted"_s});
        QTRY_COMPARE(env.anthropicServer.openConnections(), 0); // the transfer was really stopped
        QCOMPARE(rec.endings, 1);
        QCOMPARE(env.openaiServer.requests().size(), 0); // an abort never fails over
    }

    void unresolvableChainEntries()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.openaiServer.enqueue(FakeOpenAiProvider::stream({u"ok"_s}));
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings());
        ProviderRouterRecorder skipped(router.start(ProviderRouterEnv::request({u"mystery/model"_s, u"openai/gpt-fake"_s})));
        QVERIFY(skipped.waitDone());
        QVERIFY(skipped.result);
        QCOMPARE(kinds(skipped.attempts), QStringList{u"ok"_s});

        ProviderRouterRecorder none(router.start(ProviderRouterEnv::request({u"no-slash"_s})));
        QVERIFY(none.waitDone());
        QVERIFY(none.error);
        QVERIFY(none.error->message().contains(u"provider/model"_s));
        QVERIFY(none.attempts.isEmpty());

        ProviderRouterRecorder empty(router.start(ProviderRouterEnv::request({})));
        QVERIFY(empty.waitDone());
        QCOMPARE(empty.error->kind(), Kind::BadRequest);
    }
};

QTEST_GUILESS_MAIN(TestProviderRouter)
#include "tst_providerrouter.moc"
