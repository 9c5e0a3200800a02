// Summarizer over a real SessionStore (SQLite in a temp dir) and a ProviderRouter talking to the
// fake Anthropic server on 127.0.0.1: the threshold, the stored summary and how the next
// ContextBuilder::build uses it, the request it sends, and that a failure leaves history as it was.
#include "agent/summarizer.h"
#include "core/schemamigrations.h"
#include "providers/router/providerrouter.h"
#include "sessions/contextbuilder.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"
#include "support/fakeanthropicprovider.h"
#include "support/providerrouterenv.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Sessions;
using namespace Moltdesk::Agent;
using namespace Moltdesk::TestSupport;
using Fake = FakeAnthropicProvider;
using Status = SummaryOutcome::Status;

namespace {

// Each message is ~104 estimated tokens (400 chars + overhead); the budget keeps the newest ~5.
ContextBudget smallBudget()
{
    ContextBudget b;
    b.contextWindowTokens = 700;
    b.maxOutputTokens = 100;
    b.marginTokens = 50;
    return b;
}

QString body(int n)
{
    return (u"message-%1 "_s.arg(n, 3, 10, QChar(u'0'))).leftJustified(400, u'.');
}

QString firstText(const QJsonValue &message)
{
    return message.toObject().value(u"content"_s).toArray().first().toObject().value(u"text"_s).toString();
}

} // namespace

