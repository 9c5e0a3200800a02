// The panel's keyboard map (docs/panel.md, "Keyboard") pressed for real with QTest::keyClick:
// Ctrl+1…9 / Enter / Ctrl+, put the focus on a page's main control, Ctrl+F reaches the search box,
// Delete on a list asks the same question as the page's Delete button, F5 reloads, Escape and Enter
// in the cron dialog, and the Tab order of the wizard's first page and the Secrets page.
#include "base/eventlog.h"
#include "mainwindow.h"
#include "page.h"
#include "pages/cronjobdialog.h"
#include "pages/cronpage.h"
#include "pages/logspage.h"
#include "pages/overviewpage.h"
#include "pages/secretrow.h"
#include "pages/secretspage.h"
#include "pages/sessionspage.h"
#include "security/memorysecretstore.h"
#include "security/secretcatalog.h"
#include "support/uifakegatewayclient.h"
#include "support/uiscriptedprompter.h"
#include "support/uiusagefakegateway.h"
#include "wizard/setupflow.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlNumberFocusesThePagesMainControl();
    void enterInNavigationGoesIntoThePage();
    void ctrlCommaOpensSettings();
    void ctrlFFocusesSearch();
    void deleteKeyAsksLikeTheButton_data();
    void deleteKeyAsksLikeTheButton();
    void f5Reloads();
    void cronDialogEscapeAndEnter();
    void wizardFirstPageTabOrder();
    void secretsPageTabOrder();
};

namespace {

// A stand-in for the Settings page a teammate adds: found by its object name.
class FakeSettingsPage : public Ui::Page
{
public:
    FakeSettingsPage()
    {
        setObjectName(u"settingsPage"_s);
        m_field = new QLineEdit(this);
        m_field->setAccessibleName(u"Listen address"_s);
        setMainControl(m_field);
    }
    QString title() const override { return u"Settings"_s; }
    QIcon icon() const override { return {}; }
    QLineEdit *m_field;
};

QJsonObject session(int i)
{
    return {{u"key"_s, u"telegram:dm:%1"_s.arg(i)}, {u"kind"_s, u"dm"_s}, {u"channel"_s, u"telegram"_s},
            {u"title"_s, u"Peer %1"_s.arg(i)},       {u"lastActivity"_s, 1000000 - i}, {u"messageCount"_s, i}};
}

QJsonObject cronJob(const QString &id)
{
    return {{u"id"_s, id},         {u"kind"_s, u"cron"_s},        {u"schedule"_s, u"0 9 * * *"_s},
            {u"timezone"_s, u"UTC"_s}, {u"description"_s, u"cron 0 9 * * * (UTC)"_s}, {u"prompt"_s, u"hi"_s},
            {u"session"_s, QString(u"cron:"_s + id)}, {u"deliverTo"_s, u""_s}, {u"enabled"_s, true},
            {u"source"_s, u"user"_s},  {u"created"_s, u"2026-11-01T08:00:00.000Z"_s}, {u"lastRun"_s, QJsonValue::Null},
            {u"nextRun"_s, u"2026-11-30T09:00:00.000Z"_s}, {u"running"_s, false}};
}

void showActive(QWidget *widget)
{
    widget->resize(1100, 760);
    widget->show();
    QApplication::setActiveWindow(widget);
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

// Presses Tab from the current focus `count` times and returns the widgets that got the focus.
QList<QWidget *> tabWalk(int count)
{
    QList<QWidget *> seen;
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << QApplication::focusWidget();
    }
    return seen;
}

QString names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << (w ? QString::fromLatin1(w->metaObject()->className()) + u':' + w->objectName() : u"null"_s);
    return out.join(u", "_s);
}

Ui::PanelServices withGateway(Ui::GatewayClient *gateway, Ui::Prompter *prompter)
{
    Ui::PanelServices services;
    services.gateway = gateway;
    services.prompter = prompter;
    return services;
}

} // namespace

