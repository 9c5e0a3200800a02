// Loading the happy paths: defaults, a full file, warnings, file-level errors and save/load round trips.
#include "config/loader.h"
#include "config/secretkeypolicy.h"
#include "config/schemareader.h"
#include "support/configtestfiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Config;
using Moltdesk::TestSupport::ConfigTestFiles;

class TestLoader : public QObject
{
    Q_OBJECT

private slots:
    void missingFileMeansDefaults();
    void emptyObjectMeansDefaults();
    void fullValidFile();
    void unknownKeysAreWarnings();
    void invalidJsonNamesFileAndLine();
    void unreadablePathIsError();
    void saveLoadRoundTrip_data();
    void saveLoadRoundTrip();
    void saveIsAtomicAndCreatesDirectory();
    void saveFailureNamesFile();
    void effectiveJsonHasNoSecretLookingKeys();

private:
    static Settings fullSettings();
    QTemporaryDir m_dir;
};

void TestLoader::missingFileMeansDefaults()
{
    const LoadResult result = Loader::load(m_dir.filePath(u"absent/config.json"_s));
    QVERIFY(result.ok());
    QVERIFY(!result.fileExists);
    QVERIFY(result.warnings.isEmpty());
    const Settings &s = result.settings;
    QCOMPARE(s, Settings{});
    // Spot-check the documented defaults themselves, not just "equals a default-constructed struct".
    QCOMPARE(s.ai.defaultModel, u"anthropic/claude-sonnet-4-5"_s);
    QCOMPARE(s.ai.providers.value(u"anthropic"_s).baseUrl, QUrl(u"https://api.anthropic.com"_s));
    QCOMPARE(s.ai.providers.value(u"openai"_s).baseUrl, QUrl(u"https://api.openai.com"_s));
    QCOMPARE(s.ai.providers.value(u"openaiCompatible"_s).baseUrl, QUrl(u"http://127.0.0.1:11434"_s));
    QCOMPARE(s.ai.maxOutputTokens, 4096);
    QCOMPARE(s.ai.maxToolRounds, 8);
    QCOMPARE(s.ai.requestTimeoutSeconds, 120);
    QCOMPARE(s.ai.streamIdleTimeoutSeconds, 60);
    QCOMPARE(s.ai.retryMaxAttempts, 3);
    QCOMPARE(s.ai.cacheEnabled, false);
    QCOMPARE(s.ai.cacheTtlSeconds, 3600);
    QCOMPARE(s.ai.tools.keys(), (QStringList{u"current_time"_s, u"files"_s, u"memory"_s, u"schedule"_s, u"web_fetch"_s}));
    QVERIFY(s.ai.tools.value(u"web_fetch"_s).enabled);
    QVERIFY(!s.ai.tools.value(u"web_fetch"_s).allowPrivateNetworks);
    QVERIFY(s.ai.tools.value(u"web_fetch"_s).allowedPorts.isEmpty()); // only 80 and 443
    QVERIFY(!s.ai.budgets.total.dailyUsd.has_value());
    QVERIFY(!s.channels.telegram.enabled);
    QCOMPARE(s.channels.telegram.mode, TelegramSettings::Mode::Polling);
    QCOMPARE(s.channels.telegram.apiBaseUrl, QUrl(u"https://api.telegram.org"_s));
    QCOMPARE(s.channels.telegram.pollTimeoutSeconds, 30);
    QVERIFY(s.channels.telegram.groupsRequireMention);
    QCOMPARE(s.channels.discord.mode, DiscordSettings::Mode::Gateway);
    QCOMPARE(s.channels.discord.apiBaseUrl, QUrl(u"https://discord.com/api/v10"_s));
    QCOMPARE(s.channels.discord.gatewayUrl, QUrl(u"wss://gateway.discord.gg"_s));
    QCOMPARE(s.channels.whatsapp.apiBaseUrl, QUrl(u"https://graph.facebook.com/v21.0"_s));
    QCOMPARE(s.storage.sessionTtlSeconds, 30LL * 86400);
    QCOMPARE(s.storage.maxSessionSizeBytes, 10LL * 1024 * 1024);
    QCOMPARE(s.storage.kvMaxValueBytes, 25LL * 1024 * 1024);
    QCOMPARE(s.storage.kvMaxKeyBytes, 512);
    QCOMPARE(s.storage.quotaPerConversationBytes, 100LL * 1024 * 1024);
    QCOMPARE(s.storage.quotaTotalBytes, 5LL * 1024 * 1024 * 1024);
    QVERIFY(s.security.allowedOrigins.isEmpty());
    QCOMPARE(s.security.requestsPerMinute, 20);
    QCOMPARE(s.security.burstSize, 5);
    QCOMPARE(s.security.dmPolicy, SecuritySettings::DmPolicy::Pairing);
    QCOMPARE(s.gateway.listen.toString(), u"127.0.0.1:8787"_s);
    QCOMPARE(s.gateway.maxBodyBytes, 1048576);
    QCOMPARE(s.gateway.maxHeaderBytes, 16384);
    QCOMPARE(s.gateway.maxConnections, 256);
    QCOMPARE(s.gateway.idleTimeoutSeconds, 60);
    QVERIFY(s.gateway.publicUrl.isEmpty());
    QCOMPARE(s.gateway.tickIntervalSeconds, 30);
    QCOMPARE(s.cron.timezone, QTimeZone::systemTimeZoneId());
    QVERIFY(s.cron.jobs.isEmpty());
}

