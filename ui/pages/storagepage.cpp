#include "pages/storagepage.h"

#include "pages/kvbrowser.h"
#include "pages/objectbrowser.h"
#include "pages/sqlconsolepanel.h"

#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

StoragePage::StoragePage(const PanelServices &services, QWidget *parent)
    : Page(parent)
{
    setObjectName(u"storagePage"_s);
    Prompter *prompter = services.prompter;
    if (!prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        prompter = m_ownPrompter.get();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"storageTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Storage areas"));
    m_tabs->setAccessibleDescription(tr("Ctrl+Tab and Ctrl+Shift+Tab switch between key-value, objects and SQL"));
    m_kv = new KvBrowser(services, *prompter, m_tabs);
    m_objects = new ObjectBrowser(services, *prompter, m_tabs);
    m_sql = new SqlConsolePanel(services, m_tabs);
    m_tabs->addTab(m_kv, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Key-value"));
    m_tabs->addTab(m_objects, style()->standardIcon(QStyle::SP_DirIcon), tr("&Objects"));
    m_tabs->addTab(m_sql, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("S&QL"));
    m_tabs->setTabToolTip(0, tr("Namespaced keys and values with expiry (Workers KV)"));
    m_tabs->setTabToolTip(1, tr("Stored files: media, transcripts, exports (R2)"));
    m_tabs->setTabToolTip(2, tr("Read-only SQL over the database (D1)"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isActive())
            loadCurrentTab();
    });
}

StoragePage::~StoragePage() = default;

QString StoragePage::title() const
{
    return tr("Storage");
}

QIcon StoragePage::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveHDIcon);
}

void StoragePage::onActivated(bool)
{
    loadCurrentTab();
}

void StoragePage::loadCurrentTab()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_kv)
        m_kv->ensureLoaded();
    else if (current == m_objects)
        m_objects->ensureLoaded();
    else if (current == m_sql)
        m_sql->ensureLoaded();
}

} // namespace Moltdesk::Ui
