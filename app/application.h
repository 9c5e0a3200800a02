#pragma once

#include "config/settings.h"
#include "host/commandline.h"
#include "base/eventlog.h"
#include "security/keychainsecretstore.h"
#include "security/secretredactor.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace Moltdesk::Host {
class GatewayThread;
class InstanceLock;
class LogSink;
} // namespace Moltdesk::Host
namespace Moltdesk::Security {
class EnvSecretStore;
class OperatorToken;
class SecretVault;
} // namespace Moltdesk::Security
namespace Moltdesk::Storage {
class Database;
class KvStore;
class ObjectStore;
class SqlConsole;
} // namespace Moltdesk::Storage
namespace Moltdesk::Ui {
class DesktopIntegration;
class Notifier;
class SessionsPage;
class ThreadGatewayClient;
class LanguageSwitcher;
class MainWindow;
class SetupWizard;
struct PanelServices;
} // namespace Moltdesk::Ui

namespace Moltdesk::App {

class UnixSignalWatcher;

// The composition root: the one place that creates the long-lived objects and wires them
// together, for both the desktop app and --headless. See docs/architecture.md "Start-up".
class Application : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Gui, Headless };

    // What a test replaces; the product always runs with the defaults.
    struct Seams
    {
        // The keychain service the secrets live under. Tests pass a unique one, so tests running
        // in parallel against the one test keyring never see each other's keys or tokens.
        QString keychainService = QString(Security::KeychainSecretStore::kDefaultService);
    };

    Application(const Host::CommandLineOptions &options, Mode mode, QObject *parent = nullptr);
    Application(const Host::CommandLineOptions &options, Mode mode, const Seams &seams, QObject *parent = nullptr);
    ~Application() override;

    // Runs the synchronous part of start-up. Returns an exit code when the process should end
    // now (bad config, second instance, ...), or -1 when the event loop should run; later the
    // application asks to end with exitRequested().
    int start();
    // The panel's language (main.cpp installs the stored choice); the Settings page switches it.
    void setLanguageSwitcher(Ui::LanguageSwitcher *languages) { m_languages = languages; }

    // Read access for tests (tests/support/panelappharness.h); null/empty until they exist.
    Ui::MainWindow *mainWindow() const { return m_window.get(); }
    Ui::DesktopIntegration *desktop() const { return m_desktop.get(); }
    // Desktop notifications from the gateway's events (owned by the gateway client).
    Ui::Notifier *notifier() const { return m_notifier; }
    Host::GatewayThread *gatewayThread() const { return m_gateway; }
    Ui::ThreadGatewayClient *gatewayClient() const { return m_gatewayClient.get(); }
    // The first-run wizard while it is open (it deletes itself when closed).
    Ui::SetupWizard *setupWizard() const;
    // "http://HOST:PORT" once the gateway listens.
    QString listeningUrl() const { return m_url; }
    QString dataDir() const { return m_dataDir; }
    QString configPath() const { return m_configPath; }

Q_SIGNALS:
    // The gateway listens at `url` and, in the GUI, every page of the panel exists.
    void ready(const QString &url);
    // The application is done (quit, a signal, a start-up failure after start()): main.cpp ends
    // the event loop with this code.
    void exitRequested(int exitCode);

private:
    int prepare();
    void ensureToken();
    void onTokenReady();
    void loadSecrets();
    void startGateway();
    void createWindow();
    // The Storage and Secrets pages, once the gateway opened (and migrated) the database.
    void addPanelPages();
    // Every page after the Overview; MainWindow calls it again to rebuild them in a new language.
    void addPages(Ui::MainWindow *window, const Ui::PanelServices &services);
    // The tray's pause/resume and recent conversations, once the gateway client exists.
    void wireTray();
    void openSetupWizard();
    // scripts/screenshots.sh: with MOLTDESK_SCREENSHOT_DIR set, shows every page in turn, saves
    // a PNG of the window for each, then quits.
    void takeScreenshots(const QString &directory, int index);
    void shutDown(int exitCode);
    // Reports a start-up failure once the event loop runs: one line on stderr (and, in the GUI, in
    // the window), then the process exits with `exitCode`.
    void failAsync(int exitCode, const QString &message);

    Host::CommandLineOptions m_options;
    Mode m_mode;
    Seams m_seams;
    QString m_url;
    QString m_dataDir;
    QString m_configPath;
    Config::Settings m_settings;
    bool m_configExists = true;
    Config::ListenAddress m_listen;
    int m_exitCode = 0;
    bool m_shuttingDown = false;

    Base::EventLog m_eventLog;
    Security::SecretRedactor m_redactor;
    std::unique_ptr<Host::LogSink> m_logSink;
    std::unique_ptr<Host::InstanceLock> m_lock;
    std::unique_ptr<Security::EnvSecretStore> m_environment;
    std::unique_ptr<Security::KeychainSecretStore> m_keychain;
    std::unique_ptr<Security::OperatorToken> m_token;
    std::unique_ptr<Security::SecretVault> m_vault; // after the stores it uses
    Host::GatewayThread *m_gateway = nullptr;
    UnixSignalWatcher *m_signals = nullptr;
    // The panel's own handles on the gateway's database (per-thread connections; WAL lets both
    // read and write). The pool is declared last so it is destroyed - waiting for running store
    // calls - before the stores it uses.
    std::unique_ptr<Storage::Database> m_panelDatabase;
    std::unique_ptr<Storage::KvStore> m_panelKv;
    std::unique_ptr<Storage::ObjectStore> m_panelObjects;
    std::unique_ptr<Storage::SqlConsole> m_panelSql;
    std::unique_ptr<QThreadPool> m_panelPool;
    std::unique_ptr<Ui::ThreadGatewayClient> m_gatewayClient;
    std::unique_ptr<Ui::DesktopIntegration> m_desktop;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::LanguageSwitcher *m_languages = nullptr;
    Ui::Notifier *m_notifier = nullptr; // child of m_gatewayClient
    QPointer<Ui::SetupWizard> m_wizard;
};

} // namespace Moltdesk::App
