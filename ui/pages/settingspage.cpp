#include "pages/settingspage.h"

#include "config/configchanges.h"

#include "config/loader.h"
#include "gatewayclient.h"
#include "settings/configfield.h"
#include "settings/configform.h"
#include "settings/languageswitcher.h"
#include "settings/settingsfields.h"
#include "widgets/banner.h"
#include "widgets/statusline.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <QtMath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
// The loader names the file in every line; the page shows the gateway's file path above instead.
const QString kFileName = u"config.json"_s;

QString pretty(const QJsonObject &document)
{
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

bool isUnknownMethod(const Ws::RpcError &error)
{
    return error.message().startsWith(u"unknown method"_s);
}
} // namespace

SettingsPage::SettingsPage(const PanelServices &services, LanguageSwitcher *languages, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_languages(languages)
    , m_prompter(services.prompter)
{
    setObjectName(u"settingsPage"_s);
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        m_prompter = m_ownPrompter.get();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner = new Banner(this);
    m_banner->setObjectName(u"settingsResult"_s);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_problems = new Banner(this);
    m_problems->setObjectName(u"settingsProblems"_s);
    m_problems->setTone(Banner::Tone::Error);
    m_problems->hide();
    layout->addWidget(m_problems);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings groups"));
    m_form = new ConfigForm(m_tabs, this);
    m_tabs->setTabToolTip(m_tabs->addTab(buildPanelTab(), tr("Panel")), tr("Settings of this panel: its language"));
    m_tabs->setTabToolTip(m_tabs->addTab(buildAdvancedTab(), tr("Advanced")),
                          tr("The whole configuration as JSON, for keys the other tabs do not show"));
    layout->addWidget(m_tabs, 1);

    auto *bar = new QHBoxLayout;
    m_path = new QLabel(this);
    m_path->setObjectName(u"configPath"_s);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert = new QPushButton(style()->standardIcon(QStyle::SP_DialogResetButton), tr("&Revert"), this);
    m_revert->setObjectName(u"settingsRevert"_s);
    m_revert->setToolTip(tr("Discard the changes you have not saved"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_save->setObjectName(u"settingsSave"_s);
    m_save->setToolTip(tr("Check and save the configuration (Ctrl+S)"));
    bar->addWidget(m_path, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    layout->addLayout(bar);
    m_status = new StatusLine(this);
    m_status->setObjectName(u"settingsStatus"_s);
    layout->addWidget(m_status);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SettingsPage::save);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_form, &ConfigForm::edited, this, &SettingsPage::onFieldEdited);
    connect(m_form, &ConfigForm::channelsPageRequested, this, &SettingsPage::channelsPageRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsPage::onTabChanged);
    if (m_services.gateway)
        connect(m_services.gateway, &GatewayClient::event, this, &SettingsPage::onGatewayEvent);
    else
        m_status->showError(tr("The gateway is not running, so its settings cannot be shown."));
    updateButtons();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    // A cog in the palette's text colour: eight teeth round a ring.
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = palette().color(QPalette::WindowText);
    painter.setPen(QPen(colour, 6, Qt::SolidLine, Qt::FlatCap));
    for (int i = 0; i < 8; ++i) {
        const qreal angle = i * M_PI / 4;
        painter.drawLine(QPointF(20 + 11 * qCos(angle), 20 + 11 * qSin(angle)),
                         QPointF(20 + 17 * qCos(angle), 20 + 17 * qSin(angle)));
    }
    painter.setPen(QPen(colour, 5));
    painter.drawEllipse(QPointF(20, 20), 10, 10);
    painter.end();
    return QIcon(pixmap);
}

QWidget *SettingsPage::buildPanelTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(u"tab:panel"_s);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *box = new QGroupBox(tr("Language"), tab);
    auto *form = new QFormLayout(box);
    m_language = new QComboBox(box);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language of the panel"));
    for (const QString &code : LanguageSwitcher::codes())
        m_language->addItem(LanguageSwitcher::displayName(code), code);
    auto *label = new QLabel(tr("&Language:"), box);
    label->setBuddy(m_language);
    auto *help = new QLabel(tr("Applies at once to the whole panel. Kept on this computer with the panel's "
                               "own settings, not in config.json."),
                            box);
    help->setWordWrap(true);
    QPalette helpPalette = help->palette();
    helpPalette.setColor(QPalette::WindowText, helpPalette.color(QPalette::PlaceholderText));
    help->setPalette(helpPalette);
    auto *row = new QVBoxLayout;
    row->addWidget(m_language, 0, Qt::AlignLeft);
    row->addWidget(help);
    form->addRow(label, row);
    layout->addWidget(box);
    layout->addStretch(1);
    if (m_languages) {
        m_language->setCurrentIndex(int(LanguageSwitcher::codes().indexOf(m_languages->language())));
        connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);
    } else {
        m_language->setEnabled(false);
        m_language->setToolTip(tr("The language can be chosen in the desktop application only."));
    }
    return tab;
}

