// The Channels page offscreen against a scripted GatewayClient (and the fake Telegram Bot API for
// the set-up flow): live status rendered from channels.status and health events, pending pairing
// requests approved/rejected through the gateway (and kept current by pairing events), the access
// policy saved to config.json, the "coming soon" channels listed, and a missing gateway said in words.
#include "channels/accesspolicybox.h"
#include "channels/channelstatusbox.h"
#include "channels/decidedsenders.h"
#include "channels/pairingbox.h"
#include "channels/pairingrow.h"
#include "channels/telegramentry.h"
#include "channels/telegramsetup.h"
#include "channels/telegramsetuppanel.h"
#include "config/loader.h"
#include "host/gatewaythread.h"
#include "pages/channelspage.h"
#include "security/memorysecretstore.h"
#include "support/uirealgateway.h"
#include "support/faketelegramserver.h"
#include "support/uichannelsfakegateway.h"
#include "threadgatewayclient.h"
#include "widgets/statusline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {

QJsonObject telegramStatus(const QString &state, const QString &detail)
{
    const QString now = QDateTime::currentDateTimeUtc().addSecs(-120).toString(Qt::ISODateWithMs);
    return QJsonObject{
        {u"enabled"_s, true},
        {u"state"_s, state},
        {u"detail"_s, detail},
        {u"lastEventAt"_s, now},
        {u"lastError"_s, u"sendMessage: bot was blocked by the user"_s},
        {u"lastErrorAt"_s, now},
        {u"counters"_s, QJsonObject{{u"received"_s, 12}, {u"dispatched"_s, 10}, {u"duplicates"_s, 1},
                                    {u"rejected"_s, 1}, {u"sent"_s, 14}, {u"errors"_s, 2}}},
    };
}

QJsonObject pending(const QString &code, const QString &senderId, const QString &name)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QJsonObject{{u"channel"_s, u"telegram"_s},
                       {u"code"_s, code},
                       {u"senderId"_s, senderId},
                       {u"senderName"_s, name},
                       {u"requestedAt"_s, now.addSecs(-300).toString(Qt::ISODateWithMs)},
                       {u"expiresAt"_s, now.addSecs(3300).toString(Qt::ISODateWithMs)}};
}

} // namespace

class TestChannelsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rendersStatusFromGateway();
    void healthEventUpdatesStatus();
    void approveCallsTheGatewayAndRemovesTheRow();
    void rejectFailureKeepsTheRow();
    void pairingEventsKeepTheListCurrent();
    void accessPolicySavedToConfig();
    void enableSwitchSavedToConfig();
    void setupFlowShowsTheBot();
    void withoutGatewaySaysSo();
    void storedTokenShowsTheBot();
    void pairingThroughTheRealGateway();

private:
    Ui::ChannelsPage *makePage(Ui::GatewayClient *gateway);

    std::unique_ptr<Ui::UiChannelsFakeGateway> m_gateway;
    std::unique_ptr<Ui::ChannelsPage> m_page;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Security::MemorySecretStore> m_secrets;
    Config::Settings m_settings;
};

void TestChannelsPage::init()
{
    m_page.reset();
    m_gateway = std::make_unique<Ui::UiChannelsFakeGateway>();
    m_gateway->answer(u"channels.status"_s,
                      QJsonObject{{u"channels"_s, QJsonObject{{u"telegram"_s, telegramStatus(u"running"_s, u"polling"_s)},
                                                              {u"discord"_s, QJsonObject{{u"enabled"_s, false},
                                                                                         {u"state"_s, u"disabled"_s}}}}}});
    m_gateway->answer(u"pairing.list"_s,
                      QJsonObject{{u"pending"_s, QJsonArray{pending(u"K7MQ2ZXA"_s, u"4242"_s, u"Alice Liddell"_s),
                                                            pending(u"B9TT3WQE"_s, u"777"_s, u"Bob"_s)}},
                                  {u"senders"_s, QJsonArray()}});
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = Config::Settings();
    // Fresh per test: a stored token makes the page ask getMe, which must never reach the real Telegram.
    m_secrets = std::make_unique<Security::MemorySecretStore>();
}

