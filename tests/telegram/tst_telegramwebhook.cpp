#include "core/channelmoduleadapter.h"
#include "http/router.h"
#include "http/server.h"
#include "metrics/registry.h"
#include "metrics/webhookrejections.h"
#include "support/faketelegramserver.h"
#include "support/httptestclient.h"
#include "channels/telegram/botapi.h"
#include "channels/telegram/webhookreceiver.h"
#include "channels/telegram/webhooksetup.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Telegram;
using Moltdesk::TestSupport::FakeTelegramServer;
using Moltdesk::TestSupport::HttpTestClient;
using Moltdesk::TestSupport::HttpTestResponse;

namespace {
const QByteArray kSecret = "wh-secret_0123456789abcdef"_ba;
const QString kToken = u"777:WEBHOOK-token"_s;

QByteArray post(const QByteArray &body, const QByteArray &secretHeader, bool withSecret = true)
{
    QByteArray raw = "POST /webhook/telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"_ba;
    if (withSecret)
        raw += "X-Telegram-Bot-Api-Secret-Token: "_ba + secretHeader + "\r\n"_ba;
    raw += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body;
    return raw;
}

const QByteArray kUpdate =
    R"({"update_id":900,"message":{"message_id":5,"date":1700000000,"chat":{"id":42,"type":"private"},)"
    R"("from":{"id":42,"is_bot":false,"first_name":"Ann"},"text":"hi"}})"_ba;
} // namespace

class TestTelegramWebhook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Metrics::Registry> m_metrics;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<Http::Router> m_router;
    std::unique_ptr<Http::Server> m_server;
    QList<Update> m_received;
    QList<UpdateAck> m_acks;

    double rejections(const QString &reason) const
    {
        return m_metrics->value(Metrics::WebhookRejections::metricName(),
                                {{u"channel"_s, u"telegram"_s}, {u"reason"_s, reason}});
    }

