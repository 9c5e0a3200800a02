#include "application.h"

#include "unixsignalwatcher.h"

#include "base/logging.h"
#include "config/dotenv.h"
#include "config/loader.h"
#include "config/secretkeypolicy.h"
#include "host/filemodes.h"
#include "host/gatewaythread.h"
#include "host/instancelock.h"
#include "core/schemamigrations.h"
#include "host/logsink.h"
#include "providers/providerset.h"
#include "security/envsecretstore.h"
#include "security/keychainsecretstore.h"
#include "security/operatortoken.h"
#include "security/secretcatalog.h"
#include "security/secretvault.h"
#include "security/tokenfile.h"

#include "channels/notifier.h"
#include "core/gateway.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "page.h"
#include "pages/channelspage.h"
#include "pages/channelspagecontext.h"
#include "pages/cronpage.h"
#include "pages/logspage.h"
#include "pages/overviewpage.h"
#include "pages/secretrow.h"
#include "pages/secretspage.h"
#include "pages/sessionspage.h"
#include "pages/settingspage.h"
#include "pages/storagepage.h"
#include "pages/usagepage.h"
#include "panelservices.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"
#include "storage/sqlconsole.h"
#include "threadgatewayclient.h"
#include "tray/traymenu.h"
#include "wizard/setupflow.h"
#include "wizard/setupwizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QStatusBar>
#include <QRegularExpression>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Moltdesk::App {