void TestLoader::emptyObjectMeansDefaults()
{
    const QString path = m_dir.filePath(u"empty.json"_s);
    QVERIFY(ConfigTestFiles::write(path, "{}\n"));
    const LoadResult result = Loader::load(path);
    QVERIFY(result.ok());
    QVERIFY(result.fileExists);
    QCOMPARE(result.settings, Settings{});
}

void TestLoader::fullValidFile()
{
    const QString path = m_dir.filePath(u"full.json"_s);
    QVERIFY(ConfigTestFiles::write(path, QJsonDocument(Loader::toJson(fullSettings())).toJson()));
    const LoadResult result = Loader::load(path);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.settings, fullSettings());

    // And a hand-written file using the friendly forms (durations, sizes, origins with default port).
    const QByteArray handWritten = ConfigTestFiles::json(
        "{'ai':{'defaultModel':'local/llama3','providers':{'local':{'type':'openaiCompatible',"
        "'baseUrl':'http://127.0.0.1:8080'}},'budgets':{'monthlyUsd':null,'perProvider':{'local':{'dailyUsd':0}}}},"
        "'storage':{'sessionTTL':'12h','maxSessionSize':'2MiB','kv':{'maxValueBytes':'1MB'}},"
        "'security':{'allowedOrigins':['HTTPS://Example.COM:443','http://localhost:3000']},"
        "'gateway':{'listen':'[::1]:0'},"
        "'cron':{'timezone':'Europe/Berlin','jobs':[{'id':'once','at':'2030-01-31T09:00:00','prompt':'go'},"
        "{'id':'nightly','schedule':'@daily','prompt':'summarise'}]}}");
    const LoadResult friendly = Loader::parse(handWritten, u"config.json"_s);
    QVERIFY2(friendly.ok(), qPrintable(friendly.errorString()));
    QCOMPARE(friendly.settings.ai.defaultModel, u"local/llama3"_s);
    QCOMPARE(friendly.settings.ai.providers.value(u"local"_s).type, ProviderType::OpenAiCompatible);
    QCOMPARE(friendly.settings.ai.budgets.perProvider.value(u"local"_s).dailyUsd, std::optional<double>(0.0));
    QCOMPARE(friendly.settings.storage.sessionTtlSeconds, 12 * 3600);
    QCOMPARE(friendly.settings.storage.maxSessionSizeBytes, 2 * 1024 * 1024);
    QCOMPARE(friendly.settings.storage.kvMaxValueBytes, 1000000);
    QCOMPARE(friendly.settings.security.allowedOrigins,
             (QStringList{u"https://example.com"_s, u"http://localhost:3000"_s}));
    QCOMPARE(friendly.settings.gateway.listen.toString(), u"[::1]:0"_s);
    QCOMPARE(friendly.settings.cron.jobs.size(), 2);
    QCOMPARE(friendly.settings.cron.jobs.last().schedule, u"@daily"_s); // macros are cron expressions too
    const CronJobSettings &job = friendly.settings.cron.jobs.first();
    QCOMPARE(job.kind, CronJobSettings::Kind::At);
    // No offset in the file: the wall-clock time is meant in cron.timezone.
    QCOMPARE(job.at.toUTC(), QDateTime(QDate(2030, 1, 31), QTime(8, 0), Qt::UTC));
}