void TestKeyboard::ctrlNumberFocusesThePagesMainControl()
{
    Base::EventLog log;
    Ui::MainWindow window(nullptr, false);
    auto *logs = new Ui::LogsPage({}, &log);
    window.addPage(logs);
    showActive(&window);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(logs));
    QTRY_COMPARE(QApplication::focusWidget(), logs->findChild<QWidget *>(u"logsView"_s));

    // Back to the Overview: it has no main control of its own, so its first control gets the focus.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(window.overviewPage()));
    QVERIFY(QApplication::focusWidget());
    QVERIFY(window.overviewPage()->isAncestorOf(QApplication::focusWidget()));
}

void TestKeyboard::enterInNavigationGoesIntoThePage()
{
    Base::EventLog log;
    Ui::MainWindow window(nullptr, false);
    auto *logs = new Ui::LogsPage({}, &log);
    window.addPage(logs);
    showActive(&window);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    navigation->setFocus();
    // Arrow keys browse and leave the focus in the list...
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(logs));
    QVERIFY(navigation->hasFocus());
    // ...Enter goes into the page.
    QTest::keyClick(navigation, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), logs->findChild<QWidget *>(u"logsView"_s));
}

void TestKeyboard::ctrlCommaOpensSettings()
{
    Ui::MainWindow window(nullptr, false);
    auto *settings = new FakeSettingsPage;
    window.addPage(settings);
    showActive(&window);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(window.overviewPage()));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), static_cast<Ui::Page *>(settings));
    QTRY_VERIFY(settings->m_field->hasFocus());
}

void TestKeyboard::ctrlFFocusesSearch()
{
    Ui::UiFakeGatewayClient gateway;
    gateway.reply(u"sessions.list"_s, QJsonObject{{u"sessions"_s, QJsonArray{session(1)}}, {u"nextCursor"_s, QJsonValue()}});
    gateway.reply(u"chat.history"_s, QJsonObject{{u"messages"_s, QJsonArray()}, {u"hasMore"_s, false}});
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(withGateway(&gateway, &prompter));
    showActive(&page);
    page.activate();
    auto *list = page.findChild<QTableView *>(u"sessionList"_s);
    auto *search = page.findChild<QLineEdit *>(u"sessionSearch"_s);
    search->setText(u"ali"_s);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), u"ali"_s); // typing replaces the old search
}

void TestKeyboard::deleteKeyAsksLikeTheButton_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestKeyboard::deleteKeyAsksLikeTheButton()
{
    QFETCH(bool, confirm);
    Ui::UiFakeGatewayClient gateway;
    gateway.reply(u"sessions.list"_s,
                  QJsonObject{{u"sessions"_s, QJsonArray{session(1), session(2)}}, {u"nextCursor"_s, QJsonValue()}});
    gateway.reply(u"chat.history"_s, QJsonObject{{u"messages"_s, QJsonArray()}, {u"hasMore"_s, false}});
    gateway.reply(u"sessions.delete"_s, QJsonObject{{u"deleted"_s, true}});
    Ui::UiScriptedPrompter prompter;
    prompter.confirmAnswer = confirm;
    Ui::SessionsPage page(withGateway(&gateway, &prompter));
    showActive(&page);
    page.activate();
    page.openSession(u"telegram:dm:1"_s);
    auto *list = page.findChild<QTableView *>(u"sessionList"_s);
    auto *search = page.findChild<QLineEdit *>(u"sessionSearch"_s);

    // In a text field Delete edits the text and deletes nothing.
    search->setText(u"x"_s);
    search->setFocus();
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QString());
    QVERIFY(prompter.asked.isEmpty());

    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.constFirst().contains(u"telegram:dm:1"_s), qPrintable(prompter.asked.constFirst()));
    if (confirm) {
        QTRY_COMPARE(gateway.count(u"sessions.delete"_s), 1);
        QCOMPARE(gateway.lastCall(u"sessions.delete"_s).params.value(u"key"_s).toString(), u"telegram:dm:1"_s);
    } else {
        QTest::qWait(50); // a declined question must not call later either
        QCOMPARE(gateway.count(u"sessions.delete"_s), 0);
    }
}

