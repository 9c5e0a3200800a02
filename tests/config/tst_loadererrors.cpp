// Every wrong type or value must stop start-up with one line naming the file, the dotted key path,
// what was expected and what was found -- and a secret's value must never be echoed.
#include "config/loader.h"
#include "support/configtestfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Config::Loader;
using Moltdesk::Config::LoadResult;
using Moltdesk::TestSupport::ConfigTestFiles;

class TestLoaderErrors : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadValue_data();
    void rejectsBadValue();
    void secretKeyNeverEchoesValue_data();
    void secretKeyNeverEchoesValue();
    void reportsAllErrorsOnePerLine();
};

void TestLoaderErrors::rejectsBadValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const char *json, const QString &message) {
        QTest::newRow(name) << ConfigTestFiles::json(json) << (u"config.json: "_s + message);
    };

    // wrong types
    row("string for int", "{'security':{'rateLimit':{'burstSize':'ten'}}}",
        u"security.rateLimit.burstSize: expected a positive integer, got \"ten\""_s);
    row("string for bool", "{'channels':{'telegram':{'enabled':'yes'}}}",
        u"channels.telegram.enabled: expected true or false, got \"yes\""_s);
    row("array for section", "{'ai':[]}", u"ai: expected an object, got []"_s);
    row("number for listen", "{'gateway':{'listen':8787}}",
        u"gateway.listen: expected a string HOST:PORT such as \"127.0.0.1:8787\", got 8787"_s);
    row("number id in allowFrom", "{'security':{'allowFrom':{'discord':[123]}}}",
        u"security.allowFrom.discord[0]: expected a string, got 123"_s);
    row("string price", "{'ai':{'pricing':{'anthropic/x':{'inputPerMTok':'3'}}}}",
        u"ai.pricing.anthropic/x.inputPerMTok: expected a non-negative number, got \"3\""_s);
    row("top-level array", "[1]", u"(top level): expected a JSON object, got [1]"_s);
    row("jobs not array", "{'cron':{'jobs':{}}}", u"cron.jobs: expected an array of job objects, got {}"_s);

    row("ports not an array", "{'ai':{'tools':{'web_fetch':{'allowedPorts':8080}}}}",
        u"ai.tools.web_fetch.allowedPorts: expected an array of port numbers, got 8080"_s);
    row("port out of range", "{'ai':{'tools':{'web_fetch':{'allowedPorts':[8080, 70000]}}}}",
        u"ai.tools.web_fetch.allowedPorts[1]: expected a positive integer no greater than 65535, got 70000"_s);
    row("port as string", "{'ai':{'tools':{'web_fetch':{'allowedPorts':['22']}}}}",
        u"ai.tools.web_fetch.allowedPorts[0]: expected a positive integer no greater than 65535, got \"22\""_s);

    row("quota not a size", "{'storage':{'quota':{'perConversationBytes':'lots'}}}",
        u"storage.quota.perConversationBytes: expected a size from 0 to 1099511627776 bytes (an integer or a string "
        "such as \"10MiB\"), got \"lots\""_s);
    row("negative total quota", "{'storage':{'quota':{'totalBytes':-1}}}",
        u"storage.quota.totalBytes: expected a size from 0 to 1099511627776 bytes (an integer or a string such as "
        "\"10MiB\"), got -1"_s);

    // out of range
    row("zero rpm", "{'security':{'rateLimit':{'requestsPerMinute':0}}}",
        u"security.rateLimit.requestsPerMinute: expected a positive integer, got 0"_s);
    row("fraction", "{'ai':{'maxOutputTokens':10.5}}",
        u"ai.maxOutputTokens: expected a positive integer no greater than 1000000, got 10.5"_s);
    row("too many attempts", "{'ai':{'retry':{'maxAttempts':11}}}",
        u"ai.retry.maxAttempts: expected a positive integer no greater than 10, got 11"_s);
    row("negative poll", "{'channels':{'telegram':{'pollTimeoutSeconds':-1}}}",
        u"channels.telegram.pollTimeoutSeconds: expected a non-negative integer no greater than 300, got -1"_s);
    row("negative budget", "{'ai':{'budgets':{'dailyUsd':-1}}}",
        u"ai.budgets.dailyUsd: expected null (no limit) or a non-negative number of USD, got -1"_s);
    row("tiny header limit", "{'gateway':{'maxHeaderBytes':10}}",
        u"gateway.maxHeaderBytes: expected a size from 1024 to 1048576 bytes (an integer or a string such as "
        u"\"10MiB\"), got 10"_s);

    // issue 13: tool policy per trust level, schedule caps, tool calls per round
    row("unknown tool in a trust level", "{'security':{'tools':{'group':['current_time','shell']}}}",
        u"security.tools.group[1]: expected a tool name (one of current_time, web_fetch, memory, files, schedule), "
        u"got \"shell\""_s);
    row("tools not a list", "{'security':{'tools':{'dm':'all'}}}",
        u"security.tools.dm: expected an array of strings, got \"all\""_s);
    row("schedule interval zero", "{'security':{'schedule':{'minIntervalMinutes':0}}}",
        u"security.schedule.minIntervalMinutes: expected a positive integer no greater than 10080, got 0"_s);
    row("negative job cap", "{'security':{'schedule':{'maxJobs':-1}}}",
        u"security.schedule.maxJobs: expected a non-negative integer no greater than 100000, got -1"_s);
    row("zero tool calls per round", "{'ai':{'maxToolCallsPerRound':0}}",
        u"ai.maxToolCallsPerRound: expected a positive integer no greater than 100, got 0"_s);
    row("zero concurrent fetches", "{'ai':{'tools':{'web_fetch':{'maxConcurrent':0}}}}",
        u"ai.tools.web_fetch.maxConcurrent: expected a positive integer no greater than 64, got 0"_s);

    // enums
    row("dmPolicy", "{'security':{'dmPolicy':'everyone'}}",
        u"security.dmPolicy: expected one of \"pairing\", \"allowlist\", \"open\", got \"everyone\""_s);
    row("telegram mode", "{'channels':{'telegram':{'mode':'push'}}}",
        u"channels.telegram.mode: expected one of \"polling\", \"webhook\", got \"push\""_s);
    row("provider type", "{'ai':{'providers':{'local':{'type':'gemini','baseUrl':'http://127.0.0.1:1'}}}}",
        u"ai.providers.local.type: expected one of \"anthropic\", \"openai\", \"openaiCompatible\", got \"gemini\""_s);
    row("postgres", "{'storage':{'backend':'postgres'}}",
        u"storage.backend: \"postgres\" is not supported in this build yet; use \"sqlite\""_s);
    row("unknown backend", "{'storage':{'backend':'mysql'}}",
        u"storage.backend: expected \"sqlite\", got \"mysql\""_s);

    // URLs and origins
    row("ftp base url", "{'ai':{'providers':{'anthropic':{'baseUrl':'ftp://x.example'}}}}",
        u"ai.providers.anthropic.baseUrl: expected an absolute http or https URL, got \"ftp://x.example\""_s);
    row("relative url", "{'channels':{'telegram':{'apiBaseUrl':'/bot'}}}",
        u"channels.telegram.apiBaseUrl: expected an absolute http or https URL, got \"/bot\""_s);
    row("url with credentials", "{'channels':{'whatsapp':{'apiBaseUrl':'https://u:p@graph.example'}}}",
        u"channels.whatsapp.apiBaseUrl: expected an absolute http or https URL, got \"https://u:p@graph.example\""_s);
    row("https gateway url", "{'channels':{'discord':{'gatewayUrl':'https://gateway.discord.gg'}}}",
        u"channels.discord.gatewayUrl: expected an absolute ws or wss URL, got \"https://gateway.discord.gg\""_s);
    row("http public url", "{'gateway':{'publicUrl':'http://bot.example.com'}}",
        u"gateway.publicUrl: expected empty or an absolute https URL, got \"http://bot.example.com\""_s);
    row("origin with path", "{'security':{'allowedOrigins':['https://example.com/app']}}",
        u"security.allowedOrigins[0]: expected an origin such as \"https://example.com\" (scheme, host and "
        u"optional port only), got \"https://example.com/app\""_s);
    row("provider without url", "{'ai':{'providers':{'local':{'type':'openai'}}}}",
        u"ai.providers.local.baseUrl: expected an absolute http or https URL, got nothing"_s);

    // listen
    row("listen port", "{'gateway':{'listen':'127.0.0.1:70000'}}",
        u"gateway.listen: expected a port from 0 to 65535 in HOST:PORT, got \"127.0.0.1:70000\""_s);
    row("listen ipv6 unbracketed", "{'gateway':{'listen':'::1:8787'}}",
        u"gateway.listen: expected an IPv6 address in brackets as in [::1]:8787, got \"::1:8787\""_s);
    row("listen no port", "{'gateway':{'listen':'127.0.0.1'}}",
        u"gateway.listen: expected HOST:PORT such as 127.0.0.1:8787 or [::1]:8787, got \"127.0.0.1\""_s);
    row("listen hostname", "{'gateway':{'listen':'example.com:80'}}",
        u"gateway.listen: expected an IP address or localhost as HOST in HOST:PORT, got \"example.com:80\""_s);

    // durations and sizes
    row("duration words", "{'storage':{'sessionTTL':'30 days'}}",
        u"storage.sessionTTL: expected a positive number of seconds or a duration such as \"30d\", \"12h\", "
        u"\"90m\", got \"30 days\""_s);
    row("zero duration", "{'storage':{'sessionTTL':0}}",
        u"storage.sessionTTL: expected a positive number of seconds or a duration such as \"30d\", \"12h\", "
        u"\"90m\", got 0"_s);
    row("size unit", "{'storage':{'maxSessionSize':'10 parsecs'}}",
        u"storage.maxSessionSize: expected a size from 1024 to 1073741824 bytes (an integer or a string such "
        u"as \"10MiB\"), got \"10 parsecs\""_s);

    // models
    row("model without provider", "{'ai':{'defaultModel':'claude'}}",
        u"ai.defaultModel: expected \"provider/model\" with a configured provider (anthropic, openai, "
        u"openaiCompatible), got \"claude\""_s);
    row("fallback unknown provider", "{'ai':{'fallbackModels':['openai/gpt-4o','mistral/large']}}",
        u"ai.fallbackModels[1]: expected \"provider/model\" with a configured provider (anthropic, openai, "
        u"openaiCompatible), got \"mistral/large\""_s);

    // cron
    row("duplicate cron id",
        "{'cron':{'jobs':[{'id':'daily','schedule':'0 9 * * *','prompt':'hi'},"
        "{'id':'other','every':'1h','prompt':'x'},{'id':'daily','every':'2h','prompt':'y'}]}}",
        u"cron.jobs[2].id: expected a unique job id (cron.jobs[0] uses it already), got \"daily\""_s);
    row("four-field schedule", "{'cron':{'jobs':[{'id':'a','schedule':'0 9 * *','prompt':'hi'}]}}",
        u"cron.jobs[0].schedule: expected a cron expression \"minute hour day-of-month month day-of-week\" or "
        u"@hourly/@daily/@weekly/@monthly/@yearly (expected 5 fields \"minute hour day-of-month month "
        u"day-of-week\", got 4), got \"0 9 * *\""_s);
    row("out-of-range minute", "{'cron':{'jobs':[{'id':'a','schedule':'61 9 * * *','prompt':'hi'}]}}",
        u"cron.jobs[0].schedule: expected a cron expression \"minute hour day-of-month month day-of-week\" or "
        u"@hourly/@daily/@weekly/@monthly/@yearly (minute field \"61\": 61 is out of range 0-59), got \"61 9 * * *\""_s);
    row("schedule and every", "{'cron':{'jobs':[{'id':'a','schedule':'0 9 * * *','every':'1h','prompt':'hi'}]}}",
        u"cron.jobs[0]: expected exactly one of \"schedule\", \"every\" or \"at\", got \"schedule\" and \"every\""_s);
    row("no trigger", "{'cron':{'jobs':[{'id':'a','prompt':'hi'}]}}",
        u"cron.jobs[0]: expected exactly one of \"schedule\", \"every\" or \"at\", got none"_s);
    row("bad at", "{'cron':{'jobs':[{'id':'a','at':'tomorrow','prompt':'hi'}]}}",
        u"cron.jobs[0].at: expected an ISO-8601 date-time such as \"2026-01-31T09:00:00+01:00\", got \"tomorrow\""_s);
    row("empty prompt", "{'cron':{'jobs':[{'id':'a','every':'1h','prompt':'  '}]}}",
        u"cron.jobs[0].prompt: expected a non-empty string, got \"  \""_s);
    row("bad zone", "{'cron':{'timezone':'Mars/Olympus'}}",
        u"cron.timezone: expected an IANA time zone such as \"Europe/Berlin\", got \"Mars/Olympus\""_s);
    row("empty id", "{'cron':{'jobs':[{'id':'','every':'1h','prompt':'x'}]}}",
        u"cron.jobs[0].id: expected a job id of 1-64 letters, digits, '_', '.' or '-', got \"\""_s);

    // cross-field
    row("whatsapp without number", "{'channels':{'whatsapp':{'enabled':true}}}",
        u"channels.whatsapp.phoneNumberId: expected a phone number id because channels.whatsapp.enabled is "
        u"true, got \"\""_s);

    // long values are cut short
    row("truncated", "{'security':{'dmPolicy':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}}",
        u"security.dmPolicy: expected one of \"pairing\", \"allowlist\", \"open\", got \""_s + QString(36, u'a')
            + u"..."_s);
}