void TestChannelsPage::cleanup()
{
    m_page.reset(); // before the secret store and gateway it points to
}

Ui::ChannelsPage *TestChannelsPage::makePage(Ui::GatewayClient *gateway)
{
    Ui::PanelServices services;
    services.gateway = gateway;
    services.secrets = m_secrets.get();
    Ui::ChannelsPageContext context{m_settings};
    m_page = std::make_unique<Ui::ChannelsPage>(services, context);
    m_page->resize(900, 1000);
    m_page->show();
    m_page->activate();
    return m_page.get();
}

void TestChannelsPage::rendersStatusFromGateway()
{
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    auto *list = page->findChild<QListWidget *>(u"channelList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(1)->text().contains(u"Coming soon"_s));
    QVERIFY(list->item(2)->text().startsWith(u"WhatsApp"_s));
    Ui::ChannelStatusBox *status = page->telegram()->statusBox();
    QTRY_COMPARE(status->state(), u"running"_s);
    QCOMPARE(status->stateText(), u"Running — polling"_s);
    QVERIFY2(status->countersText().startsWith(u"received 12 · passed to the agent 10 · sent 14 · refused 1"_s),
             qPrintable(status->countersText()));
    QVERIFY2(status->lastErrorText().contains(u"bot was blocked by the user (2 min ago)"_s),
             qPrintable(status->lastErrorText()));
    QCOMPARE(list->item(0)->text(), u"Telegram\nRunning"_s);
    QCOMPARE(m_gateway->callsOf(u"pairing.list"_s).first().params.value(u"channel"_s).toString(), u"telegram"_s);

    // Polling continues while the page is shown and stops when it is left.
    page->setRefreshInterval(std::chrono::milliseconds(10));
    page->deactivate();
    page->activate();
    QTRY_VERIFY(m_gateway->callCount(u"channels.status"_s) >= 4);
    page->deactivate();
    const int calls = m_gateway->callCount(u"channels.status"_s);
    QTest::qWait(60);
    QCOMPARE(m_gateway->callCount(u"channels.status"_s), calls);
}

void TestChannelsPage::healthEventUpdatesStatus()
{
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    Ui::ChannelStatusBox *status = page->telegram()->statusBox();
    QTRY_COMPARE(status->state(), u"running"_s);
    Q_EMIT m_gateway->event(u"health"_s,
                            QJsonObject{{u"channels"_s, QJsonObject{{u"telegram"_s,
                                                                     telegramStatus(u"error"_s,
                                                                                    u"the bot token was refused — check TELEGRAM_BOT_TOKEN"_s)}}}});
    QCOMPARE(status->state(), u"error"_s);
    QCOMPARE(status->stateText(), u"Error — the bot token was refused — check TELEGRAM_BOT_TOKEN"_s);
    auto *list = page->findChild<QListWidget *>(u"channelList"_s);
    QCOMPARE(list->item(0)->text(), u"Telegram\nError"_s);
}

void TestChannelsPage::approveCallsTheGatewayAndRemovesTheRow()
{
    m_gateway->answer(u"pairing.approve"_s, QJsonObject{{u"sender"_s, QJsonObject{{u"senderId"_s, u"4242"_s}}}});
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    Ui::PairingBox *pairing = page->telegram()->pairing();
    QTRY_COMPARE(pairing->rows().size(), 2);
    Ui::PairingRow *alice = pairing->row(u"K7MQ2ZXA"_s);
    QVERIFY(alice);
    auto *approve = alice->findChild<QPushButton *>(u"approve"_s);
    QVERIFY(approve);
    QCOMPARE(approve->accessibleName(), u"Approve Alice Liddell"_s);
    // What the gateway holds once Alice is approved.
    const QJsonObject alicePaired{{u"channel"_s, u"telegram"_s}, {u"senderId"_s, u"4242"_s},
                                  {u"senderName"_s, u"Alice Liddell"_s}, {u"status"_s, u"approved"_s},
                                  {u"decidedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    m_gateway->answer(u"pairing.list"_s, QJsonObject{{u"pending"_s, QJsonArray{pending(u"B9TT3WQE"_s, u"777"_s, u"Bob"_s)}},
                                                     {u"senders"_s, QJsonArray{alicePaired}}});
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_VERIFY(!pairing->row(u"K7MQ2ZXA"_s));
    QCOMPARE(pairing->rows().size(), 1);
    const QList<Ui::UiChannelsFakeGateway::Call> calls = m_gateway->callsOf(u"pairing.approve"_s);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().params, QJsonObject({{u"channel"_s, u"telegram"_s}, {u"code"_s, u"K7MQ2ZXA"_s}}));
    QCOMPARE(pairing->status()->text(), u"Alice Liddell can talk to the bot now."_s);
    QCOMPARE(pairing->title(), u"Waiting for approval (1)"_s);
    // The decision is listed under "decided earlier", where it can be forgotten again.
    QTRY_COMPARE(pairing->decided()->count(), 1);
    QVERIFY(pairing->decided()->isVisible());
    m_gateway->answer(u"pairing.forget"_s, QJsonObject{{u"forgotten"_s, true}});
    m_gateway->answer(u"pairing.list"_s, QJsonObject{{u"pending"_s, QJsonArray{pending(u"B9TT3WQE"_s, u"777"_s, u"Bob"_s)}},
                                                     {u"senders"_s, QJsonArray()}});
    QVERIFY(pairing->decided()->select(u"4242"_s));
    QTest::mouseClick(pairing->decided()->findChild<QPushButton *>(u"forget"_s), Qt::LeftButton);
    QTRY_COMPARE(pairing->decided()->count(), 0);
    QCOMPARE(m_gateway->callsOf(u"pairing.forget"_s).first().params,
             QJsonObject({{u"channel"_s, u"telegram"_s}, {u"senderId"_s, u"4242"_s}}));
    QCOMPARE(pairing->status()->text(), u"Alice Liddell is unknown again."_s);
    QVERIFY(!pairing->decided()->isVisible());
}

