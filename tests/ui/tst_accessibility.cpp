// Every page of the panel (Settings included) and the first-run wizard, built offscreen with the
// fakes the page tests use, walked widget by widget: each control a keyboard or screen-reader user
// can reach must have an accessible name (own, a buddy label Qt can associate, or a button's text)
// and an accessible description (its own or its tooltip), and mnemonics must not clash within a
// page. A failure names the page, the class, the objectName and the nearest named parent of every
// offending widget.
#include "config/loader.h"
#include "config/settings.h"
#include "base/eventlog.h"
#include "core/schemamigrations.h"
#include "mainwindow.h"
#include "pages/channelspage.h"
#include "pages/cronjobdialog.h"
#include "pages/cronpage.h"
#include "pages/logspage.h"
#include "pages/secretspage.h"
#include "pages/sessionspage.h"
#include "pages/settingspage.h"
#include "pages/storagepage.h"
#include "pages/usagepage.h"
#include "security/memorysecretstore.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"
#include "storage/sqlconsole.h"
#include "support/uia11yaudit.h"
#include "support/uichannelsfakegateway.h"
#include "support/uifakegatewayclient.h"
#include "support/uiscriptedprompter.h"
#include "support/uiusagefakegateway.h"
#include "wizard/setupflow.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void everyControlIsDescribed_data();
    void everyControlIsDescribed();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
    void wizardControlsAreNamed();
    void cronDialogControlsAreNamed();
    void wizardControlsAreDescribed();
    void cronDialogControlsAreDescribed();
    void storageTabsSwitchWithCtrlTab();

private:
    void addPages();
    // Builds the named page with its back-ends and shows it, loaded.
    std::unique_ptr<QWidget> build(const QString &which);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::KvStore> m_kv;
    std::unique_ptr<Storage::ObjectStore> m_objects;
    std::unique_ptr<Storage::SqlConsole> m_sql;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<Security::MemorySecretStore> m_secrets;
    std::unique_ptr<Base::EventLog> m_log;
    std::unique_ptr<Ui::UiFakeGatewayClient> m_sessionsGateway;
    std::unique_ptr<Ui::UiChannelsFakeGateway> m_channelsGateway;
    std::unique_ptr<Ui::UiUsageFakeGateway> m_usageGateway;
    Ui::UiScriptedPrompter m_prompter;
};

namespace {

QJsonObject session(int i)
{
    return {{u"key"_s, u"telegram:dm:%1"_s.arg(i)}, {u"kind"_s, u"dm"_s}, {u"channel"_s, u"telegram"_s},
            {u"title"_s, u"Peer %1"_s.arg(i)},       {u"lastActivity"_s, 1000000 - i}, {u"messageCount"_s, i}};
}

QJsonObject cronJob(const QString &id)
{
    return {{u"id"_s, id},
            {u"kind"_s, u"cron"_s},
            {u"schedule"_s, u"0 9 * * MON-FRI"_s},
            {u"timezone"_s, u"Europe/Berlin"_s},
            {u"description"_s, u"cron 0 9 * * MON-FRI (Europe/Berlin)"_s},
            {u"prompt"_s, u"Morning briefing"_s},
            {u"session"_s, QString(u"cron:"_s + id)},
            {u"deliverTo"_s, u""_s},
            {u"enabled"_s, true},
            {u"source"_s, u"user"_s},
            {u"created"_s, u"2026-11-01T08:00:00.000Z"_s},
            {u"lastRun"_s, QJsonValue::Null},
            {u"nextRun"_s, u"2026-11-30T08:00:00.000Z"_s},
            {u"running"_s, false}};
}

QJsonObject pairing(const QString &code, const QString &senderId, const QString &name)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{u"channel"_s, u"telegram"_s},
            {u"code"_s, code},
            {u"senderId"_s, senderId},
            {u"senderName"_s, name},
            {u"requestedAt"_s, now.addSecs(-300).toString(Qt::ISODateWithMs)},
            {u"expiresAt"_s, now.addSecs(3300).toString(Qt::ISODateWithMs)}};
}

// QTest cuts a failure message short, so every undescribed control is also logged on its own line.
QString undescribedReport(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return u"%1 undescribed control(s):\n"_s.arg(problems.size()) + problems.join(u'\n');
}