QWidget *SettingsPage::buildAdvancedTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(u"tab:advanced"_s);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *intro = new QLabel(tr("The whole configuration as config.json holds it, with every key spelt out. It is "
                                "checked as you type; secrets never belong here."),
                             tab);
    intro->setWordWrap(true);
    m_advanced = new QPlainTextEdit(tab);
    m_advanced->setObjectName(u"advancedJson"_s);
    m_advanced->setAccessibleName(tr("Configuration as JSON"));
    m_advanced->setAccessibleDescription(tr("The whole of config.json, checked as you type; Tab leaves the field"));
    m_advanced->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_advanced->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_advanced->setTabChangesFocus(true);
    m_advancedProblems = new QLabel(tab);
    m_advancedProblems->setObjectName(u"advancedProblems"_s);
    m_advancedProblems->setWordWrap(true);
    m_advancedProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advancedProblems->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_advancedProblems->hide();
    layout->addWidget(intro);
    layout->addWidget(m_advanced, 1);
    layout->addWidget(m_advancedProblems);
    connect(m_advanced, &QPlainTextEdit::textChanged, this, &SettingsPage::onAdvancedEdited);
    return tab;
}

ConfigField *SettingsPage::field(const QString &key) const
{
    return m_form->field(key);
}

void SettingsPage::onActivated(bool first)
{
    // Re-read on every visit unless the user has edits here: someone may have changed the file.
    if (first || !m_dirty)
        reload();
}

void SettingsPage::reload()
{
    if (!m_services.gateway || m_reloading)
        return;
    m_reloading = true;
    m_status->begin(tr("Loading the configuration…"));
    m_services.gateway->call(u"config.get"_s, {}, this,
                             [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 m_reloading = false;
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(isUnknownMethod(*error)
                                                             ? tr("This gateway cannot show its configuration "
                                                                  "(it has no config.get).")
                                                             : tr("Cannot load the configuration: %1")
                                                                   .arg(error->message()));
                                     return;
                                 }
                                 applyLoaded(payload.toObject());
                                 m_status->clearMessage();
                             });
}

void SettingsPage::applyLoaded(const QJsonObject &payload)
{
    m_loaded = payload.value(u"config"_s).toObject();
    m_loadedSettings = Config::Loader::fromJson(m_loaded, kFileName).settings;
    m_draft = m_loaded;
    m_haveConfig = true;
    m_changedElsewhere = false;
    m_jsonErrors.clear();
    m_serverProblems.clear();
    const QString path = payload.value(u"path"_s).toString();
    m_path->setText(payload.value(u"exists"_s).toBool(true)
                        ? tr("Saved in %1").arg(path)
                        : tr("%1 does not exist yet: every key has its default.").arg(path));
    QStringList restart;
    const QJsonArray restartKeys = payload.value(u"restartRequired"_s).toArray();
    for (const QJsonValue &key : restartKeys)
        restart << key.toString();
    m_form->setRestartRequired(restart);
    m_loading = true;
    m_form->load(m_draft);
    m_loading = false;
    m_advancedStale = true;
    onTabChanged(m_tabs->currentIndex());
    validate();
}

void SettingsPage::onFieldEdited(ConfigField *field)
{
    if (m_loading)
        return;
    ConfigForm::store(m_draft, field);
    m_serverProblems.clear();
    m_advancedStale = true;
    validate();
}