void TestChannelsPage::rejectFailureKeepsTheRow()
{
    m_gateway->fail(u"pairing.reject"_s, Ws::RpcError::invalidRequest(u"unknown or expired pairing code"_s));
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    Ui::PairingBox *pairing = page->telegram()->pairing();
    QTRY_COMPARE(pairing->rows().size(), 2);
    QTest::mouseClick(pairing->row(u"B9TT3WQE"_s)->findChild<QPushButton *>(u"reject"_s), Qt::LeftButton);
    QTRY_COMPARE(m_gateway->callCount(u"pairing.list"_s), 2); // reloaded to show what is really pending
    QTRY_VERIFY(pairing->status()->isError());
    QVERIFY2(pairing->status()->text().contains(u"unknown or expired pairing code"_s), qPrintable(pairing->status()->text()));
    QTRY_COMPARE(pairing->rows().size(), 2);
}

void TestChannelsPage::pairingEventsKeepTheListCurrent()
{
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    Ui::PairingBox *pairing = page->telegram()->pairing();
    QTRY_COMPARE(pairing->rows().size(), 2);
    Q_EMIT m_gateway->event(u"pairing.requested"_s,
                            QJsonObject{{u"pairing"_s, pending(u"CC3DKQPR"_s, u"9000"_s, u"Carol"_s)}});
    QCOMPARE(pairing->rows().size(), 3);
    QVERIFY(pairing->row(u"CC3DKQPR"_s));
    // Another channel's request is not Telegram's.
    QJsonObject discord = pending(u"DD4EFRST"_s, u"1"_s, u"Dan"_s);
    discord.insert(u"channel"_s, u"discord"_s);
    Q_EMIT m_gateway->event(u"pairing.requested"_s, QJsonObject{{u"pairing"_s, discord}});
    QCOMPARE(pairing->rows().size(), 3);
    // Decided elsewhere (another client): the row goes.
    m_gateway->answer(u"pairing.list"_s,
                      QJsonObject{{u"pending"_s, QJsonArray{pending(u"K7MQ2ZXA"_s, u"4242"_s, u"Alice Liddell"_s),
                                                            pending(u"CC3DKQPR"_s, u"9000"_s, u"Carol"_s)}},
                                  {u"senders"_s, QJsonArray()}});
    Q_EMIT m_gateway->event(u"pairing.resolved"_s,
                            QJsonObject{{u"sender"_s, QJsonObject{{u"channel"_s, u"telegram"_s}, {u"senderId"_s, u"777"_s},
                                                                  {u"status"_s, u"rejected"_s}}}});
    QCOMPARE(pairing->rows().size(), 2);
    QVERIFY(!pairing->row(u"B9TT3WQE"_s));
    QTRY_COMPARE(m_gateway->callCount(u"pairing.list"_s), 2);
    QTRY_COMPARE(pairing->rows().size(), 2);
    QVERIFY(pairing->row(u"CC3DKQPR"_s));
}

