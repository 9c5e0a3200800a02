#include "pages/sqlconsolepanel.h"

#include "asynctask.h"
#include "pages/sqlresultmodel.h"
#include "storage/sqlconsole.h"
#include "widgets/statusline.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
QString quotedIdentifier(const QString &name)
{
    // SQL identifiers are quoted with double quotes, doubled inside (https://www.sqlite.org/lang_keywords.html).
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}
} // namespace

SqlConsolePanel::SqlConsolePanel(const PanelServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"sqlConsole"_s);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);

    m_tables = new QTreeWidget(splitter);
    m_tables->setObjectName(u"sqlTables"_s);
    m_tables->setAccessibleName(tr("Tables"));
    m_tables->setHeaderLabels({tr("Table / column"), tr("Type")});
    m_tables->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tables->setToolTip(tr("Double-click a table to query its first rows."));
    m_tables->setAccessibleDescription(m_tables->toolTip()); // item views do not read the tooltip

    auto *right = new QSplitter(Qt::Vertical, splitter);
    auto *editorPane = new QWidget(right);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(editorPane);
    m_editor->setObjectName(u"sqlEditor"_s);
    m_editor->setAccessibleName(tr("SQL query"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT … (read-only: one statement, no changes)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleDescription(tr("One read-only SQL statement; Ctrl+Return runs it"));
    editorLayout->addWidget(m_editor, 1);
    auto *runRow = new QHBoxLayout;
    auto *capLabel = new QLabel(tr("Row &cap:"), editorPane);
    m_rowCap = new QSpinBox(editorPane);
    m_rowCap->setObjectName(u"sqlRowCap"_s);
    m_rowCap->setRange(1, Storage::SqlConsole::MaxRowCap);
    m_rowCap->setValue(Storage::SqlConsole::DefaultRowCap);
    capLabel->setBuddy(m_rowCap);
    m_rowCap->setToolTip(tr("Show at most this many rows of the result"));
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Run"), editorPane);
    m_run->setObjectName(u"sqlRun"_s);
    m_run->setToolTip(tr("Run the query (Ctrl+Return)"));
    runRow->addWidget(capLabel);
    runRow->addWidget(m_rowCap);
    runRow->addStretch(1);
    runRow->addWidget(m_run);
    editorLayout->addLayout(runRow);

    auto *resultPane = new QWidget(right);
    auto *resultLayout = new QVBoxLayout(resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(resultPane);
    m_summary->setObjectName(u"sqlSummary"_s);
    resultLayout->addWidget(m_summary);
    m_model = new SqlResultModel(this);
    m_view = new QTableView(resultPane);
    m_view->setObjectName(u"sqlResults"_s);
    m_view->setAccessibleName(tr("Query results"));
    m_view->setAccessibleDescription(tr("The rows the last query returned"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    resultLayout->addWidget(m_view, 1);
    right->addWidget(editorPane);
    right->addWidget(resultPane);
    right->setStretchFactor(1, 2);
    right->setSizes({160, 400});

    splitter->addWidget(m_tables);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 640});
    layout->addWidget(splitter, 1);
    m_status = new StatusLine(this);
    m_status->setObjectName(u"sqlStatus"_s);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &SqlConsolePanel::runQuery);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    runShortcut->setContext(Qt::WidgetShortcut);
    connect(runShortcut, &QShortcut::activated, this, &SqlConsolePanel::runQuery);
    connect(m_tables, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        while (item->parent())
            item = item->parent();
        setQueryText(u"SELECT * FROM %1 LIMIT 100"_s.arg(quotedIdentifier(item->text(0))));
        runQuery();
    });

    if (!m_services.sql) {
        setEnabled(false);
        m_status->showError(tr("The SQL console is not available."));
    }
}

void SqlConsolePanel::ensureLoaded()
{
    if (m_loaded || !m_services.sql)
        return;
    m_loaded = true;
    loadTables();
}

void SqlConsolePanel::setQueryText(const QString &sql)
{
    m_editor->setPlainText(sql);
}

void SqlConsolePanel::loadTables()
{
    Storage::SqlConsole *sql = m_services.sql;
    m_status->begin(tr("Loading tables…"));
    AsyncTask::run(m_services.pool, this, [sql] { return sql->tables(); },
                   [this](const Storage::Result<QList<Storage::SqlTableInfo>> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not list the tables: %1").arg(result.error().message));
                           return;
                       }
                       m_tables->clear();
                       for (const Storage::SqlTableInfo &table : result.value()) {
                           auto *top = new QTreeWidgetItem(m_tables, {table.name});
                           top->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogListView));
                           for (const Storage::SqlColumnInfo &column : table.columns) {
                               QString type = column.type;
                               if (column.primaryKey)
                                   type += u' ' + tr("(primary key)");
                               else if (column.notNull)
                                   type += u' ' + tr("(not null)");
                               new QTreeWidgetItem(top, {column.name, type.trimmed()});
                           }
                       }
                   });
}

void SqlConsolePanel::runQuery()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_status->showError(tr("Type a query first, e.g. SELECT * FROM kv LIMIT 10."));
        return;
    }
    Storage::SqlConsole *sql = m_services.sql;
    const int cap = m_rowCap->value();
    const quint64 generation = ++m_queryGeneration;
    m_status->begin(tr("Running…"));
    m_run->setEnabled(false);
    AsyncTask::run(m_services.pool, this, [sql, text, cap] { return sql->query(text, cap); },
                   [this, generation, cap](const Storage::Result<Storage::SqlConsoleResult> &result) {
                       m_status->end();
                       m_run->setEnabled(true);
                       if (generation != m_queryGeneration)
                           return;
                       if (!result) {
                           m_model->clear();
                           m_summary->clear();
                           const Storage::Error &error = result.error();
                           if (error.code == Storage::Error::Code::ReadOnly)
                               m_status->showError(tr("Not run: this console only reads data. (%1)").arg(error.message));
                           else if (error.code == Storage::Error::Code::Timeout)
                               m_status->showError(tr("Stopped: the query took too long. (%1)").arg(error.message));
                           else
                               m_status->showError(tr("The query failed: %1").arg(error.message));
                           return;
                       }
                       m_model->setResult(result.value());
                       m_view->resizeColumnsToContents();
                       const int rows = int(result->rows.size());
                       QString summary = tr("%n row(s) in %1 ms", nullptr, rows).arg(result->elapsedMs);
                       if (result->truncated)
                           summary += u" — "_s + tr("only the first %n row(s) are shown (row cap)", nullptr, cap);
                       m_summary->setText(summary);
                       m_status->clearMessage();
                   });
}

} // namespace Moltdesk::Ui
