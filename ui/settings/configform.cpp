#include "settings/configform.h"

#include "settings/configfield.h"
#include "settings/settingsfields.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ConfigForm::ConfigForm(QTabWidget *tabs, QObject *parent)
    : QObject(parent)
{
    const QList<SettingsFields::Tab> all = SettingsFields::tabs();
    for (const SettingsFields::Tab &tab : all) {
        QVBoxLayout *layout = addTab(tabs, tab.id, tab.title);
        // The tab's description (what a screen reader reads on it): the groups it holds.
        QStringList groups;
        for (const SettingsFields::Group &group : tab.groups)
            groups << group.title;
        tabs->setTabToolTip(tabs->count() - 1, tr("Settings: %1").arg(groups.join(u", "_s)));
        for (const SettingsFields::Group &group : tab.groups)
            layout->addWidget(addGroup(layout->parentWidget(), group.title, group.fields));
        if (tab.id == u"ai"_s)
            m_aiLayout = layout;
        if (tab.id == u"security"_s)
            addChannelsNote(layout);
        layout->addStretch(1);
    }
}

QVBoxLayout *ConfigForm::addTab(QTabWidget *tabs, const QString &id, const QString &title)
{
    auto *scroll = new QScrollArea(tabs);
    scroll->setObjectName(u"tab:"_s + id);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Fields wrap to the width they get; sideways scrolling would only hide the help lines.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // a container, not a Tab stop: its fields are
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(14);
    scroll->setWidget(content);
    tabs->addTab(scroll, title);
    return layout;
}

QGroupBox *ConfigForm::addGroup(QWidget *parent, const QString &title, const QList<ConfigField::Spec> &specs)
{
    auto *box = new QGroupBox(title, parent);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    for (const ConfigField::Spec &spec : specs) {
        auto *field = new ConfigField(spec, box);
        m_fields.append(field);
        connect(field, &ConfigField::edited, this, [this, field] { Q_EMIT edited(field); });
        field->setRestartRequired(m_restartKeys.contains(spec.key));
        if (spec.kind == ConfigField::Kind::Toggle) {
            form->addRow(field); // the check box carries its own label
            continue;
        }
        auto *label = new QLabel(tr("%1:").arg(spec.label), box);
        label->setBuddy(field->editor());
        // Align the label with the editor's text line, not with the help under it.
        label->setMinimumHeight(field->editor()->sizeHint().height() > 40 ? 0 : field->editor()->sizeHint().height());
        form->addRow(label, field);
    }
    return box;
}

void ConfigForm::addChannelsNote(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Who may talk to the bot"), layout->parentWidget());
    auto *row = new QHBoxLayout(box);
    auto *text = new QLabel(tr("The direct-message policy, the allowed senders and every Telegram setting are "
                               "on the Channels page, next to the pairing requests they decide."),
                            box);
    text->setWordWrap(true);
    auto *button = new QPushButton(tr("Open the &Channels page"), box);
    button->setObjectName(u"openChannelsPage"_s);
    button->setAccessibleName(tr("Open the Channels page"));
    button->setToolTip(tr("Go to the Channels page to set who may write to the bot"));
    connect(button, &QPushButton::clicked, this, &ConfigForm::channelsPageRequested);
    row->addWidget(text, 1);
    row->addWidget(button, 0, Qt::AlignVCenter);
    layout->addWidget(box);
}

void ConfigForm::rebuildProviderBudgets(const QStringList &providers)
{
    if (m_providerBox && providers == m_providers)
        return;
    m_providers = providers;
    int position = m_aiLayout->count() - 1; // before the stretch
    if (m_providerBox) {
        position = m_aiLayout->indexOf(m_providerBox);
        const QList<ConfigField *> old = m_providerBox->findChildren<ConfigField *>();
        for (ConfigField *field : old)
            m_fields.removeAll(field);
        delete m_providerBox;
    }
    const SettingsFields::Group group = SettingsFields::providerBudgets(providers);
    m_providerBox = addGroup(m_aiLayout->parentWidget(), group.title, group.fields);
    m_providerBox->setObjectName(u"providerBudgets"_s);
    m_aiLayout->insertWidget(position, m_providerBox);
}

void ConfigForm::load(const QJsonObject &document)
{
    rebuildProviderBudgets(ConfigDocument::value(document, u"ai.providers"_s).toObject().keys());
    for (ConfigField *field : std::as_const(m_fields))
        field->load(ConfigDocument::value(document, field->key()));
}

void ConfigForm::store(QJsonObject &document, const ConfigField *field)
{
    ConfigDocument::setValue(document, field->key(), field->value());
    // A provider without caps needs no entry at all; an entry of nulls would only clutter the file.
    static const QString perProvider = u"ai.budgets.perProvider."_s;
    if (field->key().startsWith(perProvider)) {
        const QString provider = field->key().section(u'.', 0, 3);
        const QJsonObject caps = ConfigDocument::value(document, provider).toObject();
        bool empty = true;
        for (auto it = caps.constBegin(); it != caps.constEnd(); ++it)
            empty = empty && it.value().isNull();
        if (empty)
            ConfigDocument::setValue(document, provider, QJsonValue(QJsonValue::Undefined));
    }
}

QList<ConfigDocument::Problem> ConfigForm::showProblems(const QList<ConfigDocument::Problem> &problems)
{
    QList<ConfigDocument::Problem> unplaced;
    QHash<ConfigField *, QStringList> byField;
    for (const ConfigDocument::Problem &problem : problems) {
        ConfigField *owner = nullptr;
        for (ConfigField *field : std::as_const(m_fields)) {
            if (!problem.path.isEmpty() && ConfigDocument::belongsTo(problem.path, field->key())) {
                owner = field;
                break;
            }
        }
        if (!owner) {
            unplaced.append(problem);
            continue;
        }
        // An element's index says which one is wrong ("ai.fallbackModels[1]: expected ...").
        const QString where = problem.path.mid(owner->key().size());
        byField[owner].append(where.isEmpty() ? problem.message : where + u": "_s + problem.message);
    }
    for (ConfigField *field : std::as_const(m_fields))
        field->setProblems(byField.value(field));
    return unplaced;
}

void ConfigForm::setRestartRequired(const QStringList &keys)
{
    m_restartKeys = keys;
    for (ConfigField *field : std::as_const(m_fields)) {
        bool restart = false;
        for (const QString &key : keys)
            restart = restart || ConfigDocument::belongsTo(field->key(), key);
        field->setRestartRequired(restart);
    }
}

ConfigField *ConfigForm::field(const QString &key) const
{
    for (ConfigField *field : m_fields) {
        if (field->key() == key)
            return field;
    }
    return nullptr;
}

} // namespace Moltdesk::Ui
