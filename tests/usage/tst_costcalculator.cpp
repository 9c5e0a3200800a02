#include "usage/shippedpricing.h"
#include "usage/costcalculator.h"
#include "usage/pricelookup.h"
#include "usage/pricetable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Usage;

class TestCostCalculator : public QObject
{
    Q_OBJECT

private:
    PriceTable shipped()
    {
        auto table = PriceTable::fromFile(QStringLiteral(MOLTDESK_SOURCE_DIR) + u"/resources/pricing.json"_s);
        if (!table)
            qFatal("%s", qPrintable(table.error().message));
        return table.value();
    }

private slots:
    void compiledInTableIsTheShippedFile()
    {
        QFile file(QStringLiteral(MOLTDESK_SOURCE_DIR) + u"/resources/pricing.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(shippedPricingJson(), file.readAll());
        QVERIFY(PriceTable::fromJson(shippedPricingJson()));
    }

    void shippedTableLoads()
    {
        const PriceTable table = shipped();
        QVERIFY(table.size() >= 20);
        const auto sonnet = table.find(u"claude-sonnet-4-5"_s);
        QVERIFY(sonnet);
        QCOMPARE(sonnet->inputPerMTok, 3.0);
        QCOMPARE(sonnet->cacheWritePerMTok, 3.75);
    }

    void cost_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("cacheRead");
        QTest::addColumn<qint64>("cacheWrite");
        QTest::addColumn<double>("expected"); // -1: unknown

        // 1000*3 + 500*15 + 20000*0.30 + 4000*3.75 = 31500 µ$ -> $0.0315
        QTest::newRow("anthropic cache write+read") << u"anthropic"_s << u"claude-sonnet-4-5"_s
                                                    << 1000LL << 500LL << 20000LL << 4000LL << 0.0315;
        QTest::newRow("anthropic dated snapshot") << u"anthropic"_s << u"claude-sonnet-4-5-20250929"_s
                                                  << 1000LL << 500LL << 20000LL << 4000LL << 0.0315;
        // claude-opus-4-20250514 -> claude-opus-4 at $15/$75: 100*15 + 100*75 = 9000 µ$
        QTest::newRow("opus 4 snapshot") << u"anthropic"_s << u"claude-opus-4-20250514"_s
                                         << 100LL << 100LL << 0LL << 0LL << 0.009;
        QTest::newRow("alias -0") << u"anthropic"_s << u"claude-opus-4-0"_s << 100LL << 100LL << 0LL << 0LL << 0.009;
        // prompt 10000 of which 6000 cached: 4000*2.5 + 6000*1.25 + 1000*10 = 27500 µ$
        QTest::newRow("openai cached prompt") << u"openai"_s << u"gpt-4o"_s << 10000LL << 1000LL << 6000LL << 0LL
                                              << 0.0275;
        QTest::newRow("openai dated snapshot") << u"openai"_s << u"gpt-4o-2024-08-06"_s << 10000LL << 1000LL
                                               << 6000LL << 0LL << 0.0275;
        // 976*0.4 + 1024*0.1 + 300*1.6 = 972.8 µ$
        QTest::newRow("gpt-4.1-mini") << u"openai"_s << u"gpt-4.1-mini"_s << 2000LL << 300LL << 1024LL << 0LL
                                      << 0.0009728;
        QTest::newRow("unknown model") << u"openai"_s << u"mystery-model"_s << 10LL << 10LL << 0LL << 0LL << -1.0;
        QTest::newRow("no prefix guessing") << u"openai"_s << u"gpt-4o-audio-preview"_s << 10LL << 10LL << 0LL
                                            << 0LL << -1.0;
        QTest::newRow("local model free") << u"openaiCompatible"_s << u"llama3.1:8b"_s << 5000LL << 5000LL << 0LL
                                          << 0LL << 0.0;
        // config: anthropic/claude-haiku-4-5 at $2/$4 -> 1000*2 + 500*4 = 4000 µ$
        QTest::newRow("config override wins") << u"anthropic"_s << u"claude-haiku-4-5"_s << 1000LL << 500LL << 0LL
                                              << 0LL << 0.004;
        QTest::newRow("config override of snapshot") << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << 1000LL
                                                     << 500LL << 0LL << 0LL << 0.004;
        // config: bare "qwen2.5" at $0.1/$0.2 for a local server -> 1000*0.1 + 1000*0.2 = 300 µ$
        QTest::newRow("priced local model") << u"openaiCompatible"_s << u"qwen2.5"_s << 1000LL << 1000LL << 0LL
                                            << 0LL << 0.0003;
    }