namespace {
void printErr(const QString &line)
{
    const QByteArray bytes = (u"moltdesk: "_s + line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadConfig = 2;
} // namespace

Application::Application(const Host::CommandLineOptions &options, Mode mode, QObject *parent)
    : Application(options, mode, Seams{}, parent)
{
}

Application::Application(const Host::CommandLineOptions &options, Mode mode, const Seams &seams, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_mode(mode)
    , m_seams(seams)
{
}

Application::~Application()
{
    // The gateway thread is a child of this object; its destructor finishes the worker if a
    // normal shutdown did not already. The log sink goes last so shutdown lines are kept.
    delete m_gateway;
    m_gateway = nullptr;
}

Ui::SetupWizard *Application::setupWizard() const
{
    return m_wizard.data();
}

int Application::start()
{
    const int code = prepare();
    if (code >= 0)
        return code;

    // SIGTERM/SIGINT stop both modes cleanly (service managers, logout, Ctrl-C).
    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::terminationRequested, this, [this](int signal) {
        qCInfo(lcApp) << "signal" << signal << "received: stopping";
        shutDown(kExitOk);
    });
    if (m_mode == Mode::Gui)
        createWindow();

    ensureToken();
    return -1;
}

int Application::prepare()
{
    // 1. The data directory: created if missing (owner-only, like everything the process creates:
    // docs/storage.md "File modes"), then locked for this process.
    Host::FileModes::restrictUmask();
    m_dataDir = Host::CommandLine::resolveDataDir(
        m_options, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!QDir().mkpath(m_dataDir) || !QFileInfo(m_dataDir).isWritable()) {
        printErr(u"the data directory %1 cannot be created or is not writable"_s.arg(QDir::toNativeSeparators(m_dataDir)));
        return kExitFailure;
    }
    m_lock = std::make_unique<Host::InstanceLock>(m_dataDir);
    switch (m_lock->tryLock()) {
    case Host::InstanceLock::Result::Acquired:
        break;
    case Host::InstanceLock::Result::HeldByOther:
        if (m_mode == Mode::Gui && Host::InstanceLock::forwardShow(m_dataDir)) {
            printErr(u"already running on this data directory: showing its window"_s);
            return kExitOk;
        }
        printErr(m_lock->errorString());
        return kExitFailure;
    case Host::InstanceLock::Result::Failed:
        printErr(m_lock->errorString());
        return kExitFailure;
    }

    // 2. Logging: every line is redacted, kept in the event log and in DATA/logs/moltdesk.log.
    m_logSink = std::make_unique<Host::LogSink>(&m_eventLog,
                                                [this](const QString &line) { return m_redactor.redact(line); });
    if (!m_logSink->openFile(QDir(m_dataDir).filePath(u"logs"_s)))
        printErr(u"cannot write log files under %1; logging to stderr only"_s.arg(m_dataDir));
    m_logSink->install();

    // 3. Secrets from --env-file and the environment (headless reads these before the keychain).
    QHash<QString, QString> fileValues;
    if (!m_options.envFile.isEmpty()) {
        const Config::DotEnv env = Config::DotEnv::load(m_options.envFile);
        if (!env.ok()) {
            printErr(env.errors().join(u"\n"_s));
            return kExitBadConfig;
        }
        for (const auto &entry : env.entries())
            fileValues.insert(entry.name, entry.value);
    }
    m_environment = std::make_unique<Security::EnvSecretStore>(fileValues);
    for (const auto &entry : Security::SecretCatalog::entries()) {
        const QString value = m_environment->value(entry.name);
        if (!value.isEmpty() && entry.confidential)
            m_redactor.addSecret(value);
    }
    // A guessable operator token or webhook secret is refused before anything listens, on loopback
    // too (docs/secrets.md "Minimum lengths").
    for (const auto &entry : Security::SecretCatalog::entries()) {
        const QString value = m_environment->value(entry.name);
        if (value.isEmpty())
            continue;
        if (const QString why = Config::SecretKeyPolicy::lengthProblem(entry.name, value); !why.isEmpty()) {
            printErr(why);
            return kExitBadConfig;
        }
    }

    // 4. Configuration: any error stops start-up with exit code 2, naming file and key path.
    // Data written by an older version or under a loose umask is tightened, and said so -- after the
    // --env-file check, so an env file kept in the data directory is refused, not quietly fixed.
    // The operator-token file is left to TokenFile, which refuses a loose one (docs/secrets.md).
    QStringList tightened = Host::FileModes::tighten(m_dataDir, {QDir(m_dataDir).filePath(u"operator-token"_s)});
    m_configPath = Host::CommandLine::resolveConfigPath(m_options, m_dataDir);
    tightened += Host::FileModes::tightenFile(m_configPath);
    for (const QString &change : std::as_const(tightened))
        qCWarning(lcApp).noquote() << "file mode tightened:" << change;
    const Config::LoadResult config = Config::Loader::load(m_configPath);
    if (!config.ok()) {
        printErr(config.errorString());
        return kExitBadConfig;
    }
    for (const QString &warning : config.warnings)
        qCWarning(lcConfig).noquote() << warning;
    m_settings = config.settings;
    m_configExists = config.fileExists;
    m_listen = m_settings.gateway.listen;
    if (!m_options.listen.isEmpty()) {
        QString error;
        const auto listen = Config::ListenAddress::parse(m_options.listen, &error);
        if (!listen) {
            printErr(u"--listen: "_s + error);
            return kExitBadConfig;
        }
        m_listen = *listen;
    }

    // 5. The operator token (docs/secrets.md).
    m_keychain = std::make_unique<Security::KeychainSecretStore>(m_seams.keychainService);
    m_token = std::make_unique<Security::OperatorToken>(
        m_mode == Mode::Gui ? Security::OperatorToken::Mode::Gui : Security::OperatorToken::Mode::Headless,
        m_keychain.get(), m_environment.get(), m_dataDir, &m_redactor);
    m_token->setNoticeSink([](const QString &line) { printErr(line); });
    m_vault = std::make_unique<Security::SecretVault>(m_keychain.get(), m_environment.get(), &m_redactor);
    connect(m_token.get(), &Security::OperatorToken::ready, this, &Application::onTokenReady);
    connect(m_token.get(), &Security::OperatorToken::failed, this,
            [this](const QString &reason) { failAsync(kExitFailure, reason); });

    return -1;
}

void Application::ensureToken()
{
    if (m_listen.isLoopback()) {
        m_token->ensure();
        return;
    }
    // Anyone on the network can reach a non-loopback port, so the token must have been
    // provisioned beforehand (environment, --env-file, keychain or token file): never invent one
    // silently for a public socket. The keychain is asked first, then ensure() reads the same.
    if (!m_environment->value(Security::SecretNames::OperatorToken).isEmpty()
        || QFileInfo::exists(m_token->tokenFilePath())) {
        m_token->ensure();
        return;
    }
    m_keychain->read(Security::SecretNames::OperatorToken, this, [this](const Security::SecretResult &result) {
        if (result.isOk() && !result.value().isEmpty()) {
            m_token->ensure();
            return;
        }
        failAsync(kExitBadConfig,
                  u"refusing to listen on %1 without an operator token: set MOLTDESK_TOKEN (at least 32 "
                  "characters) in the environment or the --env-file, or start once on 127.0.0.1 to create one"_s
                      .arg(m_listen.toString()));
    });
}

void Application::onTokenReady()
{
    if (m_shuttingDown)
        return;
    // Also on loopback: any local process (or a page in the browser) can try tokens there.
    if (!Security::TokenFile::isAcceptable(m_token->token())) {
        failAsync(kExitBadConfig, u"refusing to listen on %1: the operator token (MOLTDESK_TOKEN) must be 32 to "
                                  "1024 printable characters"_s.arg(m_listen.toString()));
        return;
    }
    if (m_window)
        m_window->setKeychainWarning(m_token->keychainProblem().isEmpty()
                                         ? QString()
                                         : tr("Secrets cannot be kept: %1. The operator token is valid for "
                                              "this run only.")
                                               .arg(m_token->keychainProblem()));
    loadSecrets();
}

void Application::loadSecrets()
{
    // Provider keys and bot tokens: the environment (and --env-file) wins, otherwise the keychain
    // (docs/secrets.md). The vault keeps the copy the gateway looks keys up in, and is the one way
    // the panel changes them later (secrets.set).
    QStringList names;
    for (const auto &entry : Security::SecretCatalog::entries())
        if (entry.name != Security::SecretNames::OperatorToken)
            names << entry.name;
    for (const QString &name : Providers::ProviderSet::secretNames(m_settings.ai))
        if (!names.contains(name))
            names << name;
    m_vault->load(names, this, [this] {
        if (!m_shuttingDown)
            startGateway();
    });
}

void Application::startGateway()
{
    Core::GatewayOptions options;
    options.settings = m_settings;
    options.listen = m_listen;
    options.dataDir = m_dataDir;
    options.configPath = m_configPath;
    // OperatorToken::token() is thread-safe, so the gateway thread may call it at each handshake.
    Security::OperatorToken *token = m_token.get();
    options.operatorToken = [token] { return token->token(); };
    options.eventLog = &m_eventLog;
    Security::SecretVault *secrets = m_vault.get();
    options.secret = [secrets](const QString &name) { return secrets->value(name); };
    options.secretVault = secrets;

    m_gateway = new Host::GatewayThread(this);
    connect(m_gateway, &Host::GatewayThread::listening, this, [this](const QString &url) {
        printOut(u"listening on "_s + url);
        m_url = url;
        if (m_window)
            addPanelPages();
        Q_EMIT ready(url);
    });
    connect(m_gateway, &Host::GatewayThread::startFailed, this, [this](const QString &error, int exitCode) {
        failAsync(exitCode, error);
    });
    connect(m_gateway, &Host::GatewayThread::stopped, this, [this] {
        qCInfo(lcApp) << "gateway stopped";
        Q_EMIT exitRequested(m_exitCode);
    });
    if (m_window) {
        connect(m_gateway, &Host::GatewayThread::statusChanged, m_window.get(), &Ui::MainWindow::setStatus);
        connect(m_gateway, &Host::GatewayThread::statusChanged, m_desktop.get(), &Ui::DesktopIntegration::setStatus);
    }
    m_gateway->start(options);
}

void Application::addPanelPages()
{
    if (m_panelPool)
        return;
    m_panelDatabase = std::make_unique<Storage::Database>(m_dataDir, Core::SchemaMigrations::all());
    if (auto opened = m_panelDatabase->open(); !opened) {
        qCWarning(lcApp).noquote() << "the panel cannot open the database:" << opened.error().message;
        m_panelDatabase.reset();
        return;
    }
    m_panelKv = std::make_unique<Storage::KvStore>(*m_panelDatabase);
    // Not open()ed: that clean-up of interrupted writes belongs to the gateway's store alone (it
    // would delete a temporary file the gateway is writing right now).
    m_panelObjects = std::make_unique<Storage::ObjectStore>(*m_panelDatabase);
    m_panelSql = std::make_unique<Storage::SqlConsole>(*m_panelDatabase);
    m_panelPool = std::make_unique<QThreadPool>();
    m_panelPool->setMaxThreadCount(2);

    Ui::PanelServices services;
    services.kv = m_panelKv.get();
    services.objects = m_panelObjects.get();
    services.sql = m_panelSql.get();
    services.secrets = m_keychain.get();
    services.operatorToken = m_token.get();
    services.pool = m_panelPool.get();
    m_gatewayClient = std::make_unique<Ui::ThreadGatewayClient>(m_gateway);
    services.gateway = m_gatewayClient.get();
    m_window->setPageFactory([this, services](Ui::MainWindow *window) { addPages(window, services); });

    // Pairing requests, budgets reached and a failing channel become desktop notifications.
    Ui::DesktopIntegration *desktop = m_desktop.get();
    m_notifier = new Ui::Notifier(
        m_gatewayClient.get(),
        [desktop](const QString &title, const QString &text) { desktop->showNotification(title, text); },
        m_gatewayClient.get());
    m_notifier->watchChannels(std::chrono::seconds(15));
    wireTray();

    // First run: no configuration file yet, so the wizard helps choose a provider and a channel.
    // It opens once the gateway listens, so what it saves goes through the gateway and applies at
    // once (secrets.set, then config.set) instead of waiting for a restart.
    if (!m_configExists && qEnvironmentVariableIsEmpty("MOLTDESK_SCREENSHOT_DIR"))
        QTimer::singleShot(0, this, &Application::openSetupWizard);

    const QString screenshots = qEnvironmentVariable("MOLTDESK_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        QTimer::singleShot(1500, this, [this, screenshots] { takeScreenshots(screenshots, 0); });
}

void Application::addPages(Ui::MainWindow *window, const Ui::PanelServices &services)
{
    window->addPage(new Ui::SessionsPage(services));
    auto *channels = new Ui::ChannelsPage(services, Ui::ChannelsPageContext{m_settings});
    window->addPage(channels);
    window->addPage(new Ui::UsagePage(services));
    window->addPage(new Ui::CronPage(services));
    window->addPage(new Ui::StoragePage(services));
    auto *secrets = new Ui::SecretsPage(services);
    window->addPage(secrets);
    window->addPage(new Ui::LogsPage(services, &m_eventLog));
    // After Logs: the last stop, as in most desktop applications.
    auto *settings = new Ui::SettingsPage(services, m_languages);
    connect(settings, &Ui::SettingsPage::channelsPageRequested, window,
            [window, channels] { window->setCurrentPage(channels); });
    window->addPage(settings);
    // The Overview is rebuilt with the pages (language switch): its Resume button is wired here.
    Ui::TrayMenu *tray = m_desktop->trayMenu();
    connect(window->overviewPage(), &Ui::OverviewPage::resumeRequested, tray, [tray] { tray->requestPause(false); });
    // "Add a key…" on the Overview: the Secrets page, with the keyboard in that secret's field.
    connect(window->overviewPage(), &Ui::OverviewPage::addKeyRequested, secrets,
            [window, secrets](const QString &name) {
                window->jumpToPage(secrets);
                Ui::SecretRow *row = secrets->row(name);
                auto *field = row ? row->findChild<QLineEdit *>(u"value"_s) : nullptr;
                if (!field || window->currentPage() != secrets)
                    return;
                for (QWidget *parent = row->parentWidget(); parent; parent = parent->parentWidget()) {
                    if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                        scroll->ensureWidgetVisible(row);
                        break;
                    }
                }
                field->setFocus(Qt::OtherFocusReason);
            });
}

void Application::wireTray()
{
    Ui::TrayMenu *tray = m_desktop->trayMenu();
    connect(tray, &Ui::TrayMenu::pausedChanged, m_window.get(), &Ui::MainWindow::setPaused);
    // Without a tray host the notification has nowhere to go: the status bar says it too.
    connect(tray, &Ui::TrayMenu::notificationRequested, m_window.get(), [this](const QString &title, const QString &text) {
        m_window->statusBar()->showMessage(tr("%1: %2").arg(title, text), 10000);
    });
    connect(m_desktop.get(), &Ui::DesktopIntegration::openSessionRequested, this, [this](const QString &key) {
        // Looked up each time: a language switch rebuilds the pages.
        for (Ui::Page *page : m_window->pages()) {
            if (auto *sessions = qobject_cast<Ui::SessionsPage *>(page)) {
                m_window->setCurrentPage(sessions); // first activation loads the list, then the session opens
                sessions->openSession(key);
                break;
            }
        }
        m_window->showAndRaise();
    });
    m_desktop->setGateway(m_gatewayClient.get());
}

void Application::takeScreenshots(const QString &directory, int index)
{
    const QList<Ui::Page *> pages = m_window->pages();
    if (index >= pages.size()) {
        shutDown(kExitOk);
        return;
    }
    m_window->resize(1280, 800);
    m_window->setCurrentPage(pages.at(index));
    // Pages load asynchronously when first shown; give them a moment, then grab.
    QTimer::singleShot(1500, this, [this, directory, index, pages] {
        QString name = pages.at(index)->title().toLower();
        name.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
        const QString file = QDir(directory).filePath(u"%1-%2.png"_s.arg(index + 1, 2, 10, QChar(u'0')).arg(name));
        if (!m_window->grab().save(file))
            qCWarning(lcApp).noquote() << "cannot write" << file;
        takeScreenshots(directory, index + 1);
    });
}

void Application::createWindow()
{
    QSettings uiState(QDir(m_dataDir).filePath(u"ui.ini"_s), QSettings::IniFormat);
    m_desktop = std::make_unique<Ui::DesktopIntegration>();
    m_window = std::make_unique<Ui::MainWindow>(m_desktop.get(), uiState.value(u"trayNoticeShown"_s).toBool());
    connect(m_window.get(), &Ui::MainWindow::trayNoticeDisplayed, this, [this] {
        QSettings state(QDir(m_dataDir).filePath(u"ui.ini"_s), QSettings::IniFormat);
        state.setValue(u"trayNoticeShown"_s, true);
    });
    connect(m_window.get(), &Ui::MainWindow::quitRequested, this, [this] { shutDown(kExitOk); });
    connect(m_desktop.get(), &Ui::DesktopIntegration::quitRequested, this, [this] { shutDown(kExitOk); });
    connect(m_desktop.get(), &Ui::DesktopIntegration::showRequested, m_window.get(), &Ui::MainWindow::showAndRaise);
    m_lock->listenForShowRequests();
    connect(m_lock.get(), &Host::InstanceLock::showRequested, m_window.get(), [this] {
        qCInfo(lcApp) << "a second launch asked to show the window";
        m_window->showAndRaise();
    });
    connect(m_window.get(), &Ui::MainWindow::setupRequested, this, &Application::openSetupWizard);
    m_window->show();
}

void Application::openSetupWizard()
{
    if (!m_window || !m_keychain)
        return;
    if (!m_gatewayClient) {
        // Everything the wizard saves goes through the running gateway; it listens within a
        // moment of start-up, and a first run opens the wizard by itself then.
        m_window->statusBar()->showMessage(tr("Moltdesk is still starting; try again in a moment."), 5000);
        return;
    }
    auto *wizard = new Ui::SetupWizard(new Ui::SetupFlow(m_keychain.get(), m_configPath), m_window.get());
    m_wizard = wizard;
    wizard->flow()->setParent(wizard);
    wizard->flow()->setGateway(m_gatewayClient.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &Ui::SetupWizard::setupSaved, this, [this, wizard] {
        // Through the gateway the keys and settings are in use already (secrets.set, config.set);
        // only a gateway that refused config.set leaves the file for the next start.
        m_window->statusBar()->showMessage(
            wizard->flow()->appliedLive()
                ? tr("Set-up saved and applied.")
                : tr("Set-up saved. Restart Moltdesk to use the new model and channel settings."));
    });
    wizard->open();
}

void Application::shutDown(int exitCode)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_exitCode = exitCode;
    if (m_gateway && m_gateway->isRunning()) {
        m_gateway->stop(); // stopped() ends the event loop
        return;
    }
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT exitRequested(exitCode); });
}

void Application::failAsync(int exitCode, const QString &message)
{
    printErr(message);
    m_logSink->record(QtCriticalMsg, lcApp().categoryName(), message);
    if (m_window) {
        Control::GatewayStatus status;
        status.state = Control::GatewayStatus::State::Failed;
        status.error = message;
        m_window->setStatus(status);
    }
    shutDown(exitCode);
}

} // namespace Moltdesk::App