class TestSummarizer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<ProviderRouterEnv> m_env;
    std::unique_ptr<Providers::ProviderRouter> m_router;
    std::unique_ptr<Summarizer> m_summarizer;
    SessionKey m_key;
    int m_next = 0;
    const QStringList m_models{u"anthropic/claude-fake"_s};

    void append(int count)
    {
        for (int i = 0; i < count; ++i) {
            NewMessage message;
            message.role = m_next % 2 == 0 ? u"user"_s : u"assistant"_s;
            message.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, body(m_next++)}}};
            QVERIFY(m_store->append(m_key, message).ok());
        }
    }

    ContextWindow build()
    {
        auto window = ContextBuilder(*m_store).build(m_key, u"You are helpful."_s, smallBudget());
        return window ? window.value() : ContextWindow{};
    }

    // Runs maybeSummarize and waits for its callback.
    std::optional<SummaryOutcome> summarize(const ContextWindow &window, bool *started = nullptr)
    {
        std::optional<SummaryOutcome> outcome;
        const bool began = m_summarizer->maybeSummarize(m_key, window, m_models,
                                                        [&outcome](const SummaryOutcome &o) { outcome = o; });
        if (started)
            *started = began;
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
            return std::nullopt;
        return outcome;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<SessionStore>(*m_db);
        m_env = std::make_unique<ProviderRouterEnv>();
        QVERIFY(m_env->listening());
        m_router = std::make_unique<Providers::ProviderRouter>(m_env->providers(), ProviderRouterEnv::fastSettings());
        SummarizerSettings settings;
        settings.minDroppedMessages = 4;
        m_summarizer = std::make_unique<Summarizer>(*m_store, *m_router, settings);
        m_key = SessionKey::parse(u"telegram:dm:1001"_s).value();
        m_next = 0;
    }

    void cleanup()
    {
        m_summarizer.reset();
        m_router.reset();
        m_env.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void belowThresholdSkips()
    {
        append(6);
        const ContextWindow window = build();
        QVERIFY(window.droppedMessages > 0);
        QVERIFY(window.droppedMessages < 4);
        bool started = true;
        const auto outcome = summarize(window, &started);
        QVERIFY(outcome);
        QVERIFY(!started);
        QCOMPARE(outcome->status, Status::Skipped);
        QVERIFY(!outcome->providerCalled());
        QVERIFY(outcome->detail.contains(u"starts at 4"_s));
        QVERIFY(m_env->anthropicServer.requests().isEmpty());
        QVERIFY(!m_store->contextSource(m_key)->summary);
    }

    void storesSummaryAndNextBuildUsesIt()
    {
        append(20);
        const ContextWindow before = build();
        QVERIFY(before.droppedMessages >= 4);
        QVERIFY(!before.summaryIncluded);
        const qint64 firstKept = before.seqs.first();

        m_env->anthropicServer.enqueue(Fake::message({Fake::textBlock(u"The user counted messages; likes tea."_s)},
                                                     u"end_turn"_s, Fake::usage(900, 40)));
        QSignalSpy signalled(m_summarizer.get(), &Summarizer::summarized);
        bool started = false;
        const auto outcome = summarize(before, &started);
        QVERIFY(outcome);
        QVERIFY(started);
        QCOMPARE(outcome->status, Status::Stored);
        QCOMPARE(outcome->upToSeq, firstKept - 1);
        QCOMPARE(outcome->summarizedMessages, before.droppedMessages);
        // The provider call is reported for usage.
        QVERIFY(outcome->result);
        QCOMPARE(outcome->result->usage.inputTokens, 900);
        QCOMPARE(outcome->attempts.size(), 1);
        QVERIFY(outcome->attempts.first().succeeded());
        QCOMPARE(signalled.size(), 1);

        // The request: non-streaming, no tools, the fixed instruction, only the dropped messages.
        QCOMPARE(m_env->anthropicServer.requests().size(), 1);
        const QJsonObject sent = m_env->anthropicServer.requests().first().json();
        QCOMPARE(sent.value(u"model"_s).toString(), u"claude-fake"_s);
        QVERIFY(!sent.value(u"stream"_s).toBool());
        QVERIFY(!sent.contains(u"tools"_s));
        QCOMPARE(sent.value(u"system"_s).toString(), Summarizer::instruction());
        QCOMPARE(sent.value(u"max_tokens"_s).toInt(), 1024);
        const QString prompt = firstText(sent.value(u"messages"_s).toArray().first());
        QVERIFY(prompt.contains(u"User: message-000"_s));
        QVERIFY(prompt.contains(u"Assistant: message-001"_s));
        QVERIFY(prompt.contains(body(int(firstKept - 2)).left(11)));
        QVERIFY(!prompt.contains(body(int(firstKept - 1)).left(11))); // kept in the window: not summarised
        QVERIFY(!prompt.contains(u"<previous_summary>"_s));

        // The next build opens with the summary and leaves out what it covers.
        const ContextWindow after = build();
        QVERIFY(after.summaryIncluded);
        QVERIFY(firstText(after.messages.first()).startsWith(u"[Summary of the earlier conversation]\n"_s));
        QVERIFY(firstText(after.messages.first()).contains(u"likes tea"_s));
        for (qsizetype i = 1; i < after.seqs.size(); ++i)
            QVERIFY(after.seqs.at(i) > outcome->upToSeq);
        QCOMPARE(after.droppedMessages, 0);
        // History keeps every message.
        const auto history = m_store->history(m_key);
        QVERIFY(history);
        QCOMPARE(history->messages.first().seq, 1);
        QCOMPARE(firstText(history->messages.first().toCanonical()), body(0));
    }

    void nextSummaryFoldsInThePreviousOne()
    {
        append(20);
        m_env->anthropicServer.enqueue(Fake::message({Fake::textBlock(u"First digest."_s)}));
        QCOMPARE(summarize(build())->status, Status::Stored);

        // A few more turns: below the threshold again, then over it.
        append(2);
        ContextWindow window = build();
        QVERIFY(window.summaryIncluded);
        QCOMPARE(summarize(window)->status, Status::Skipped);
        append(4);
        window = build();
        QVERIFY(window.droppedMessages >= 4);
        m_env->anthropicServer.enqueue(Fake::message({Fake::textBlock(u"Second digest."_s)}));
        const auto outcome = summarize(window);
        QCOMPARE(outcome->status, Status::Stored);
        const QString prompt =
            firstText(m_env->anthropicServer.requests().constLast().json().value(u"messages"_s).toArray().first());
        QVERIFY(prompt.contains(u"<previous_summary>\nFirst digest.\n</previous_summary>"_s));
        QVERIFY(!prompt.contains(u"message-000"_s)); // already in the first digest
        QVERIFY(firstText(build().messages.first()).contains(u"Second digest."_s));
    }

    void providerFailureLeavesHistoryUntouched()
    {
        append(20);
        const ContextWindow before = build();
        m_env->anthropicServer.enqueue(Fake::error(400, u"invalid_request_error"_s, u"bad request"_s));
        const auto outcome = summarize(before);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, Status::Failed);
        QVERIFY(outcome->error);
        QCOMPARE(outcome->error->kind(), Providers::ProviderError::Kind::BadRequest);
        QCOMPARE(outcome->attempts.size(), 1); // reported for usage even though it failed
        QVERIFY(outcome->detail.contains(u"bad request"_s));

        const auto source = m_store->contextSource(m_key);
        QVERIFY(!source->summary);
        QCOMPARE(source->messages.size(), 20);
        const ContextWindow again = build();
        QCOMPARE(again.seqs, before.seqs); // dropping stays the fallback
        QVERIFY(!again.summaryIncluded);
        QVERIFY(!m_summarizer->isBusy(m_key)); // the next turn may try again
    }

    void emptySummaryIsAFailure()
    {
        append(20);
        m_env->anthropicServer.enqueue(Fake::message({Fake::textBlock(u"   "_s)}));
        const auto outcome = summarize(build());
        QCOMPARE(outcome->status, Status::Failed);
        QVERIFY(outcome->result); // the call happened and cost tokens
        QVERIFY(!m_store->contextSource(m_key)->summary);
    }

    void oneAtATimePerSession()
    {
        append(20);
        const ContextWindow window = build();
        m_env->anthropicServer.enqueue(Fake::message({Fake::textBlock(u"Digest."_s)}));
        std::optional<SummaryOutcome> first;
        QVERIFY(m_summarizer->maybeSummarize(m_key, window, m_models, [&first](const SummaryOutcome &o) { first = o; }));
        QVERIFY(m_summarizer->isBusy(m_key));
        const auto second = summarize(window);
        QCOMPARE(second->status, Status::Skipped);
        QVERIFY(second->detail.contains(u"already"_s));
        QTRY_VERIFY(first.has_value());
        QCOMPARE(first->status, Status::Stored);
        QCOMPARE(m_env->anthropicServer.requests().size(), 1);
    }

    void planCutsTheTranscript()
    {
        ContextSource source;
        for (int i = 0; i < 10; ++i) {
            StoredMessage m;
            m.seq = i + 1;
            m.role = i % 2 == 0 ? u"user"_s : u"assistant"_s;
            m.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, body(i)}}};
            source.messages.append(m);
        }
        ContextWindow window;
        window.seqs = {9, 10};
        window.droppedMessages = 8;
        SummarizerSettings settings;
        settings.minDroppedMessages = 8;
        settings.maxTranscriptChars = 1300; // three rendered messages of ~406 characters
        const auto plan = Summarizer::plan(source, window, settings);
        QVERIFY(plan);
        QCOMPARE(plan->messages.size(), 3);
        QCOMPARE(plan->upToSeq, 3);
        QVERIFY(plan->transcript.startsWith(u"User: message-000"_s));

        settings.minDroppedMessages = 9;
        QVERIFY(!Summarizer::plan(source, window, settings)); // only 8 dropped
        window.seqs.clear();
        settings.minDroppedMessages = 1;
        QVERIFY(!Summarizer::plan(source, window, settings)); // nothing kept: nothing to anchor on
    }

    void rendersToolBlocks()
    {
        StoredMessage call;
        call.role = u"assistant"_s;
        call.content = QJsonArray{
            QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Let me check."_s}},
            QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, u"t1"_s}, {u"name"_s, u"web_fetch"_s},
                        {u"input"_s, QJsonObject{{u"url"_s, u"https://example.org"_s}}}}};
        QCOMPARE(Summarizer::renderMessage(call, 100),
                 u"Assistant: Let me check.\n[tool call web_fetch {\"url\":\"https://example.org\"}]"_s);
        StoredMessage result;
        result.role = u"user"_s;
        result.content = QJsonArray{
            QJsonObject{{u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, u"t1"_s}, {u"content"_s, QString(50, u'z')},
                        {u"is_error"_s, true}},
            QJsonObject{{u"type"_s, u"image"_s}, {u"source"_s, QJsonObject{}}}};
        QCOMPARE(Summarizer::renderMessage(result, 10),
                 u"[tool result (error): zzzzzzzzzz […]]\nUser: [image]"_s);
    }
};

QTEST_GUILESS_MAIN(TestSummarizer)
#include "tst_summarizer.moc"