void TestLoader::unknownKeysAreWarnings()
{
    const LoadResult result = Loader::parse(
        ConfigTestFiles::json("{'ai':{'defualtModel':'x','tools':{'shell':{}}},'extra':1,"
                              "'channels':{'telegram':{'groups':{'allowed':[]}}}}"),
        u"config.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.warnings,
             (QStringList{u"config.json: unknown key \"extra\" (ignored)"_s,
                          u"config.json: unknown key \"ai.defualtModel\" (ignored; did you mean \"ai.defaultModel\"?)"_s,
                          u"config.json: unknown key \"ai.tools.shell\" (ignored)"_s,
                          u"config.json: unknown key \"channels.telegram.groups.allowed\" (ignored; did you mean "
                          u"\"channels.telegram.groups.allow\"?)"_s}));
    QCOMPARE(result.settings, Settings{});
}

void TestLoader::invalidJsonNamesFileAndLine()
{
    const QString path = m_dir.filePath(u"broken.json"_s);
    QVERIFY(ConfigTestFiles::write(path, "{\n  \"ai\": {\n    \"defaultModel\": \"a/b\",,\n  }\n}\n"));
    const LoadResult result = Loader::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(path + u": invalid JSON at line 3, column "_s),
             qPrintable(result.errors.first()));
}

void TestLoader::unreadablePathIsError()
{
    const QString path = m_dir.filePath(u"adir"_s);
    QVERIFY(QDir().mkpath(path));
    const LoadResult result = Loader::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors, QStringList{path + u": cannot read: it is a directory"_s});
}

Settings TestLoader::fullSettings()
{
    Settings s;
    s.ai.defaultModel = u"openai/gpt-4o"_s;
    s.ai.fallbackModels = {u"anthropic/claude-sonnet-4-5"_s, u"ollama/llama3"_s};
    s.ai.providers.insert(u"ollama"_s, {ProviderType::OpenAiCompatible, QUrl(u"http://127.0.0.1:11500"_s)});
    s.ai.providers[u"openai"_s].baseUrl = QUrl(u"http://127.0.0.1:9999/v1"_s);
    s.ai.systemPrompt = u"You are helpful.\nBe brief."_s;
    s.ai.maxOutputTokens = 1000;
    s.ai.maxToolRounds = 3;
    s.ai.requestTimeoutSeconds = 30;
    s.ai.streamIdleTimeoutSeconds = 10;
    s.ai.retryMaxAttempts = 5;
    s.ai.cacheEnabled = true;
    s.ai.cacheTtlSeconds = 60;
    s.ai.pricing.insert(u"openai/gpt-4o"_s, {2.5, 10.0, 1.25, 0.0});
    s.ai.budgets.total = {1.5, 30.0};
    s.ai.budgets.perProvider.insert(u"openai"_s, {std::nullopt, 10.0});
    s.ai.tools[u"files"_s].enabled = false;
    s.ai.tools[u"web_fetch"_s].allowPrivateNetworks = true;
    s.ai.tools[u"web_fetch"_s].allowedPorts = {8080, 8443};
    s.channels.telegram = {true, TelegramSettings::Mode::Webhook, QUrl(u"http://127.0.0.1:8081"_s), 0, false,
                           {u"-1001234"_s}};
    s.channels.discord = {true, DiscordSettings::Mode::Interactions, QUrl(u"http://127.0.0.1:8082/api"_s),
                          QUrl(u"ws://127.0.0.1:8083"_s)};
    s.channels.whatsapp = {true, QUrl(u"http://127.0.0.1:8084/v21.0"_s), u"1234567890"_s};
    s.storage.sessionTtlSeconds = 3600;
    s.storage.maxSessionSizeBytes = 4096;
    s.storage.quotaPerConversationBytes = 0;
    s.storage.quotaTotalBytes = 1024LL * 1024 * 1024;
    s.storage.kvMaxValueBytes = 1024;
    s.storage.kvMaxKeyBytes = 128;
    s.security.allowedOrigins = {u"https://example.com"_s, u"http://[::1]:8080"_s};
    s.security.requestsPerMinute = 60;
    s.security.burstSize = 10;
    s.security.dmPolicy = SecuritySettings::DmPolicy::Allowlist;
    s.security.allowFrom.insert(u"discord"_s, {u"123456789012345678901"_s});
    s.security.allowFrom.insert(u"telegram"_s, {u"42"_s, u"43"_s});
    s.security.tools.allowed.insert(u"group"_s, {u"current_time"_s});
    s.security.tools.allowed.insert(u"cron"_s, {});
    s.security.schedule = {2, 20, 60};
    s.ai.maxToolCallsPerRound = 3;
    s.ai.tools[u"web_fetch"_s].maxConcurrent = 2;
    QString error;
    s.gateway.listen = *ListenAddress::parse(u"0.0.0.0:0", &error);
    s.gateway.maxBodyBytes = 65536;
    s.gateway.maxHeaderBytes = 8192;
    s.gateway.maxConnections = 16;
    s.gateway.idleTimeoutSeconds = 5;
    s.gateway.publicUrl = QUrl(u"https://bot.example.com/moltdesk"_s);
    s.gateway.tickIntervalSeconds = 5;
    s.cron.timezone = "Europe/Berlin";
    CronJobSettings daily;
    daily.id = u"daily"_s;
    daily.schedule = u"0 9 * * 1-5"_s;
    daily.prompt = u"Morning summary"_s;
    daily.deliverTo = u"telegram:42"_s;
    daily.timezone = "America/New_York";
    CronJobSettings every;
    every.id = u"poll"_s;
    every.kind = CronJobSettings::Kind::Every;
    every.everySeconds = 5400;
    every.prompt = u"Check"_s;
    every.session = u"cron:poll-session"_s;
    every.enabled = false;
    CronJobSettings once;
    once.id = u"once"_s;
    once.kind = CronJobSettings::Kind::At;
    once.at = QDateTime(QDate(2030, 6, 1), QTime(12, 30), QTimeZone(3600));
    once.prompt = u"Happy birthday"_s;
    s.cron.jobs = {daily, every, once};
    return s;
}

