// The Settings page offscreen against a scripted gateway: the form loads from config.get, a wrong
// value shows the loader's own message at its field and keeps Save off, Save sends config.set with
// only the edited keys (changes);
// the edited document and words applied/restartRequired, a server refusal lands at the fields,
// Revert, the unsaved-changes guard, config.changed reloads, the Advanced JSON tab, and the
// language switch (persisted, every page rebuilt in German; kept when a page has unsaved work).
#include "config/loader.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "pages/settingspage.h"
#include "settings/configdocument.h"
#include "settings/configfield.h"
#include "settings/languageswitcher.h"
#include "support/uitranslations.h"
#include "support/uifakegatewayclient.h"
#include "support/uiscriptedprompter.h"
#include "widgets/banner.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void documentHelpers();
    void problemLines_data();
    void problemLines();
    void loadsFromConfigGet();
    void wrongValueShowsLoaderMessage_data();
    void wrongValueShowsLoaderMessage();
    void saveSendsConfigSet();
    void serverRefusalShownAtField();
    void revertDiscardsEdits();
    void unsavedChangesGuard();
    void configChangedReloads();
    void advancedJsonEditor();
    void languageSwitchRebuildsInGerman();
    void languageSwitchWaitsForUnsavedWork();

private:
    Ui::SettingsPage *makePage(Ui::LanguageSwitcher *languages = nullptr);
    QLineEdit *line(Ui::SettingsPage *page, const QString &key);

    QTemporaryDir m_qmDir;
    std::unique_ptr<Ui::UiFakeGatewayClient> m_gateway;
    std::unique_ptr<Ui::UiScriptedPrompter> m_prompter;
    std::unique_ptr<Ui::SettingsPage> m_page;
    QJsonObject m_config;
};

namespace {

QJsonObject getReply(const QJsonObject &config)
{
    return {{u"path"_s, u"/home/ada/.local/share/moltdesk/config.json"_s},
            {u"exists"_s, true},
            {u"config"_s, config},
            {u"live"_s, QJsonArray{u"ai.defaultModel"_s, u"ai.maxOutputTokens"_s}},
            {u"restartRequired"_s, QJsonArray{u"gateway.listen"_s, u"gateway.maxBodyBytes"_s}}};
}

} // namespace

void TestSettingsPage::initTestCase()
{
    // The app embeds the compiled catalogues; tests compile the German one from the sources.
    QVERIFY(m_qmDir.isValid());
    QVERIFY(TestSupport::compileCatalogue(u"de"_s, m_qmDir.filePath(u"moltdesk_de.qm"_s)));
}

void TestSettingsPage::init()
{
    Config::Settings settings;
    settings.ai.defaultModel = u"openai/gpt-4.1"_s;
    settings.ai.maxOutputTokens = 2048;
    settings.storage.sessionTtlSeconds = 7 * 86400;
    settings.ai.budgets.total.dailyUsd = 2.5;
    m_config = Config::Loader::toJson(settings);
    m_gateway = std::make_unique<Ui::UiFakeGatewayClient>();
    m_prompter = std::make_unique<Ui::UiScriptedPrompter>();
    m_gateway->on(u"config.get"_s, [this](const QJsonObject &) {
        return Ui::UiFakeGatewayClient::Answer{getReply(m_config), std::nullopt};
    });
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_gateway.reset();
}

Ui::SettingsPage *TestSettingsPage::makePage(Ui::LanguageSwitcher *languages)
{
    Ui::PanelServices services;
    services.gateway = m_gateway.get();
    services.prompter = m_prompter.get();
    return new Ui::SettingsPage(services, languages);
}

QLineEdit *TestSettingsPage::line(Ui::SettingsPage *page, const QString &key)
{
    Ui::ConfigField *field = page->field(key);
    return field ? qobject_cast<QLineEdit *>(field->editor()) : nullptr;
}

void TestSettingsPage::documentHelpers()
{
    QJsonObject document;
    Ui::ConfigDocument::setValue(document, u"ai.cache.enabled"_s, true);
    QCOMPARE(Ui::ConfigDocument::value(document, u"ai.cache.enabled"_s), QJsonValue(true));
    Ui::ConfigDocument::setValue(document, u"ai.cache.enabled"_s, QJsonValue(QJsonValue::Undefined));
    QVERIFY(Ui::ConfigDocument::value(document, u"ai.cache.enabled"_s).isUndefined());
    QCOMPARE(Ui::ConfigDocument::durationText(30 * 86400), u"30d"_s);
    QCOMPARE(Ui::ConfigDocument::durationText(5400), u"90m"_s);
    QCOMPARE(Ui::ConfigDocument::durationText(14 * 86400), u"2w"_s);
    QCOMPARE(Ui::ConfigDocument::sizeText(10485760), u"10MiB"_s);
    QCOMPARE(Ui::ConfigDocument::sizeText(1000000), u"1MB"_s);
    QCOMPARE(Ui::ConfigDocument::sizeText(1234), u"1234"_s);
    QVERIFY(Ui::ConfigDocument::belongsTo(u"ai.fallbackModels[1]"_s, u"ai.fallbackModels"_s));
    QVERIFY(!Ui::ConfigDocument::belongsTo(u"ai.fallbackModelsX"_s, u"ai.fallbackModels"_s));
}

