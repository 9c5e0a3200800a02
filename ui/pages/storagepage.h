#pragma once

#include "page.h"
#include "panelservices.h"
#include "prompter.h"

#include <memory>

class QTabWidget;

namespace Moltdesk::Ui {

class KvBrowser;
class ObjectBrowser;
class SqlConsolePanel;

// The Storage page: KV, Objects and SQL in tabs. A tab loads its data the first time it is shown.
class StoragePage : public Page
{
    Q_OBJECT

public:
    explicit StoragePage(const PanelServices &services, QWidget *parent = nullptr);
    ~StoragePage() override;

    QString title() const override;
    QIcon icon() const override;

    KvBrowser *kvBrowser() const { return m_kv; }
    ObjectBrowser *objectBrowser() const { return m_objects; }
    SqlConsolePanel *sqlConsole() const { return m_sql; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void onActivated(bool first) override;

private:
    void loadCurrentTab();

    std::unique_ptr<Prompter> m_ownPrompter;
    QTabWidget *m_tabs = nullptr;
    KvBrowser *m_kv = nullptr;
    ObjectBrowser *m_objects = nullptr;
    SqlConsolePanel *m_sql = nullptr;
};

} // namespace Moltdesk::Ui