void TestLoader::saveLoadRoundTrip_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("defaults") << false;
    QTest::newRow("every key set") << true;
}

void TestLoader::saveLoadRoundTrip()
{
    QFETCH(bool, full);
    const Settings original = full ? fullSettings() : Settings{};
    const QString path = m_dir.filePath(u"roundtrip.json"_s);
    QString error;
    QVERIFY2(Loader::save(original, path, &error), qPrintable(error));
    const LoadResult loaded = Loader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QVERIFY(loaded.warnings.isEmpty());
    QCOMPARE(loaded.settings, original);
    QCOMPARE(Loader::toJson(loaded.settings), Loader::toJson(original));
}

void TestLoader::saveIsAtomicAndCreatesDirectory()
{
    const QString dir = m_dir.filePath(u"nested/deeper"_s);
    const QString path = dir + u"/config.json"_s;
    QString error;
    QVERIFY2(Loader::save(Settings{}, path, &error), qPrintable(error));
    Settings changed;
    changed.security.burstSize = 99;
    QVERIFY2(Loader::save(changed, path, &error), qPrintable(error));
    // QSaveFile's temporary file is gone after commit: only the target remains.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"config.json"_s});
    QCOMPARE(Loader::load(path).settings.security.burstSize, 99);
}

void TestLoader::saveFailureNamesFile()
{
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QVERIFY(ConfigTestFiles::write(blocker, "not a directory"));
    const QString path = blocker + u"/config.json"_s;
    QString error;
    QVERIFY(!Loader::save(Settings{}, path, &error));
    QVERIFY2(error.startsWith(path + u": cannot save: "_s), qPrintable(error));
}

void TestLoader::effectiveJsonHasNoSecretLookingKeys()
{
    // Guards the secret heuristic against false positives on our own keys (maxOutputTokens, maxKeyBytes...).
    SchemaReader reader(u"config.json"_s);
    SecretKeyPolicy::scan(Loader::toJson(fullSettings()), QString(), reader);
    QCOMPARE(reader.errors(), QStringList{});
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
