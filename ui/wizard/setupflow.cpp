#include "wizard/setupflow.h"

#include "base/logging.h"
#include "channels/telegram/botapi.h"
#include "config/loader.h"
#include "gatewayclient.h"
#include "providers/anthropicprovider.h"
#include "providers/openaiprovider.h"
#include "secretwriter.h"
#include "security/secretcatalog.h"
#include "security/secretstore.h"
#include "wizard/modelchoice.h"
#include "wizard/setupmessages.h"
#include "ws/rpcerror.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

// The check is interactive: a user waits for it, so it gives up long before the agent's 120 s.
constexpr std::chrono::seconds kCheckTimeout{20};

ModelChoice::Family familyOf(SetupFlow::Choice choice)
{
    switch (choice) {
    case SetupFlow::Choice::Anthropic:
        return ModelChoice::Family::Anthropic;
    case SetupFlow::Choice::OpenAi:
        return ModelChoice::Family::OpenAi;
    case SetupFlow::Choice::Local:
        break;
    }
    return ModelChoice::Family::Local;
}

} // namespace

SetupFlow::SetupFlow(Security::SecretStore *secrets, const QString &configPath, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_configPath(configPath)
    , m_network(new QNetworkAccessManager(this))
{
    // Re-running the set-up keeps everything else the user configured; a broken file is reported
    // by finish() instead of being replaced (the user may want to fix it by hand).
    if (!configPath.isEmpty()) {
        const Config::LoadResult loaded = Config::Loader::load(configPath);
        if (loaded.ok())
            m_base = loaded.settings;
        else
            m_baseError = loaded.errorString();
        // Running the set-up again starts from what is configured now.
        if (loaded.ok() && loaded.fileExists) {
            const QString provider = m_base.ai.defaultModel.section(u'/', 0, 0);
            for (const Choice choice : {Choice::Anthropic, Choice::OpenAi, Choice::Local})
                if (providerName(choice) == provider) {
                    m_choice = choice;
                    m_currentModel = m_base.ai.defaultModel.section(u'/', 1);
                }
        }
    }
    for (const Choice choice : {Choice::Anthropic, Choice::OpenAi, Choice::Local}) {
        const auto configured = m_base.ai.providers.constFind(providerName(choice));
        m_baseUrls.insert(choice, configured != m_base.ai.providers.cend()
                                      ? configured->baseUrl
                                      : Config::AiSettings::defaultProviders().value(providerName(choice)).baseUrl);
    }
    m_telegramBase = m_base.channels.telegram.apiBaseUrl;
    m_initialChoice = m_choice;
}

SetupFlow::~SetupFlow() = default;

QString SetupFlow::providerName(Choice choice)
{
    switch (choice) {
    case Choice::Anthropic:
        return u"anthropic"_s;
    case Choice::OpenAi:
        return u"openai"_s;
    case Choice::Local:
        break;
    }
    return u"openaiCompatible"_s;
}

QString SetupFlow::providerTitle(Choice choice)
{
    switch (choice) {
    case Choice::Anthropic:
        return u"Anthropic"_s;
    case Choice::OpenAi:
        return u"OpenAI"_s;
    case Choice::Local:
        break;
    }
    return tr("Local server");
}

QString SetupFlow::secretName(Choice choice)
{
    switch (choice) {
    case Choice::Anthropic:
        return Security::SecretNames::AnthropicApiKey;
    case Choice::OpenAi:
        return Security::SecretNames::OpenAiApiKey;
    case Choice::Local:
        break;
    }
    return Security::SecretNames::OpenAiCompatibleApiKey;
}

bool SetupFlow::canAdvance() const
{
    switch (m_step) {
    case Step::Provider:
        return true;
    case Step::Connect:
        return m_keyCheck == Check::Passed;
    case Step::Model:
        return !m_model.isEmpty();
    case Step::Telegram:
        return m_telegramCheck == Check::Passed || m_telegramSkipped;
    case Step::Done:
        break;
    }
    return false;
}

bool SetupFlow::next()
{
    if (!canAdvance() || m_finishing)
        return false;
    setStep(Step(int(m_step) + 1));
    return true;
}

bool SetupFlow::back()
{
    if (m_step == Step::Provider || m_finishing)
        return false;
    setStep(Step(int(m_step) - 1));
    return true;
}

void SetupFlow::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
    Q_EMIT changed();
}

