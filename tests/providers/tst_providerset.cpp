// ProviderSet against fake provider servers on 127.0.0.1: each provider type is built with the
// right auth header from the right secret, missing keys are reported (and keep the provider out
// of the router's map), extra provider names map to their secret, reload/refreshKeys pick up
// changes, and model strings are validated with clear errors.
#include "providers/providercall.h"
#include "providers/providerset.h"
#include "providers/router/providerrouter.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeopenaiprovider.h"
#include "support/fakeproviderserver.h"
#include "support/providercallrecorder.h"
#include "support/providerrouterenv.h"
#include "support/providerrouterrecorder.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Providers;
using namespace Moltdesk::TestSupport;

Q_DECLARE_METATYPE(Moltdesk::Config::ProviderType)

namespace {

// The lead backs the lookup with the keychain/env cache; here a locked map.
class Keys
{
public:
    void set(const QString &name, const QString &value)
    {
        QMutexLocker lock(&m_mutex);
        m_values.insert(name, value);
    }
    ProviderSet::KeyLookup lookup()
    {
        return [this](const QString &name) {
            QMutexLocker lock(&m_mutex);
            m_asked.append(name);
            return m_values.value(name);
        };
    }
    QStringList asked() const { return m_asked; }

private:
    QMutex m_mutex;
    QMap<QString, QString> m_values;
    QStringList m_asked;
};

ProviderRequest simpleRequest(const QString &model)
{
    ProviderRequest request;
    request.model = model;
    request.messages = {QJsonObject{{u"role"_s, u"user"_s},
                                    {u"content"_s, QJsonArray{FakeAnthropicProvider::textBlock(u"Hi"_s)}}}};
    request.maxOutputTokens = 64;
    request.stream = false;
    return request;
}

} // namespace

class TestProviderSet : public QObject
{
    Q_OBJECT

private:
    FakeProviderServer m_server;

    Config::AiSettings settingsWith(const QString &name, Config::ProviderType type)
    {
        Config::AiSettings ai;
        ai.providers.insert(name, {type, m_server.baseUrl()});
        ai.defaultModel = name + u"/some-model"_s;
        ai.requestTimeoutSeconds = 10;
        ai.streamIdleTimeoutSeconds = 10;
        return ai;
    }

    void enqueueReply(Config::ProviderType type)
    {
        if (type == Config::ProviderType::Anthropic)
            m_server.enqueue(FakeAnthropicProvider::message({FakeAnthropicProvider::textBlock(u"pong"_s)}));
        else
            m_server.enqueue(FakeOpenAiProvider::completion(u"pong"_s));
    }

    // One real call through `provider`; returns the request the fake server saw.
    std::optional<FakeProviderRequest> callThrough(Provider *provider, Config::ProviderType type)
    {
        if (!provider)
            return std::nullopt;
        enqueueReply(type);
        const qsizetype before = m_server.requests().size();
        QObject owner;
        ProviderCall *call = provider->start(simpleRequest(u"some-model"_s), &owner);
        ProviderCallRecorder recorder(call);
        if (!recorder.waitDone() || !recorder.result || recorder.result->text() != u"pong"_s)
            return std::nullopt;
        if (m_server.requests().size() != before + 1)
            return std::nullopt;
        return m_server.requests().constLast();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
    }

