// The first-run wizard offscreen, driven with the keyboard against real HTTP fakes: a refused key
// shown next to the field, a good key unlocking Next, the listed models with one pre-selected,
// the Telegram bot's name and link from getMe, and Finish writing the secrets and config.json.
// "Set up later" writes nothing; a failed save keeps the wizard open with the reason.
// Set MOLTDESK_SCREENSHOT_DIR to keep a PNG of every page.
#include "config/loader.h"
#include "security/memorysecretstore.h"
#include "support/fakeanthropicprovider.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"
#include "widgets/banner.h"
#include "wizard/fieldmessage.h"
#include "wizard/setupflow.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkThroughWithTheKeyboard();
    void setUpLaterWritesNothing();
    void localServerPageAsksForTheAddress();
    void failedSaveStaysOnTheLastPage();
};

namespace {
const QString kToken = u"123456789:AAwizard-widget-test"_s;

template <typename T>
T *child(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOLTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u"/wizard-"_s + name + u".png"_s);
}

QAbstractButton *next(QWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}
} // namespace

void TestSetupWizard::walkThroughWithTheKeyboard()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(TestSupport::FakeAnthropicProvider::error(401, u"authentication_error"_s, u"invalid x-api-key"_s));
    server.enqueue(TestSupport::FakeAnthropicProvider::models(
        {u"claude-sonnet-4-5-20250929"_s, u"claude-opus-4-1-20250805"_s, u"claude-3-5-haiku-20241022"_s}));
    TestSupport::FakeTelegramServer telegram;
    QVERIFY(telegram.listen());
    telegram.addBot(kToken, u"wizard_widget_bot"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    Security::MemorySecretStore secrets;

    Ui::SetupFlow flow(&secrets, path);
    flow.setBaseUrl(Ui::SetupFlow::Choice::Anthropic, server.baseUrl());
    flow.setTelegramApiBaseUrl(telegram.baseUrl());
    Ui::SetupWizard wizard(&flow);
    QSignalSpy saved(&wizard, &Ui::SetupWizard::setupSaved);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Provider: arrow keys move between the choices.
    QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::ProviderId));
    auto *anthropic = child<QRadioButton>(&wizard, u"choice_anthropic"_s);
    auto *openai = child<QRadioButton>(&wizard, u"choice_openai"_s);
    QVERIFY(anthropic->isChecked());
    QVERIFY(!anthropic->accessibleDescription().isEmpty());
    QTest::keyClick(anthropic, Qt::Key_Down);
    QVERIFY(openai->isChecked());
    QCOMPARE(flow.choice(), Ui::SetupFlow::Choice::OpenAi);
    QTest::keyClick(openai, Qt::Key_Up);
    QVERIFY(anthropic->isChecked());
    screenshot(&wizard, u"1-provider"_s);
    QTest::keyClick(next(wizard), Qt::Key_Space);

    // Connect: a refused key is explained under the field and Next stays off.
    QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::ConnectId));
    auto *key = child<QLineEdit>(&wizard, u"apiKey"_s);
    auto *keyMessage = child<Ui::FieldMessage>(&wizard, u"keyMessage"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!key->accessibleName().isEmpty());
    QVERIFY(!next(wizard)->isEnabled());
    QTest::keyClicks(key, u"sk-ant-wrong"_s);
    QTest::keyClick(key, Qt::Key_Return);
    QTRY_COMPARE(keyMessage->kind(), Ui::FieldMessage::Kind::Error);
    QVERIFY2(keyMessage->text().contains(u"the key was refused — check you copied all of it"_s, Qt::CaseInsensitive),
             qPrintable(keyMessage->text()));
    QCOMPARE(keyMessage->accessibleDescription(), keyMessage->text());
    QVERIFY(!next(wizard)->isEnabled());
    screenshot(&wizard, u"2-key-refused"_s);

    QTest::keyClick(key, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(key, u"sk-ant-right"_s);
    QCOMPARE(keyMessage->kind(), Ui::FieldMessage::Kind::None); // editing clears the old verdict
    QTest::keyClick(key, Qt::Key_Return);
    QTRY_COMPARE(keyMessage->kind(), Ui::FieldMessage::Kind::Success);
    QTRY_VERIFY(next(wizard)->isEnabled());
    QCOMPARE(server.requests().last().header("x-api-key"_ba), "sk-ant-right"_ba);
    screenshot(&wizard, u"3-key-ok"_s);
    // Return again now means Next (the wizard's default button).
    QTest::keyClick(key, Qt::Key_Return);

    // Model: sorted, the recommended one pre-selected, arrow keys choose.
    QTRY_COMPARE(wizard.currentId(), int(Ui::SetupWizard::ModelId));
    auto *models = child<QListWidget>(&wizard, u"models"_s);
    QCOMPARE(models->count(), 3);
    QCOMPARE(models->item(0)->text(), u"claude-3-5-haiku-20241022"_s);
    QCOMPARE(models->currentItem()->text(), u"claude-sonnet-4-5-20250929"_s);
    screenshot(&wizard, u"4-model"_s);
    QTest::keyClick(models, Qt::Key_Up);
    QCOMPARE(flow.model(), u"claude-opus-4-1-20250805"_s);
    QVERIFY(next(wizard)->isEnabled());
    QTest::keyClick(next(wizard), Qt::Key_Space);

    // Telegram: empty means "Skip"; a token shows the bot's name and link.
    QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::TelegramId));
    QVERIFY(next(wizard)->text().contains(u"Skip"_s));
    auto *token = child<QLineEdit>(&wizard, u"telegramToken"_s);
    auto *botLink = child<QLabel>(&wizard, u"botLink"_s);
    QTest::keyClicks(token, kToken);
    QVERIFY(!next(wizard)->text().contains(u"Skip"_s));
    QVERIFY(!next(wizard)->isEnabled());
    QTest::keyClick(token, Qt::Key_Return);
    QTRY_VERIFY(botLink->isVisible());
    QVERIFY(botLink->text().contains(u"https://t.me/wizard_widget_bot"_s));
    QVERIFY(child<Ui::FieldMessage>(&wizard, u"telegramMessage"_s)->text().contains(u"Moltdesk Test"_s));
    screenshot(&wizard, u"5-telegram"_s);
    QTRY_VERIFY(next(wizard)->isEnabled());
    QTest::keyClick(next(wizard), Qt::Key_Space);

    // Summary, then Finish saves.
    QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::SummaryId));
    const QString summary = child<QLabel>(&wizard, u"summary"_s)->text();
    QVERIFY(summary.contains(u"claude-opus-4-1-20250805"_s));
    QVERIFY(summary.contains(u"@wizard_widget_bot"_s));
    QVERIFY(!summary.contains(u"sk-ant-right"_s));
    screenshot(&wizard, u"6-summary"_s);
    QTest::keyClick(wizard.button(QWizard::FinishButton), Qt::Key_Space);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(!wizard.isVisible());

    QVERIFY(secrets.contains(u"ANTHROPIC_API_KEY"_s));
    QVERIFY(secrets.contains(u"TELEGRAM_BOT_TOKEN"_s));
    const Config::LoadResult loaded = Config::Loader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded.settings.ai.defaultModel, u"anthropic/claude-opus-4-1-20250805"_s);
    QVERIFY(loaded.settings.channels.telegram.enabled);
}