void SetupFlow::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    // A key for another provider is never right for this one.
    m_apiKey.clear();
    resetKeyCheck();
    Q_EMIT changed();
}

void SetupFlow::setBaseUrl(Choice choice, const QUrl &url)
{
    if (m_baseUrls.value(choice) == url)
        return;
    m_baseUrls.insert(choice, url);
    if (choice == m_choice)
        resetKeyCheck();
    Q_EMIT changed();
}

void SetupFlow::setApiKey(const QString &key)
{
    // Pasted keys often bring a trailing newline or space; no provider key contains whitespace.
    const QString trimmed = key.trimmed();
    if (trimmed == m_apiKey)
        return;
    m_apiKey = trimmed;
    resetKeyCheck();
    Q_EMIT changed();
}

void SetupFlow::resetKeyCheck()
{
    delete m_keyContext; // drops a running check's answer
    m_provider.reset();
    m_keyCheck = Check::Idle;
    m_keyMessage.clear();
    m_models.clear();
    m_model.clear();
}

std::unique_ptr<Providers::Provider> SetupFlow::makeProvider() const
{
    Providers::ProviderEndpoint endpoint;
    endpoint.baseUrl = baseUrl();
    endpoint.apiKey = m_apiKey;
    endpoint.requestTimeout = kCheckTimeout;
    switch (m_choice) {
    case Choice::Anthropic:
        return std::make_unique<Providers::AnthropicProvider>(m_network, endpoint);
    case Choice::OpenAi:
        return std::make_unique<Providers::OpenAiProvider>(m_network, endpoint, Providers::OpenAiWire::Flavour::OpenAi,
                                                           providerName(m_choice));
    case Choice::Local:
        break;
    }
    return std::make_unique<Providers::OpenAiProvider>(m_network, endpoint,
                                                       Providers::OpenAiWire::Flavour::Compatible,
                                                       providerName(m_choice));
}

void SetupFlow::checkKey()
{
    resetKeyCheck();
    const QUrl url = baseUrl();
    if (keyRequired() && m_apiKey.isEmpty()) {
        keyCheckFailed(tr("Paste your %1 API key first.").arg(providerTitle(m_choice)));
        return;
    }
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        keyCheckFailed(tr("The address must look like http://127.0.0.1:11434 (http:// or https://, a host "
                          "and optionally a port)."));
        return;
    }
    m_keyCheck = Check::Running;
    m_keyContext = new QObject(this);
    m_provider = makeProvider();
    Q_EMIT changed();
    const Choice choice = m_choice;
    m_provider->listModels(m_keyContext, [this, choice, url](const Providers::ModelListing &listing) {
        m_keyContext->deleteLater();
        if (!listing.ok()) {
            keyCheckFailed(SetupMessages::providerError(*listing.error, providerTitle(choice), url,
                                                        choice == Choice::Local));
            return;
        }
        const QStringList models = ModelChoice::chatModels(familyOf(choice), listing.models);
        if (models.isEmpty()) {
            keyCheckFailed(SetupMessages::noModels(providerTitle(choice), choice == Choice::Local));
            return;
        }
        m_models = models;
        m_model = choice == m_initialChoice && models.contains(m_currentModel)
                      ? m_currentModel
                      : ModelChoice::preferred(familyOf(choice), models);
        m_keyCheck = Check::Passed;
        m_keyMessage = models.size() == 1 ? tr("Connected: 1 model available.")
                                          : tr("Connected: %1 models available.").arg(models.size());
        qCInfo(lcUi) << "set-up: provider" << providerName(choice) << "answered with" << models.size() << "models";
        Q_EMIT keyChecked(true, m_keyMessage);
        Q_EMIT changed();
    });
}

void SetupFlow::keyCheckFailed(const QString &message)
{
    m_keyCheck = Check::Failed;
    m_keyMessage = message;
    Q_EMIT keyChecked(false, message);
    Q_EMIT changed();
}

