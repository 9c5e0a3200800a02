#pragma once

#include "settings/configdocument.h"
#include "settings/configfield.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

class QGroupBox;
class QTabWidget;
class QVBoxLayout;
class QWidget;

namespace Moltdesk::Ui {

// The Settings page's form tabs (AI, Security, Storage, Gateway) built from SettingsFields: one
// ConfigField per key, grouped in boxes, each tab scrollable. It moves values between the fields
// and a config.json document and puts the loader's messages next to the fields they name.
class ConfigForm : public QObject
{
    Q_OBJECT

public:
    // Adds its tabs to `tabs` (which keeps owning them).
    explicit ConfigForm(QTabWidget *tabs, QObject *parent = nullptr);

    // Shows the document's values; the per-provider budgets follow the document's ai.providers.
    void load(const QJsonObject &document);
    // Stores `field`'s value into `document` (absent/empty per-provider caps are removed whole).
    static void store(QJsonObject &document, const ConfigField *field);
    // Puts each problem at the field it names; returns those that name no field on this form.
    QList<ConfigDocument::Problem> showProblems(const QList<ConfigDocument::Problem> &problems);
    // Marks the keys config.get lists under restartRequired.
    void setRestartRequired(const QStringList &keys);

    ConfigField *field(const QString &key) const;
    QList<ConfigField *> fields() const { return m_fields; }

Q_SIGNALS:
    void edited(ConfigField *field);
    void channelsPageRequested();

private:
    QVBoxLayout *addTab(QTabWidget *tabs, const QString &id, const QString &title);
    QGroupBox *addGroup(QWidget *parent, const QString &title, const QList<ConfigField::Spec> &specs);
    void rebuildProviderBudgets(const QStringList &providers);
    void addChannelsNote(QVBoxLayout *layout);

    QList<ConfigField *> m_fields;
    QStringList m_restartKeys;
    QStringList m_providers;
    QVBoxLayout *m_aiLayout = nullptr;
    QGroupBox *m_providerBox = nullptr;
};

} // namespace Moltdesk::Ui