private slots:
    void init()
    {
        m_received.clear();
        m_acks.clear();
        m_metrics = std::make_unique<Metrics::Registry>();
        m_receiver = std::make_unique<WebhookReceiver>(
            kSecret,
            [this](const QList<Update> &updates, UpdateAck ack) {
                m_received += updates;
                m_acks.append(std::move(ack));
            },
            m_metrics.get());
        m_router = std::make_unique<Http::Router>();
        // Served the way the gateway serves a module's route (core/channelmoduleadapter.h).
        Core::addWebhookRoute(*m_router, {u"POST"_s, QString(WebhookReceiver::Path),
                                          [this](const Channels::WebhookRequest &request,
                                                 const Channels::WebhookRespond &respond) {
                                              m_receiver->handle(request, respond);
                                          }});
        m_server = std::make_unique<Http::Server>(m_router.get(), Http::ServerLimits{});
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_server.reset();
        m_router.reset();
        m_receiver.reset();
        m_metrics.reset();
    }

    void rightSecretAnswers200OnlyAfterAck()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server->serverPort()));
        client.send(post(kUpdate, kSecret));
        QTRY_COMPARE(m_received.size(), 1);
        QCOMPARE(m_received.first().updateId, 900);
        QCOMPARE(m_received.first().message->text, u"hi"_s);
        QVERIFY(!client.waitForResponses(1, 100)); // nothing until the update is stored
        m_acks.first()(true);
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().status, 200);
        QCOMPARE(QJsonDocument::fromJson(client.responses().first().body).object().value(u"ok"_s).toBool(), true);
    }

    void refusedAckAnswers500()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server->serverPort()));
        client.send(post(kUpdate, kSecret));
        QTRY_COMPARE(m_acks.size(), 1);
        m_acks.first()(false);
        m_acks.first()(true); // ignored: the first answer stands
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().status, 500);
    }

    void wrongOrMissingSecretIs401WithoutSideEffect_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("withHeader");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("wrong") << "wh-secret_0123456789abcdeX"_ba << true;
        QTest::newRow("prefix") << "wh-secret"_ba << true;
        QTest::newRow("longer") << kSecret + "x"_ba << true;
    }
    void wrongOrMissingSecretIs401WithoutSideEffect()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, withHeader);
        const HttpTestResponse response = HttpTestClient::request(m_server->serverPort(), post(kUpdate, secret, withHeader));
        QCOMPARE(response.status, 401);
        QVERIFY(response.body.contains("bad_secret"));
        QVERIFY(m_received.isEmpty());
        QCOMPARE(rejections(u"bad_secret"_s), 1.0);
    }

    void badJsonIs400()
    {
        const HttpTestResponse response = HttpTestClient::request(m_server->serverPort(), post("{not json", kSecret));
        QCOMPARE(response.status, 400);
        QVERIFY(m_received.isEmpty());
        QCOMPARE(rejections(u"bad_json"_s), 1.0);

        const HttpTestResponse noId = HttpTestClient::request(m_server->serverPort(), post(R"({"message":{}})", kSecret));
        QCOMPARE(noId.status, 400);
        QVERIFY(m_received.isEmpty());
    }

    void noSecretConfiguredRefusesEverything()
    {
        m_receiver->setSecret({});
        const HttpTestResponse response = HttpTestClient::request(m_server->serverPort(), post(kUpdate, QByteArray()));
        QCOMPARE(response.status, 401);
        QVERIFY(m_received.isEmpty());
    }

    void otherMethodsAre405()
    {
        const HttpTestResponse response = HttpTestClient::request(
            m_server->serverPort(), "GET /webhook/telegram HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba);
        QCOMPARE(response.status, 405);
    }

    void setupEnablesAndDisables()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        fake.addBot(kToken);
        BotApi api(fake.baseUrl(), kToken);
        WebhookSetup setup(&api);
        const QString secret = WebhookSetup::generateSecret();
        QVERIFY(WebhookSetup::secretProblem(secret).isEmpty());
        QCOMPARE(secret.size(), 43);

        std::optional<ApiResult<WebhookInfo>> enabled;
        setup.enable(QUrl(u"https://bot.example.org/webhook/telegram"_s), secret, {u"message"_s},
                     [&enabled](const ApiResult<WebhookInfo> &info) { enabled.emplace(info); });
        QTRY_VERIFY(enabled);
        QVERIFY2(enabled->ok(), qPrintable(enabled->ok() ? QString() : enabled->error().toString()));
        QCOMPARE(enabled->value().url, u"https://bot.example.org/webhook/telegram"_s);
        QCOMPARE(fake.bot(kToken)->webhookSecret(), secret);
        QCOMPARE(fake.bot(kToken)->webhookAllowedUpdates(), QStringList{u"message"_s});

        std::optional<ApiResult<WebhookInfo>> disabled;
        setup.disable(false, [&disabled](const ApiResult<WebhookInfo> &info) { disabled.emplace(info); });
        QTRY_VERIFY(disabled);
        QVERIFY(disabled->ok());
        QVERIFY(disabled->value().url.isEmpty());
        QCOMPARE(fake.requestCount(u"getWebhookInfo"_s), 2);
    }

    void setupRefusesBadInput()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        BotApi api(fake.baseUrl(), kToken);
        WebhookSetup setup(&api);
        std::optional<ApiResult<WebhookInfo>> result;
        setup.enable(QUrl(u"https://bot.example.org/hook"_s), u"bad secret!"_s, {},
                     [&result](const ApiResult<WebhookInfo> &info) { result.emplace(info); });
        QTRY_VERIFY(result);
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidArgument);
        QCOMPARE(fake.requests().size(), 0);

        // Issue 13: a webhook secret shorter than 16 characters is never sent to Telegram.
        result.reset();
        setup.enable(QUrl(u"https://bot.example.org/hook"_s), u"fifteen_chars_x"_s, {},
                     [&result](const ApiResult<WebhookInfo> &info) { result.emplace(info); });
        QTRY_VERIFY(result);
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidArgument);
        QVERIFY2(result->error().toString().contains(u"16-256 characters"_s), qPrintable(result->error().toString()));
        QCOMPARE(fake.requests().size(), 0);

        result.reset(); // unknown token: the fake's 401 comes through
        setup.enable(QUrl(u"https://bot.example.org/hook"_s), u"good_secret_of_16_plus"_s, {},
                     [&result](const ApiResult<WebhookInfo> &info) { result.emplace(info); });
        QTRY_VERIFY(result);
        QCOMPARE(result->error().kind, ApiError::Kind::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestTelegramWebhook)
#include "tst_telegramwebhook.moc"