void TestSettingsPage::problemLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("relative") << u"config.json: ai.maxOutputTokens: expected a positive integer, got 0"_s
                              << u"ai.maxOutputTokens"_s << u"expected a positive integer, got 0"_s;
    QTest::newRow("full path") << u"/data/my config.json: ai.fallbackModels[1]: expected x, got \"a: b\""_s
                               << u"ai.fallbackModels[1]"_s << u"expected x, got \"a: b\""_s;
    QTest::newRow("json error") << u"config.json: invalid JSON at line 3, column 2 (offset 9): illegal value"_s
                                << QString() << u"invalid JSON at line 3, column 2 (offset 9): illegal value"_s;
    QTest::newRow("top level") << u"config.json: (top level): expected a JSON object, got []"_s << QString()
                               << u"(top level): expected a JSON object, got []"_s;
}

void TestSettingsPage::problemLines()
{
    QFETCH(QString, line);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QList<Ui::ConfigDocument::Problem> problems = Ui::ConfigDocument::problems({line});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, path);
    QCOMPARE(problems.first().message, message);
}

void TestSettingsPage::loadsFromConfigGet()
{
    m_page.reset(makePage());
    m_page->activate();
    QTRY_COMPARE(line(m_page.get(), u"ai.defaultModel"_s)->text(), u"openai/gpt-4.1"_s);
    QCOMPARE(m_gateway->count(u"config.get"_s), 1);
    QCOMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    QCOMPARE(line(m_page.get(), u"storage.sessionTTL"_s)->text(), u"1w"_s);
    QCOMPARE(line(m_page.get(), u"storage.maxSessionSize"_s)->text(), u"10MiB"_s);
    QCOMPARE(line(m_page.get(), u"gateway.listen"_s)->text(), u"127.0.0.1:8787"_s);
    QVERIFY(!line(m_page.get(), u"ai.budgets.dailyUsd"_s)->text().isEmpty());
    QVERIFY(line(m_page.get(), u"ai.budgets.monthlyUsd"_s)->text().isEmpty()); // no cap
    // Defaults as placeholders, a budget per configured provider, restart-only keys marked.
    QCOMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->placeholderText(), u"4096"_s);
    QVERIFY(m_page->field(u"ai.budgets.perProvider.openaiCompatible.monthlyUsd"_s));
    QVERIFY(m_page->findChild<QLabel *>(u"help:gateway.listen"_s)->text().contains(u"restart"_s));
    QVERIFY(!m_page->findChild<QLabel *>(u"help:ai.defaultModel"_s)->text().contains(u"restart"_s));
    // Keys of the Channels page are not duplicated, only linked.
    QVERIFY(!m_page->field(u"security.dmPolicy"_s));
    QSignalSpy channels(m_page.get(), &Ui::SettingsPage::channelsPageRequested);
    m_page->findChild<QPushButton *>(u"openChannelsPage"_s)->click();
    QCOMPARE(channels.size(), 1);
    QVERIFY(!m_page->saveButton()->isEnabled());
    QVERIFY(!m_page->isDirty());
}

void TestSettingsPage::wrongValueShowsLoaderMessage_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("max tokens 0") << u"ai.maxOutputTokens"_s << u"0"_s << u"no greater than 1000000, got 0"_s;
    QTest::newRow("bad listen") << u"gateway.listen"_s << u"everywhere"_s << u"HOST:PORT"_s;
    QTest::newRow("negative budget") << u"ai.budgets.dailyUsd"_s << u"-3"_s << u"got -3"_s;
    QTest::newRow("bad duration") << u"storage.sessionTTL"_s << u"soon"_s << u"got \"soon\""_s;
    QTest::newRow("unknown provider") << u"ai.fallbackModels"_s << u"openai/gpt-4.1, nobody/x"_s << u"[1]"_s;
    QTest::newRow("http public url") << u"gateway.publicUrl"_s << u"http://bot.example.org"_s << u"https"_s;
}

