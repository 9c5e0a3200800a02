// The Secrets page offscreen against MemorySecretStore: keychain availability in words, "set" /
// "not set" per catalog entry, set, reveal only after an explicit click (and hidden again on leave),
// delete with confirmation, the guarded operator token and the secretChanged signal.
#include "pages/secretrow.h"
#include "pages/secretspage.h"
#include "security/memorysecretstore.h"
#include "security/operatortoken.h"
#include "security/secretcatalog.h"
#include "support/uiscriptedprompter.h"
#include "widgets/banner.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestSecretsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStatusOfEveryKnownSecret();
    void setRevealAndDelete();
    void revealedValueHiddenOnLeave();
    void unavailableKeychainIsSaidInWords();
    void operatorTokenOnlyByRotation();
    void rotateOperatorToken();
};

namespace {
const QString kAnthropic = u"ANTHROPIC_API_KEY"_s;
const QString kTelegram = u"TELEGRAM_BOT_TOKEN"_s;

Ui::PanelServices servicesFor(Security::SecretStore *store, Ui::Prompter *prompter)
{
    Ui::PanelServices services;
    services.secrets = store;
    services.prompter = prompter;
    return services;
}
} // namespace

void TestSecretsPage::showsStatusOfEveryKnownSecret()
{
    Security::MemorySecretStore store({{kAnthropic, u"sk-ant-123"_s}});
    Ui::UiScriptedPrompter prompter;
    Ui::SecretsPage page(servicesFor(&store, &prompter));
    page.show();
    page.activate();

    const QList<Security::SecretCatalog::Entry> entries = Security::SecretCatalog::entries();
    for (const Security::SecretCatalog::Entry &entry : entries)
        QVERIFY2(page.row(entry.name), qPrintable(entry.name));
    QTRY_COMPARE(page.row(kAnthropic)->state(), Ui::SecretRow::State::Set);
    QTRY_COMPARE(page.row(kTelegram)->state(), Ui::SecretRow::State::NotSet);
    QCOMPARE(page.row(kTelegram)->statusText(), u"not set"_s);
    QVERIFY(page.row(kAnthropic)->statusText().contains(u"set"_s));

    auto *banner = page.findChild<Ui::Banner *>(u"keychainStatus"_s);
    QTRY_COMPARE(banner->tone(), Ui::Banner::Tone::Success);
    QVERIFY(banner->text().contains(store.backendName()));

    // Nothing of the value is anywhere in the page before a reveal.
    QVERIFY(!page.row(kAnthropic)->isRevealed());
    const QList<QLineEdit *> edits = page.findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(u"sk-ant-123"_s));
}

void TestSecretsPage::setRevealAndDelete()
{
    Security::MemorySecretStore store;
    Ui::UiScriptedPrompter prompter;
    Ui::SecretsPage page(servicesFor(&store, &prompter));
    QSignalSpy changed(&page, &Ui::SecretsPage::secretChanged);
    page.show();
    page.activate();
    Ui::SecretRow *row = page.row(kTelegram);
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::NotSet);

    // Set: typed into a password field, saved, the field cleared.
    auto *input = row->findChild<QLineEdit *>(u"value"_s);
    QCOMPARE(input->echoMode(), QLineEdit::Password);
    auto *reveal = row->findChild<QPushButton *>(u"reveal"_s);
    QVERIFY(!reveal->isEnabled()); // nothing to reveal yet
    input->setText(u"123:abc"_s);
    row->findChild<QPushButton *>(u"save"_s)->click();
    QTRY_VERIFY(store.contains(kTelegram));
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::Set);
    QVERIFY(input->text().isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), kTelegram);

    // Reveal only after the click.
    QVERIFY(!row->isRevealed());
    QVERIFY(reveal->isEnabled());
    reveal->click();
    QTRY_VERIFY(row->isRevealed());
    QCOMPARE(row->revealedText(), u"123:abc"_s);
    reveal->click(); // hide again
    QVERIFY(!row->isRevealed());
    QVERIFY(row->revealedText().isEmpty());

    // Delete: refused confirmation keeps it, accepted removes it.
    prompter.confirmAnswer = false;
    row->findChild<QPushButton *>(u"delete"_s)->click();
    QVERIFY(store.contains(kTelegram));
    prompter.confirmAnswer = true;
    row->findChild<QPushButton *>(u"delete"_s)->click();
    QTRY_VERIFY(!store.contains(kTelegram));
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::NotSet);
    QCOMPARE(changed.size(), 2);
}