void TestKeyboard::f5Reloads()
{
    Ui::UiUsageFakeGateway gateway;
    gateway.answer(u"cron.list"_s, QJsonObject{{u"jobs"_s, QJsonArray{cronJob(u"backup"_s)}}});
    gateway.answer(u"cron.runs"_s, QJsonObject{{u"id"_s, u"backup"_s}, {u"runs"_s, QJsonArray()}});
    gateway.answer(u"cron.remove"_s, QJsonObject{{u"id"_s, u"backup"_s}, {u"removed"_s, true}});
    Ui::UiScriptedPrompter prompter;
    Ui::CronPage page(withGateway(&gateway, &prompter));
    showActive(&page);
    page.activate();
    auto *jobs = page.findChild<QTableWidget *>(u"cronJobs"_s);
    QTRY_COMPARE(jobs->rowCount(), 1);
    const qsizetype before = gateway.callsOf(u"cron.list"_s).size();
    jobs->setFocus();
    QTest::keyClick(jobs, Qt::Key_F5);
    QTRY_COMPARE(gateway.callsOf(u"cron.list"_s).size(), before + 1);

    // Delete on the job list: the same question as "Remove…".
    jobs->selectRow(0);
    QTest::keyClick(jobs, Qt::Key_Delete);
    QCOMPARE(prompter.asked.size(), 1);
    QTRY_COMPARE(gateway.callsOf(u"cron.remove"_s).size(), 1);
}

void TestKeyboard::cronDialogEscapeAndEnter()
{
    {
        Ui::CronJobDialog dialog;
        showActive(&dialog);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }
    Ui::CronJobDialog dialog;
    showActive(&dialog);
    dialog.setPrompt(u"hello"_s);
    dialog.setSchedule(u"cron"_s, u"*/15 * * * *"_s, u"UTC"_s);
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isDefault());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *schedule = dialog.findChild<QLineEdit *>(u"cronSchedule"_s);
    schedule->setFocus();
    QTest::keyClick(schedule, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
}

void TestKeyboard::wizardFirstPageTabOrder()
{
    QTemporaryDir dir;
    Security::MemorySecretStore secrets;
    Ui::SetupFlow flow(&secrets, dir.filePath(u"config.json"_s));
    Ui::SetupWizard wizard(&flow);
    showActive(&wizard);
    auto *anthropic = wizard.findChild<QRadioButton *>(u"choice_anthropic"_s);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(anthropic));
    // The choices are one stop (arrow keys move inside), then Next, then "Set up later", and round.
    const QList<QWidget *> seen = tabWalk(3);
    const QList<QWidget *> expected{wizard.button(QWizard::NextButton), wizard.button(QWizard::CancelButton), anthropic};
    QVERIFY2(seen == expected, qPrintable(names(seen)));
    // Backwards the same way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::CancelButton));
}

void TestKeyboard::secretsPageTabOrder()
{
    const QList<Security::SecretCatalog::Entry> entries = Security::SecretCatalog::entries();
    QVERIFY(entries.size() >= 2);
    // The first secret is set, so its Reveal and Delete are live.
    Security::MemorySecretStore store({{entries.at(0).name, u"stored"_s}});
    Ui::UiScriptedPrompter prompter;
    Ui::PanelServices services;
    services.secrets = &store;
    services.prompter = &prompter;
    Ui::SecretsPage page(services);
    showActive(&page);
    page.activate();
    Ui::SecretRow *first = page.row(entries.at(0).name);
    Ui::SecretRow *second = page.row(entries.at(1).name);
    QTRY_COMPARE(first->state(), Ui::SecretRow::State::Set);
    auto *firstInput = first->findChild<QLineEdit *>(u"value"_s);
    auto *secondInput = second->findChild<QLineEdit *>(u"value"_s);

    // Arriving on the page puts the keyboard on the first value field.
    page.focusMainControl();
    QTRY_VERIFY(firstInput->hasFocus());
    // Typing a value enables Save; then the row reads: value, Save, Reveal, Delete — then the next row.
    QTest::keyClicks(firstInput, u"v"_s);
    const QList<QWidget *> seen = tabWalk(4);
    const QList<QWidget *> expected{first->findChild<QPushButton *>(u"save"_s), first->findChild<QPushButton *>(u"reveal"_s),
                                    first->findChild<QPushButton *>(u"delete"_s), secondInput};
    QVERIFY2(seen == expected, qPrintable(names(seen)));
    // Shift+Tab walks back into the first row, to its Delete button.
    QTest::keyClick(secondInput, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), first->findChild<QPushButton *>(u"delete"_s));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
