#include "agent/toolregistry.h"
#include "agent/toolschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Agent;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A tool whose behaviour each test sets: answer after `delayMs` (-1 = never), with `output`.
class FakeTool : public Tool
{
public:
    FakeTool(QString name, int delayMs = 0, QJsonValue output = u"ok"_s)
        : m_name(std::move(name)), m_delayMs(delayMs), m_output(std::move(output)) {}

    QString name() const override { return m_name; }
    QString description() const override { return u"fake "_s + m_name; }
    QJsonObject inputSchema() const override { return m_schema; }
    std::chrono::milliseconds timeout() const override { return m_timeout; }
    qsizetype outputCap() const override { return m_cap; }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override
    {
        ++runs;
        ++running;
        maxRunning = std::max(maxRunning, running);
        lastInput = input;
        lastContext = context;
        if (m_delayMs < 0)
            return; // never answers
        QTimer::singleShot(m_delayMs, &m_timerContext, [this, done] {
            --running;
            done(ToolResult{m_output, false});
        });
    }

    QJsonObject m_schema{{u"type"_s, u"object"_s}};
    std::chrono::milliseconds m_timeout{5000};
    qsizetype m_cap = 1000;
    int runs = 0;
    inline static int running = 0;
    inline static int maxRunning = 0;
    QJsonObject lastInput;
    ToolContext lastContext;

private:
    QString m_name;
    int m_delayMs;
    QJsonValue m_output;
    QObject m_timerContext;
};

} // namespace

class TestToolRegistry : public QObject
{
    Q_OBJECT

private:
    // Runs one call and waits for its single callback.
    static ToolResult runOne(ToolRegistry &registry, const ToolCall &call, int *callbacks = nullptr)
    {
        std::optional<ToolResult> got;
        int count = 0;
        registry.run(call, {u"webchat:c1"_s, u"webchat"_s, u"u1"_s, u"run1"_s, {}}, [&](ToolResult r) {
            ++count;
            got = std::move(r);
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000); }();
        if (callbacks)
            *callbacks = count;
        return got.value_or(ToolResult::error(u"no result"_s));
    }

private slots:
    void listingRespectsEnableFlags()
    {
        QMap<QString, Config::ToolSettings> settings = Config::AiSettings::defaultTools();
        settings[u"web_fetch"_s].enabled = false;
        ToolRegistry registry(settings);
        registry.registerTool(std::make_shared<FakeTool>(u"current_time"_s));
        registry.registerTool(std::make_shared<FakeTool>(u"web_fetch"_s));
        registry.registerTool(std::make_shared<FakeTool>(u"custom"_s)); // not in config: enabled by default

        const QJsonArray listed = registry.enabledTools();
        QStringList names;
        for (const QJsonValue &tool : listed) {
            names.append(tool[u"name"_s].toString());
            QVERIFY(tool[u"description"_s].isString());
            QVERIFY(tool[u"input_schema"_s].isObject());
        }
        QCOMPARE(names, (QStringList{u"current_time"_s, u"custom"_s}));
        QVERIFY(!registry.isEnabled(u"web_fetch"_s));

        settings[u"web_fetch"_s].enabled = true;
        settings[u"current_time"_s].enabled = false;
        registry.setSettings(settings);
        QCOMPARE(registry.enabledTools().size(), 2);
        QVERIFY(registry.isEnabled(u"web_fetch"_s));
        QVERIFY(!registry.isEnabled(u"current_time"_s));
    }

