#pragma once

#include "settings/configfield.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Moltdesk::Ui {

// What the Settings page shows, tab by tab: every key with its label, one-line explanation,
// editor kind and default (docs/configuration.md, gateway/config/*settings.h). Kept apart from
// the widgets so the list reads like the documentation it mirrors.
class SettingsFields
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFields)

public:
    struct Group
    {
        QString title;
        QList<ConfigField::Spec> fields;
    };
    struct Tab
    {
        QString id; // objectName of the tab: "ai", "security", "storage", "gateway"
        QString title;
        QList<Group> groups;
    };

    static QList<Tab> tabs();
    // Daily and monthly caps for one configured provider (ai.budgets.perProvider.NAME).
    static Group providerBudgets(const QStringList &providers);
    // Words for a key path in "Applied now: …": the field's label, a group name, or the path itself.
    static QString describe(const QString &path);
};

} // namespace Moltdesk::Ui
