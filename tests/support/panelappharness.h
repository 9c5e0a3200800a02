#pragma once

#include "page.h"
#include "support/fakeproviderserver.h"
#include "support/faketelegramserver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Moltdesk::App {
class Application;
}
namespace Moltdesk::Ui {
class LanguageSwitcher;
class MainWindow;
class SetupWizard;
} // namespace Moltdesk::Ui

namespace Moltdesk::TestSupport {

// The panel composed exactly as app/ composes it: the real App::Application in GUI mode (the
// test's QApplication, offscreen QPA) with `--data-dir <temp> --listen 127.0.0.1:0`, the real
// gateway thread, the real KeychainSecretStore (under a keychain service unique to this harness, so
// parallel tests in the one test keyring never collide), and the fakes of the outside world - a
// Telegram Bot API and an OpenAI-compatible provider - as real HTTP servers on 127.0.0.1.
//
//   PanelAppHarness app;
//   app.setConfig(app.configWithTelegram());           // no setConfig(): the first-run wizard opens
//   app.setEnvironment(u"OPENAI_API_KEY"_s, PanelAppHarness::kProviderKey);
//   QVERIFY(app.start());                               // waits until it listens and the pages exist
//   app.page<Ui::SessionsPage>() ...
//
// Every secret's environment variable is cleared while the app runs (the app reads the environment
// before the keychain), so only what the test sets is seen; the old values come back afterwards.
class PanelAppHarness : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView kBotToken{"4242:PANEL-test_token-abcdefghijklmnopqrstuv"};
    static constexpr QLatin1StringView kProviderKey{"sk-panel-test-0123456789"};
    static constexpr QLatin1StringView kModel{"openai/gpt-4.1-mini"};

    explicit PanelAppHarness(QObject *parent = nullptr);
    ~PanelAppHarness() override;

    FakeTelegramServer &telegram() { return m_telegram; }
    FakeProviderServer &provider() { return m_provider; }
    QString dataDir() const { return m_dir.path(); }
    QString configPath() const;
    QString keychainService() const { return m_keychainService; }

    // A config whose default model is `kModel` on the fake provider (no fallbacks).
    QJsonObject configWithProvider() const;
    // configWithProvider() plus Telegram enabled: long polling against the fake Bot API (1 s polls),
    // with this DM policy ("open", "pairing" or "allowlist").
    QJsonObject configWithTelegram(const QString &dmPolicy = QStringLiteral("open")) const;
    // Writes DATA/config.json before start(). Without it there is no config.json: first run.
    void setConfig(const QJsonObject &config);
    // An environment variable for the app's lifetime (e.g. TELEGRAM_BOT_TOKEN, OPENAI_API_KEY).
    void setEnvironment(const QString &name, const QString &value);

    // Builds and starts the Application and waits until the gateway listens and every page of the
    // panel exists. False (with the reason in lastError()) when start-up failed or timed out.
    bool start(int timeoutMs = 30000);
    // Quits as the Quit action does and waits for the app to ask the event loop to end.
    bool stop(int timeoutMs = 20000);
    QString lastError() const { return m_error; }
    int exitCode() const { return m_exitCode; }

    App::Application *app() const { return m_app.get(); }
    Ui::MainWindow *window() const;
    // The first-run wizard while it is open (null when there is a config.json).
    Ui::SetupWizard *wizard() const;
    QString url() const;
    QList<QString> notifications() const { return m_notifications; }

    // The page of that type in the main window (null when there is none).
    template <typename T>
    T *page() const
    {
        for (Ui::Page *candidate : pages()) {
            if (auto *typed = qobject_cast<T *>(candidate))
                return typed;
        }
        return nullptr;
    }
    QList<Ui::Page *> pages() const;
    // Shows `page` as a click in the navigation would and lets the page's first load happen.
    void showPage(Ui::Page *page);

private:
    void restoreEnvironment();
    void forgetKeychainEntries();

    QTemporaryDir m_dir;
    QString m_keychainService;
    FakeTelegramServer m_telegram;
    FakeProviderServer m_provider;
    QHash<QByteArray, std::optional<QByteArray>> m_savedEnvironment;
    std::unique_ptr<Ui::LanguageSwitcher> m_languages;
    std::unique_ptr<App::Application> m_app;
    QList<QString> m_notifications;
    QString m_error;
    int m_exitCode = -1;
    bool m_stopped = false;
};

} // namespace Moltdesk::TestSupport
