// Ui::TelegramSetup (the Channels page's Telegram flow without widgets) against the fake Bot API on
// loopback: a good token shows the bot and its t.me link, refused tokens are explained in words,
// webhook mode sets and verifies the URL, saving goes through a real gateway (secrets.set, then
// config.set {changes}: the token in its keychain, the settings in its config.json, the channel
// running at once), and a broken config file is never overwritten.
#include "channels/telegramsetup.h"
#include "config/loader.h"
#include "security/memorysecretstore.h"
#include "support/faketelegramserver.h"
#include "support/uirealgateway.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Step = Ui::TelegramSetup::Step;
using Mode = Config::TelegramSettings::Mode;

namespace {
const QString kToken = u"123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"_s;

QString readSecret(Security::MemorySecretStore &store, const QString &name)
{
    QObject context;
    std::optional<QString> value;
    store.read(name, &context, [&value](const Security::SecretResult &result) {
        value = result.isOk() ? result.value() : QString();
    });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 5000))
        return u"<no answer>"_s;
    return *value;
}
} // namespace

class TestTelegramSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goodTokenShowsTheBot();
    void refusedTokenInWords_data();
    void refusedTokenInWords();
    void publicUrlRules_data();
    void publicUrlRules();
    void webhookSetAndVerified();
    void savePollingWritesSecretAndConfig();
    void saveWebhookWritesBothSecrets();
    void brokenConfigIsNotOverwritten();

private:
    Ui::TelegramSetup *makeSetup();
    // A setup whose saves go to a real gateway (m_real).
    Ui::TelegramSetup *makeSavingSetup();
    std::unique_ptr<Ui::UiRealGateway> m_real;

    std::unique_ptr<TestSupport::FakeTelegramServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Security::MemorySecretStore> m_secrets;
    std::unique_ptr<Ui::TelegramSetup> m_setup;
    QString m_configPath;
};

void TestTelegramSetup::init()
{
    m_server = std::make_unique<TestSupport::FakeTelegramServer>();
    QVERIFY(m_server->listen());
    m_server->addBot(kToken, u"alice_helper_bot"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(u"config.json"_s);
    m_secrets = std::make_unique<Security::MemorySecretStore>();
}

void TestTelegramSetup::cleanup()
{
    m_setup.reset();
    m_real.reset();
    m_server.reset();
}

Ui::TelegramSetup *TestTelegramSetup::makeSetup()
{
    Config::Settings settings;
    settings.channels.telegram.apiBaseUrl = m_server->baseUrl();
    m_setup = std::make_unique<Ui::TelegramSetup>(m_secrets.get(), settings);
    return m_setup.get();
}

Ui::TelegramSetup *TestTelegramSetup::makeSavingSetup()
{
    Config::Settings settings;
    settings.channels.telegram.apiBaseUrl = m_server->baseUrl();
    settings.channels.telegram.pollTimeoutSeconds = 1;
    settings.ai.fallbackModels.clear();
    m_real = std::make_unique<Ui::UiRealGateway>();
    if (!m_real->start(settings))
        return nullptr;
    m_configPath = m_real->configPath();
    m_setup = std::make_unique<Ui::TelegramSetup>(nullptr, settings);
    m_setup->setGateway(m_real->client.get());
    return m_setup.get();
}

void TestTelegramSetup::goodTokenShowsTheBot()
{
    Ui::TelegramSetup *setup = makeSetup();
    QSignalSpy steps(setup, &Ui::TelegramSetup::stepChanged);
    setup->checkToken(u"  "_s + kToken + u"\n"_s); // as pasted from BotFather's message
    QCOMPARE(setup->step(), Step::CheckingToken);
    QTRY_COMPARE(setup->step(), Step::TokenAccepted);
    QCOMPARE(setup->bot().name, u"Moltdesk Test"_s);
    QCOMPARE(setup->bot().username, u"alice_helper_bot"_s);
    QCOMPARE(setup->bot().link, QUrl(u"https://t.me/alice_helper_bot"_s));
    QCOMPARE(m_server->requestCount(u"getMe"_s), 1);
    QVERIFY(setup->canSave()); // polling is the default
    QCOMPARE(steps.size(), 2);
}

void TestTelegramSetup::refusedTokenInWords_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown token (401)") << u"999:wrongwrongwrong"_s << u"Telegram does not know this token"_s;
    QTest::newRow("not a token") << u"hello there"_s << u"This is not a bot token"_s;
    QTest::newRow("empty") << u"   "_s << u"Paste the token"_s;
}

void TestTelegramSetup::refusedTokenInWords()
{
    QFETCH(QString, token);
    QFETCH(QString, expected);
    Ui::TelegramSetup *setup = makeSetup();
    setup->checkToken(token);
    QTRY_VERIFY(setup->step() == Step::TokenRefused || setup->step() == Step::EnterToken);
    QVERIFY2(setup->message().contains(expected), qPrintable(setup->message()));
    QVERIFY(!setup->hasBot());
    QVERIFY(!setup->canSave());
    setup->save();
    QCOMPARE(setup->step(), Step::SaveFailed);
    QCOMPARE(m_secrets->count(), 0);
    QVERIFY(!QFile::exists(m_configPath));
}

void TestTelegramSetup::publicUrlRules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("usable");
    QTest::newRow("https") << u"https://bot.example.org"_s << true;
    QTest::newRow("no scheme means https") << u"bot.example.org"_s << true;
    QTest::newRow("port 8443") << u"https://bot.example.org:8443/moltdesk"_s << true;
    QTest::newRow("http") << u"http://bot.example.org"_s << false;
    QTest::newRow("other port") << u"https://bot.example.org:8080"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("query") << u"https://bot.example.org/?a=b"_s << false;
}

