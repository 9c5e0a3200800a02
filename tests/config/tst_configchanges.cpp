// Config::ConfigChanges::between: what a page sends to config.set {changes} - only the leaves that
// differ, whole values for arrays and for objects keyed by names with dots, null for a removed
// key - and, fed back through the gateway's merge, the result equals what the page edited.
#include "config/configchanges.h"
#include "config/loader.h"
#include "control/configdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestConfigChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void between_data()
    {
        QTest::addColumn<QJsonObject>("before");
        QTest::addColumn<QJsonObject>("after");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("nothing") << json(R"({"a": {"b": 1}})") << json(R"({"a": {"b": 1}})") << QJsonObject();
        QTest::newRow("one leaf") << json(R"({"ai": {"defaultModel": "a/x", "maxOutputTokens": 1}})")
                                  << json(R"({"ai": {"defaultModel": "a/x", "maxOutputTokens": 2}})")
                                  << json(R"({"ai.maxOutputTokens": 2})");
        QTest::newRow("deep leaf") << json(R"({"channels": {"telegram": {"enabled": false, "mode": "polling"}}})")
                                   << json(R"({"channels": {"telegram": {"enabled": true, "mode": "polling"}}})")
                                   << json(R"({"channels.telegram.enabled": true})");
        QTest::newRow("array whole") << json(R"({"ai": {"fallbackModels": ["a/1", "b/2"]}})")
                                     << json(R"({"ai": {"fallbackModels": ["b/2"]}})")
                                     << json(R"({"ai.fallbackModels": ["b/2"]})");
        QTest::newRow("new key") << json(R"({"ai": {}})") << json(R"({"ai": {"providers": {"x": {"baseUrl": "u"}}}})")
                                 << json(R"({"ai.providers": {"x": {"baseUrl": "u"}}})");
        QTest::newRow("new nested key") << json(R"({"ai": {"providers": {}}})")
                                        << json(R"({"ai": {"providers": {"x": {"baseUrl": "u"}}}})")
                                        << json(R"({"ai.providers.x": {"baseUrl": "u"}})");
        QTest::newRow("removed key") << json(R"({"ai": {"systemPrompt": "hi", "maxOutputTokens": 5}})")
                                     << json(R"({"ai": {"maxOutputTokens": 5}})")
                                     << json(R"({"ai.systemPrompt": null})");
        QTest::newRow("dotted keys sent whole")
            << json(R"({"ai": {"pricing": {"openai/gpt-4.1": {"input": 2}, "x/y": {"input": 1}}}})")
            << json(R"({"ai": {"pricing": {"openai/gpt-4.1": {"input": 3}, "x/y": {"input": 1}}}})")
            << json(R"({"ai.pricing": {"openai/gpt-4.1": {"input": 3}, "x/y": {"input": 1}}})");
        QTest::newRow("type change") << json(R"({"a": {"b": 1}})") << json(R"({"a": 5})") << json(R"({"a": 5})");
    }

    void between()
    {
        QFETCH(QJsonObject, before);
        QFETCH(QJsonObject, after);
        QFETCH(QJsonObject, expected);
        const QJsonObject changes = Config::ConfigChanges::between(before, after);
        QCOMPARE(changes, expected);
        // The gateway's merge of those changes onto `before` gives back `after`.
        QJsonObject merged = before;
        QString error;
        QVERIFY2(Control::ConfigDiff::mergeChanges(merged, changes, &error), qPrintable(error));
        QCOMPARE(merged, after);
    }

    // On real settings: one field edited on a full document gives one path.
    void settingsDocument()
    {
        Config::Settings settings;
        const QJsonObject before = Config::Loader::toJson(settings);
        settings.channels.telegram.enabled = true;
        settings.ai.defaultModel = u"openai/gpt-4.1"_s;
        const QJsonObject changes = Config::ConfigChanges::between(before, Config::Loader::toJson(settings));
        QCOMPARE(changes, (QJsonObject{{u"channels.telegram.enabled"_s, true}, {u"ai.defaultModel"_s, u"openai/gpt-4.1"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestConfigChanges)
#include "tst_configchanges.moc"