    void cost()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(qint64, cacheRead);
        QFETCH(qint64, cacheWrite);
        QFETCH(double, expected);

        Config::AiSettings settings;
        settings.pricing.insert(u"anthropic/claude-haiku-4-5"_s, {2.0, 4.0, 0.0, 0.0});
        settings.pricing.insert(u"qwen2.5"_s, {0.1, 0.2, 0.0, 0.0});
        const PriceLookup lookup(shipped(), settings);
        const auto cost = lookup.costOf(provider, model, {input, output, cacheRead, cacheWrite, false});
        if (expected < 0) {
            QVERIFY2(!cost, "an unknown model must have an unknown cost");
            QCOMPARE(lookup.quote(provider, model).source, PriceSource::Unknown);
        } else {
            QVERIFY(cost);
            QVERIFY2(qAbs(*cost - expected) < 1e-12, qPrintable(QString::number(*cost, 'g', 17)));
        }
    }

    void semanticsComeFromProviderType()
    {
        Config::AiSettings settings;
        settings.providers.insert(u"work"_s, {Config::ProviderType::Anthropic, QUrl(u"https://example.org"_s)});
        const PriceLookup lookup(PriceTable(), settings);
        QCOMPARE(lookup.semanticsFor(u"anthropic"_s), CostSemantics::Anthropic);
        QCOMPARE(lookup.semanticsFor(u"work"_s), CostSemantics::Anthropic);
        QCOMPARE(lookup.semanticsFor(u"openai"_s), CostSemantics::OpenAi);
        QCOMPARE(lookup.semanticsFor(u"openaiCompatible"_s), CostSemantics::OpenAi);
    }

    void normalizedOpenAiUsage()
    {
        const TokenUsage n = CostCalculator::normalized({10000, 1000, 6000, 0, false}, CostSemantics::OpenAi);
        QCOMPARE(n.inputTokens, 4000);
        QCOMPARE(n.cacheReadTokens, 6000);
        // More cached than prompt tokens is inconsistent: capped, never negative.
        const TokenUsage bad = CostCalculator::normalized({100, 0, 500, 0, false}, CostSemantics::OpenAi);
        QCOMPARE(bad.inputTokens, 0);
        QCOMPARE(bad.cacheReadTokens, 100);
        const TokenUsage same = CostCalculator::normalized({100, 5, 500, 7, true}, CostSemantics::Anthropic);
        QCOMPARE(same, (TokenUsage{100, 5, 500, 7, true}));
    }

    void baseModelName_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("base");
        QTest::newRow("anthropic") << u"claude-haiku-4-5-20251001"_s << u"claude-haiku-4-5"_s;
        QTest::newRow("openai") << u"gpt-4.1-2025-04-14"_s << u"gpt-4.1"_s;
        QTest::newRow("latest") << u"claude-3-5-haiku-latest"_s << u"claude-3-5-haiku"_s;
        QTest::newRow("plain") << u"o4-mini"_s << u"o4-mini"_s;
        QTest::newRow("version digits kept") << u"claude-opus-4-1"_s << u"claude-opus-4-1"_s;
    }

    void baseModelName()
    {
        QFETCH(QString, model);
        QFETCH(QString, base);
        QCOMPARE(PriceTable::baseModelName(model), base);
    }

    void badPriceFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << "{"_ba << u"not valid JSON"_s;
        QTest::newRow("no models") << "{}"_ba << u"\"models\""_s;
        QTest::newRow("negative") << R"({"models":{"m":{"input":-1,"output":1}}})"_ba << u"models.m.input"_s;
        QTest::newRow("string price") << R"({"models":{"m":{"input":1,"output":"2"}}})"_ba << u"models.m.output"_s;
        QTest::newRow("missing output") << R"({"models":{"m":{"input":1}}})"_ba << u"models.m.output is missing"_s;
        QTest::newRow("dangling alias") << R"({"models":{"m":{"input":1,"output":1}},"aliases":{"x":"y"}})"_ba
                                        << u"aliases.x"_s;
    }

    void badPriceFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const auto table = PriceTable::fromJson(json);
        QVERIFY(!table);
        QVERIFY2(table.error().message.contains(messagePart), qPrintable(table.error().message));
    }

    void missingFile()
    {
        const auto table = PriceTable::fromFile(u"/nonexistent/pricing.json"_s);
        QVERIFY(!table);
        QCOMPARE(table.error().code, Storage::Error::Code::Io);
        QVERIFY(table.error().message.contains(u"/nonexistent/pricing.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