void TestChannelsPage::accessPolicySavedToConfig()
{
    Ui::UiRealGateway real;
    m_settings.ai.fallbackModels.clear();
    QVERIFY(real.start(m_settings));
    Ui::ChannelsPage *page = makePage(real.client.get());
    Ui::AccessPolicyBox *access = page->telegram()->accessPolicy();
    QCOMPARE(access->policy(), Config::SecuritySettings::DmPolicy::Pairing);
    access->setPolicy(Config::SecuritySettings::DmPolicy::Allowlist);
    QVERIFY(access->addSender(u" 4242 "_s).isEmpty());
    QVERIFY(access->addSender(u"@bob"_s).contains(u"not a user id"_s));
    QVERIFY(access->addSender(u"4242"_s).contains(u"already"_s));
    QTest::mouseClick(access->findChild<QPushButton *>(u"saveAccess"_s), Qt::LeftButton);
    QTRY_VERIFY2(access->status()->text().contains(u"This is the policy in use"_s), qPrintable(access->status()->text()));
    const Config::LoadResult file = real.file();
    QVERIFY2(file.ok(), qPrintable(file.errorString()));
    QCOMPARE(file.settings.security.dmPolicy, Config::SecuritySettings::DmPolicy::Allowlist);
    QCOMPARE(file.settings.security.allowFrom.value(u"telegram"_s), QStringList{u"4242"_s});
    m_page.reset();
}

void TestChannelsPage::enableSwitchSavedToConfig()
{
    Ui::UiRealGateway real;
    m_settings.ai.fallbackModels.clear();
    QVERIFY(real.start(m_settings));
    Ui::ChannelsPage *page = makePage(real.client.get());
    QCheckBox *enabled = page->telegram()->enabledSwitch();
    QVERIFY(!enabled->isChecked());
    QTest::mouseClick(enabled, Qt::LeftButton);
    auto *line = page->telegram()->findChild<Ui::StatusLine *>(u"enabledStatus"_s);
    QTRY_COMPARE(line->text(), u"Enabled."_s);
    QVERIFY(real.file().settings.channels.telegram.enabled);
    // The switch follows the gateway, not the start-up settings: switched off elsewhere
    // (Settings page, another client), it unticks.
    bool done = false;
    real.client->call(u"config.set"_s, {{u"changes"_s, QJsonObject{{u"channels.telegram.enabled"_s, false}}}},
                      page, [&done](const QJsonValue &, const std::optional<Ws::RpcError> &) { done = true; });
    QTRY_VERIFY(done);
    QTRY_VERIFY(!enabled->isChecked());
    m_page.reset();
}

