#pragma once

#include "config/settings.h"
#include "page.h"
#include "panelservices.h"
#include "prompter.h"
#include "settings/configdocument.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Moltdesk::Ui {

class Banner;
class ConfigField;
class ConfigForm;
class LanguageSwitcher;
class StatusLine;

// The Settings page: config.json through the gateway's `config.get` / `config.set`
// (docs/configuration.md, docs/panel.md "Settings page"). Form tabs per concern, an Advanced tab
// with the whole document as JSON, and the panel's language. Every edit is checked at once with
// Config::Loader::fromJson - the gateway's own start-up validation - so each loader message shows
// at its field and Save stays off while anything is wrong; the gateway checks again on save.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    // `languages` may be null (no language choice shown).
    SettingsPage(const PanelServices &services, LanguageSwitcher *languages, QWidget *parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool confirmLeave() override;
    QString pendingWork() const override;

    void reload();
    void save();
    void revert();

    bool isDirty() const { return m_dirty; }
    bool isValid() const { return m_valid; }
    QJsonObject draft() const { return m_draft; }
    ConfigField *field(const QString &key) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    Banner *resultBanner() const { return m_banner; }
    QPlainTextEdit *advancedEditor() const { return m_advanced; }
    QComboBox *languageBox() const { return m_language; }
    QTabWidget *tabs() const { return m_tabs; }
    StatusLine *statusLine() const { return m_status; }

Q_SIGNALS:
    // "Open the Channels page" (dmPolicy, allowFrom and channels.* are edited there).
    void channelsPageRequested();

protected:
    void onActivated(bool first) override;

private:
    QWidget *buildPanelTab();
    QWidget *buildAdvancedTab();
    void applyLoaded(const QJsonObject &payload);
    void onFieldEdited(ConfigField *field);
    void onAdvancedEdited();
    void onTabChanged(int index);
    void onLanguageChosen(int index);
    void onGatewayEvent(const QString &name, const QJsonValue &payload);
    void showSaved(const QJsonObject &reply);
    void showRefusal(const QString &message);
    // Re-checks the draft with the loader and places every problem; updates dirty/valid/buttons.
    void validate();
    void updateButtons();
    QString words(const QJsonArray &paths) const;

    PanelServices m_services;
    LanguageSwitcher *m_languages;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;

    Banner *m_banner = nullptr;
    Banner *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConfigForm *m_form = nullptr;
    QPlainTextEdit *m_advanced = nullptr;
    QLabel *m_advancedProblems = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    StatusLine *m_status = nullptr;

    QJsonObject m_loaded;          // config.get's effective configuration
    QJsonObject m_draft;           // what Save would send
    Config::Settings m_loadedSettings;
    QStringList m_jsonErrors;      // the Advanced text does not parse
    QStringList m_serverProblems;  // the gateway's refusal of the last save, until the next edit
    bool m_haveConfig = false;
    bool m_loading = false;
    bool m_saving = false;
    bool m_dirty = false;
    bool m_valid = true;
    bool m_advancedStale = true;
    bool m_reloading = false;
    bool m_changedElsewhere = false; // config.changed arrived while the user had edits
};

} // namespace Moltdesk::Ui
