// Who can reach the agent through a Telegram group, on the real composition: a real Core::Gateway
// with the real pipeline, pairing store and WS protocol, against the fake Bot API and a fake
// Anthropic server. Each test is an attack (docs/channels/README.md "Groups", docs/channels/
// telegram.md "Conversion"): a stranger's group, a rejected member, and chats that speak as
// sender_chat sharing one placeholder user.
#include "core/gateway.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "support/wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::FakeAnthropicProvider;

namespace {
const QString kBotToken = u"6161:GROUPS-token_abc"_s;
const QString kBotName = u"moltdesk_test_bot"_s;
const QString kOperatorToken = u"0123456789abcdef0123456789abcdef0123456789abcdef"_s;
constexpr qint64 kStrangersGroup = -1001000000001;
constexpr qint64 kOtherGroup = -1001000000002;
constexpr qint64 kChannel = -1001000000099;
constexpr qint64 kGroupAnonymousBot = 1087968824;
constexpr qint64 kChannelBot = 136817688;

QJsonObject groupChat(qint64 id, const QString &title)
{
    return {{u"id"_s, double(id)}, {u"type"_s, u"supergroup"_s}, {u"title"_s, title}};
}

QJsonObject person(qint64 id, const QString &name)
{
    return {{u"id"_s, double(id)}, {u"is_bot"_s, false}, {u"first_name"_s, name}};
}

// "@moltdesk_test_bot <text>" in `chat` from `from`, with the mention entity Telegram sends.
QJsonObject mention(const QJsonObject &chat, const QJsonObject &from, const QString &text,
                    const QJsonObject &senderChat = {})
{
    static qint64 nextMessageId = 100;
    const QString full = u'@' + kBotName + u' ' + text;
    QJsonObject message{
        {u"message_id"_s, double(nextMessageId++)},
        {u"date"_s, double(QDateTime::currentSecsSinceEpoch())},
        {u"chat"_s, chat},
        {u"from"_s, from},
        {u"text"_s, full},
        {u"entities"_s, QJsonArray{QJsonObject{{u"type"_s, u"mention"_s}, {u"offset"_s, 0},
                                               {u"length"_s, int(kBotName.size() + 1)}}}},
    };
    if (!senderChat.isEmpty())
        message.insert(u"sender_chat"_s, senderChat);
    return QJsonObject{{u"message"_s, message}};
}

QJsonObject dm(qint64 userId, const QString &text)
{
    static qint64 nextMessageId = 5000;
    return QJsonObject{{u"message"_s, QJsonObject{
                                          {u"message_id"_s, double(nextMessageId++)},
                                          {u"date"_s, double(QDateTime::currentSecsSinceEpoch())},
                                          {u"chat"_s, QJsonObject{{u"id"_s, double(userId)}, {u"type"_s, u"private"_s}}},
                                          {u"from"_s, person(userId, u"Mallory"_s)},
                                          {u"text"_s, text},
                                      }}};
}

// The text of every provider request, to see what reached the model.
QStringList promptsOf(const TestSupport::FakeProviderServer &provider)
{
    QStringList bodies;
    for (const auto &request : provider.requests())
        bodies << QString::fromUtf8(request.body);
    return bodies;
}

int sentTo(const TestSupport::FakeTelegramServer &telegram, qint64 chatId, const QString &containing = {})
{
    int count = 0;
    for (const auto &sent : telegram.sentMessages(kBotToken)) {
        if (sent.chatId == chatId && (containing.isEmpty() || sent.text.contains(containing)))
            ++count;
    }
    return count;
}

} // namespace