void TestLoaderErrors::rejectsBadValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const LoadResult result = Loader::parse(json, u"config.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors, QStringList{message});
    QVERIFY(!result.errorString().contains(u'\n'));
}

void TestLoaderErrors::secretKeyNeverEchoesValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QString tail = u": looks like a secret, and secrets must not be stored in the config file; remove it and "
                         u"put it in "_s;
    QTest::newRow("anthropic apiKey")
        << ConfigTestFiles::json("{'ai':{'providers':{'anthropic':{'apiKey':'sk-ant-SECRETVALUE'}}}}")
        << u"config.json: ai.providers.anthropic.apiKey"_s + tail
            + u"the OS keychain or the environment variable ANTHROPIC_API_KEY"_s;
    QTest::newRow("telegram botToken")
        << ConfigTestFiles::json("{'channels':{'telegram':{'botToken':'123:SECRETVALUE'}}}")
        << u"config.json: channels.telegram.botToken"_s + tail
            + u"the OS keychain or the environment variable TELEGRAM_BOT_TOKEN"_s;
    QTest::newRow("secret inside a cron job")
        << ConfigTestFiles::json("{'cron':{'jobs':[{'id':'a','every':'1h','prompt':'p','webhook_secret':'SECRETVALUE'}]}}")
        << u"config.json: cron.jobs[0].webhook_secret"_s + tail + u"the OS keychain or an environment variable"_s;
    QTest::newRow("object-valued token")
        << ConfigTestFiles::json("{'gateway':{'token':{'value':'SECRETVALUE'}}}")
        << u"config.json: gateway.token"_s + tail + u"the OS keychain or the environment variable MOLTDESK_TOKEN"_s;
}

void TestLoaderErrors::secretKeyNeverEchoesValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const LoadResult result = Loader::parse(json, u"config.json"_s);
    QCOMPARE(result.errors, QStringList{message});
    QVERIFY(!result.errorString().contains(u"SECRETVALUE"_s));
    // Not also reported as an unknown key (that would be noise, and the warning is logged).
    for (const QString &warning : result.warnings)
        QVERIFY2(!warning.contains(u"SECRETVALUE"_s), qPrintable(warning));
    QVERIFY(result.warnings.isEmpty());
}

void TestLoaderErrors::reportsAllErrorsOnePerLine()
{
    const LoadResult result = Loader::parse(
        ConfigTestFiles::json("{'ai':{'maxToolRounds':0},'gateway':{'maxConnections':'many'}}"), u"my.json"_s);
    QCOMPARE(result.errors,
             (QStringList{u"my.json: ai.maxToolRounds: expected a positive integer no greater than 100, got 0"_s,
                          u"my.json: gateway.maxConnections: expected a positive integer no greater than 100000, "
                          u"got \"many\""_s}));
    QCOMPARE(result.errorString(), result.errors.join(u'\n'));
}

QTEST_GUILESS_MAIN(TestLoaderErrors)
#include "tst_loadererrors.moc"
