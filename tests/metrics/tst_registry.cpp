#include "metrics/registry.h"
#include "metrics/webhookrejections.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QFuture>
#include <QTest>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;
using Moltdesk::Metrics::Labels;
using Moltdesk::Metrics::Registry;

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void counterFamilyRendersHelpTypeAndSamples();
    void labelOrderDoesNotMatter();
    void labelValuesAreEscaped_data();
    void labelValuesAreEscaped();
    void helpIsEscaped();
    void gaugesSetAndAdd();
    void callbackGaugeIsReadAtScrapeTime();
    void unlabelledFamilyStartsAtZero();
    void invalidUseIsRefused();
    void webhookRejectionHelper();
    void concurrentIncrementsAreNotLost();
};

void TestRegistry::counterFamilyRendersHelpTypeAndSamples()
{
    Registry registry;
    QVERIFY(registry.registerCounter(u"demo_requests_total"_s, u"Requests"_s));
    registry.increment(u"demo_requests_total"_s, {{u"method"_s, u"GET"_s}});
    registry.increment(u"demo_requests_total"_s, {{u"method"_s, u"GET"_s}}, 2);
    registry.increment(u"demo_requests_total"_s, {{u"method"_s, u"POST"_s}});

    const QByteArray expected = "# HELP demo_requests_total Requests\n"
                                "# TYPE demo_requests_total counter\n"
                                "demo_requests_total{method=\"GET\"} 3\n"
                                "demo_requests_total{method=\"POST\"} 1\n"_ba;
    QCOMPARE(registry.render(), expected);
    QCOMPARE(registry.value(u"demo_requests_total"_s, {{u"method"_s, u"GET"_s}}), 3.0);
}

void TestRegistry::labelOrderDoesNotMatter()
{
    Registry registry;
    registry.registerCounter(u"c_total"_s, u"c"_s);
    registry.increment(u"c_total"_s, {{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}});
    registry.increment(u"c_total"_s, {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}});
    const QByteArray text = registry.render();
    QVERIFY2(text.contains("c_total{a=\"1\",b=\"2\"} 2\n"), text.constData());
    QCOMPARE(text.count("c_total{"), 1);
}

void TestRegistry::labelValuesAreEscaped_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("rendered");
    QTest::newRow("plain") << u"abc"_s << "\"abc\""_ba;
    QTest::newRow("backslash") << u"a\\b"_s << "\"a\\\\b\""_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << "\"say \\\"hi\\\"\""_ba;
    QTest::newRow("newline") << u"two\nlines"_s << "\"two\\nlines\""_ba;
    QTest::newRow("utf8") << u"caf\u00e9"_s << "\"caf\xc3\xa9\""_ba;
}

void TestRegistry::labelValuesAreEscaped()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, rendered);
    Registry registry;
    registry.registerCounter(u"e_total"_s, u"e"_s);
    registry.increment(u"e_total"_s, {{u"v"_s, value}});
    const QByteArray text = registry.render();
    QVERIFY2(text.contains(QByteArray("e_total{v=" + rendered + "} 1\n")), text.constData());
    // Each sample stays on one line whatever the label holds.
    QCOMPARE(text.count('\n'), 3);
}

void TestRegistry::helpIsEscaped()
{
    Registry registry;
    registry.registerGauge(u"h"_s, u"line one\nback\\slash"_s);
    QVERIFY(registry.render().startsWith("# HELP h line one\\nback\\\\slash\n# TYPE h gauge\n"));
}

void TestRegistry::gaugesSetAndAdd()
{
    Registry registry;
    registry.registerGauge(u"g"_s, u"g"_s);
    registry.setGauge(u"g"_s, {{u"k"_s, u"x"_s}}, 5);
    registry.addGauge(u"g"_s, {{u"k"_s, u"x"_s}}, -2);
    registry.addGauge(u"g"_s, {{u"k"_s, u"y"_s}}, 0.25);
    const QByteArray text = registry.render();
    QVERIFY2(text.contains("g{k=\"x\"} 3\n"), text.constData());
    QVERIFY2(text.contains("g{k=\"y\"} 0.25\n"), text.constData());
}