void SettingsPage::onAdvancedEdited()
{
    if (m_loading)
        return;
    const QByteArray text = m_advanced->toPlainText().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    m_serverProblems.clear();
    if (text.trimmed().isEmpty() || (parseError.error == QJsonParseError::NoError && document.isObject())) {
        m_jsonErrors.clear();
        m_draft = document.object();
        m_loading = true;
        m_form->load(m_draft);
        m_loading = false;
    } else {
        // The loader words JSON errors with line and column, as at start-up.
        m_jsonErrors = Config::Loader::parse(text, kFileName).errors;
    }
    validate();
}

void SettingsPage::onTabChanged(int index)
{
    if (m_tabs->widget(index) != m_advanced->parentWidget() || !m_advancedStale)
        return;
    m_loading = true;
    m_advanced->setPlainText(pretty(m_draft));
    m_loading = false;
    m_advancedStale = false;
    if (!m_jsonErrors.isEmpty()) {
        m_jsonErrors.clear(); // the text now is the draft again
        validate();
    }
}

void SettingsPage::validate()
{
    QStringList loaderErrors;
    if (m_jsonErrors.isEmpty()) {
        const Config::LoadResult result = Config::Loader::fromJson(m_draft, kFileName);
        loaderErrors = result.errors;
        m_valid = result.ok() && m_serverProblems.isEmpty();
        // Compared as settings, so clearing a field back to its default is not an edit.
        m_dirty = m_draft != m_loaded && (!result.ok() || !(result.settings == m_loadedSettings));
    } else {
        m_valid = false;
        m_dirty = true;
    }
    QList<ConfigDocument::Problem> problems;
    QStringList seen;
    for (const ConfigDocument::Problem &problem : ConfigDocument::problems(m_jsonErrors + loaderErrors + m_serverProblems)) {
        const QString id = problem.path + u'\n' + problem.message;
        if (seen.contains(id))
            continue; // the gateway repeats what the loader here already said
        seen << id;
        problems.append(problem);
    }
    const QList<ConfigDocument::Problem> unplaced = m_form->showProblems(problems);
    QStringList all;
    for (const ConfigDocument::Problem &problem : problems)
        all << (problem.path.isEmpty() ? problem.message : problem.path + u": "_s + problem.message);
    m_advancedProblems->setText(all.join(u'\n'));
    m_advancedProblems->setVisible(!all.isEmpty());
    QStringList loose;
    for (const ConfigDocument::Problem &problem : unplaced)
        loose << (problem.path.isEmpty() ? problem.message : problem.path + u": "_s + problem.message);
    m_problems->setText(tr("Fix these before saving:\n%1").arg(loose.join(u'\n')));
    m_problems->setVisible(!loose.isEmpty());
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const bool ready = m_services.gateway && m_haveConfig && !m_saving;
    m_save->setEnabled(ready && m_dirty && m_valid);
    m_revert->setEnabled(ready && (m_draft != m_loaded || !m_jsonErrors.isEmpty() || !m_serverProblems.isEmpty()));
}

void SettingsPage::save()
{
    if (!m_save->isEnabled())
        return;
    m_saving = true;
    updateButtons();
    m_banner->hide();
    m_status->begin(tr("Saving the configuration…"));
    const QJsonObject sent = m_draft;
    // Only what was edited here goes out (config.set {changes}): a value this page merely showed is
    // never written back over what the wizard, another page or the user changed meanwhile.
    const QJsonObject changes = Config::ConfigChanges::between(m_loaded, m_draft);
    m_services.gateway->call(
        u"config.set"_s, {{u"changes"_s, changes}}, this,
        [this, sent](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
            m_saving = false;
            m_status->end();
            if (error) {
                if (error->code() == Ws::RpcError::kInvalidRequest && !isUnknownMethod(*error))
                    showRefusal(error->message());
                else
                    showRefusal(isUnknownMethod(*error) ? tr("This gateway cannot save settings (it has no "
                                                             "config.set).")
                                                        : error->message());
                return;
            }
            // What was sent is the file now; the reload brings the effective values back.
            m_loaded = sent;
            m_loadedSettings = Config::Loader::fromJson(m_loaded, kFileName).settings;
            validate();
            showSaved(payload.toObject());
            reload();
        });
}