void showLoaded(QWidget *widget)
{
    widget->resize(1100, 800);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

} // namespace

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
    QVERIFY(m_db->open().ok());
    m_kv = std::make_unique<Storage::KvStore>(*m_db);
    m_objects = std::make_unique<Storage::ObjectStore>(*m_db);
    QVERIFY(m_objects->open().ok());
    m_sql = std::make_unique<Storage::SqlConsole>(*m_db);
    m_pool = std::make_unique<QThreadPool>();
    QVERIFY(m_kv->putText(u"MOLTBOT_KV"_s, u"user:1"_s, u"ada"_s).ok());
    m_secrets = std::make_unique<Security::MemorySecretStore>();
    m_log = std::make_unique<Base::EventLog>();
    m_log->append(QtWarningMsg, u"moltdesk.test"_s, u"a warning"_s);

    m_sessionsGateway = std::make_unique<Ui::UiFakeGatewayClient>();
    m_sessionsGateway->reply(u"sessions.list"_s,
                             QJsonObject{{u"sessions"_s, QJsonArray{session(1), session(2)}}, {u"nextCursor"_s, QJsonValue()}});
    m_sessionsGateway->reply(u"chat.history"_s, QJsonObject{{u"messages"_s, QJsonArray()}, {u"hasMore"_s, false}});

    m_channelsGateway = std::make_unique<Ui::UiChannelsFakeGateway>();
    m_channelsGateway->answer(
        u"channels.status"_s,
        QJsonObject{{u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"enabled"_s, true}, {u"state"_s, u"running"_s}}}}}});
    m_channelsGateway->answer(u"pairing.list"_s,
                              QJsonObject{{u"pending"_s, QJsonArray{pairing(u"K7MQ2ZXA"_s, u"4242"_s, u"Alice"_s)}},
                                          {u"senders"_s, QJsonArray()}});

    m_usageGateway = std::make_unique<Ui::UiUsageFakeGateway>();
    m_usageGateway->answer(u"cron.list"_s, QJsonObject{{u"jobs"_s, QJsonArray{cronJob(u"briefing"_s)}}});
    m_usageGateway->answer(u"cron.runs"_s, QJsonObject{{u"id"_s, u"briefing"_s}, {u"runs"_s, QJsonArray()}});
    m_usageGateway->answer(u"usage.status"_s, QJsonObject{{u"budgets"_s, QJsonArray()}});
    m_usageGateway->answer(u"usage.cost"_s, QJsonObject{{u"rows"_s, QJsonArray()}});
}