void TestSettingsPage::wrongValueShowsLoaderMessage()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    m_page.reset(makePage());
    m_page->activate();
    QTRY_VERIFY(!line(m_page.get(), key)->text().isEmpty() || key == u"gateway.publicUrl"_s
                || key == u"ai.fallbackModels"_s);
    QTRY_VERIFY(m_page->isValid() && m_gateway->count(u"config.get"_s) == 1);
    // Typed, as a user would: the check runs on every keystroke.
    QLineEdit *edit = line(m_page.get(), key);
    edit->clear();
    QTest::keyClicks(edit, text);
    Ui::ConfigField *field = m_page->field(key);
    QVERIFY2(field->problemText().contains(expected), qPrintable(field->problemText()));
    QVERIFY(!m_page->findChild<QLabel *>(u"problem:"_s + key)->isHidden());
    QVERIFY(!m_page->isValid());
    QVERIFY(!m_page->saveButton()->isEnabled());
    // Emptying the field means "the default": valid again, no message.
    edit->clear();
    QVERIFY(field->problemText().isEmpty());
    QVERIFY(m_page->isValid());
}

void TestSettingsPage::saveSendsConfigSet()
{
    m_gateway->reply(u"config.set"_s, QJsonObject{{u"saved"_s, true},
                                                 {u"applied"_s, QJsonArray{u"ai.maxOutputTokens"_s}},
                                                 {u"restartRequired"_s, QJsonArray{u"gateway.listen"_s}},
                                                 {u"warnings"_s, QJsonArray{}}});
    m_page.reset(makePage());
    m_page->activate();
    QTRY_COMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    line(m_page.get(), u"ai.maxOutputTokens"_s)->setText(u"8192"_s);
    line(m_page.get(), u"gateway.listen"_s)->setText(u"127.0.0.1:9000"_s);
    qobject_cast<QPlainTextEdit *>(m_page->field(u"ai.systemPrompt"_s)->editor())->setPlainText(u"Be brief."_s);
    QVERIFY(m_page->isDirty());
    QVERIFY(m_page->saveButton()->isEnabled());
    m_page->saveButton()->click();
    QTRY_COMPARE(m_gateway->count(u"config.set"_s), 1);
    // Only the edited keys go out: a value the page merely showed is never written back over one
    // the wizard or another page changed meanwhile.
    const QJsonObject params = m_gateway->lastCall(u"config.set"_s).params;
    QVERIFY(!params.contains(u"config"_s));
    QCOMPARE(params.value(u"changes"_s).toObject(),
             (QJsonObject{{u"ai.maxOutputTokens"_s, 8192},
                          {u"gateway.listen"_s, u"127.0.0.1:9000"_s},
                          {u"ai.systemPrompt"_s, u"Be brief."_s}}));
    QTRY_VERIFY(m_page->resultBanner()->isVisibleTo(m_page.get()));
    const QString result = m_page->resultBanner()->text();
    QVERIFY2(result.contains(u"Applied now: Max output tokens."_s), qPrintable(result));
    QVERIFY2(result.contains(u"Takes effect after a restart: Listen address."_s), qPrintable(result));
    // Then the effective configuration is read again.
    QTRY_COMPARE(m_gateway->count(u"config.get"_s), 2);
}

void TestSettingsPage::serverRefusalShownAtField()
{
    m_gateway->fail(u"config.set"_s,
                    Ws::RpcError::invalidRequest(u"/srv/moltdesk/config.json: ai.defaultModel: expected a configured "
                                                 "provider, got \"openai/gpt-9\"\n/srv/moltdesk/config.json: cron: "
                                                 "the scheduler refused job \"x\""_s));
    m_page.reset(makePage());
    m_page->activate();
    QTRY_VERIFY(!line(m_page.get(), u"ai.defaultModel"_s)->text().isEmpty());
    line(m_page.get(), u"ai.defaultModel"_s)->setText(u"openai/gpt-9"_s);
    QVERIFY(m_page->saveButton()->isEnabled());
    m_page->save();
    QTRY_VERIFY(m_page->field(u"ai.defaultModel"_s)->hasProblem());
    QVERIFY(m_page->field(u"ai.defaultModel"_s)->problemText().contains(u"expected a configured provider"_s));
    QVERIFY(m_page->resultBanner()->text().contains(u"Not saved"_s));
    // A problem no field owns is listed above the tabs.
    auto *loose = m_page->findChild<Ui::Banner *>(u"settingsProblems"_s);
    QVERIFY(loose->isVisibleTo(m_page.get()));
    QVERIFY(loose->text().contains(u"the scheduler refused"_s));
    QVERIFY(!m_page->saveButton()->isEnabled());
    // The next edit clears the gateway's verdict.
    line(m_page.get(), u"ai.defaultModel"_s)->setText(u"openai/gpt-4.1-mini"_s);
    QVERIFY(!m_page->field(u"ai.defaultModel"_s)->hasProblem());
    QVERIFY(m_page->saveButton()->isEnabled());
}

