// The Telegram channel in webhook mode, end to end: setWebhook at start, then updates POSTed to
// the gateway's own HTTP server (/webhook/telegram) -> pipeline -> agent -> sendMessage.
#include "channels/inboundledger.h"
#include "http/router.h"
#include "http/server.h"
#include "support/fakeanthropicprovider.h"
#include "support/httptestclient.h"
#include "support/telegramchannelenv.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::FakeAnthropicProvider;
using TestSupport::HttpTestClient;
using TestSupport::TelegramChannelEnv;

namespace {
constexpr qint64 kUser = 555;
const QByteArray kSecret = "the-webhook-secret_123"_ba;

QByteArray post(const QByteArray &body, const QByteArray &secret)
{
    QByteArray raw = "POST /webhook/telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"_ba;
    if (!secret.isNull())
        raw += "X-Telegram-Bot-Api-Secret-Token: "_ba + secret + "\r\n"_ba;
    raw += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body;
    return raw;
}
} // namespace

class TestTelegramChannelWebhook : public QObject
{
    Q_OBJECT

private:
    struct Env
    {
        std::unique_ptr<TelegramChannelEnv> channel;
        Http::Router router;
        std::unique_ptr<Http::Server> server;
    };

    static std::unique_ptr<Env> makeEnv()
    {
        auto env = std::make_unique<Env>();
        Config::Settings settings = TelegramChannelEnv::defaultSettings();
        settings.channels.telegram.mode = Config::TelegramSettings::Mode::Webhook;
        settings.gateway.publicUrl = QUrl(u"https://bot.example.test/"_s);
        env->channel = std::make_unique<TelegramChannelEnv>(settings);
        if (!env->channel->ok() || !env->channel->start())
            return nullptr;
        env->channel->stack->registerRoutes(env->router);
        env->server = std::make_unique<Http::Server>(&env->router, Http::ServerLimits());
        if (!env->server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return env;
    }

    static QByteArray update(qint64 updateId, const QJsonObject &message)
    {
        return QJsonDocument(QJsonObject{{u"update_id"_s, double(updateId)}, {u"message"_s, message}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void startRegistersTheWebhook()
    {
        auto env = makeEnv();
        QVERIFY(env);
        TestSupport::FakeTelegramBot &bot = env->channel->bot();
        QCOMPARE(bot.webhookUrl(), u"https://bot.example.test/webhook/telegram"_s);
        QCOMPARE(bot.webhookSecret().toUtf8(), kSecret);
        QVERIFY(bot.webhookAllowedUpdates().contains(u"message"_s));
        QCOMPARE(env->channel->telegram.requestCount(u"getUpdates"_s), 0);
    }

    void duplicateDeliveryGetsOneReply()
    {
        auto env = makeEnv();
        QVERIFY(env);
        TelegramChannelEnv &tg = *env->channel;
        tg.anthropic().enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"Once."_s)}));
        const QJsonObject message = tg.textMessage(kUser, kUser, u"hello webhook"_s);
        const QByteArray body = update(9001, message);

        const auto first = HttpTestClient::request(env->server->serverPort(), post(body, kSecret));
        QCOMPARE(first.status, 200);
        // 200 means stored: the idempotency record is committed before the answer.
        Channels::InboundLedger ledger(*tg.agent->database);
        const auto recorded = ledger.contains(u"telegram"_s, u"%1/%2"_s.arg(kUser).arg(
                                                                 message.value(u"message_id"_s).toInteger()));
        QVERIFY(recorded && recorded.value());

        const auto second = HttpTestClient::request(env->server->serverPort(), post(body, kSecret));
        QCOMPARE(second.status, 200);
        QTRY_COMPARE(tg.sent().size(), 1);
        QCOMPARE(tg.sent().constFirst().text, u"Once."_s);
        QCOMPARE(tg.sent().constFirst().replyToMessageId, message.value(u"message_id"_s).toInteger());
        QTRY_COMPARE(tg.channel()->status().counters.duplicates, quint64(1));
        QCOMPARE(tg.anthropic().requests().size(), 1);
    }

    void badSecretIsRefusedWithoutSideEffects_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong") << "the-webhook-secret_124"_ba;
        QTest::newRow("empty") << ""_ba;
    }

    void badSecretIsRefusedWithoutSideEffects()
    {
        QFETCH(QByteArray, secret);
        auto env = makeEnv();
        QVERIFY(env);
        TelegramChannelEnv &tg = *env->channel;
        QSignalSpy processed(&tg.stack->pipeline(), &Channels::InboundPipeline::processed);
        const QJsonObject message = tg.textMessage(kUser, kUser, u"inject"_s);
        const auto response = HttpTestClient::request(env->server->serverPort(), post(update(1, message), secret));
        QCOMPARE(response.status, 401);
        QCOMPARE(processed.size(), 0);
        QCOMPARE(tg.channel()->status().counters.received, quint64(0));
        Channels::InboundLedger ledger(*tg.agent->database);
        const auto recorded = ledger.contains(u"telegram"_s, u"%1/%2"_s.arg(kUser).arg(
                                                                 message.value(u"message_id"_s).toInteger()));
        QVERIFY(recorded && !recorded.value());
        QCOMPARE(tg.anthropic().requests().size(), 0);
        QCOMPARE(tg.telegram.requestCount(u"sendMessage"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTelegramChannelWebhook)
#include "tst_telegramchannelwebhook.moc"