void TestChannelsPage::setupFlowShowsTheBot()
{
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    const QString token = u"123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"_s;
    telegram.addBot(token, u"alice_helper_bot"_s);
    m_settings.channels.telegram.apiBaseUrl = telegram.baseUrl();
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    Ui::TelegramSetupPanel *panel = page->telegram()->setupPanel();
    auto *field = panel->findChild<QLineEdit *>(u"token"_s);
    auto *save = panel->findChild<QPushButton *>(u"saveTelegram"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(field, u"999:not-a-real-token"_s);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"checkToken"_s), Qt::LeftButton);
    QTRY_VERIFY2(panel->botText().contains(u"Telegram does not know this token"_s), qPrintable(panel->botText()));
    field->clear();
    QTest::keyClicks(field, token);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY2(panel->botText().contains(u"<b>Moltdesk Test</b>"_s), qPrintable(panel->botText()));
    QVERIFY(panel->botText().contains(u"https://t.me/alice_helper_bot"_s));
    QVERIFY(save->isEnabled());
    // Webhook mode hides nothing silently: saving waits for a verified webhook.
    QTest::mouseClick(panel->findChild<QRadioButton *>(u"modeWebhook"_s), Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(panel->findChild<QLineEdit *>(u"publicUrl"_s), u"http://bot.example.org"_s);
    QVERIFY2(panel->webhookText().contains(u"only delivers to https://"_s), qPrintable(panel->webhookText()));
    if (qEnvironmentVariableIsSet("MOLTDESK_GRAB")) {
        QTest::qWait(50); // let the layout settle before the picture
        page->grab().save(u"/tmp/channelspage-webhook.png"_s);
    }
    QTest::mouseClick(panel->findChild<QRadioButton *>(u"modePolling"_s), Qt::LeftButton);
    QVERIFY(save->isEnabled());
    // Saving goes through the gateway, so it needs one: without it the page says so.
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(panel->saveText().contains(u"not"_s), qPrintable(panel->saveText()));
    if (qEnvironmentVariableIsSet("MOLTDESK_GRAB"))
        page->grab().save(u"/tmp/channelspage.png"_s);
    if (qEnvironmentVariableIsSet("MOLTDESK_GRAB")) {
        page->select(u"discord"_s);
        page->grab().save(u"/tmp/channelspage-discord.png"_s);
    }
}

void TestChannelsPage::withoutGatewaySaysSo()
{
    Ui::ChannelsPage *page = makePage(nullptr);
    auto *line = page->findChild<Ui::StatusLine *>(u"channelsStatus"_s);
    QVERIFY(line->isError());
    QVERIFY(line->text().contains(u"gateway is not running"_s));
    QVERIFY(page->telegram()->statusBox()->stateText().contains(u"no live status"_s));
    QVERIFY(page->telegram()->pairing()->status()->text().contains(u"gateway is not running"_s));
}

void TestChannelsPage::storedTokenShowsTheBot()
{
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    const QString token = u"123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"_s;
    telegram.addBot(token, u"stored_bot"_s);
    m_settings.channels.telegram.apiBaseUrl = telegram.baseUrl();
    m_secrets = std::make_unique<Security::MemorySecretStore>(QHash<QString, QString>{{u"TELEGRAM_BOT_TOKEN"_s, token}});
    Ui::ChannelsPage *page = makePage(m_gateway.get());
    Ui::TelegramSetupPanel *panel = page->telegram()->setupPanel();
    QTRY_VERIFY2(panel->botText().contains(u"t.me/stored_bot"_s), qPrintable(panel->botText()));
    auto *field = panel->findChild<QLineEdit *>(u"token"_s);
    QVERIFY(field->text().isEmpty()); // the stored value is never shown
    QVERIFY(field->placeholderText().contains(u"A token is stored"_s));
}

