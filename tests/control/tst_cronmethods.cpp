// cron.* WebSocket methods over a real connection: list/add/remove/run/runs/preview with good
// params, and INVALID_REQUEST with a field-naming message for bad ones.
#include "control/cron.h"
#include "core/schemamigrations.h"
#include "cron/cronstore.h"
#include "cron/scheduler.h"
#include "storage/database.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Cron;
using TestSupport::WsTestClient;
using TestSupport::WsTestHarness;

class TestCronMethods : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listAddRunRemove();
    void configJobCannotBeRemoved();
    void preview();
    void badParams_data();
    void badParams();

private:
    QJsonObject call(const QString &method, const QJsonObject &params);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<CronStore> m_store;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<WsTestHarness> m_harness;
    std::unique_ptr<WsTestClient> m_client;
    QDateTime m_now;
    QStringList m_ran;
};

void TestCronMethods::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
    QVERIFY(m_db->open().ok());
    m_store = std::make_unique<CronStore>(*m_db);
    m_now = QDateTime::fromString(u"2024-06-03T08:00:00Z"_s, Qt::ISODate);
    Config::CronSettings config;
    config.timezone = "Europe/Berlin";
    Config::CronJobSettings fromFile;
    fromFile.id = u"digest"_s;
    fromFile.schedule = u"0 7 * * *"_s;
    fromFile.prompt = u"Morning digest"_s;
    config.jobs.append(fromFile);
    SchedulerOptions options;
    options.useTimer = false;
    m_scheduler = std::make_unique<Scheduler>(*m_store, config, [this] { return m_now; }, options);
    m_scheduler->setRunner([this](const Job &job, const QDateTime &, Scheduler::Done done) {
        m_ran.append(job.id);
        done(Outcome::ok(u"done"_s));
    });
    QVERIFY(m_scheduler->start().ok());

    m_harness = std::make_unique<WsTestHarness>();
    Control::registerCronMethods(m_harness->registry, *m_scheduler);
    QVERIFY(m_harness->listen());
    m_client = std::make_unique<WsTestClient>();
    const auto hello = m_client->connectWithToken(m_harness->url(), QString::fromUtf8(m_harness->operatorToken));
    QVERIFY(hello && hello->value(u"ok"_s).toBool());
    const QJsonArray methods = hello->value(u"payload"_s).toObject().value(u"features"_s).toObject().value(u"methods"_s).toArray();
    for (const QString &name : {u"cron.list"_s, u"cron.add"_s, u"cron.remove"_s, u"cron.run"_s, u"cron.runs"_s})
        QVERIFY2(methods.contains(name), qPrintable(name));
}

void TestCronMethods::cleanup()
{
    m_client.reset();
    m_harness.reset();
    m_scheduler.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    m_ran.clear();
}

QJsonObject TestCronMethods::call(const QString &method, const QJsonObject &params)
{
    const auto response = m_client->waitForResponse(m_client->sendRequest(method, params));
    return response ? *response : QJsonObject();
}