bool SetupFlow::setModel(const QString &model)
{
    if (!m_models.contains(model))
        return false;
    if (model != m_model) {
        m_model = model;
        Q_EMIT changed();
    }
    return true;
}

QString SetupFlow::defaultModelRef() const
{
    return m_model.isEmpty() ? QString() : providerName(m_choice) + u'/' + m_model;
}

void SetupFlow::setTelegramApiBaseUrl(const QUrl &url)
{
    m_telegramBase = url;
    resetTelegramCheck();
    Q_EMIT changed();
}

void SetupFlow::setTelegramToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed == m_telegramToken)
        return;
    m_telegramToken = trimmed;
    resetTelegramCheck();
    Q_EMIT changed();
}

void SetupFlow::resetTelegramCheck()
{
    if (m_botApi)
        m_botApi->deleteLater(); // its pending getMe answer goes with it
    m_botApi = nullptr;
    m_telegramCheck = Check::Idle;
    m_telegramMessage.clear();
    m_botUsername.clear();
    m_botName.clear();
}

void SetupFlow::checkTelegram()
{
    resetTelegramCheck();
    m_telegramSkipped = false;
    if (m_telegramToken.isEmpty()) {
        telegramCheckFailed(tr("Paste the token @BotFather gave you, or skip this step."));
        return;
    }
    m_telegramCheck = Check::Running;
    Q_EMIT changed();
    Telegram::BotApi::Options options;
    options.requestTimeout = kCheckTimeout;
    m_botApi = new Telegram::BotApi(m_telegramBase, m_telegramToken, options, this);
    const QUrl base = m_telegramBase;
    // https://core.telegram.org/bots/api#getme: the cheapest call that proves the token.
    m_botApi->getMe(m_botApi, [this, base](const Telegram::ApiResult<Telegram::User> &result) {
        if (m_botApi)
            m_botApi->deleteLater();
        m_botApi = nullptr;
        if (!result.ok()) {
            telegramCheckFailed(SetupMessages::telegramError(result.error(), base));
            return;
        }
        m_botUsername = result->username;
        m_botName = QString(result->firstName + u' ' + result->lastName).trimmed();
        m_telegramCheck = Check::Passed;
        m_telegramMessage = tr("Connected to %1 (@%2).").arg(m_botName, m_botUsername);
        Q_EMIT telegramChecked(true, m_telegramMessage);
        Q_EMIT changed();
    });
}

void SetupFlow::telegramCheckFailed(const QString &message)
{
    m_telegramCheck = Check::Failed;
    m_telegramMessage = message;
    Q_EMIT telegramChecked(false, message);
    Q_EMIT changed();
}

QUrl SetupFlow::botLink() const
{
    return m_botUsername.isEmpty() ? QUrl() : QUrl(u"https://t.me/"_s + m_botUsername);
}

void SetupFlow::skipTelegram()
{
    if (m_step != Step::Telegram)
        return;
    resetTelegramCheck();
    m_telegramToken.clear();
    m_telegramSkipped = true;
    setStep(Step::Done);
}

Config::Settings SetupFlow::settingsToWrite() const
{
    Config::Settings settings = m_base;
    const QString name = providerName(m_choice);
    Config::ProviderSettings provider = settings.ai.providers.value(name, Config::AiSettings::defaultProviders().value(name));
    provider.baseUrl = baseUrl();
    settings.ai.providers.insert(name, provider);
    settings.ai.defaultModel = defaultModelRef();
    // Skipping Telegram leaves its settings as they are (a second run of the set-up must not
    // switch off a bot that works).
    if (m_telegramCheck == Check::Passed && !m_telegramSkipped) {
        settings.channels.telegram.enabled = true;
        settings.channels.telegram.apiBaseUrl = m_telegramBase;
    }
    return settings;
}