    void secretNames_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("secret");
        QTest::newRow("anthropic") << u"anthropic"_s << u"ANTHROPIC_API_KEY"_s;
        QTest::newRow("openai") << u"openai"_s << u"OPENAI_API_KEY"_s;
        QTest::newRow("compatible") << u"openaiCompatible"_s << u"OPENAI_COMPATIBLE_API_KEY"_s;
        QTest::newRow("dash") << u"my-groq"_s << u"MY_GROQ_API_KEY"_s;
        QTest::newRow("camel") << u"localVllm"_s << u"LOCALVLLM_API_KEY"_s;
        QTest::newRow("digits underscore") << u"vllm_2"_s << u"VLLM_2_API_KEY"_s;
    }

    void secretNames()
    {
        QFETCH(QString, provider);
        QFETCH(QString, secret);
        QCOMPARE(ProviderSet::secretName(provider), secret);
    }

    void secretNamesOfAConfig()
    {
        Config::AiSettings ai;
        ai.providers.insert(u"my-groq"_s, {Config::ProviderType::OpenAi, QUrl(u"https://api.groq.example"_s)});
        QCOMPARE(ProviderSet::secretNames(ai), (QStringList{u"ANTHROPIC_API_KEY"_s, u"MY_GROQ_API_KEY"_s,
                                                             u"OPENAI_API_KEY"_s, u"OPENAI_COMPATIBLE_API_KEY"_s}));
    }

    void authHeaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Config::ProviderType>("type");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("expected");
        using T = Config::ProviderType;
        QTest::newRow("anthropic") << u"anthropic"_s << T::Anthropic << u"ANTHROPIC_API_KEY"_s << "x-api-key"_ba
                                   << "sk-ant-1"_ba;
        QTest::newRow("openai") << u"openai"_s << T::OpenAi << u"OPENAI_API_KEY"_s << "authorization"_ba
                                << "Bearer sk-ant-1"_ba;
        QTest::newRow("compatible with key") << u"openaiCompatible"_s << T::OpenAiCompatible
                                             << u"OPENAI_COMPATIBLE_API_KEY"_s << "authorization"_ba
                                             << "Bearer sk-ant-1"_ba;
        QTest::newRow("extra openai-type") << u"my-groq"_s << T::OpenAi << u"MY_GROQ_API_KEY"_s << "authorization"_ba
                                           << "Bearer sk-ant-1"_ba;
        QTest::newRow("extra anthropic-type") << u"claude-proxy"_s << T::Anthropic << u"CLAUDE_PROXY_API_KEY"_s
                                              << "x-api-key"_ba << "sk-ant-1"_ba;
    }

    void authHeaders()
    {
        QFETCH(QString, name);
        QFETCH(Config::ProviderType, type);
        QFETCH(QString, secret);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, expected);
        Keys keys;
        keys.set(secret, u"sk-ant-1"_s);
        keys.set(u"UNRELATED_API_KEY"_s, u"wrong"_s);
        ProviderSet set(settingsWith(name, type), keys.lookup());
        QVERIFY(keys.asked().contains(secret));
        QVERIFY(set.hasKey(name));
        QVERIFY(set.providers().contains(name));
        QCOMPARE(set.provider(name)->name(), name);
        const auto seen = callThrough(set.provider(name), type);
        QVERIFY(seen);
        QCOMPARE(seen->header(header), expected);
        QCOMPARE(seen->path(), type == Config::ProviderType::Anthropic ? "/v1/messages"_ba : "/v1/chat/completions"_ba);
    }

    void compatibleWithoutKeySendsNoAuth()
    {
        Keys keys;
        ProviderSet set(settingsWith(u"openaiCompatible"_s, Config::ProviderType::OpenAiCompatible), keys.lookup());
        QVERIFY(!set.hasKey(u"openaiCompatible"_s));
        QVERIFY(!set.requiresKey(u"openaiCompatible"_s));
        QVERIFY(set.missingKeys().isEmpty());
        const auto seen = callThrough(set.provider(u"openaiCompatible"_s), Config::ProviderType::OpenAiCompatible);
        QVERIFY(seen);
        QVERIFY(!seen->headers.contains("authorization"_ba));
    }

    void missingKeysAreReported()
    {
        Keys keys;
        keys.set(u"OPENAI_API_KEY"_s, u"sk-openai"_s);
        Config::AiSettings ai; // built-in providers at their default URLs: nothing is called here
        ai.providers.insert(u"my-groq"_s, {Config::ProviderType::OpenAi, QUrl(u"https://api.groq.example"_s)});
        ai.defaultModel = u"anthropic/claude-sonnet-4-5"_s;
        ai.fallbackModels = {u"openai/gpt-4o"_s, u"my-groq/llama"_s, u"anthropic/claude-haiku"_s,
                             u"openaiCompatible/llama3"_s};
        ProviderSet set(ai, keys.lookup());

        const QList<MissingKey> missing = set.missingKeys();
        QCOMPARE(missing.size(), 2); // anthropic once, my-groq; openaiCompatible needs none
        QCOMPARE(missing.at(0).provider, u"anthropic"_s);
        QCOMPARE(missing.at(0).secretName, u"ANTHROPIC_API_KEY"_s);
        QCOMPARE(missing.at(0).message,
                 u"ANTHROPIC_API_KEY is not set — add it in the panel's Secrets page or the environment"_s);
        QCOMPARE(missing.at(1).secretName, u"MY_GROQ_API_KEY"_s);

        // Keyless providers get no client, so the router fails over past them.
        QCOMPARE(set.providers().keys(), (QStringList{u"openai"_s, u"openaiCompatible"_s}));
        QCOMPARE(set.provider(u"anthropic"_s), nullptr);

        // Before a call: a chain with one usable model is fine; one without says which key is missing.
        QVERIFY(set.chainError(RoutedRequest::modelChain(ai)).isEmpty());
        QCOMPARE(set.chainError({u"anthropic/claude-sonnet-4-5"_s}), missing.at(0).message);
        QVERIFY(!set.chainError({}).isEmpty());
    }

    void resolveModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("error"); // empty: resolves
        QTest::newRow("ok") << u"openai/gpt-4o"_s << QString();
        QTest::newRow("model with slash") << u"openaiCompatible/library/llama3:8b"_s << QString();
        QTest::newRow("no slash") << u"gpt-4o"_s << u"expected \"provider/model\""_s;
        QTest::newRow("empty model") << u"openai/"_s << u"expected \"provider/model\""_s;
        QTest::newRow("empty provider") << u"/gpt-4o"_s << u"expected \"provider/model\""_s;
        QTest::newRow("spaces") << u" openai/gpt-4o"_s << u"expected \"provider/model\""_s;
        QTest::newRow("unknown provider") << u"mistral/large"_s
                                          << u"no provider \"mistral\" is configured (configured: anthropic, openai, "
                                             "openaiCompatible)"_s;
        QTest::newRow("missing key") << u"anthropic/claude"_s << u"ANTHROPIC_API_KEY is not set"_s;
    }

    void resolveModel()
    {
        QFETCH(QString, model);
        QFETCH(QString, error);
        Keys keys;
        keys.set(u"OPENAI_API_KEY"_s, u"sk-openai"_s);
        ProviderSet set(Config::AiSettings{}, keys.lookup());
        const Storage::Result<ModelRef> resolved = set.resolveModel(model);
        if (error.isEmpty()) {
            QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
            QCOMPARE(resolved->provider + u'/' + resolved->model, model);
            return;
        }
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().message.contains(error), qPrintable(resolved.error().message));
    }

    void refreshKeysPicksUpNewKey()
    {
        Keys keys;
        ProviderSet set(settingsWith(u"anthropic"_s, Config::ProviderType::Anthropic), keys.lookup());
        QSignalSpy changed(&set, &ProviderSet::providersChanged);
        QCOMPARE(set.missingKeys().size(), 1);
        QVERIFY(!set.provider(u"anthropic"_s));

        set.refreshKeys(); // nothing changed: no signal
        QCOMPARE(changed.size(), 0);

        keys.set(u"ANTHROPIC_API_KEY"_s, u"sk-first"_s);
        set.refreshKeys();
        QCOMPARE(changed.size(), 1);
        QVERIFY(set.missingKeys().isEmpty());
        Provider *first = set.provider(u"anthropic"_s);
        QVERIFY(first);
        QCOMPARE(callThrough(first, Config::ProviderType::Anthropic)->header("x-api-key"_ba), "sk-first"_ba);

        keys.set(u"ANTHROPIC_API_KEY"_s, u"sk-second"_s);
        set.refreshKeys();
        QCOMPARE(changed.size(), 2);
        QVERIFY(set.provider(u"anthropic"_s) != first);
        QCOMPARE(callThrough(set.provider(u"anthropic"_s), Config::ProviderType::Anthropic)->header("x-api-key"_ba),
                 "sk-second"_ba);
        // The retired client still works for a call that held on to it (retries, fail-over).
        QCOMPARE(callThrough(first, Config::ProviderType::Anthropic)->header("x-api-key"_ba), "sk-first"_ba);

        // Removing the key takes the client away again.
        keys.set(u"ANTHROPIC_API_KEY"_s, QString());
        set.refreshKeys();
        QVERIFY(!set.provider(u"anthropic"_s));
        QCOMPARE(set.missingKeys().size(), 1);
    }

    void reloadRebuildsChangedProviders()
    {
        Keys keys;
        keys.set(u"OPENAI_API_KEY"_s, u"sk-openai"_s);
        keys.set(u"MY_GROQ_API_KEY"_s, u"sk-groq"_s);
        Config::AiSettings ai = settingsWith(u"openai"_s, Config::ProviderType::OpenAi);
        ProviderSet set(ai, keys.lookup());
        Provider *openai = set.provider(u"openai"_s);
        QVERIFY(openai);
        QVERIFY(!set.provider(u"my-groq"_s));

        ai.providers.insert(u"my-groq"_s, {Config::ProviderType::OpenAi, m_server.baseUrl()});
        QSignalSpy changed(&set, &ProviderSet::providersChanged);
        set.reload(ai);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(set.provider(u"openai"_s), openai); // unchanged: same client
        QCOMPARE(callThrough(set.provider(u"my-groq"_s), Config::ProviderType::OpenAi)->header("authorization"_ba),
                 "Bearer sk-groq"_ba);

        ai.requestTimeoutSeconds = 30; // an endpoint setting: every client is rebuilt
        ai.providers.remove(u"my-groq"_s);
        set.reload(ai);
        QVERIFY(set.provider(u"openai"_s));
        QVERIFY(set.provider(u"openai"_s) != openai);
        QVERIFY(!set.providers().contains(u"my-groq"_s));
    }

    void feedsTheRouter()
    {
        // A chain whose first provider has no key fails over to the next, through the router.
        Keys keys;
        keys.set(u"OPENAI_API_KEY"_s, u"sk-openai"_s);
        Config::AiSettings ai;
        ai.providers.insert(u"anthropic"_s, {Config::ProviderType::Anthropic, m_server.baseUrl()});
        ai.providers.insert(u"openai"_s, {Config::ProviderType::OpenAi, m_server.baseUrl()});
        ai.defaultModel = u"anthropic/claude-fake"_s;
        ai.fallbackModels = {u"openai/gpt-fake"_s};
        ProviderSet set(ai, keys.lookup());
        ProviderRouter router(set.providers(), ProviderRouterEnv::fastSettings());
        connect(&set, &ProviderSet::providersChanged, &router, [&router, &set] { router.setProviders(set.providers()); });

        m_server.enqueue(FakeOpenAiProvider::completion(u"from openai"_s));
        RoutedCall *call = router.start(ProviderRouterEnv::request(RoutedRequest::modelChain(ai), u"Hi"_s, false));
        ProviderRouterRecorder recorder(call);
        QVERIFY(recorder.waitDone());
        QVERIFY(recorder.result);
        QCOMPARE(recorder.result->text(), u"from openai"_s);

        // The key arrives; the router sees the new client at once.
        keys.set(u"ANTHROPIC_API_KEY"_s, u"sk-ant"_s);
        set.refreshKeys();
        m_server.enqueue(FakeAnthropicProvider::message({FakeAnthropicProvider::textBlock(u"from anthropic"_s)}));
        RoutedCall *second = router.start(ProviderRouterEnv::request(RoutedRequest::modelChain(ai), u"Hi"_s, false));
        ProviderRouterRecorder secondRecorder(second);
        QVERIFY(secondRecorder.waitDone());
        QVERIFY(secondRecorder.result);
        QCOMPARE(secondRecorder.result->text(), u"from anthropic"_s);
    }
};

QTEST_GUILESS_MAIN(TestProviderSet)
#include "tst_providerset.moc"