void TestCronMethods::listAddRunRemove()
{
    QJsonObject res = call(u"cron.add"_s, {{u"id"_s, u"standup"_s},
                                           {u"schedule"_s, u"30 9 * * MON-FRI"_s},
                                           {u"prompt"_s, u"Remind the team"_s},
                                           {u"deliverTo"_s, u"discord:123"_s}});
    QVERIFY2(res.value(u"ok"_s).toBool(), QJsonDocument(res).toJson().constData());
    QJsonObject job = res.value(u"payload"_s).toObject().value(u"job"_s).toObject();
    QCOMPARE(job.value(u"id"_s).toString(), u"standup"_s);
    QCOMPARE(job.value(u"kind"_s).toString(), u"cron"_s);
    QCOMPARE(job.value(u"timezone"_s).toString(), u"Europe/Berlin"_s); // the cron.timezone default
    QCOMPARE(job.value(u"session"_s).toString(), u"cron:standup"_s);
    QCOMPARE(job.value(u"source"_s).toString(), u"user"_s);
    QCOMPARE(job.value(u"nextRun"_s).toString(), u"2024-06-04T07:30:00.000Z"_s); // 09:30 CEST tomorrow (now is 10:00 CEST)

    res = call(u"cron.add"_s, {{u"every"_s, 900}, {u"prompt"_s, u"poll"_s}});
    QVERIFY(res.value(u"ok"_s).toBool());
    const QString generated = res.value(u"payload"_s).toObject().value(u"job"_s).toObject().value(u"id"_s).toString();
    QVERIFY(generated.startsWith(u"job-"_s));

    res = call(u"cron.list"_s, {});
    QVERIFY(res.value(u"ok"_s).toBool());
    const QJsonArray jobs = res.value(u"payload"_s).toObject().value(u"jobs"_s).toArray();
    QCOMPARE(jobs.size(), 3);
    QCOMPARE(jobs.at(0).toObject().value(u"id"_s).toString(), u"digest"_s);
    QCOMPARE(jobs.at(0).toObject().value(u"source"_s).toString(), u"config"_s);
    QVERIFY(jobs.at(0).toObject().value(u"nextRun"_s).isString());
    QCOMPARE(jobs.at(0).toObject().value(u"running"_s).toBool(), false);

    res = call(u"cron.run"_s, {{u"id"_s, u"standup"_s}});
    QVERIFY(res.value(u"ok"_s).toBool());
    QCOMPARE(res.value(u"payload"_s).toObject().value(u"status"_s).toString(), u"started"_s);
    QCOMPARE(m_ran, QStringList{u"standup"_s});

    res = call(u"cron.runs"_s, {{u"id"_s, u"standup"_s}});
    QVERIFY(res.value(u"ok"_s).toBool());
    const QJsonArray runs = res.value(u"payload"_s).toObject().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).toObject().value(u"outcome"_s).toString(), u"ok"_s);
    QCOMPARE(runs.at(0).toObject().value(u"manual"_s).toBool(), true);

    res = call(u"cron.remove"_s, {{u"id"_s, u"standup"_s}});
    QVERIFY(res.value(u"ok"_s).toBool());
    QCOMPARE(m_scheduler->jobs().size(), 2);
    res = call(u"cron.remove"_s, {{u"id"_s, u"standup"_s}});
    QCOMPARE(res.value(u"ok"_s).toBool(), false);
    QCOMPARE(res.value(u"error"_s).toObject().value(u"message"_s).toString(), u"no cron job \"standup\""_s);
}

void TestCronMethods::configJobCannotBeRemoved()
{
    const QJsonObject res = call(u"cron.remove"_s, {{u"id"_s, u"digest"_s}});
    QCOMPARE(res.value(u"ok"_s).toBool(), false);
    const QJsonObject error = res.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"config.json"_s));
    QVERIFY(m_scheduler->job(u"digest"_s).has_value());
}

void TestCronMethods::preview()
{
    const QJsonObject res = call(u"cron.preview"_s, {{u"schedule"_s, u"0 9 * * *"_s}, {u"timezone"_s, u"America/New_York"_s}, {u"count"_s, 3}});
    QVERIFY(res.value(u"ok"_s).toBool());
    const QJsonObject payload = res.value(u"payload"_s).toObject();
    const QJsonArray times = payload.value(u"times"_s).toArray();
    QCOMPARE(times.size(), 3);
    QCOMPARE(times.at(0).toString(), u"2024-06-03T09:00:00-04:00"_s);
    QCOMPARE(times.at(2).toString(), u"2024-06-05T09:00:00-04:00"_s);
    QVERIFY(payload.value(u"description"_s).toString().contains(u"America/New_York"_s));
}