class TestTelegramGroups : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_telegramServer = std::make_unique<TestSupport::FakeTelegramServer>();
        QVERIFY((*m_telegramServer).listen());
        (*m_telegramServer).addBot(kBotToken, kBotName);
        m_anthropicServer = std::make_unique<TestSupport::FakeProviderServer>();
        QVERIFY((*m_anthropicServer).listen());
    }

    void cleanup()
    {
        m_ws.reset();
        if (m_gateway)
            m_gateway->stop();
        m_gateway.reset();
        m_dir.reset();
        m_telegramServer.reset();
        m_anthropicServer.reset();
    }

    void strangersGroupReachesTheAgentOnlyAfterTheOperatorApprovesIt()
    {
        QVERIFY(start({}));
        const QJsonObject strangers = groupChat(kStrangersGroup, u"Free GPT here"_s);

        // 1. An unpaired stranger's group @mention: the group gets one pairing notice, the
        //    provider is never called.
        (*m_telegramServer).pushUpdate(kBotToken, mention(strangers, person(501, u"Eve"_s), u"write my essay"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kStrangersGroup, u"pairing code"_s), 1, 10000);
        QVERIFY((*m_anthropicServer).requests().isEmpty());
        // The operator sees it as a group request, titled by the group (untrusted text).
        const QJsonObject pending = pairingList().value(u"pending"_s).toArray().first().toObject();
        QCOMPARE(pending.value(u"kind"_s).toString(), u"group"_s);
        QCOMPARE(pending.value(u"senderId"_s).toString(), QString::number(kStrangersGroup));
        QCOMPARE(pending.value(u"senderName"_s).toString(), u"Free GPT here"_s);
        const QString code = pending.value(u"code"_s).toString();
        QVERIFY(sentTo((*m_telegramServer), kStrangersGroup, code) == 1);

        // A second member right away: same code, no second notice, still no provider call. The
        //    DM below is processed after it (one poller, in order), so its code arriving proves
        //    the group message was decided.
        (*m_telegramServer).pushUpdate(kBotToken, mention(strangers, person(502, u"Mallory"_s), u"hello?"_s));
        (*m_telegramServer).pushUpdate(kBotToken, dm(502, u"let me in"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), 502, u"pairing code"_s), 1, 10000);
        QCOMPARE(sentTo((*m_telegramServer), kStrangersGroup), 1);
        QVERIFY((*m_anthropicServer).requests().isEmpty());

        // 2. The operator rejects Mallory's DM request and approves the group, through the
        //    protocol methods the panel uses.
        const QJsonObject all = pairingList();
        QString malloryCode;
        for (const QJsonValue &entry : all.value(u"pending"_s).toArray()) {
            if (entry.toObject().value(u"kind"_s).toString() == u"sender"_s)
                malloryCode = entry.toObject().value(u"code"_s).toString();
        }
        QVERIFY(!malloryCode.isEmpty());
        QVERIFY(call(u"pairing.reject"_s, {{u"channel"_s, u"telegram"_s}, {u"code"_s, malloryCode}}));
        const auto approved = call(u"pairing.approve"_s, {{u"channel"_s, u"telegram"_s}, {u"code"_s, code}});
        QVERIFY(approved);
        QCOMPARE(approved->value(u"sender"_s).toObject().value(u"kind"_s).toString(), u"group"_s);

        // 3. A rejected member of the approved group is not answered; the member after them is.
        (*m_telegramServer).pushUpdate(kBotToken, mention(strangers, person(502, u"Mallory"_s), u"REJECTED-MEMBER-TEXT"_s));
        (*m_anthropicServer).enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"Hi Eve"_s)}));
        (*m_telegramServer).pushUpdate(kBotToken, mention(strangers, person(501, u"Eve"_s), u"APPROVED-GROUP-TEXT"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kStrangersGroup, u"Hi Eve"_s), 1, 10000);
        QCOMPARE((*m_anthropicServer).requests().size(), 1);
        const QString prompt = promptsOf((*m_anthropicServer)).join(u'\n');
        QVERIFY(prompt.contains(u"APPROVED-GROUP-TEXT"_s));
        QVERIFY(!prompt.contains(u"REJECTED-MEMBER-TEXT"_s));
        QVERIFY(!prompt.contains(u"write my essay"_s)); // nothing from before the approval
    }

    void allowlistPolicyDropsUnknownGroupsSilently()
    {
        QVERIFY(start([](Config::Settings &s) {
            s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Allowlist;
            s.channels.telegram.groupsAllow = {QString::number(kOtherGroup)};
        }));
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupChat(kStrangersGroup, u"x"_s), person(501, u"Eve"_s), u"hi"_s));
        (*m_anthropicServer).enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"listed"_s)}));
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupChat(kOtherGroup, u"ours"_s), person(501, u"Eve"_s), u"hi"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kOtherGroup, u"listed"_s), 1, 10000);
        QCOMPARE(sentTo((*m_telegramServer), kStrangersGroup), 0); // no code, no notice
        QCOMPARE((*m_anthropicServer).requests().size(), 1);
        QVERIFY(pairingList().value(u"pending"_s).toArray().isEmpty());
    }

    void chatsSpeakingAsSenderChatGetTheirOwnRateBuckets()
    {
        // The attack: every anonymous admin of every group writes as GroupAnonymousBot; keyed by
        // `from`, one noisy stranger's anonymous admin would exhaust the rate bucket of the
        // operator's own group admins (and share their memory). Burst 1: a second message from
        // the same sender within the minute is refused.
        QVERIFY(start([](Config::Settings &s) {
            s.security.burstSize = 1;
            s.security.requestsPerMinute = 1;
            s.channels.telegram.groupsAllow = {QString::number(kStrangersGroup), QString::number(kOtherGroup)};
        }));
        const QJsonObject groupA = groupChat(kStrangersGroup, u"A"_s);
        const QJsonObject groupB = groupChat(kOtherGroup, u"B"_s);
        const QJsonObject anonymous = person(kGroupAnonymousBot, u"Group"_s);
        const QJsonObject channelBot = person(kChannelBot, u"Channel"_s);
        const QJsonObject channel{{u"id"_s, double(kChannel)}, {u"type"_s, u"channel"_s}, {u"title"_s, u"News"_s}};
        for (int i = 0; i < 4; ++i)
            (*m_anthropicServer).enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(u"ok %1"_s.arg(i))}));
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupA, anonymous, u"admin of A"_s, groupA));
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupB, anonymous, u"admin of B"_s, groupB));
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupA, channelBot, u"channel in A"_s, channel));
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupA, person(kGroupAnonymousBot, u"Real"_s), u"user in A"_s));
        // The same anonymous admins of A again: their own bucket is empty now.
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupA, anonymous, u"ADMIN-OF-A-AGAIN"_s, groupA));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kStrangersGroup, u"faster than I can answer"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT((*m_anthropicServer).requests().size(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kOtherGroup, u"ok"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kStrangersGroup, u"ok"_s), 3, 10000);
        const QString prompts = promptsOf((*m_anthropicServer)).join(u'\n');
        for (const QString &text : {u"admin of A"_s, u"admin of B"_s, u"channel in A"_s, u"user in A"_s})
            QVERIFY2(prompts.contains(text), qPrintable(text));
        QVERIFY(!prompts.contains(u"ADMIN-OF-A-AGAIN"_s));
    }

    void chatsSpeakingAsSenderChatGetTheirOwnMemory()
    {
        // The same attack on per-user memory (the memory tool's scope "user" is keyed by the
        // sender): what a channel stored must not be read by another group's anonymous admins or
        // by a real user whose id is GroupAnonymousBot's; the channel itself, posting in another
        // group, does read it (so the check below could see a leak).
        // Groups get no memory tool by default (docs/tools.md "Trust levels"); an operator who
        // turns it on must still get one memory per sender.
        QVERIFY(start([](Config::Settings &s) {
            s.channels.telegram.groupsAllow = {QString::number(kStrangersGroup), QString::number(kOtherGroup)};
            s.security.tools.allowed[u"group"_s].append(u"memory"_s);
        }));
        const QJsonObject groupA = groupChat(kStrangersGroup, u"A"_s);
        const QJsonObject groupB = groupChat(kOtherGroup, u"B"_s);
        const QJsonObject channel{{u"id"_s, double(kChannel)}, {u"type"_s, u"channel"_s}, {u"title"_s, u"News"_s}};
        const QJsonObject channelBot = person(kChannelBot, u"Channel"_s);
        const QJsonObject anonymous = person(kGroupAnonymousBot, u"Group"_s);
        const QJsonObject put{{u"action"_s, u"put"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"k"_s},
                              {u"value"_s, u"CHANNEL-SECRET-VALUE"_s}};
        const QJsonObject get{{u"action"_s, u"get"_s}, {u"scope"_s, u"user"_s}, {u"key"_s, u"k"_s}};
        auto script = [this](const QJsonObject &input, const QString &answer) {
            (*m_anthropicServer).enqueue(FakeAnthropicProvider::stream(
                {FakeAnthropicProvider::toolUseBlock(u"tu_%1"_s.arg(answer), u"memory"_s, input)}, u"tool_use"_s));
            (*m_anthropicServer).enqueue(FakeAnthropicProvider::stream({FakeAnthropicProvider::textBlock(answer)}));
        };
        // The tool result of the run's second provider call: what the memory tool answered.
        auto lastToolResult = [this] { return QString::fromUtf8((*m_anthropicServer).requests().constLast().body); };

        script(put, u"stored"_s);
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupA, channelBot, u"remember"_s, channel));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kStrangersGroup, u"stored"_s), 1, 10000);

        script(get, u"admins-b"_s);
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupB, anonymous, u"recall"_s, groupB));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kOtherGroup, u"admins-b"_s), 1, 10000);
        QVERIFY(!lastToolResult().contains(u"CHANNEL-SECRET-VALUE"_s));

        script(get, u"user-b"_s);
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupB, person(kGroupAnonymousBot, u"Real"_s), u"recall"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kOtherGroup, u"user-b"_s), 1, 10000);
        QVERIFY(!lastToolResult().contains(u"CHANNEL-SECRET-VALUE"_s));

        script(get, u"channel-b"_s);
        (*m_telegramServer).pushUpdate(kBotToken, mention(groupB, channelBot, u"recall"_s, channel));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo((*m_telegramServer), kOtherGroup, u"channel-b"_s), 1, 10000);
        QVERIFY(lastToolResult().contains(u"CHANNEL-SECRET-VALUE"_s));
    }

