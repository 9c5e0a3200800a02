// ContextBuilder: budget cuts, tool_use/tool_result pairs kept together, orphans dropped, the
// window opens with a user turn, the summary goes first; plus build() over a real store.
#include "core/schemamigrations.h"
#include "sessions/contextbuilder.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Sessions;

namespace {

qint64 g_seq = 0;

StoredMessage textMessage(const QString &role, int chars)
{
    StoredMessage m;
    m.seq = ++g_seq;
    m.role = role;
    m.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(chars, u'x')}}};
    return m;
}

StoredMessage toolUse(const QString &id, int chars)
{
    StoredMessage m;
    m.seq = ++g_seq;
    m.role = u"assistant"_s;
    m.content = QJsonArray{QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, id}, {u"name"_s, u"fetch"_s},
                                       {u"input"_s, QJsonObject{{u"q"_s, QString(chars, u'q')}}}}};
    return m;
}

StoredMessage toolResult(const QString &id, int chars)
{
    StoredMessage m;
    m.seq = ++g_seq;
    m.role = u"user"_s;
    m.content = QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, id},
                                       {u"content"_s, QString(chars, u'r')}}};
    return m;
}

// Budget of exactly `tokens` input tokens.
ContextBudget budget(int tokens)
{
    ContextBudget b;
    b.contextWindowTokens = tokens + 100;
    b.maxOutputTokens = 60;
    b.marginTokens = 40;
    return b;
}

QStringList roles(const ContextWindow &window)
{
    QStringList result;
    for (const QJsonValue &m : window.messages)
        result.append(m.toObject().value(u"role"_s).toString());
    return result;
}

} // namespace

class TestContextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init() { g_seq = 0; }

    void estimates()
    {
        QCOMPARE(ContextBuilder::estimateTextTokens(QString(400, u'a')), 100);
        QCOMPARE(ContextBuilder::estimateTextTokens(QString(401, u'a')), 101);
        const QJsonArray image{QJsonObject{{u"type"_s, u"image"_s},
                                           {u"source"_s, QJsonObject{{u"type"_s, u"base64"_s},
                                                                     {u"media_type"_s, u"image/png"_s},
                                                                     {u"data"_s, QString(100000, u'A')}}}}};
        QCOMPARE(ContextBuilder::estimateBlocksTokens(image), ContextBuilder::ImageTokens);
        QCOMPARE(ContextBuilder::estimateMessageTokens(textMessage(u"user"_s, 40).content),
                 10 + ContextBuilder::MessageOverheadTokens);
    }

    void everythingFits()
    {
        ContextSource source;
        source.messages = {textMessage(u"user"_s, 40), textMessage(u"assistant"_s, 40), textMessage(u"user"_s, 40)};
        const auto window = ContextBuilder::select(u"be nice"_s, source, budget(10000));
        QVERIFY(window.ok());
        QCOMPARE(window->messages.size(), 3);
        QCOMPARE(window->droppedMessages, 0);
        QCOMPARE(window->systemPrompt, u"be nice"_s);
        QCOMPARE(window->estimatedTokens, 2 + 3 * 14);
        QCOMPARE(window->seqs, (QList<qint64>{1, 2, 3}));
    }

    void budgetCutsOldestTurns()
    {
        // Each message costs 100 + 4 tokens; a budget of 330 (system 0) holds three.
        ContextSource source;
        for (int i = 0; i < 6; ++i)
            source.messages.append(textMessage(i % 2 ? u"assistant"_s : u"user"_s, 400));
        const auto window = ContextBuilder::select(QString(), source, budget(330));
        QVERIFY(window.ok());
        // Newest three are seq 4 (assistant), 5 (user), 6 (assistant): the leading assistant goes,
        // since the conversation must open with a user turn.
        QCOMPARE(window->seqs, (QList<qint64>{5, 6}));
        QCOMPARE(roles(window.value()).first(), u"user"_s);
        QCOMPARE(window->droppedMessages, 4);
        QVERIFY(window->estimatedTokens <= 330);
    }

    void toolPairStaysTogether()
    {
        // user, [assistant tool_use + user tool_result], assistant, user(new question)
        ContextSource source;
        source.messages = {textMessage(u"user"_s, 400), toolUse(u"t1"_s, 400), toolResult(u"t1"_s, 400),
                           textMessage(u"assistant"_s, 40), textMessage(u"user"_s, 40)};
        // Room for the last two (14 + 14) and half the pair: the pair goes as a whole.
        const auto cut = ContextBuilder::select(QString(), source, budget(150));
        QVERIFY(cut.ok());
        QCOMPARE(cut->seqs, (QList<qint64>{5})); // assistant 4 dropped: must open with a user turn
        // Room for the pair too: it comes in whole, after the user turn that opened it.
        const auto whole = ContextBuilder::select(QString(), source, budget(400));
        QVERIFY(whole.ok());
        // 14 + 14 + pair (108 + 104) + first user (104) = 344 tokens.
        QCOMPARE(whole->seqs, (QList<qint64>{1, 2, 3, 4, 5}));
        const auto pairOnly = ContextBuilder::select(QString(), source, budget(300));
        QVERIFY(pairOnly.ok());
        // The pair fits but the user turn before it does not; a window opening with an assistant
        // tool_use is not allowed, so the pair is dropped too.
        QCOMPARE(pairOnly->seqs, (QList<qint64>{5}));
    }

    void orphanToolResultDropped()
    {
        // History pruned so it starts with a tool_result whose tool_use is gone.
        ContextSource source;
        source.messages = {toolResult(u"gone"_s, 40), textMessage(u"assistant"_s, 40), textMessage(u"user"_s, 40)};
        const auto window = ContextBuilder::select(QString(), source, budget(10000));
        QVERIFY(window.ok());
        QCOMPARE(window->seqs, (QList<qint64>{3}));
        QCOMPARE(window->droppedMessages, 2);

        // A tool_use never answered (aborted run) and a mismatched result id are both removed;
        // a message with other blocks keeps them.
        StoredMessage mixed = toolUse(u"a1"_s, 10);
        mixed.content.prepend(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"let me look"_s}});
        ContextSource broken;
        broken.messages = {textMessage(u"user"_s, 10), mixed, textMessage(u"user"_s, 10)};
        const auto repaired = ContextBuilder::select(QString(), broken, budget(10000));
        QVERIFY(repaired.ok());
        QCOMPARE(repaired->messages.size(), 3);
        const QJsonArray kept = repaired->messages.at(1).toObject().value(u"content"_s).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).toObject().value(u"type"_s).toString(), u"text"_s);
    }

    void summaryFirst()
    {
        ContextSource source;
        StoredMessage summary;
        summary.seq = 99;
        summary.role = u"user"_s;
        summary.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Earlier: the user likes tea."_s}}};
        summary.metadata = {{u"summary"_s, true}, {u"upToSeq"_s, 10}};
        source.summary = summary;
        source.messages = {textMessage(u"assistant"_s, 40), textMessage(u"user"_s, 40)};
        const auto window = ContextBuilder::select(u"sys"_s, source, budget(10000));
        QVERIFY(window.ok());
        QVERIFY(window->summaryIncluded);
        QCOMPARE(window->seqs, (QList<qint64>{99, 1, 2})); // an assistant may follow the summary
        QCOMPARE(roles(window.value()).first(), u"user"_s);

        // A summary that does not fit is left out rather than failing the call.
        source.summary->content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(4000, u's')}}};
        const auto without = ContextBuilder::select(QString(), source, budget(500));
        QVERIFY(without.ok());
        QVERIFY(!without->summaryIncluded);
        QCOMPARE(without->seqs, (QList<qint64>{2}));
    }

    void tooLargeIsAnError()
    {
        ContextSource source;
        source.messages = {textMessage(u"user"_s, 4000)};
        const auto window = ContextBuilder::select(QString(), source, budget(500));
        QVERIFY(!window.ok());
        QCOMPARE(window.error().code, Storage::Error::Code::TooLarge);
        const auto system = ContextBuilder::select(QString(4000, u'x'), ContextSource(), budget(500));
        QVERIFY(!system.ok());
        QVERIFY(system.error().message.contains(u"system prompt"_s));
    }

    void buildFromStoreUsesSummaryAndCurrentGeneration()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        SessionStore store(db);
        const SessionKey key = SessionKey::parse(u"telegram:dm:1"_s).value();
        auto add = [&](const QString &role, const QString &text) {
            NewMessage m;
            m.role = role;
            m.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}};
            return store.append(key, m).value().seq;
        };
        add(u"user"_s, u"archived"_s);
        QVERIFY(store.reset(key).ok());
        add(u"user"_s, u"one"_s);
        const qint64 two = add(u"assistant"_s, u"two"_s);
        add(u"user"_s, u"three"_s);
        QVERIFY(!store.setSummary(key, u"s"_s, 999).ok());
        QVERIFY(store.setSummary(key, u"one and two happened"_s, two).ok());
        add(u"assistant"_s, u"four"_s);

        ContextBuilder builder(store);
        const auto window = builder.build(key, u"system"_s, ContextBudget());
        QVERIFY(window.ok());
        QCOMPARE(window->messages.size(), 3); // summary, three, four
        QVERIFY(window->summaryIncluded);
        auto textAt = [&](int i) {
            return window->messages.at(i).toObject().value(u"content"_s).toArray().at(0).toObject()
                .value(u"text"_s).toString();
        };
        QCOMPARE(textAt(0), u"one and two happened"_s);
        QCOMPARE(textAt(1), u"three"_s);
        QCOMPARE(textAt(2), u"four"_s);
    }
};

QTEST_GUILESS_MAIN(TestContextBuilder)
#include "tst_contextbuilder.moc"
