// ConfigUpdate::applyLive: through the gateway's config.set when it runs (applied live, file left
// to the gateway), the direct crash-safe write when there is none or it cannot take it, and a
// refusal reported without writing.
#include "channels/configupdate.h"
#include "config/loader.h"
#include "support/uifakegatewayclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestConfigUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyLive_data();
    void applyLive();
    void brokenFileIsNotSent();
};

void TestConfigUpdate::applyLive_data()
{
    QTest::addColumn<QString>("gateway"); // none | saved | unknown | unavailable | invalid
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("appliedLive");
    QTest::addColumn<bool>("writtenHere");
    QTest::newRow("no gateway") << u"none"_s << true << false << true;
    QTest::newRow("config.set saved") << u"saved"_s << true << true << false;
    QTest::newRow("gateway without config.set") << u"unknown"_s << true << false << true;
    QTest::newRow("gateway not running") << u"unavailable"_s << true << false << true;
    QTest::newRow("refused") << u"invalid"_s << false << false << false;
}

void TestConfigUpdate::applyLive()
{
    QFETCH(QString, gateway);
    QFETCH(bool, ok);
    QFETCH(bool, appliedLive);
    QFETCH(bool, writtenHere);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    Config::Settings initial;
    initial.ai.systemPrompt = u"Be brief."_s;
    QVERIFY(Config::Loader::save(initial, path, nullptr));
    const QByteArray before = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    Ui::UiFakeGatewayClient client;
    if (gateway == u"saved"_s)
        client.reply(u"config.set"_s, QJsonObject{{u"saved"_s, true}});
    else if (gateway == u"unavailable"_s)
        client.fail(u"config.set"_s, Ws::RpcError::unavailable(u"the gateway is not running"_s));
    else if (gateway == u"invalid"_s)
        client.fail(u"config.set"_s, Ws::RpcError::invalidRequest(u"config.json: security.dmPolicy: nope"_s));
    QThreadPool pool;
    QObject context;
    std::optional<Ui::ConfigUpdate::Outcome> outcome;
    Ui::ConfigUpdate::applyLive(
        gateway == u"none"_s ? nullptr : &client, &pool, &context, path,
        [](Config::Settings &settings) { settings.channels.telegram.enabled = true; },
        [&outcome](const Ui::ConfigUpdate::Outcome &result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->ok, ok);
    QCOMPARE(outcome->appliedLive, appliedLive);
    if (ok) {
        QVERIFY(outcome->settings.channels.telegram.enabled);
        QCOMPARE(outcome->settings.ai.systemPrompt, u"Be brief."_s); // the rest of the file kept
    } else {
        QVERIFY2(outcome->error.contains(u"security.dmPolicy"_s), qPrintable(outcome->error));
    }
    if (gateway != u"none"_s) {
        QCOMPARE(client.count(u"config.set"_s), 1);
        const QJsonObject sent = client.lastCall(u"config.set"_s).params.value(u"config"_s).toObject();
        QCOMPARE(sent.value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(u"enabled"_s).toBool(),
                 true);
        QCOMPARE(sent.value(u"ai"_s).toObject().value(u"systemPrompt"_s).toString(), u"Be brief."_s);
    }
    const Config::LoadResult onDisk = Config::Loader::load(path);
    QCOMPARE(onDisk.settings.channels.telegram.enabled, writtenHere);
    if (!writtenHere) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
}

void TestConfigUpdate::brokenFileIsNotSent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"security\": {\"dmPolicy\": 5}}");
    }
    Ui::UiFakeGatewayClient client;
    client.reply(u"config.set"_s, QJsonObject{{u"saved"_s, true}});
    QThreadPool pool;
    QObject context;
    std::optional<Ui::ConfigUpdate::Outcome> outcome;
    Ui::ConfigUpdate::applyLive(
        &client, &pool, &context, path, [](Config::Settings &settings) { settings.channels.telegram.enabled = true; },
        [&outcome](const Ui::ConfigUpdate::Outcome &result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->error.contains(u"security.dmPolicy"_s), qPrintable(outcome->error));
    QCOMPARE(client.count(u"config.set"_s), 0);
}

QTEST_GUILESS_MAIN(TestConfigUpdate)
#include "tst_configupdate.moc"