void TestRegistry::callbackGaugeIsReadAtScrapeTime()
{
    Registry registry;
    std::atomic<int> depth{4};
    QVERIFY(registry.registerCallbackGauge(u"queue_depth"_s, u"Jobs waiting"_s, {{u"queue"_s, u"send"_s}},
                                           [&depth] { return double(depth.load()); }));
    QVERIFY(registry.render().contains("queue_depth{queue=\"send\"} 4\n"));
    depth = 9;
    QVERIFY(registry.render().contains("queue_depth{queue=\"send\"} 9\n"));
    // A callback series cannot be overwritten by setGauge.
    QVERIFY(!registry.setGauge(u"queue_depth"_s, {{u"queue"_s, u"send"_s}}, 1));
    registry.removeCallbackGauge(u"queue_depth"_s, {{u"queue"_s, u"send"_s}});
    QVERIFY(!registry.render().contains("queue_depth{"));
}

void TestRegistry::unlabelledFamilyStartsAtZero()
{
    Registry registry;
    registry.registerCounter(u"bytes_total"_s, u"b"_s, false);
    QVERIFY(registry.render().endsWith("# TYPE bytes_total counter\nbytes_total 0\n"));
    registry.increment(u"bytes_total"_s, {}, 1536);
    QVERIFY(registry.render().endsWith("bytes_total 1536\n"));
}

void TestRegistry::invalidUseIsRefused()
{
    Registry registry;
    QVERIFY(!registry.registerCounter(u"bad name"_s, u"x"_s));
    QVERIFY(!registry.registerCounter(u"9lives"_s, u"x"_s));
    QVERIFY(registry.registerCounter(u"ok:total"_s, u"x"_s));
    QVERIFY(registry.registerCounter(u"ok:total"_s, u"x"_s)); // idempotent
    QVERIFY(!registry.registerGauge(u"ok:total"_s, u"x"_s));   // type clash
    QVERIFY(!registry.increment(u"unknown_total"_s));
    QVERIFY(!registry.increment(u"ok:total"_s, {}, -1));
    QVERIFY(!registry.increment(u"ok:total"_s, {{u"bad-label"_s, u"v"_s}}));
    QVERIFY(!registry.increment(u"ok:total"_s, {{u"__reserved"_s, u"v"_s}}));
    QVERIFY(!registry.increment(u"ok:total"_s, {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}}));
    QVERIFY(!registry.increment(u"ok:total"_s, {}, std::numeric_limits<double>::infinity()));
    QVERIFY(!registry.setGauge(u"ok:total"_s, {}, 1));
    QCOMPARE(registry.render(), "# HELP ok:total x\n# TYPE ok:total counter\n"_ba);
}

void TestRegistry::webhookRejectionHelper()
{
    Registry registry;
    Moltdesk::Metrics::WebhookRejections rejections(&registry);
    rejections.record(u"telegram"_s, u"bad_signature"_s);
    rejections.record(u"telegram"_s, u"bad_signature"_s);
    rejections.record(u"whatsapp"_s, u"too_large"_s);
    const QByteArray text = registry.render();
    QVERIFY(text.contains("# TYPE moltdesk_webhook_rejected_total counter\n"));
    QVERIFY2(text.contains("moltdesk_webhook_rejected_total{channel=\"telegram\",reason=\"bad_signature\"} 2\n"),
             text.constData());
    QVERIFY(text.contains("moltdesk_webhook_rejected_total{channel=\"whatsapp\",reason=\"too_large\"} 1\n"));
}

void TestRegistry::concurrentIncrementsAreNotLost()
{
    Registry registry;
    registry.registerCounter(u"n_total"_s, u"n"_s, false);
    QList<QFuture<void>> workers;
    for (int t = 0; t < 4; ++t) {
        workers.append(QtConcurrent::run([&registry] {
            for (int i = 0; i < 5000; ++i)
                registry.increment(u"n_total"_s);
        }));
    }
    for (auto &worker : workers)
        worker.waitForFinished();
    QCOMPARE(registry.value(u"n_total"_s), 20000.0);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
