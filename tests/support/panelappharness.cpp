#include "support/panelappharness.h"

#include "application.h"
#include "host/commandline.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "security/keychainsecretstore.h"
#include "security/secretcatalog.h"
#include "settings/languageswitcher.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

namespace {
// Everything the app could read a secret from, besides what a test sets on purpose.
QList<QByteArray> isolatedVariables()
{
    QList<QByteArray> names{"MOLTDESK_CONFIG", "MOLTDESK_DATA_DIR", "MOLTDESK_SCREENSHOT_DIR"};
    for (const auto &entry : Security::SecretCatalog::entries())
        names << entry.name.toLatin1();
    return names;
}
} // namespace

PanelAppHarness::PanelAppHarness(QObject *parent)
    : QObject(parent)
    , m_keychainService(u"moltdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const bool listening = m_telegram.listen() && m_provider.listen();
    if (!listening)
        m_error = u"the fake Telegram or provider server cannot listen"_s;
    m_telegram.addBot(QString(kBotToken), u"moltdesk_panel_bot"_s);
    for (const QByteArray &name : isolatedVariables()) {
        m_savedEnvironment.insert(name, qEnvironmentVariableIsSet(name.constData())
                                            ? std::optional<QByteArray>(qgetenv(name.constData()))
                                            : std::nullopt);
        qunsetenv(name.constData());
    }
}

PanelAppHarness::~PanelAppHarness()
{
    if (m_app && !m_stopped)
        stop();
    m_app.reset();
    m_languages.reset();
    forgetKeychainEntries();
    restoreEnvironment();
}

QString PanelAppHarness::configPath() const
{
    return QDir(m_dir.path()).filePath(u"config.json"_s);
}

QJsonObject PanelAppHarness::configWithProvider() const
{
    return QJsonObject{
        {u"ai"_s,
         QJsonObject{
             {u"defaultModel"_s, QString(kModel)},
             {u"fallbackModels"_s, QJsonArray{}},
             {u"providers"_s, QJsonObject{{u"openai"_s, QJsonObject{{u"baseUrl"_s, m_provider.baseUrl().toString()}}}}},
         }},
    };
}

QJsonObject PanelAppHarness::configWithTelegram(const QString &dmPolicy) const
{
    QJsonObject config = configWithProvider();
    config.insert(u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{
                                                                {u"enabled"_s, true},
                                                                {u"mode"_s, u"polling"_s},
                                                                {u"apiBaseUrl"_s, m_telegram.baseUrl().toString()},
                                                                {u"pollTimeoutSeconds"_s, 1},
                                                            }}});
    config.insert(u"security"_s, QJsonObject{{u"dmPolicy"_s, dmPolicy}});
    return config;
}

void PanelAppHarness::setConfig(const QJsonObject &config)
{
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(config).toJson()) < 0)
        m_error = u"cannot write "_s + configPath();
}

void PanelAppHarness::setEnvironment(const QString &name, const QString &value)
{
    const QByteArray key = name.toLatin1();
    if (!m_savedEnvironment.contains(key))
        m_savedEnvironment.insert(key, qEnvironmentVariableIsSet(key.constData())
                                           ? std::optional<QByteArray>(qgetenv(key.constData()))
                                           : std::nullopt);
    qputenv(key.constData(), value.toUtf8());
}

bool PanelAppHarness::start(int timeoutMs)
{
    if (!m_error.isEmpty() || m_app)
        return false;
    // As app/main.cpp: the tray (or nothing, offscreen) keeps the app alive, never the last window;
    // debug lines only when QT_LOGGING_RULES asks for them.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"moltdesk.*.debug=false"_s);
    const Host::CommandLineResult parsed = Host::CommandLine::parse(
        {u"moltdesk"_s, u"--data-dir"_s, m_dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
    if (!parsed.error.isEmpty()) {
        m_error = parsed.error;
        return false;
    }
    m_languages = std::make_unique<Ui::LanguageSwitcher>(QDir(m_dir.path()).filePath(u"ui.ini"_s));
    App::Application::Seams seams;
    seams.keychainService = m_keychainService;
    m_app = std::make_unique<App::Application>(parsed.options, App::Application::Mode::Gui, seams);
    m_app->setLanguageSwitcher(m_languages.get());
    connect(m_app.get(), &App::Application::exitRequested, this, [this](int code) {
        m_exitCode = code;
        m_stopped = true;
    });
    QSignalSpy ready(m_app.get(), &App::Application::ready);
    const int code = m_app->start();
    if (code >= 0) {
        m_error = u"start-up ended with exit code %1"_s.arg(code);
        m_stopped = true;
        return false;
    }
    if (Ui::DesktopIntegration *desktop = m_app->desktop()) {
        connect(desktop, &Ui::DesktopIntegration::notificationShown, this,
                [this](const QString &title, const QString &text) { m_notifications << title + u": "_s + text; });
    }
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || m_stopped; }, timeoutMs) || m_stopped) {
        m_error = m_stopped ? u"the app stopped during start-up (exit code %1)"_s.arg(m_exitCode)
                            : u"the app did not listen within %1 ms"_s.arg(timeoutMs);
        return false;
    }
    // Pages exist once ready() fired; the window shows them at its own size from now on.
    return window() && pages().size() > 1;
}

bool PanelAppHarness::stop(int timeoutMs)
{
    if (!m_app || m_stopped)
        return true;
    if (Ui::MainWindow *main = window())
        Q_EMIT main->quitRequested(); // what Quit in the Moltdesk menu does
    return QTest::qWaitFor([this] { return m_stopped; }, timeoutMs);
}

Ui::MainWindow *PanelAppHarness::window() const
{
    return m_app ? m_app->mainWindow() : nullptr;
}

Ui::SetupWizard *PanelAppHarness::wizard() const
{
    return m_app ? m_app->setupWizard() : nullptr;
}

QString PanelAppHarness::url() const
{
    return m_app ? m_app->listeningUrl() : QString();
}

QList<Ui::Page *> PanelAppHarness::pages() const
{
    Ui::MainWindow *main = window();
    return main ? main->pages() : QList<Ui::Page *>();
}

void PanelAppHarness::showPage(Ui::Page *page)
{
    Ui::MainWindow *main = window();
    if (!main || !page)
        return;
    main->setCurrentPage(page);
    // Let the layout settle and the page's first calls go out and come back.
    QCoreApplication::processEvents();
}

void PanelAppHarness::restoreEnvironment()
{
    for (auto it = m_savedEnvironment.cbegin(); it != m_savedEnvironment.cend(); ++it) {
        if (it.value())
            qputenv(it.key().constData(), *it.value());
        else
            qunsetenv(it.key().constData());
    }
    m_savedEnvironment.clear();
}

void PanelAppHarness::forgetKeychainEntries()
{
    // The operator token and anything a test saved live under this harness's own service; remove
    // them so repeated runs in one keyring do not pile up. Best effort: no keychain, nothing kept.
    Security::KeychainSecretStore keychain(m_keychainService);
    int pending = 0;
    QObject context;
    for (const auto &entry : Security::SecretCatalog::entries()) {
        ++pending;
        keychain.remove(entry.name, &context, [&pending](const Security::SecretResult &) { --pending; });
    }
    if (!QTest::qWaitFor([&pending] { return pending == 0; }, 5000))
        qWarning("the test keychain entries under %s were not all removed", qPrintable(m_keychainService));
}

} // namespace Moltdesk::TestSupport