void TestSettingsPage::revertDiscardsEdits()
{
    m_page.reset(makePage());
    m_page->activate();
    QTRY_COMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    line(m_page.get(), u"ai.maxOutputTokens"_s)->setText(u"0"_s);
    QVERIFY(m_page->revertButton()->isEnabled());
    m_page->revertButton()->click();
    QCOMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    QVERIFY(!m_page->field(u"ai.maxOutputTokens"_s)->hasProblem());
    QVERIFY(!m_page->isDirty());
    QVERIFY(!m_page->revertButton()->isEnabled());
    QVERIFY(!m_page->saveButton()->isEnabled());
}

void TestSettingsPage::unsavedChangesGuard()
{
    Ui::MainWindow window(nullptr, true);
    Ui::SettingsPage *page = makePage();
    window.addPage(page);
    window.setCurrentPage(page);
    QTRY_COMPARE(line(page, u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    line(page, u"ai.maxOutputTokens"_s)->setText(u"100"_s);

    m_prompter->confirmAnswer = false; // "stay"
    window.setCurrentPage(window.overviewPage());
    QCOMPARE(m_prompter->asked.size(), 1);
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->currentRow(), 1);
    QCOMPARE(line(page, u"ai.maxOutputTokens"_s)->text(), u"100"_s);

    m_prompter->confirmAnswer = true; // "discard"
    window.setCurrentPage(window.overviewPage());
    QCOMPARE(window.currentPage(), window.overviewPage());
    QCOMPARE(line(page, u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    // Without edits nobody is asked.
    window.setCurrentPage(page);
    window.setCurrentPage(window.overviewPage());
    QCOMPARE(m_prompter->asked.size(), 2);
}

void TestSettingsPage::configChangedReloads()
{
    m_page.reset(makePage());
    m_page->activate();
    QTRY_COMPARE(line(m_page.get(), u"ai.defaultModel"_s)->text(), u"openai/gpt-4.1"_s);
    // Another client (the wizard, the Channels page) saved: no edits here, so the form follows.
    m_config = Config::Loader::toJson([] {
        Config::Settings s;
        s.ai.defaultModel = u"anthropic/claude-haiku-4-5"_s;
        return s;
    }());
    m_gateway->emitEvent(u"config.changed"_s, {{u"applied"_s, QJsonArray{u"ai.defaultModel"_s}},
                                               {u"restartRequired"_s, QJsonArray{}}});
    QTRY_COMPARE(line(m_page.get(), u"ai.defaultModel"_s)->text(), u"anthropic/claude-haiku-4-5"_s);
    QCOMPARE(m_gateway->count(u"config.get"_s), 2);

    // With edits, nothing is overwritten: the page says what changed instead.
    line(m_page.get(), u"ai.maxOutputTokens"_s)->setText(u"1000"_s);
    m_gateway->emitEvent(u"config.changed"_s, {{u"applied"_s, QJsonArray{u"ai.defaultModel"_s}},
                                               {u"restartRequired"_s, QJsonArray{}}});
    QTRY_VERIFY(m_page->resultBanner()->isVisibleTo(m_page.get()));
    QVERIFY(m_page->resultBanner()->text().contains(u"changed elsewhere (Default model)"_s));
    QCOMPARE(m_gateway->count(u"config.get"_s), 2);
    QCOMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"1000"_s);
    // Revert then loads the new version.
    m_page->revert();
    QTRY_COMPARE(m_gateway->count(u"config.get"_s), 3);
}

void TestSettingsPage::advancedJsonEditor()
{
    m_page.reset(makePage());
    m_page->activate();
    QTRY_COMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    m_page->tabs()->setCurrentWidget(m_page->advancedEditor()->parentWidget());
    QPlainTextEdit *editor = m_page->advancedEditor();
    QVERIFY(editor->toPlainText().contains(u"\"maxOutputTokens\": 2048"_s));

    QString text = editor->toPlainText();
    editor->setPlainText(text.left(40)); // cut off: not JSON any more
    auto *problems = m_page->findChild<QLabel *>(u"advancedProblems"_s);
    QVERIFY(problems->text().contains(u"invalid JSON at line"_s));
    QVERIFY(!m_page->saveButton()->isEnabled());

    text.replace(u"\"maxOutputTokens\": 2048"_s, u"\"maxOutputTokens\": 0"_s);
    editor->setPlainText(text);
    QVERIFY2(problems->text().contains(u"ai.maxOutputTokens: expected"_s), qPrintable(problems->text()));
    QVERIFY(m_page->field(u"ai.maxOutputTokens"_s)->hasProblem());
    QVERIFY(!m_page->saveButton()->isEnabled());

    text.replace(u"\"maxOutputTokens\": 0"_s, u"\"maxOutputTokens\": 3000"_s);
    editor->setPlainText(text);
    QVERIFY(!problems->isVisibleTo(m_page.get()));
    QCOMPARE(line(m_page.get(), u"ai.maxOutputTokens"_s)->text(), u"3000"_s);
    QVERIFY(m_page->saveButton()->isEnabled());
}

void TestSettingsPage::languageSwitchRebuildsInGerman()
{
    QTemporaryDir data;
    const QString ini = data.filePath(u"ui.ini"_s);
    Ui::LanguageSwitcher languages(ini, m_qmDir.path());
    languages.setLanguage(u"en"_s);
    Ui::MainWindow window(nullptr, true);
    window.setPageFactory([this, &languages](Ui::MainWindow *w) { w->addPage(makePage(&languages)); });
    auto *settings = qobject_cast<Ui::SettingsPage *>(window.pages().at(1));
    window.setCurrentPage(settings);
    auto *title = window.findChild<QLabel *>(u"pageTitle"_s);
    QCOMPARE(title->text(), u"Settings"_s);

    QComboBox *box = settings->languageBox();
    box->setCurrentIndex(int(Ui::LanguageSwitcher::codes().indexOf(u"de"_s)));
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(u"language"_s).toString(), u"de"_s);
    QCOMPARE(Ui::LanguageSwitcher::storedLanguage(ini), u"de"_s);
    // The pages are new, built in German, and the same page is shown.
    const QPointer<Ui::SettingsPage> old = settings;
    QTRY_VERIFY(old.isNull());
    QCOMPARE(title->text(), u"Einstellungen"_s);
    auto *rebuilt = qobject_cast<Ui::SettingsPage *>(window.currentPage());
    QVERIFY(rebuilt);
    QCOMPARE(rebuilt->field(u"ai.defaultModel"_s)->spec().label, u"Standardmodell"_s);
    QCOMPARE(rebuilt->saveButton()->text(), u"&Speichern"_s);
    QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->item(1)->text(), u"Einstellungen"_s);
    QCOMPARE(rebuilt->languageBox()->currentData().toString(), u"de"_s);

    rebuilt->languageBox()->setCurrentIndex(int(Ui::LanguageSwitcher::codes().indexOf(u"en"_s)));
    QTRY_COMPARE(title->text(), u"Settings"_s);
}

