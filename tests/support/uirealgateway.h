#pragma once

// Header-only: testsupport does not link the ui library, so only ui tests (which do) may include
// this. The path is relative because testsupport has no include path into ui/.
#include "../../ui/threadgatewayclient.h"

#include "config/loader.h"
#include "host/gatewaythread.h"
#include "security/envsecretstore.h"
#include "security/memorysecretstore.h"
#include "security/secretredactor.h"
#include "security/secretvault.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace Moltdesk::Ui {

// A real gateway on its own thread, as the app runs it, for page tests that save: its
// configuration lives in a config.json of its own, its secrets in a SecretVault over a
// MemorySecretStore (the keychain's place) with an empty environment, and pages reach it through
// the app's ThreadGatewayClient - so config.set / secrets.set are the gateway's own.
class UiRealGateway
{
public:
    UiRealGateway()
        : m_environment(QHash<QString, QString>{}, QProcessEnvironment())
        , m_vault(&keychain, &m_environment, &m_redactor)
    {
    }
    ~UiRealGateway() { stop(); }

    // Writes `settings` to config.json and starts; false when it does not listen within 10 s.
    bool start(const Config::Settings &settings)
    {
        QString error;
        if (!Config::Loader::save(settings, configPath(), &error))
            return false;
        Core::GatewayOptions options;
        options.settings = settings;
        options.dataDir = m_data.path();
        options.configPath = configPath();
        options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
        options.operatorToken = [] { return QStringLiteral("operator-token-for-page-tests-0123456789"); };
        Security::SecretVault *vault = &m_vault;
        options.secret = [vault](const QString &name) { return vault->value(name); };
        options.secretVault = vault;
        QSignalSpy listening(&m_thread, &Host::GatewayThread::listening);
        m_thread.start(options);
        if (!listening.wait(10000))
            return false;
        client = std::make_unique<ThreadGatewayClient>(&m_thread);
        return true;
    }

    void stop()
    {
        client.reset();
        if (m_thread.isRunning()) {
            QSignalSpy stopped(&m_thread, &Host::GatewayThread::stopped);
            m_thread.stop();
            stopped.wait(10000);
        }
    }

    QString configPath() const { return m_data.filePath(QStringLiteral("config.json")); }
    Config::LoadResult file() const { return Config::Loader::load(configPath()); }
    Security::SecretVault &vault() { return m_vault; }
    Host::GatewayThread &thread() { return m_thread; }

    Security::MemorySecretStore keychain;
    std::unique_ptr<ThreadGatewayClient> client;

private:
    QTemporaryDir m_data;
    Security::EnvSecretStore m_environment;
    Security::SecretRedactor m_redactor;
    Security::SecretVault m_vault;
    Host::GatewayThread m_thread;
};

} // namespace Moltdesk::Ui