void TestSetupWizard::setUpLaterWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    Security::MemorySecretStore secrets;
    Ui::SetupFlow flow(&secrets, path);
    Ui::SetupWizard wizard(&flow);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *later = wizard.button(QWizard::CancelButton);
    QVERIFY(later->text().contains(u"later"_s));
    QTest::keyClick(later, Qt::Key_Space);
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(secrets.count(), 0);
}

void TestSetupWizard::localServerPageAsksForTheAddress()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(TestSupport::FakeProviderReply::json(200, {{u"object"_s, u"list"_s},
                                                              {u"data"_s, QJsonArray{QJsonObject{{u"id"_s, u"llama3.2:latest"_s}}}}}));
    // As the application does it: the flow parented to its wizard.
    Ui::SetupWizard wizard(new Ui::SetupFlow(nullptr, {}));
    Ui::SetupFlow &flow = *wizard.flow();
    flow.setParent(&wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    child<QRadioButton>(&wizard, u"choice_openaiCompatible"_s)->click();
    QTest::keyClick(next(wizard), Qt::Key_Space);
    auto *url = child<QLineEdit>(&wizard, u"baseUrl"_s);
    QVERIFY(url->isVisible());
    QCOMPARE(url->text(), u"http://127.0.0.1:11434"_s);
    screenshot(&wizard, u"2b-local"_s);
    QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(url, server.baseUrl().toString());
    QTest::keyClick(url, Qt::Key_Return); // no key needed
    QTRY_VERIFY(next(wizard)->isEnabled());
    QVERIFY(!server.requests().first().headers.contains("authorization"_ba));
    QCOMPARE(flow.model(), u"llama3.2:latest"_s);
}

void TestSetupWizard::failedSaveStaysOnTheLastPage()
{
    TestSupport::FakeProviderServer server;
    QVERIFY(server.listen());
    server.enqueue(TestSupport::FakeAnthropicProvider::models({u"claude-sonnet-4-5"_s}));
    QTemporaryDir dir;
    std::unique_ptr<Security::MemorySecretStore> secrets(
        Security::MemorySecretStore::unavailable(u"No keychain (Secret Service) is reachable"_s));
    Ui::SetupFlow flow(secrets.get(), dir.filePath(u"config.json"_s));
    flow.setBaseUrl(Ui::SetupFlow::Choice::Anthropic, server.baseUrl());
    Ui::SetupWizard wizard(&flow);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClick(next(wizard), Qt::Key_Space);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"apiKey"_s), u"sk-ant-x"_s);
    QTest::keyClick(child<QLineEdit>(&wizard, u"apiKey"_s), Qt::Key_Return);
    QTRY_VERIFY(next(wizard)->isEnabled());
    QTest::keyClick(next(wizard), Qt::Key_Space); // to the model
    QTest::keyClick(next(wizard), Qt::Key_Space); // to Telegram
    QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::TelegramId));
    QTest::keyClick(next(wizard), Qt::Key_Space); // empty token: Skip
    QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::SummaryId));
    QVERIFY(flow.telegramSkipped());
    QTest::keyClick(wizard.button(QWizard::FinishButton), Qt::Key_Space);
    auto *result = child<Ui::Banner>(&wizard, u"finishResult"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->tone(), Ui::Banner::Tone::Error);
    QVERIFY2(result->text().contains(u"No keychain"_s), qPrintable(result->text()));
    screenshot(&wizard, u"7-save-failed"_s);
    QVERIFY(wizard.isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled()); // the user may try again
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