void TestTelegramSetup::publicUrlRules()
{
    QFETCH(QString, input);
    QFETCH(bool, usable);
    Ui::TelegramSetup *setup = makeSetup();
    const QString problem = setup->setPublicUrl(input);
    QCOMPARE(problem.isEmpty(), usable);
}

void TestTelegramSetup::webhookSetAndVerified()
{
    Ui::TelegramSetup *setup = makeSetup();
    setup->checkToken(kToken);
    QTRY_COMPARE(setup->step(), Step::TokenAccepted);
    setup->setMode(Mode::Webhook);
    QVERIFY(!setup->canSave()); // not verified yet
    QVERIFY(setup->setPublicUrl(u"https://bot.example.org/"_s).isEmpty());
    QCOMPARE(setup->webhookUrl(), QUrl(u"https://bot.example.org/webhook/telegram"_s));
    setup->setUpWebhook();
    QCOMPARE(setup->step(), Step::SettingWebhook);
    QTRY_COMPARE(setup->step(), Step::WebhookVerified);
    TestSupport::FakeTelegramBot *bot = m_server->bot(kToken);
    QCOMPARE(bot->webhookUrl(), u"https://bot.example.org/webhook/telegram"_s);
    QCOMPARE(bot->webhookSecret().size(), 43);
    QCOMPARE(bot->webhookAllowedUpdates(), QStringList({u"message"_s, u"edited_message"_s}));
    QCOMPARE(m_server->requestCount(u"getWebhookInfo"_s), 1);
    QVERIFY(setup->canSave());
    // Changing the address afterwards needs a new verification.
    QVERIFY(setup->setPublicUrl(u"https://other.example.org"_s).isEmpty());
    QVERIFY(!setup->canSave());

    // Telegram refusing the URL is shown in words.
    m_server->failNext(kToken, u"setWebhook"_s, 400, u"Bad Request: bad webhook: Failed to resolve host"_s);
    setup->setUpWebhook();
    QTRY_COMPARE(setup->step(), Step::WebhookFailed);
    QVERIFY2(setup->message().contains(u"Failed to resolve host"_s), qPrintable(setup->message()));
    QVERIFY(!setup->canSave());
}

void TestTelegramSetup::savePollingWritesSecretAndConfig()
{
    Ui::TelegramSetup *setup = makeSavingSetup();
    QVERIFY(setup);
    QSignalSpy saved(setup, &Ui::TelegramSetup::saved);
    setup->checkToken(kToken);
    QTRY_COMPARE(setup->step(), Step::TokenAccepted);
    setup->save();
    QTRY_COMPARE(setup->step(), Step::Saved);
    QVERIFY2(setup->message().contains(u"Telegram restarts with the new settings"_s), qPrintable(setup->message()));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(readSecret(m_real->keychain, u"TELEGRAM_BOT_TOKEN"_s), kToken);
    QVERIFY(!m_real->keychain.contains(u"TELEGRAM_WEBHOOK_SECRET"_s));
    const Config::LoadResult file = m_real->file();
    QVERIFY2(file.ok(), qPrintable(file.errorString()));
    QVERIFY(file.settings.channels.telegram.enabled);
    QCOMPARE(file.settings.channels.telegram.mode, Mode::Polling);
    QFile written(m_configPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains(kToken.toUtf8())); // the token lives in the secret store only
    // The running gateway polls with the token at once: no restart.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"getUpdates"_s) > 0, 10000);
}

void TestTelegramSetup::saveWebhookWritesBothSecrets()
{
    Ui::TelegramSetup *setup = makeSavingSetup();
    QVERIFY(setup);
    setup->checkToken(kToken);
    QTRY_COMPARE(setup->step(), Step::TokenAccepted);
    setup->setMode(Mode::Webhook);
    setup->setPublicUrl(u"https://bot.example.org"_s);
    setup->setUpWebhook();
    QTRY_COMPARE(setup->step(), Step::WebhookVerified);
    setup->save();
    QTRY_COMPARE(setup->step(), Step::Saved);
    // The stored secret is the one Telegram was given, so deliveries are accepted.
    QCOMPARE(readSecret(m_real->keychain, u"TELEGRAM_WEBHOOK_SECRET"_s), m_server->bot(kToken)->webhookSecret());
    const Config::LoadResult file = m_real->file();
    QVERIFY2(file.ok(), qPrintable(file.errorString()));
    QCOMPARE(file.settings.channels.telegram.mode, Mode::Webhook);
    QCOMPARE(file.settings.gateway.publicUrl, QUrl(u"https://bot.example.org"_s));
}

void TestTelegramSetup::brokenConfigIsNotOverwritten()
{
    Ui::TelegramSetup *setup = makeSavingSetup();
    QVERIFY(setup);
    // Edited by hand while Moltdesk runs: the gateway validates the merged file and refuses.
    const QByteArray broken = "{\"channels\": {\"telegram\": {\"mode\": \"carrier-pigeon\"}}}";
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    setup->checkToken(kToken);
    QTRY_COMPARE(setup->step(), Step::TokenAccepted);
    setup->save();
    QTRY_COMPARE(setup->step(), Step::SaveFailed);
    QVERIFY2(setup->message().contains(u"carrier-pigeon"_s), qPrintable(setup->message()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

QTEST_MAIN(TestTelegramSetup)
#include "tst_telegramsetup.moc"