void TestAccessibility::cleanup()
{
    m_pool.reset(); // waits for running store calls before the stores go
    m_sql.reset();
    m_objects.reset();
    m_kv.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<QWidget> TestAccessibility::build(const QString &which)
{
    Ui::PanelServices services;
    services.prompter = &m_prompter;
    services.pool = m_pool.get();
    std::unique_ptr<Ui::Page> page;
    if (which == u"Main window") {
        auto window = std::make_unique<Ui::MainWindow>(nullptr, false);
        showLoaded(window.get());
        return window;
    }
    if (which == u"Secrets") {
        services.secrets = m_secrets.get();
        page = std::make_unique<Ui::SecretsPage>(services);
    } else if (which == u"Storage") {
        services.kv = m_kv.get();
        services.objects = m_objects.get();
        services.sql = m_sql.get();
        page = std::make_unique<Ui::StoragePage>(services);
    } else if (which == u"Sessions") {
        services.gateway = m_sessionsGateway.get();
        page = std::make_unique<Ui::SessionsPage>(services);
    } else if (which == u"Channels") {
        services.gateway = m_channelsGateway.get();
        services.secrets = m_secrets.get();
        page = std::make_unique<Ui::ChannelsPage>(services,
                                                  Ui::ChannelsPageContext{});
    } else if (which == u"Usage") {
        services.gateway = m_usageGateway.get();
        page = std::make_unique<Ui::UsagePage>(services);
    } else if (which == u"Cron") {
        services.gateway = m_usageGateway.get();
        page = std::make_unique<Ui::CronPage>(services);
    } else if (which == u"Settings") {
        m_sessionsGateway->reply(u"config.get"_s,
                                 QJsonObject{{u"path"_s, m_dir->filePath(u"config.json"_s)},
                                             {u"exists"_s, true},
                                             {u"config"_s, Config::Loader::toJson(Config::Settings{})},
                                             {u"live"_s, QJsonArray{u"ai.defaultModel"_s}},
                                             {u"restartRequired"_s, QJsonArray{u"gateway.listen"_s}}});
        services.gateway = m_sessionsGateway.get();
        page = std::make_unique<Ui::SettingsPage>(services, nullptr);
    } else if (which == u"Logs") {
        page = std::make_unique<Ui::LogsPage>(services, m_log.get());
    }
    if (!page)
        return {};
    showLoaded(page.get());
    page->activate();
    // Let the scripted gateways answer (they reply from the event loop) and the stores list.
    QTest::qWait(300);
    return page;
}

void TestAccessibility::addPages()
{
    QTest::addColumn<QString>("which");
    const QStringList pages{u"Main window"_s, u"Secrets"_s, u"Storage"_s, u"Sessions"_s,
                            u"Channels"_s,    u"Usage"_s,   u"Cron"_s,    u"Logs"_s, u"Settings"_s};
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << page;
}

void TestAccessibility::everyControlIsNamed_data()
{
    addPages();
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, which);
    const std::unique_ptr<QWidget> root = build(which);
    QVERIFY(root);
    const QStringList controls = Ui::UiA11yAudit::controls(root.get());
    qDebug().noquote() << which << "walks" << controls.size() << "controls:" << controls.join(u"; "_s);
    QVERIFY2(controls.size() >= 3, qPrintable(controls.join(u'\n')));
    const QStringList problems = Ui::UiA11yAudit::unnamedControls(root.get(), which);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestAccessibility::everyControlIsDescribed_data()
{
    addPages();
}

// Every control also says what it does or expects (a tooltip or an accessible description), so a
// screen reader has more to read than the name.
void TestAccessibility::everyControlIsDescribed()
{
    QFETCH(QString, which);
    const std::unique_ptr<QWidget> root = build(which);
    QVERIFY(root);
    QVERIFY(!Ui::UiA11yAudit::controls(root.get()).isEmpty());
    const QStringList problems = Ui::UiA11yAudit::undescribedControls(root.get(), which);
    QVERIFY2(problems.isEmpty(), qPrintable(undescribedReport(problems)));
}

void TestAccessibility::mnemonicsDoNotClash_data()
{
    addPages();
}

void TestAccessibility::mnemonicsDoNotClash()
{
    QFETCH(QString, which);
    const std::unique_ptr<QWidget> root = build(which);
    QVERIFY(root);
    // The menu bar's "&Moltdesk" is in reach from every page. Every tab of a tab widget is checked
    // as the current one.
    QStringList problems = Ui::UiA11yAudit::mnemonicClashes(root.get(), which, u"m"_s);
    const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems << Ui::UiA11yAudit::mnemonicClashes(root.get(), which + u" tab "_s + QString::number(i), u"m"_s);
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestAccessibility::wizardControlsAreNamed()
{
    Ui::SetupFlow flow(m_secrets.get(), m_dir->filePath(u"config.json"_s));
    Ui::SetupWizard wizard(&flow);
    showLoaded(&wizard);
    QStringList problems;
    const QList<int> ids = wizard.pageIds();
    for (int id : ids) {
        QWizardPage *page = wizard.page(id);
        const QString scope = u"Wizard page %1"_s.arg(id);
        problems << Ui::UiA11yAudit::unnamedControls(page, scope);
        problems << Ui::UiA11yAudit::mnemonicClashes(page, scope);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestAccessibility::cronDialogControlsAreNamed()
{
    Ui::CronJobDialog dialog;
    showLoaded(&dialog);
    QStringList problems = Ui::UiA11yAudit::unnamedControls(&dialog, u"Cron job dialog"_s);
    problems << Ui::UiA11yAudit::mnemonicClashes(&dialog, u"Cron job dialog"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestAccessibility::wizardControlsAreDescribed()
{
    Ui::SetupFlow flow(m_secrets.get(), m_dir->filePath(u"config.json"_s));
    Ui::SetupWizard wizard(&flow);
    showLoaded(&wizard);
    QStringList problems;
    const QList<int> ids = wizard.pageIds();
    for (int id : ids)
        problems << Ui::UiA11yAudit::undescribedControls(wizard.page(id), u"Wizard page %1"_s.arg(id));
    QVERIFY2(problems.isEmpty(), qPrintable(undescribedReport(problems)));
}

void TestAccessibility::cronDialogControlsAreDescribed()
{
    Ui::CronJobDialog dialog;
    showLoaded(&dialog);
    const QStringList problems = Ui::UiA11yAudit::undescribedControls(&dialog, u"Cron job dialog"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(undescribedReport(problems)));
}

// The Storage tabs are not Tab stops of their own (style-dependent), so Ctrl+Tab from inside a tab
// must reach the tab widget (docs/panel.md, "Keyboard").
void TestAccessibility::storageTabsSwitchWithCtrlTab()
{
    const std::unique_ptr<QWidget> root = build(u"Storage"_s);
    QApplication::setActiveWindow(root.get());
    QVERIFY(QTest::qWaitForWindowActive(root.get()));
    auto *tabs = root->findChild<QTabWidget *>(u"storageTabs"_s);
    QVERIFY(!tabs->accessibleName().isEmpty());
    QCOMPARE(tabs->currentIndex(), 0);
    auto *namespaces = root->findChild<QWidget *>(u"kvNamespaces"_s);
    namespaces->setFocus();
    QTRY_VERIFY(namespaces->hasFocus());
    QTest::keyClick(namespaces, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