void SettingsPage::showSaved(const QJsonObject &reply)
{
    const QJsonArray applied = reply.value(u"applied"_s).toArray();
    const QJsonArray restart = reply.value(u"restartRequired"_s).toArray();
    QStringList lines{tr("Settings saved.")};
    if (!applied.isEmpty())
        lines << tr("Applied now: %1.").arg(words(applied));
    if (!restart.isEmpty())
        lines << tr("Takes effect after a restart: %1.").arg(words(restart));
    if (applied.isEmpty() && restart.isEmpty())
        lines << tr("Nothing the gateway uses has changed.");
    const QJsonArray warnings = reply.value(u"warnings"_s).toArray();
    for (const QJsonValue &warning : warnings)
        lines << tr("Note: %1").arg(warning.toString());
    m_banner->setTone(restart.isEmpty() ? Banner::Tone::Success : Banner::Tone::Warning);
    m_banner->setText(lines.join(u'\n'));
    m_banner->show();
    m_status->showInfo(tr("Settings saved."));
}

void SettingsPage::showRefusal(const QString &message)
{
    // The gateway's INVALID_REQUEST is the loader's lines: place them like the local ones.
    m_serverProblems = message.split(u'\n', Qt::SkipEmptyParts);
    validate();
    m_banner->setTone(Banner::Tone::Error);
    m_banner->setText(tr("Not saved: the gateway refused these settings. Nothing was written; the problems "
                         "are shown at their fields."));
    m_banner->show();
    m_status->showError(tr("Not saved."));
}

void SettingsPage::revert()
{
    if (!m_haveConfig)
        return;
    m_draft = m_loaded;
    m_jsonErrors.clear();
    m_serverProblems.clear();
    m_loading = true;
    m_form->load(m_draft);
    m_loading = false;
    m_advancedStale = true;
    onTabChanged(m_tabs->currentIndex());
    validate();
    m_banner->hide();
    m_status->showInfo(tr("Changes discarded."));
    if (m_changedElsewhere)
        reload();
}

bool SettingsPage::confirmLeave()
{
    if (!m_dirty)
        return true;
    if (!m_prompter->confirm(this, tr("Unsaved settings"),
                             tr("You changed settings without saving them. Discard the changes?"),
                             tr("Discard changes")))
        return false;
    revert();
    return true;
}

QString SettingsPage::pendingWork() const
{
    if (m_dirty)
        return tr("unsaved changes on the Settings page");
    return Page::pendingWork();
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (!m_languages || code == m_languages->language())
        return;
    if (m_dirty
        && !m_prompter->confirm(this, tr("Switch language"),
                                tr("Switching the language rebuilds the panel's pages, which discards the settings "
                                   "you have not saved. Switch anyway?"),
                                tr("Switch and discard"))) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(int(LanguageSwitcher::codes().indexOf(m_languages->language())));
        return;
    }
    if (m_dirty)
        revert();
    m_languages->setLanguage(code);
}

void SettingsPage::onGatewayEvent(const QString &name, const QJsonValue &payload)
{
    if (name != u"config.changed"_s || !m_haveConfig || m_saving)
        return;
    if (!m_dirty) {
        reload();
        return;
    }
    // Never overwrite the user's edits: say what changed and let them choose.
    m_changedElsewhere = true;
    const QJsonObject change = payload.toObject();
    QJsonArray keys = change.value(u"applied"_s).toArray();
    const QJsonArray restart = change.value(u"restartRequired"_s).toArray();
    for (const QJsonValue &key : restart)
        keys.append(key);
    m_banner->setTone(Banner::Tone::Warning);
    m_banner->setText(keys.isEmpty()
                          ? tr("The configuration was changed elsewhere. Save applies only the fields you edited "
                               "on top of it; Revert loads it.")
                          : tr("The configuration was changed elsewhere (%1). Save applies only the fields you "
                               "edited on top of it; Revert loads it.")
                                .arg(words(keys)));
    m_banner->show();
}

QString SettingsPage::words(const QJsonArray &paths) const
{
    QStringList result;
    for (const QJsonValue &path : paths) {
        const QString text = SettingsFields::describe(path.toString());
        if (!result.contains(text))
            result << text;
    }
    return result.join(u", "_s);
}

} // namespace Moltdesk::Ui