void TestSecretsPage::revealedValueHiddenOnLeave()
{
    Security::MemorySecretStore store({{kAnthropic, u"sk-ant-xyz"_s}});
    Ui::UiScriptedPrompter prompter;
    Ui::SecretsPage page(servicesFor(&store, &prompter));
    page.show();
    page.activate();
    Ui::SecretRow *row = page.row(kAnthropic);
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::Set);
    row->findChild<QPushButton *>(u"reveal"_s)->click();
    QTRY_COMPARE(row->revealedText(), u"sk-ant-xyz"_s);

    page.deactivate(); // the user went to another page
    QVERIFY(!row->isRevealed());
    QVERIFY(row->revealedText().isEmpty());

    page.activate(); // re-reads the status; reveal is possible once it says "set" again
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::Set);
    row->findChild<QPushButton *>(u"reveal"_s)->click();
    QTRY_VERIFY(row->isRevealed());
    page.hide(); // the window went to the tray
    QVERIFY(row->revealedText().isEmpty());
}

void TestSecretsPage::unavailableKeychainIsSaidInWords()
{
    std::unique_ptr<Security::MemorySecretStore> store(
        Security::MemorySecretStore::unavailable(u"No keychain (Secret Service) is reachable"_s));
    Ui::UiScriptedPrompter prompter;
    Ui::SecretsPage page(servicesFor(store.get(), &prompter));
    page.show();
    page.activate();
    auto *banner = page.findChild<Ui::Banner *>(u"keychainStatus"_s);
    QTRY_COMPARE(banner->tone(), Ui::Banner::Tone::Warning);
    QVERIFY2(banner->text().contains(u"Secret Service"_s), qPrintable(banner->text()));
    QTRY_COMPARE(page.row(kAnthropic)->state(), Ui::SecretRow::State::Unknown);
    QVERIFY(!page.row(kAnthropic)->findChild<QLineEdit *>(u"value"_s)->isEnabled());
}

void TestSecretsPage::operatorTokenOnlyByRotation()
{
    Security::MemorySecretStore store({{u"MOLTDESK_TOKEN"_s, u"t0ken"_s}});
    Ui::UiScriptedPrompter prompter;
    Ui::SecretsPage page(servicesFor(&store, &prompter));
    page.show();
    page.activate();
    Ui::SecretRow *row = page.row(u"MOLTDESK_TOKEN"_s);
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::Set);
    // Its value can be revealed, but not overwritten or deleted behind OperatorToken's back.
    QVERIFY(!row->findChild<QLineEdit *>(u"value"_s)->isEnabled());
    QVERIFY(!row->findChild<QPushButton *>(u"delete"_s)->isEnabled());
    QVERIFY(row->findChild<QPushButton *>(u"reveal"_s)->isEnabled());
    // Without an OperatorToken wired in there is nothing to rotate.
    QVERIFY(!page.findChild<QPushButton *>(u"rotateToken"_s)->isEnabled());
}

void TestSecretsPage::rotateOperatorToken()
{
    QTemporaryDir dataDir;
    Security::MemorySecretStore keychain;
    Security::OperatorToken token(Security::OperatorToken::Mode::Gui, &keychain, nullptr, dataDir.path());
    QSignalSpy ready(&token, &Security::OperatorToken::ready);
    token.ensure();
    QTRY_COMPARE(ready.size(), 1);
    const QString before = token.token();

    Ui::UiScriptedPrompter prompter;
    Ui::PanelServices services = servicesFor(&keychain, &prompter);
    services.operatorToken = &token;
    Ui::SecretsPage page(services);
    QSignalSpy changed(&page, &Ui::SecretsPage::secretChanged);
    page.show();
    page.activate();
    auto *rotate = page.findChild<QPushButton *>(u"rotateToken"_s);
    QVERIFY(rotate->isEnabled());

    // Declining the confirmation changes nothing.
    prompter.confirmAnswer = false;
    rotate->click();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked.first().contains(u"must use the new token"_s));
    QCOMPARE(token.token(), before);

    prompter.confirmAnswer = true;
    rotate->click();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), u"MOLTDESK_TOKEN"_s);
    QVERIFY(token.token() != before);
    QTRY_VERIFY(rotate->isEnabled());
    // The keychain holds the new token, and the row can reveal exactly that.
    Ui::SecretRow *row = page.row(u"MOLTDESK_TOKEN"_s);
    QTRY_COMPARE(row->state(), Ui::SecretRow::State::Set);
    row->findChild<QPushButton *>(u"reveal"_s)->click();
    QTRY_COMPARE(row->revealedText(), token.token());
}

QTEST_MAIN(TestSecretsPage)
#include "tst_secretspage.moc"