void SetupFlow::finish()
{
    if (m_finishing)
        return;
    if (m_step != Step::Done || m_model.isEmpty() || m_keyCheck != Check::Passed) {
        complete(false, tr("The set-up is not complete yet: choose a provider and a model first."));
        return;
    }
    if (!m_baseError.isEmpty()) {
        complete(false, tr("The existing configuration file has errors, so it was not replaced. Fix or remove "
                           "it, then run the set-up again:\n%1").arg(m_baseError));
        return;
    }
    QStringList names;
    QMap<QString, QString> values;
    if (!m_apiKey.isEmpty()) {
        names.append(secretName(m_choice));
        values.insert(secretName(m_choice), m_apiKey);
    }
    if (m_telegramCheck == Check::Passed && !m_telegramSkipped) {
        names.append(Security::SecretNames::TelegramBotToken);
        values.insert(Security::SecretNames::TelegramBotToken, m_telegramToken);
    }
    if (!names.isEmpty() && !m_secrets && !m_gateway) {
        complete(false, tr("There is no secret store to keep the key in, so nothing was saved."));
        return;
    }
    m_finishing = true;
    m_written.clear();
    Q_EMIT changed();
    writeSecrets(names, values);
}

void SetupFlow::writeSecrets(QStringList names, QMap<QString, QString> values)
{
    // Secrets first: a config naming a provider whose key failed to save would start a bot that
    // cannot answer. One at a time, because each write may raise a keychain prompt. Through the
    // gateway (secrets.set) the running providers and channels have the key before it answers.
    if (names.isEmpty()) {
        writeConfig();
        return;
    }
    const QString name = names.takeFirst();
    const QString value = values.take(name);
    SecretWriter::store(m_gateway, m_secrets, name, value, this,
                        [this, name, names, values](const SecretWriter::Outcome &outcome) {
                            if (!outcome.ok) {
                                complete(false, tr("%1 could not be saved: %2. Nothing was written to the "
                                                   "configuration; press Finish to try again once the keychain is "
                                                   "available.")
                                                    .arg(name, outcome.error));
                                return;
                            }
                            m_written.append(name);
                            writeSecrets(names, values);
                        });
}

void SetupFlow::setGateway(GatewayClient *gateway)
{
    m_gateway = gateway;
}

QJsonObject SetupFlow::changesToWrite() const
{
    // Only what the set-up chose: every other key of config.json stays as the user left it.
    const Config::Settings settings = settingsToWrite();
    const QString name = providerName(m_choice);
    QJsonObject changes{{u"ai.defaultModel"_s, settings.ai.defaultModel},
                        {u"ai.providers.%1.baseUrl"_s.arg(name), settings.ai.providers.value(name).baseUrl.toString()}};
    if (settings.channels.telegram.enabled) {
        changes.insert(u"channels.telegram.enabled"_s, true);
        changes.insert(u"channels.telegram.apiBaseUrl"_s, settings.channels.telegram.apiBaseUrl.toString());
    }
    return changes;
}

void SetupFlow::writeConfig()
{
    const Config::Settings settings = settingsToWrite();
    m_appliedLive = false;
    if (!m_gateway) {
        writeConfigFile(settings);
        return;
    }
    // config.set validates, saves crash-safely and applies live (docs/protocol.md); only the keys
    // the set-up chose are sent, on top of what the file holds.
    m_gateway->call(u"config.set"_s, QJsonObject{{u"changes"_s, changesToWrite()}}, this,
                    [this](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                        if (!error) {
                            m_appliedLive = true;
                            qCInfo(lcUi) << "set-up: saved and applied through the gateway, model"
                                         << defaultModelRef();
                            complete(true, tr("Saved. Moltdesk now answers with %1.").arg(defaultModelRef()));
                            return;
                        }
                        complete(false, tr("The keys were saved, but the configuration was refused: %1")
                                            .arg(error->message()));
                    });
}

void SetupFlow::writeConfigFile(const Config::Settings &settings)
{
    QString error;
    if (!Config::Loader::save(settings, m_configPath, &error)) {
        complete(false, tr("The keys were saved, but the configuration could not be written: %1").arg(error));
        return;
    }
    qCInfo(lcUi) << "set-up: wrote" << QFileInfo(m_configPath).fileName() << "with model" << defaultModelRef();
    complete(true, tr("Saved. Moltdesk now answers with %1.").arg(defaultModelRef()));
}

void SetupFlow::complete(bool ok, const QString &message)
{
    m_finishing = false;
    Q_EMIT changed();
    Q_EMIT finished(ok, message);
}

} // namespace Moltdesk::Ui
