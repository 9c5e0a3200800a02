#pragma once

#include "config/settings.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Moltdesk::Providers {
class Provider;
}
namespace Moltdesk::Security {
class SecretStore;
}
namespace Moltdesk::Telegram {
class BotApi;
}

namespace Moltdesk::Ui {

class GatewayClient;

// The first-run set-up without widgets, so tests (and SetupWizard) drive it step by step
// (Syncthing Tray's SetupDetection is the model). Steps: choose a provider → connect (paste the key
// where one is needed; the key is checked live with GET /v1/models, which costs nothing) → choose
// one of the listed models → Telegram (token checked with getMe; may be skipped) → done.
// finish() writes the key(s) into the SecretStore and the rest into config.json; no secret ever
// goes into the file.
//
// Lives on the GUI thread; every network call is asynchronous on its own QNetworkAccessManager
// and reports through the signals. Nothing is written before finish().
class SetupFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step { Provider, Connect, Model, Telegram, Done };
    Q_ENUM(Step)
    enum class Choice { Anthropic, OpenAi, Local };
    Q_ENUM(Choice)
    enum class Check { Idle, Running, Passed, Failed };
    Q_ENUM(Check)

    // `configPath` is read now (an existing file's other settings are kept) and written by finish().
    SetupFlow(Security::SecretStore *secrets, const QString &configPath, QObject *parent = nullptr);
    ~SetupFlow() override;

    Step step() const { return m_step; }
    // True when the current step has what it needs (a checked key, a chosen model, ...).
    bool canAdvance() const;
    // Moves to the next step when canAdvance(); Telegram → Done only through skipTelegram() or a
    // checked token. Returns whether it moved.
    bool next();
    bool back();

    // Provider step.
    void setChoice(Choice choice);
    Choice choice() const { return m_choice; }
    static QString providerName(Choice choice); // "anthropic", "openai", "openaiCompatible"
    static QString providerTitle(Choice choice); // "Anthropic", "OpenAI", "Local server"
    static QString secretName(Choice choice);    // ANTHROPIC_API_KEY, ...
    bool keyRequired() const { return m_choice != Choice::Local; }

    // Connect step. The base URL starts as the config's (defaults: api.anthropic.com,
    // api.openai.com, http://127.0.0.1:11434) and may be overridden per provider.
    void setBaseUrl(Choice choice, const QUrl &url);
    QUrl baseUrl(Choice choice) const { return m_baseUrls.value(choice); }
    QUrl baseUrl() const { return baseUrl(m_choice); }
    void setApiKey(const QString &key);
    QString apiKey() const { return m_apiKey; }
    // Starts the live check (any running one is dropped). Refuses at once — keyChecked(false, why)
    // — when a required key is empty or the URL is unusable.
    void checkKey();
    Check keyCheck() const { return m_keyCheck; }
    QString keyMessage() const { return m_keyMessage; }

    // Model step: the chat models the provider listed, sorted; one is pre-selected.
    QStringList models() const { return m_models; }
    QString model() const { return m_model; }
    bool setModel(const QString &model); // false when not listed
    QString defaultModelRef() const;     // "anthropic/claude-sonnet-4-5"

    // Telegram step.
    void setTelegramApiBaseUrl(const QUrl &url);
    QUrl telegramApiBaseUrl() const { return m_telegramBase; }
    void setTelegramToken(const QString &token);
    QString telegramToken() const { return m_telegramToken; }
    void checkTelegram();
    Check telegramCheck() const { return m_telegramCheck; }
    QString telegramMessage() const { return m_telegramMessage; }
    QString botUsername() const { return m_botUsername; } // without '@'
    QString botName() const { return m_botName; }
    QUrl botLink() const; // https://t.me/<username>
    // Leaves Telegram off and moves to Done.
    void skipTelegram();
    bool telegramSkipped() const { return m_telegramSkipped; }

    // Done step: writes the secrets, then config.json. Emits finished() once.
    void finish();
    bool isFinishing() const { return m_finishing; }
    // The settings finish() writes (for the summary and tests).
    Config::Settings settingsToWrite() const;
    // What finish() sends to the gateway's config.set: only the keys the set-up chose, as key
    // paths ({"ai.defaultModel": ..., "channels.telegram.enabled": true, ...}); skipping Telegram
    // leaves its settings as they are.
    QJsonObject changesToWrite() const;
    QString configPath() const { return m_configPath; }
    // The secrets finish() stored, so the application can reload them ("ANTHROPIC_API_KEY", ...).
    QStringList writtenSecrets() const { return m_written; }
    // With a running gateway, finish() saves the config through `config.set`, which also applies
    // it at once (model, Telegram); without one (or when it cannot be reached) config.json is
    // written directly and takes effect at the next start. May be null.
    void setGateway(GatewayClient *gateway);
    // After finished(true): whether the running gateway already uses the new settings.
    bool appliedLive() const { return m_appliedLive; }

signals:
    void stepChanged(Moltdesk::Ui::SetupFlow::Step step);
    void changed(); // any state a view shows (choice, check states, models)
    void keyChecked(bool ok, const QString &message);
    void telegramChecked(bool ok, const QString &message);
    void finished(bool ok, const QString &message);

private:
    void setStep(Step step);
    void resetKeyCheck();
    void resetTelegramCheck();
    void keyCheckFailed(const QString &message);
    void telegramCheckFailed(const QString &message);
    std::unique_ptr<Providers::Provider> makeProvider() const;
    void writeSecrets(QStringList names, QMap<QString, QString> values);
    void writeConfig();
    void writeConfigFile(const Config::Settings &settings);
    void complete(bool ok, const QString &message);

    Security::SecretStore *m_secrets;
    QString m_configPath;
    Config::Settings m_base;
    QString m_baseError; // the existing config file is invalid: finish() must not overwrite it
    QNetworkAccessManager *m_network;

    Step m_step = Step::Provider;
    Choice m_choice = Choice::Anthropic;
    // The provider and model of an existing config.json: pre-selected when the set-up runs again.
    Choice m_initialChoice = Choice::Anthropic;
    QString m_currentModel;
    QMap<Choice, QUrl> m_baseUrls;
    QString m_apiKey;
    Check m_keyCheck = Check::Idle;
    QString m_keyMessage;
    std::unique_ptr<Providers::Provider> m_provider;
    QPointer<QObject> m_keyContext; // dropped to cancel a running check's callback
    QStringList m_models;
    QString m_model;

    QUrl m_telegramBase;
    QString m_telegramToken;
    Check m_telegramCheck = Check::Idle;
    QString m_telegramMessage;
    QString m_botUsername;
    QString m_botName;
    bool m_telegramSkipped = false;
    QPointer<Telegram::BotApi> m_botApi;

    bool m_finishing = false;
    QStringList m_written;
    QPointer<GatewayClient> m_gateway;
    bool m_appliedLive = false;
};

} // namespace Moltdesk::Ui
