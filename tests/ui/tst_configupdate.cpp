// ConfigUpdate::applyLive against a real gateway (UiRealGateway): the gateway's current settings are
// edited and only the changed key paths go to config.set {changes}, so a value changed elsewhere
// meanwhile is kept; an invalid edit is refused in the loader's words and leaves the file alone;
// without a gateway nothing is saved and the outcome says so.
#include "channels/configupdate.h"
#include "support/uirealgateway.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestConfigUpdate : public QObject
{
    Q_OBJECT

private:
    static std::optional<Ui::ConfigUpdate::Outcome> run(Ui::GatewayClient *gateway, QObject *context,
                                                         const Ui::ConfigUpdate::Edit &edit)
    {
        std::optional<Ui::ConfigUpdate::Outcome> outcome;
        Ui::ConfigUpdate::applyLive(gateway, context, edit,
                                    [&outcome](const Ui::ConfigUpdate::Outcome &result) { outcome = result; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
            return std::nullopt;
        return outcome;
    }

private Q_SLOTS:
    void onlyTheEditedKeysAreSent()
    {
        Ui::UiRealGateway real;
        Config::Settings settings;
        settings.ai.fallbackModels.clear();
        QVERIFY(real.start(settings));

        // Another client changes a key after this page was built: the page's edit must not undo it.
        bool done = false;
        real.client->call(u"config.set"_s, {{u"changes"_s, QJsonObject{{u"ai.maxOutputTokens"_s, 777}}}}, this,
                          [&done](const QJsonValue &, const std::optional<Ws::RpcError> &) { done = true; });
        QTRY_VERIFY(done);

        const auto outcome = run(real.client.get(), this,
                                 [](Config::Settings &s) { s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open; });
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
        QCOMPARE(outcome->changes, (QJsonObject{{u"security.dmPolicy"_s, u"open"_s}}));
        const Config::LoadResult file = real.file();
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file.settings.security.dmPolicy, Config::SecuritySettings::DmPolicy::Open);
        QCOMPARE(file.settings.ai.maxOutputTokens, 777);
        QCOMPARE(outcome->settings.ai.maxOutputTokens, 777);

        // Nothing to change: nothing is sent.
        const auto same = run(real.client.get(), this,
                              [](Config::Settings &s) { s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open; });
        QVERIFY(same && same->ok);
        QVERIFY(same->changes.isEmpty());
    }

    void refusedEditLeavesTheFile()
    {
        Ui::UiRealGateway real;
        Config::Settings settings;
        settings.ai.fallbackModels.clear();
        QVERIFY(real.start(settings));
        QFile file(real.configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto outcome = run(real.client.get(), this, [](Config::Settings &s) { s.ai.maxOutputTokens = 0; });
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QVERIFY2(outcome->error.contains(u"ai.maxOutputTokens"_s), qPrintable(outcome->error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void withoutGatewayNothingIsSaved()
    {
        const auto outcome = run(nullptr, this, [](Config::Settings &s) { s.channels.telegram.enabled = true; });
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QVERIFY2(outcome->error.contains(u"not running"_s), qPrintable(outcome->error));
    }
};

QTEST_MAIN(TestConfigUpdate)
#include "tst_configupdate.moc"