    // Issue 13 item 2: a tool the run's trust level denies is neither listed nor run, even when
    // the model (or an injected instruction) calls it by name.
    void deniedToolsAreNotListedAndRefused()
    {
        ToolRegistry registry;
        auto schedule = std::make_shared<FakeTool>(u"schedule"_s);
        registry.registerTool(schedule);
        registry.registerTool(std::make_shared<FakeTool>(u"current_time"_s));
        QStringList names;
        for (const QJsonValue &tool : registry.enabledTools({u"schedule"_s}))
            names.append(tool[u"name"_s].toString());
        QCOMPARE(names, QStringList{u"current_time"_s});

        ToolContext context{u"telegram:group:-5"_s, u"telegram"_s, u"7"_s, u"run1"_s, {}};
        context.trustLevel = u"group"_s;
        context.deniedTools = {u"schedule"_s};
        std::optional<ToolResult> got;
        registry.run({u"t1"_s, u"schedule"_s, {}}, context, [&](ToolResult r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(got->isError);
        QCOMPARE(got->plainText(), u"tool \"schedule\" is not available in this conversation (trust level \"group\")"_s);
        QCOMPARE(schedule->runs, 0);
    }

    void disabledAndUnknownToolsAreErrors()
    {
        QMap<QString, Config::ToolSettings> settings;
        settings[u"web_fetch"_s].enabled = false;
        ToolRegistry registry(settings);
        auto tool = std::make_shared<FakeTool>(u"web_fetch"_s);
        registry.registerTool(tool);

        ToolResult r = runOne(registry, {u"t1"_s, u"web_fetch"_s, {}});
        QVERIFY(r.isError);
        QVERIFY2(r.plainText().contains(u"disabled"_s), qPrintable(r.plainText()));
        QCOMPARE(tool->runs, 0);

        r = runOne(registry, {u"t2"_s, u"rm_rf"_s, {}});
        QVERIFY(r.isError);
        QVERIFY(r.plainText().contains(u"unknown tool \"rm_rf\""_s));
    }

    void schemaKeywords_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error"); // empty: valid

        const QByteArray s = R"({"type":"object","properties":{
            "name":{"type":"string","minLength":2,"maxLength":5},
            "count":{"type":"integer","minimum":1,"maximum":10},
            "ratio":{"type":"number"},
            "mode":{"type":"string","enum":["a","b"]},
            "tags":{"type":"array","items":{"type":"string","maxLength":3}},
            "opt":{"type":["string","null"]},
            "nested":{"type":"object","properties":{"x":{"type":"boolean"}},"required":["x"]}},
            "required":["name"],"additionalProperties":false})";
        QTest::newRow("valid") << s << QByteArray(R"({"name":"abc","count":3,"tags":["x"],"opt":null,"nested":{"x":true}})") << QString();
        QTest::newRow("required") << s << QByteArray(R"({"count":3})") << u"input.name: is required"_s;
        QTest::newRow("type string") << s << QByteArray(R"({"name":5})") << u"input.name: must be string, not number"_s;
        QTest::newRow("type integer") << s << QByteArray(R"({"name":"ab","count":2.5})") << u"input.count: must be integer, not number"_s;
        QTest::newRow("type list") << s << QByteArray(R"({"name":"ab","opt":1})") << u"input.opt: must be string or null, not number"_s;
        QTest::newRow("minimum") << s << QByteArray(R"({"name":"ab","count":0})") << u"input.count: must be at least 1 (got 0)"_s;
        QTest::newRow("maximum") << s << QByteArray(R"({"name":"ab","count":11})") << u"input.count: must be at most 10 (got 11)"_s;
        QTest::newRow("minLength") << s << QByteArray(R"({"name":"a"})") << u"input.name: must be at least 2 characters long (got 1)"_s;
        QTest::newRow("maxLength") << s << QByteArray(R"({"name":"abcdef"})") << u"input.name: must be at most 5 characters long (got 6)"_s;
        QTest::newRow("maxLength code points") << s << QByteArray("{\"name\":\"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\"}") << QString();
        QTest::newRow("enum") << s << QByteArray(R"({"name":"ab","mode":"c"})") << u"input.mode: must be one of \"a\", \"b\" (got \"c\")"_s;
        QTest::newRow("items") << s << QByteArray(R"({"name":"ab","tags":["ok","long"]})") << u"input.tags[1]: must be at most 3 characters long (got 4)"_s;
        QTest::newRow("items type") << s << QByteArray(R"({"name":"ab","tags":"x"})") << u"input.tags: must be array, not string"_s;
        QTest::newRow("additionalProperties") << s << QByteArray(R"({"name":"ab","evil":1})") << u"input: unknown property \"evil\""_s;
        QTest::newRow("nested required") << s << QByteArray(R"({"name":"ab","nested":{}})") << u"input.nested.x: is required"_s;
        QTest::newRow("nested type") << s << QByteArray(R"({"name":"ab","nested":{"x":"yes"}})") << u"input.nested.x: must be boolean, not string"_s;
    }

    void schemaKeywords()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const QJsonObject schemaObject = QJsonDocument::fromJson(schema).object();
        QVERIFY(!schemaObject.isEmpty());
        const QJsonObject inputObject = QJsonDocument::fromJson(input).object();
        const auto result = ToolSchemaValidator::validate(schemaObject, inputObject);
        if (error.isEmpty()) {
            QVERIFY2(!result, qPrintable(result.value_or(QString())));
        } else {
            QVERIFY(result.has_value());
            QVERIFY2(result->startsWith(error), qPrintable(*result));
        }

        // Through the registry: an invalid input never reaches the tool and comes back as is_error.
        ToolRegistry registry;
        auto tool = std::make_shared<FakeTool>(u"fake"_s);
        tool->m_schema = schemaObject;
        registry.registerTool(tool);
        const ToolResult r = runOne(registry, {u"id"_s, u"fake"_s, inputObject});
        QCOMPARE(r.isError, !error.isEmpty());
        QCOMPARE(tool->runs, error.isEmpty() ? 1 : 0);
        if (!error.isEmpty())
            QVERIFY2(r.plainText().contains(error), qPrintable(r.plainText()));
    }

    void contextCarriesCallId()
    {
        ToolRegistry registry;
        auto tool = std::make_shared<FakeTool>(u"fake"_s);
        registry.registerTool(tool);
        runOne(registry, {u"toolu_42"_s, u"fake"_s, parse(R"({"a":1})")});
        QCOMPARE(tool->lastContext.callId, u"toolu_42"_s);
        QCOMPARE(tool->lastContext.sessionKey, u"webchat:c1"_s);
        QCOMPARE(tool->lastInput.value(u"a"_s).toInt(), 1);
    }

    void timeoutDropsLateResult()
    {
        ToolRegistry registry;
        auto never = std::make_shared<FakeTool>(u"never"_s, -1);
        never->m_timeout = std::chrono::milliseconds(50);
        registry.registerTool(never);
        ToolResult r = runOne(registry, {u"a"_s, u"never"_s, {}});
        QVERIFY(r.isError);
        QCOMPARE(r.plainText(), u"tool timed out after 0.05 s"_s);

        // A tool that answers after its timeout: the caller hears exactly one thing, the timeout.
        auto late = std::make_shared<FakeTool>(u"late"_s, 200, u"too late"_s);
        late->m_timeout = std::chrono::milliseconds(30);
        registry.registerTool(late);
        int callbacks = 0;
        int total = 0;
        std::optional<ToolResult> got;
        registry.run({u"b"_s, u"late"_s, {}}, {}, [&](ToolResult res) { ++total; got = res; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->isError);
        QCOMPARE(got->plainText(), u"tool timed out after 0.03 s"_s);
        QTRY_COMPARE(FakeTool::running, 1); // the never-answering tool still "runs"; the late one finished
        QTest::qWait(50);
        callbacks = total;
        QCOMPARE(callbacks, 1);
    }

    void outputIsCapped()
    {
        ToolRegistry registry;
        auto big = std::make_shared<FakeTool>(u"big"_s, 0, QString(5000, u'x'));
        big->m_cap = 100;
        registry.registerTool(big);
        ToolResult r = runOne(registry, {u"a"_s, u"big"_s, {}});
        QVERIFY(!r.isError);
        QVERIFY(r.plainText().startsWith(QString(100, u'x') + u"\n[output truncated: 100 of 5000 characters shown]"_s));
        QVERIFY(!r.plainText().contains(QString(101, u'x')));

        const QJsonArray blocks{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(80, u'a')}},
                                QJsonObject{{u"type"_s, u"image"_s}, {u"source"_s, QJsonObject{}}},
                                QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(80, u'b')}}};
        auto blocky = std::make_shared<FakeTool>(u"blocky"_s, 0, blocks);
        blocky->m_cap = 100;
        registry.registerTool(blocky);
        r = runOne(registry, {u"a"_s, u"blocky"_s, {}});
        const QJsonArray out = r.content.toArray();
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0)[u"text"_s].toString().size(), 80);
        QCOMPARE(out.at(1)[u"type"_s].toString(), u"image"_s);
        QCOMPARE(out.at(2)[u"text"_s].toString(), QString(20, u'b'));
        QVERIFY(out.at(3)[u"text"_s].toString().contains(u"100 of 160"_s));

        // The canonical block the agent stores and sends back.
        const QJsonObject block = ToolResult::error(u"bad"_s).toBlock(u"toolu_1"_s);
        QCOMPARE(block[u"type"_s].toString(), u"tool_result"_s);
        QCOMPARE(block[u"tool_use_id"_s].toString(), u"toolu_1"_s);
        QCOMPARE(block[u"is_error"_s].toBool(), true);
    }

    void parallelCallsKeepOrder()
    {
        FakeTool::running = 0;
        FakeTool::maxRunning = 0;
        ToolRegistry registry;
        registry.registerTool(std::make_shared<FakeTool>(u"slow"_s, 150, u"slow result"_s));
        registry.registerTool(std::make_shared<FakeTool>(u"fast"_s, 0, u"fast result"_s));
        registry.registerTool(std::make_shared<FakeTool>(u"mid"_s, 50, u"mid result"_s));

        std::optional<QList<ToolResult>> results;
        registry.runAll({{u"1"_s, u"slow"_s, {}}, {u"2"_s, u"fast"_s, {}}, {u"3"_s, u"nope"_s, {}}, {u"4"_s, u"mid"_s, {}}},
                        {}, [&](QList<ToolResult> r) { results = std::move(r); });
        QTRY_VERIFY(results.has_value());
        QCOMPARE(results->size(), 4);
        QCOMPARE(results->at(0).plainText(), u"slow result"_s);
        QCOMPARE(results->at(1).plainText(), u"fast result"_s);
        QVERIFY(results->at(2).isError);
        QCOMPARE(results->at(3).plainText(), u"mid result"_s);
        QCOMPARE(FakeTool::maxRunning, 3); // all three ran at the same time

        std::optional<QList<ToolResult>> none;
        registry.runAll({}, {}, [&](QList<ToolResult> r) { none = std::move(r); });
        QTRY_VERIFY(none.has_value());
        QVERIFY(none->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestToolRegistry)
#include "tst_toolregistry.moc"