void TestCronMethods::badParams_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("message");
    const QJsonObject prompt{{u"prompt"_s, u"p"_s}};
    auto with = [&](std::initializer_list<std::pair<QString, QJsonValue>> extra) {
        QJsonObject o = prompt;
        for (const auto &[k, v] : extra)
            o.insert(k, v);
        return o;
    };
    QTest::newRow("add: no schedule") << u"cron.add"_s << prompt << u"exactly one of"_s;
    QTest::newRow("add: two schedules") << u"cron.add"_s << with({{u"schedule"_s, u"* * * * *"_s}, {u"every"_s, u"1h"_s}}) << u"exactly one of"_s;
    QTest::newRow("add: bad cron") << u"cron.add"_s << with({{u"schedule"_s, u"61 * * * *"_s}}) << u"minute field \"61\""_s;
    QTest::newRow("add: schedule not string") << u"cron.add"_s << with({{u"schedule"_s, 5}}) << u"params.schedule: expected a string"_s;
    QTest::newRow("add: every too short") << u"cron.add"_s << with({{u"every"_s, 5}}) << u"at least 1 minute"_s;
    QTest::newRow("add: at in past") << u"cron.add"_s << with({{u"at"_s, u"2020-01-01T00:00:00Z"_s}}) << u"in the past"_s;
    QTest::newRow("add: at garbage") << u"cron.add"_s << with({{u"at"_s, u"soon"_s}}) << u"ISO-8601"_s;
    QTest::newRow("add: no prompt") << u"cron.add"_s << QJsonObject{{u"schedule"_s, u"* * * * *"_s}} << u"params.prompt"_s;
    QTest::newRow("add: bad zone") << u"cron.add"_s << with({{u"schedule"_s, u"* * * * *"_s}, {u"timezone"_s, u"Nowhere/City"_s}}) << u"timezone:"_s;
    QTest::newRow("add: bad enabled") << u"cron.add"_s << with({{u"schedule"_s, u"* * * * *"_s}, {u"enabled"_s, u"yes"_s}}) << u"params.enabled"_s;
    QTest::newRow("add: bad deliverTo") << u"cron.add"_s << with({{u"schedule"_s, u"* * * * *"_s}, {u"deliverTo"_s, u"sms:1"_s}}) << u"deliverTo:"_s;
    QTest::newRow("add: duplicate id") << u"cron.add"_s << with({{u"schedule"_s, u"* * * * *"_s}, {u"id"_s, u"digest"_s}}) << u"already exists"_s;
    QTest::newRow("remove: no id") << u"cron.remove"_s << QJsonObject() << u"params.id"_s;
    QTest::newRow("run: unknown") << u"cron.run"_s << QJsonObject{{u"id"_s, u"nope"_s}} << u"no cron job \"nope\""_s;
    QTest::newRow("run: id not string") << u"cron.run"_s << QJsonObject{{u"id"_s, 3}} << u"params.id"_s;
    QTest::newRow("runs: bad limit") << u"cron.runs"_s << QJsonObject{{u"id"_s, u"digest"_s}, {u"limit"_s, 0}} << u"params.limit"_s;
    QTest::newRow("preview: bad count") << u"cron.preview"_s << QJsonObject{{u"schedule"_s, u"* * * * *"_s}, {u"count"_s, 500}} << u"params.count"_s;
    QTest::newRow("preview: bad cron") << u"cron.preview"_s << QJsonObject{{u"schedule"_s, u"* * * *"_s}} << u"expected 5 fields"_s;
}

void TestCronMethods::badParams()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(QString, message);
    const QJsonObject res = call(method, params);
    QCOMPARE(res.value(u"ok"_s).toBool(true), false);
    const QJsonObject error = res.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(message), qPrintable(error.value(u"message"_s).toString()));
    QCOMPARE(m_scheduler->jobs().size(), 1);
    QVERIFY(m_ran.isEmpty());
}

QTEST_GUILESS_MAIN(TestCronMethods)
#include "tst_cronmethods.moc"