void TestChannelsPage::pairingThroughTheRealGateway()
{
    // End to end: a stranger DMs the bot (fake Bot API), the real gateway's pipeline issues a
    // pairing code, the page shows it from the pairing.requested event, and Approve decides it.
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    const QString token = u"123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"_s;
    telegram.addBot(token);
    QTemporaryDir data;
    Core::GatewayOptions options;
    options.dataDir = data.path();
    options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
    options.operatorToken = [] { return u"operator-token-for-tests"_s; };
    options.secret = [token](const QString &name) { return name == u"TELEGRAM_BOT_TOKEN"_s ? token : QString(); };
    options.settings.ai.fallbackModels.clear();
    options.settings.channels.telegram.enabled = true;
    options.settings.channels.telegram.apiBaseUrl = telegram.baseUrl();
    options.settings.channels.telegram.pollTimeoutSeconds = 1;
    Host::GatewayThread thread;
    QSignalSpy listening(&thread, &Host::GatewayThread::listening);
    thread.start(options);
    QVERIFY(listening.wait(10000));
    Ui::ThreadGatewayClient client(&thread);
    m_settings = options.settings;

    Ui::ChannelsPage *page = makePage(&client);
    page->setRefreshInterval(std::chrono::milliseconds(100));
    page->deactivate();
    page->activate();
    QTRY_COMPARE_WITH_TIMEOUT(page->telegram()->statusBox()->state(), u"running"_s, 10000);
    Ui::PairingBox *pairing = page->telegram()->pairing();
    QTRY_VERIFY(pairing->findChild<QLabel *>(u"noPairings"_s)->isVisible());

    telegram.pushText(token, 4242, 4242, u"hello?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pairing->rows().size(), 1, 10000);
    Ui::PairingRow *row = pairing->rows().first();
    QCOMPARE(row->senderId(), u"4242"_s);
    QCOMPARE(row->code().size(), 8);
    QTest::mouseClick(row->findChild<QPushButton *>(u"approve"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pairing->rows().isEmpty(), 5000);
    QVERIFY2(!pairing->status()->isError(), qPrintable(pairing->status()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(pairing->decided()->count(), 1, 5000); // the real pairing.list lists the approval

    // A stranger's group mentions the bot: the group asks, shown as a group, its title quoted,
    // cleaned of the right-to-left override and labelled as chosen by the group's members.
    const QString title = u"Moltdesk Support"_s + QChar(0x202E) + u"\nofficial"_s;
    const QString mention = u"@moltdesk_test_bot hi"_s;
    telegram.pushUpdate(token, QJsonObject{{u"message"_s, QJsonObject{
        {u"message_id"_s, 77.0},
        {u"date"_s, double(QDateTime::currentSecsSinceEpoch())},
        {u"chat"_s, QJsonObject{{u"id"_s, -100777.0}, {u"type"_s, u"supergroup"_s}, {u"title"_s, title}}},
        {u"from"_s, QJsonObject{{u"id"_s, 5151.0}, {u"is_bot"_s, false}, {u"first_name"_s, u"Eve"_s}}},
        {u"text"_s, mention},
        {u"entities"_s, QJsonArray{QJsonObject{{u"type"_s, u"mention"_s}, {u"offset"_s, 0}, {u"length"_s, 18}}}},
    }}});
    QTRY_COMPARE_WITH_TIMEOUT(pairing->rows().size(), 1, 10000);
    Ui::PairingRow *group = pairing->rows().first();
    QVERIFY(group->isGroup());
    QCOMPARE(group->senderId(), u"-100777"_s);
    QCOMPARE(group->findChild<QLabel *>(u"name"_s)->text(), u"Group “Moltdesk Support official”"_s);
    QVERIFY(group->findChild<QLabel *>(u"id"_s)->text().contains(u"title given by the group's members"_s));
    // The row's labels wrap: beside the 200-pixel page list of a 1,024-pixel window it must not ask
    // for more width than there is, or Approve/Reject end up off-screen.
    QVERIFY2(group->minimumSizeHint().width() <= 700, qPrintable(QString::number(group->minimumSizeHint().width())));
    QTest::mouseClick(group->findChild<QPushButton *>(u"approve"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pairing->rows().isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pairing->decided()->count(), 2, 5000);
    m_page.reset();
    thread.stop();
}

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