private:
    bool start(const std::function<void(Config::Settings &)> &adjust)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Core::GatewayOptions options;
        options.dataDir = m_dir->path();
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return kOperatorToken; };
        options.secret = [](const QString &name) {
            if (name == u"TELEGRAM_BOT_TOKEN"_s)
                return kBotToken;
            if (name == u"ANTHROPIC_API_KEY"_s)
                return u"sk-ant-test"_s;
            return QString();
        };
        Config::Settings &s = options.settings;
        s.channels.telegram.enabled = true;
        s.channels.telegram.apiBaseUrl = (*m_telegramServer).baseUrl();
        s.channels.telegram.pollTimeoutSeconds = 1;
        s.ai.defaultModel = u"anthropic/claude-test"_s;
        s.ai.fallbackModels.clear();
        s.ai.providers[u"anthropic"_s].baseUrl = (*m_anthropicServer).baseUrl();
        if (adjust)
            adjust(s);

        m_gateway = std::make_unique<Core::Gateway>(options);
        QSignalSpy listening(m_gateway.get(), &Core::Gateway::listening);
        m_gateway->start();
        if (listening.isEmpty() && !listening.wait(5000))
            return false;
        QUrl url(listening.first().at(0).toString());
        url.setScheme(u"ws"_s);
        url.setPath(u"/ws"_s);
        m_ws = std::make_unique<TestSupport::WsTestClient>();
        if (!m_ws->connectWithToken(url, kOperatorToken))
            return false;
        return QTest::qWaitFor(
            [this] {
                return m_gateway->health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(
                           u"state"_s).toString()
                       == u"running"_s;
            },
            10000);
    }

    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params)
    {
        const auto response = m_ws->waitForResponse(m_ws->sendRequest(method, params));
        if (!response || !response->value(u"ok"_s).toBool()) {
            qWarning() << method << "failed:" << (response ? QJsonDocument(*response).toJson() : QByteArray("no answer"));
            return std::nullopt;
        }
        return response->value(u"payload"_s).toObject();
    }

    QJsonObject pairingList() { return call(u"pairing.list"_s, {{u"channel"_s, u"telegram"_s}}).value_or(QJsonObject()); }

    std::unique_ptr<TestSupport::FakeTelegramServer> m_telegramServer;
    std::unique_ptr<TestSupport::FakeProviderServer> m_anthropicServer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Gateway> m_gateway;
    std::unique_ptr<TestSupport::WsTestClient> m_ws;
};

QTEST_GUILESS_MAIN(TestTelegramGroups)
#include "tst_telegramgroups.moc"