void TestSettingsPage::languageSwitchWaitsForUnsavedWork()
{
    QTemporaryDir data;
    Ui::LanguageSwitcher languages(data.filePath(u"ui.ini"_s), m_qmDir.path());
    languages.setLanguage(u"en"_s);
    Ui::MainWindow window(nullptr, true);
    window.setPageFactory([this, &languages](Ui::MainWindow *w) { w->addPage(makePage(&languages)); });
    auto *settings = qobject_cast<Ui::SettingsPage *>(window.pages().at(1));
    window.setCurrentPage(settings);
    QTRY_COMPARE(line(settings, u"ai.maxOutputTokens"_s)->text(), u"2048"_s);
    line(settings, u"ai.maxOutputTokens"_s)->setText(u"1234"_s);

    // Choosing a language on the page itself asks first; "no" keeps edits and language.
    m_prompter->confirmAnswer = false;
    settings->languageBox()->setCurrentIndex(int(Ui::LanguageSwitcher::codes().indexOf(u"de"_s)));
    QCOMPARE(languages.language(), u"en"_s);
    QCOMPARE(settings->languageBox()->currentData().toString(), u"en"_s);

    // Switched from elsewhere while the edits stand: the pages stay and the window says why.
    languages.setLanguage(u"de"_s);
    auto *notice = window.findChild<Ui::Banner *>(u"languageNotice"_s);
    QTRY_VERIFY(notice->isVisibleTo(&window));
    QCOMPARE(window.pages().at(1), settings);
    QCOMPARE(line(settings, u"ai.maxOutputTokens"_s)->text(), u"1234"_s);
    languages.setLanguage(u"en"_s);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
