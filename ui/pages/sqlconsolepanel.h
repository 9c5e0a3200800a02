#pragma once

#include "panelservices.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace Moltdesk::Ui {

class SqlResultModel;
class StatusLine;

// The Storage page's SQL tab: the database's tables with their columns, a query editor and the
// result grid. SqlConsole enforces read-only inside SQLite; this tab shows its refusal in words.
class SqlConsolePanel : public QWidget
{
    Q_OBJECT

public:
    SqlConsolePanel(const PanelServices &services, QWidget *parent = nullptr);

    void ensureLoaded();
    void loadTables();
    // Runs what the editor holds (also Ctrl+Return).
    void runQuery();
    void setQueryText(const QString &sql);

private:
    PanelServices m_services;
    QTreeWidget *m_tables = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QSpinBox *m_rowCap = nullptr;
    QPushButton *m_run = nullptr;
    QTableView *m_view = nullptr;
    SqlResultModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    StatusLine *m_status = nullptr;
    bool m_loaded = false;
    quint64 m_queryGeneration = 0;
};

} // namespace Moltdesk::Ui
