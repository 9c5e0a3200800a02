#include "core/schemamigrations.h"
#include "providers/router/providerrouter.h"
#include "providers/router/responsecache.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "support/fakeanthropicprovider.h"
#include "support/providerrouterenv.h"
#include "support/providerrouterrecorder.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk::Providers;
using namespace Moltdesk::Storage;
using namespace Moltdesk::TestSupport;
using Fake = FakeAnthropicProvider;

// The response cache: key canonicalisation, TTL, persistence in the KV store, and the router
// answering a cacheable request without any request reaching the provider.
class TestResponseCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KvStore> m_kv;
    QDateTime m_now;

    ResponseCache cache(int ttlSeconds = 3600) { return ResponseCache(*m_kv, ttlSeconds, [this] { return m_now; }); }
    static RoutedRequest cacheable(const QString &prompt = u"What is 2+2?"_s)
    {
        RoutedRequest request = ProviderRouterEnv::request({u"anthropic/claude-fake"_s}, prompt);
        request.cacheable = true;
        return request;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
        m_kv = std::make_unique<KvStore>(*m_db, KvLimits{}, [this] { return m_now; });
    }
    void cleanup()
    {
        m_kv.reset();
        m_db.reset();
        m_dir.reset();
    }

    void keyCoversEveryField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"provider", "model", "system", "messages", "tools", "maxOutputTokens"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }
    void keyCoversEveryField()
    {
        QFETCH(QString, field);
        ProviderRequest base = cacheable().request;
        base.model = u"m"_s;
        ProviderRequest changed = base;
        QString provider = u"anthropic"_s;
        if (field == u"provider")
            provider = u"openai"_s;
        else if (field == u"model")
            changed.model = u"m2"_s;
        else if (field == u"system")
            changed.systemPrompt = u"Be verbose."_s;
        else if (field == u"messages")
            changed.messages = ProviderRouterEnv::request({}, u"other"_s).request.messages;
        else if (field == u"tools")
            changed.tools = {QJsonObject{{u"name"_s, u"t"_s}}};
        else
            changed.maxOutputTokens = 99;
        const QString key = ResponseCache::key(u"anthropic"_s, base);
        QCOMPARE(key.size(), 64); // hex SHA-256
        QVERIFY(ResponseCache::key(provider, changed) != key);
        ProviderRequest streamed = base;
        streamed.stream = !base.stream;
        QCOMPARE(ResponseCache::key(u"anthropic"_s, streamed), key); // streaming does not change the answer
    }

    void storeLookupAndTtl()
    {
        ResponseCache c = cache(120);
        ProviderRequest request = cacheable().request;
        ProviderResult result;
        result.content = {Fake::textBlock(u"4"_s)};
        result.stopReason = StopReason::MaxTokens;
        result.usage.inputTokens = 12;
        result.usage.outputTokens = 1;
        result.messageId = u"msg_1"_s;
        result.model = u"claude-fake"_s;
        QVERIFY(c.store(u"anthropic"_s, request, result).ok());

        auto hit = c.lookup(u"anthropic"_s, request);
        QVERIFY(hit.ok());
        QVERIFY(hit.value());
        QCOMPARE(hit.value()->text(), u"4"_s);
        QCOMPARE(hit.value()->stopReason, StopReason::MaxTokens);
        QCOMPARE(hit.value()->usage, result.usage);
        QCOMPARE(hit.value()->messageId, u"msg_1"_s);
        QVERIFY(!c.lookup(u"openai"_s, request).value());

        m_now = m_now.addSecs(119);
        QVERIFY(c.lookup(u"anthropic"_s, request).value());
        m_now = m_now.addSecs(1);
        QVERIFY(!c.lookup(u"anthropic"_s, request).value()); // exactly the TTL, not KV's minimum
    }

    void refusalsAreNotStored()
    {
        ResponseCache c = cache();
        ProviderResult refused;
        refused.content = {Fake::textBlock(u"no"_s)};
        refused.stopReason = StopReason::Error;
        QVERIFY(c.store(u"anthropic"_s, cacheable().request, refused).ok());
        QVERIFY(!c.lookup(u"anthropic"_s, cacheable().request).value());
    }

    void unreadableEntryIsAMiss()
    {
        ResponseCache c = cache();
        const QString key = ResponseCache::key(u"anthropic"_s, cacheable().request);
        QVERIFY(m_kv->putText(ResponseCache::kNamespace, key, u"{\"v\":1,\"expiresAtMs\":1e15,\"result\":{}}"_s).ok());
        auto miss = c.lookup(u"anthropic"_s, cacheable().request);
        QVERIFY(miss.ok());
        QVERIFY(!miss.value());
        QVERIFY(!m_kv->get(ResponseCache::kNamespace, key).value()); // dropped
    }

    void hitReachesNoServerAndSurvivesANewRouter()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"Four"_s)}));
        {
            ResponseCache c = cache();
            ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(), &c);
            ProviderRouterRecorder rec(router.start(cacheable()));
            QVERIFY(rec.waitDone());
            QVERIFY(rec.result);
            QVERIFY(!rec.attempts.first().cacheHit);
        }
        QCOMPARE(env.anthropicServer.requests().size(), 1);

        // A new cache and router on the same KV - as after a restart.
        ResponseCache c = cache();
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(), &c);
        RoutedCall *call = router.start(cacheable());
        ProviderRouterRecorder rec(call);
        QVERIFY(rec.waitDone());
        QVERIFY(rec.result);
        QCOMPARE(rec.result->text(), u"Four"_s);
        QVERIFY(call->isCacheHit());
        QCOMPARE(rec.attempts.size(), 1);
        QVERIFY(rec.attempts.first().cacheHit);
        QCOMPARE(rec.attempts.first().provider, u"anthropic"_s);
        QCOMPARE(env.anthropicServer.requests().size(), 1); // nothing new reached the server

        // Another prompt is another key.
        env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"Six"_s)}));
        ProviderRouterRecorder other(router.start(cacheable(u"What is 3+3?"_s)));
        QVERIFY(other.waitDone());
        QCOMPARE(other.result->text(), u"Six"_s);
        QCOMPARE(env.anthropicServer.requests().size(), 2);
    }

    void offUnlessTheRequestSaysCacheable()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"one"_s)}));
        env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"two"_s)}));
        ResponseCache c = cache();
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(), &c);
        RoutedRequest request = cacheable();
        request.cacheable = false;
        QVERIFY(!RoutedRequest().cacheable);
        for (const QString &expected : {u"one"_s, u"two"_s}) {
            ProviderRouterRecorder rec(router.start(request));
            QVERIFY(rec.waitDone());
            QCOMPARE(rec.result->text(), expected);
        }
        QCOMPARE(env.anthropicServer.requests().size(), 2);
        QVERIFY(m_kv->list(ResponseCache::kNamespace).value().keys.isEmpty()); // nothing stored either
    }

    void errorsAreNotCached()
    {
        ProviderRouterEnv env;
        QVERIFY(env.listening());
        env.anthropicServer.enqueue(Fake::error(400, u"invalid_request_error"_s, u"bad"_s));
        env.anthropicServer.enqueue(Fake::stream({Fake::textBlock(u"fine"_s)}));
        ResponseCache c = cache();
        ProviderRouter router(env.providers(), ProviderRouterEnv::fastSettings(), &c);
        ProviderRouterRecorder failed(router.start(cacheable()));
        QVERIFY(failed.waitDone());
        QVERIFY(failed.error);
        ProviderRouterRecorder ok(router.start(cacheable()));
        QVERIFY(ok.waitDone());
        QCOMPARE(ok.result->text(), u"fine"_s);
        QCOMPARE(env.anthropicServer.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
